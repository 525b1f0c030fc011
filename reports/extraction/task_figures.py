"""Task figures: figures of indicators the catalogue does not know, stated as a name and a
counted value in a clause of their own (新增省级以上专精特新企业 80 家). Read after the
catalogue's figures, in the clauses those left unused.
"""

import re

from reports.extraction.candidates import FLAGS, MAX_QUOTE_LEAD, TASK, candidate
from reports.extraction.following import ASIDE
from reports.extraction.increments import TOTAL
from reports.extraction.lexicon import PERCENT, Mention
from reports.extraction.scanning import Spans
from reports.extraction.values import read_value

_TASK_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z“”（）()&]{3,24}")
_FIRST_DIGIT = re.compile(r"[-−+]?\d")
_TASK_CLAUSE_END = re.compile(r"[，,；;。、：:！？!?\n]")
# 累计 stays in the name: a running total is another series than the year's figure.
_TASK_LEAD_INS = re.compile(
    r"(?:(?:预计|全市|全区|全县|全省|全年|力争|推动|确保|争取|其中|实现|包括|并|共|努力)\s*)+"
)
# Verbs a task's name starts with. In 新增专精特新企业 80 家、创新型中小企业 100 家 the verb of
# the first item counts the items after it too: those are 新增创新型中小企业.
_TASK_VERB = re.compile(
    r"新建改造提升|新建改造|新改扩建|新改建|新增|新建|新培育|新引进|新认定|新开工|新设|改造|建设|"
    r"建成|实施|组建|培育|创建|引进|认定|开发|打造|完成|累计|获批|获|入选|开放|提升|提高|开展|"
    r"举办|组织|推动|落地|签约|谋划|吸引|安置|扶持|整治|拆除|修复|更换|疏通|检查|抽查|排查|整改|"
    r"选认|评选|带动|拉动|归集|报送|清理|植树|设立|生成|促成|承办|帮助|登记|提供|推荐|推行|培养|"
    r"发放|接待|输转|保持|招引|招商"
)
# Verbs whose count carries over to the coordinated items after them.
_DISTRIBUTIVE = re.compile(
    r"新建改造提升|新建改造|新改扩建|新改建|新增|新建|新培育|新引进|新认定|新?获批认定|改造|建设|建成|实施|"
    r"组建|培育|创建|引进|认定|获"
)
# A line break inside a sentence of prose (a PDF wrap), not the end of a heading: the line
# holds a sentence end before it and stops on no punctuation.
_WRAP = re.compile(r"[。；;][^。；;]*[^\s，,；;。：:！？!?、]\s*$")
# Words between a task's name and its number, which are not part of the name.
_BRIDGE_REACH = 48  # the longest bridge word and the spaces a run keeps (32)
_TASK_BRIDGE = re.compile(
    r"(?:达到|达|为|实现|完成|超过|超|突破|约|近|逾|接近|不少于|不低于|稳定在|保持在|"
    r"(?:调整)?(?:提升至|提升到|提高到|提高至|增至|调整为|调整至)|共计|共)\s*$"
)
# Names of an attribute of something named before (总投资 126.7 亿元; 协议投资总额, 运营里程
# after the projects or lines they belong to), not of a figure.
# A change against last year (比上年增加 50 亿元) is the change of a figure named before.
_ATTRIBUTE = re.compile(r"^(?:总|共|合计|其中|项目总|新增面积|比上年|比去年|较上年|同比)")
# A rank (增速居全省第 5 位) or a margin over a target (超预期目标 8.57 亿元) is no figure of its own.
_RANK_OR_MARGIN = re.compile(r"(?:第|目标|任务)$")
_BARE_ATTRIBUTE = re.compile(
    r"(?:协议投资|投资|运营|建设|销售|营业|占地|建筑|用地)?(?:总额|总量|金额|规模|面积|里程|数量)"
)

TASK_CONFIDENCE = 0.4
TASK_TOTAL_CONFIDENCE = 0.75
# the total after an increase (新增…340 家，总数达 830 家)
_TOTAL = re.compile(TOTAL)


class TaskFigures:
    """The task-figure rules of a prose sentence (`_Sentence` holds the text and what it used)."""

    def _tasks(self):
        """Clauses that are a name and a counted value, for indicators the catalogue lacks."""
        wrapped = _Wraps(self.text, self.start)
        stops = [
            m.start()
            for m in _TASK_CLAUSE_END.finditer(self.text, self.start, self.end)
            if m.group() != "\n" or not wrapped(m.start())
        ]
        clauses, clause_start = [], self.start
        for stop in [*stops, self.end]:
            clauses.append((clause_start, stop))
            clause_start = stop + 1
        self.used_spans = Spans(self.used)
        self.series_ends = _series_ends(self.text, clauses)
        verb = None  # the counting verb of the clause before, with where its clause starts
        for index in range(len(clauses)):
            verb = self._task(clauses, index, verb)

    def _task(self, clauses, index, verb):
        """Read clause `index` as a task figure; return the verb the next clause may share."""
        start, stop = clauses[index]
        if self.used_spans.overlap(start, stop):
            return None
        clause = self.text[start:stop]
        offset = start + len(clause) - len(clause.lstrip())
        lead = _TASK_LEAD_INS.match(self.text, offset, stop)
        offset = lead.end() if lead else offset
        digit = _FIRST_DIGIT.search(self.text, offset, stop)
        if digit is None:
            # 新认定高新技术企业 27 家，居全市第一，总量达 93 家: a rank between keeps the verb
            aside = ASIDE.match(self.text, start, stop + 1)
            return verb if aside and aside.end() >= stop else None
        written = _strip_bridges(self.text[offset : digit.start()])
        name = "".join(written.split())
        own_verb = _TASK_VERB.search(name)  # 二次供水设施新增改造完成 has a verb of its own
        distributive = _DISTRIBUTIVE.match(name)
        next_verb = None
        if distributive:
            next_verb = (distributive.group(), offset, name[distributive.end() :])
        quote_start = offset
        if own_verb is None and verb is not None:
            if _TOTAL.fullmatch(name):
                self._total_of_known(verb, offset + len(written), stop)
                return None
            name, quote_start = verb[0] + name, verb[1]
            next_verb = verb
        if not self._task_clause_stands_alone(clauses, index):
            return next_verb
        if not self._is_task_name(name):
            return next_verb
        value = read_value(self.text, offset + len(written), stop)
        if value is None or value.qualitative or not value.unit or value.unit == PERCENT:
            return next_verb
        if not _FIRST_DIGIT.search(self.text, value.start, value.end):
            return next_verb  # a qualifier cut from its number by a line break (约⏎50 万平方米)
        if self.text[value.extent : stop].strip():
            # The value must close the clause: "30 亿元以上项目 23 个" is no task figure.
            return None
        self._add_task(name, value, quote_start)
        return next_verb

    def _is_task_name(self, name):
        """A new indicator's name: not a known one, an attribute, nor an open list (等), nor
        names sharing one value (高新技术企业和科技型中小企业均突破 1000 家)."""
        return not (
            not _TASK_NAME.fullmatch(name)
            or "等" in name
            or name.endswith(("均", "都"))
            or _ATTRIBUTE.match(name)
            or _RANK_OR_MARGIN.search(name)
            or _BARE_ATTRIBUTE.fullmatch(name)
            or self.catalogue.resolve(name)
            or self.catalogue.mentions(name)
        )

    def _total_of_known(self, verb, position, stop):
        """新增国家级高新技术企业 340 家，总数达 830 家: the total after the increase of a series the
        catalogue knows is its level."""
        word, start, counted = verb
        series = self.catalogue.resolve(counted)
        value = series and read_value(self.text, position, stop)
        if value and not value.qualitative and value.unit != PERCENT:
            mention = Mention(start, start + len(word) + len(counted), series)
            self._value(mention, value, TASK_TOTAL_CONFIDENCE, quote_from=start)

    def _add_task(self, name, value, quote_start):
        context = self.context.at(value.start)
        if context is None:
            return
        year, kind = context
        self.found.append(
            candidate(
                self.text,
                indicator=name,
                unit=value.unit,
                year=year,
                kind=kind,
                quote_span=(max(quote_start, value.start - MAX_QUOTE_LEAD), value.extent),
                value_span=(value.start, value.end),
                confidence=TASK_CONFIDENCE,
                source=TASK,
                new_indicator=True,
                flags=self.flags.present(FLAGS, value.end),
            )
        )

    def _task_clause_stands_alone(self, clauses, index):
        """Whether a clause of a 、-series is a figure of its own. Not when the series names one
        thing several ways (清理批而未供土地、闲置土地 2.75 万亩: the first item has no value),
        gives several measures of one (提供 6173 笔、66.5 亿元贷款担保服务: the next item is a
        bare number), or qualifies a noun after it (国家级 13 项、市级 15 项、区级 7 项跨部门事项)."""
        start, stop = clauses[index]
        text = self.text
        if stop < self.end and text[stop] == "、":
            following = text[stop + 1 : clauses[index + 1][1]].lstrip()
            if _FIRST_DIGIT.match(following):
                return False
        if start > self.start and text[start - 1] == "、":
            before = text[clauses[index - 1][0] : clauses[index - 1][1]]
            if not _FIRST_DIGIT.search(before):
                return False
        last = self.series_ends[index]
        if last != index:
            tail_start, tail_stop = clauses[last]
            digit = _FIRST_DIGIT.search(text, tail_start, tail_stop)
            value = digit and read_value(text, digit.start(), tail_stop)
            if not value or text[value.extent : tail_stop].strip():
                return False
        return True


def _series_ends(text, clauses):
    """For each clause, the last clause of the 、-series it starts (itself when none follows)."""
    ends = list(range(len(clauses)))
    for index in range(len(clauses) - 2, -1, -1):
        if text[clauses[index][1] : clauses[index][1] + 1] == "、":
            ends[index] = ends[index + 1]
    return ends


class _Wraps:
    """Whether a line break wraps a sentence rather than ending a line: the last line with text
    before it (blank lines between are passed over) holds a sentence end and stops on no
    punctuation. Asked for the line breaks of a sentence in order, so that a run of blank
    lines is walked once, not once per line."""

    def __init__(self, text, start):
        self.text, self.scanned = text, start
        ink = start  # the last character that is not white space before the sentence
        while ink > 0 and text[ink - 1].isspace():
            ink -= 1
        self.ink, self.answers = ink - 1, {}

    def __call__(self, newline):
        stretch = self.text[self.scanned : newline].rstrip()
        if stretch:
            self.ink = self.scanned + len(stretch) - 1
        self.scanned = newline
        if self.ink < 0:
            return False
        if self.ink not in self.answers:
            line_start = self.text.rfind("\n", 0, self.ink) + 1
            self.answers[self.ink] = bool(_WRAP.search(self.text[line_start : self.ink + 1]))
        return self.answers[self.ink]


def _strip_bridges(prefix):
    """The name before a value, less the words between them: "新增规上工业企业超 " → 新增规上工业企业.
    Each bridge is looked for at the end only, never by a scan of the whole name (a name of 32,000
    bridge words took 42 s)."""
    end = len(prefix.rstrip())
    while bridge := _TASK_BRIDGE.search(prefix, max(0, end - _BRIDGE_REACH), end):
        end = bridge.start()
        while end and prefix[end - 1].isspace():
            end -= 1
    return prefix[:end]
