"""Figures stated in sentences: an indicator named (by name, alias or a tail after its head),
then its value. Also the forms reports use to say several at once:

- a level and its growth: 地区生产总值 1110 亿元，增长 5.8%
- lists: 城镇、农村居民人均可支配收入分别增长 7%、7.5%
- a worded value for several: 主要污染物重点工程减排量、单位地区生产总值二氧化碳排放降低完成省下达任务
- a quota naming them inside: 完成市下达的实际利用外资、进出口总额和节能减排降碳任务
- task figures of indicators the catalogue does not know: 新增省级以上专精特新企业 80 家
"""

import re

from reports.extraction.candidates import PROSE, TASK, candidate
from reports.extraction.lexicon import PERCENT, Mention, squeeze
from reports.extraction.sections import TARGET, section_at, sentence_context
from reports.extraction.values import (
    BRIDGE,
    QUOTA,
    read_value,
    read_values,
)

_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_END = re.compile(r"[。！？!?；;]")
_CLAUSE_START = re.compile(r"[，,；;。：:！？!?\n]")
_CONNECTOR = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
_COORDINATED = re.compile(r"([\u4e00-\u9fff]{1,6})\s*[、和及]\s*$")
_LEVEL_GROWTH_SEPARATOR = re.compile(r"\s*[，,、]\s*")
# 年初确定的地区生产总值增长6%左右的目标: a result section quoting the year's target.
_TARGET_AFTER = re.compile(r"\s*(?:左右)?的?(?:预期|年度|既定)?目标")
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
    r"新建改造提升|新建改造|新改扩建|新改建|新增|新建|新培育|新引进|新认定|改造|建设|建成|实施|"
    r"组建|培育|创建|引进|认定|获"
)
# A line break inside a sentence of prose (a PDF wrap), not the end of a heading: the line
# holds a sentence end before it and stops on no punctuation.
_WRAP = re.compile(r"[。；;][^。；;]*[^\s，,；;。：:！？!?、]\s*$")
# Words between a task's name and its number, which are not part of the name.
_TASK_BRIDGE = re.compile(
    r"(?:达到|达|为|超过|超|突破|约|近|逾|接近|不少于|不低于|稳定在|保持在|"
    r"(?:调整)?(?:提升至|提升到|提高到|提高至|增至|调整为|调整至)|共计|共)\s*$"
)
# Names of an attribute of something named before (总投资 126.7 亿元; 协议投资总额, 运营里程
# after the projects or lines they belong to), not of a figure.
_ATTRIBUTE = re.compile(r"^(?:总|共|合计|其中|项目总|新增面积)")
_BARE_ATTRIBUTE = re.compile(
    r"(?:协议投资|投资|运营|建设|销售|营业|占地|建筑|用地)?(?:总额|总量|金额|规模|面积|里程|数量)"
)

PROSE_CONFIDENCE = 0.85
LIST_CONFIDENCE = 0.75
ELLIPTICAL_CONFIDENCE = 0.6
TASK_CONFIDENCE = 0.4


def prose_candidates(text, catalogue, metadata, sections, skip=()):
    found = []
    for start, end in _regions(sections, skip, len(text)):
        sentence_start = start
        for stop in [*(m.end() for m in _SENTENCE_END.finditer(text, start, end)), end]:
            if stop > sentence_start:
                reader = _Sentence(text, sentence_start, stop, catalogue, metadata, sections)
                found += reader.candidates()
            sentence_start = stop
    return found


def _regions(sections, skip, length):
    """The spans of prose: every section but annexes, less the tables."""
    spans = [(s.start, s.end) for s in sections if not s.annex] or [(0, length)]
    for skip_start, skip_end in sorted(skip):
        spans = [
            piece
            for start, end in spans
            for piece in ((start, min(end, skip_start)), (max(start, skip_end), end))
            if piece[1] > piece[0]
        ]
    return spans


class _Sentence:
    def __init__(self, text, start, end, catalogue, metadata, sections):
        self.text, self.start, self.end = text, start, end
        self.catalogue, self.metadata = catalogue, metadata
        self.section = section_at(sections, start)
        self.found, self.used = [], []

    def candidates(self):
        mentions = self._mentions()
        mentions = self._quotas(mentions)
        groups = self._groups(mentions)
        for index, group in enumerate(groups):
            limit = groups[index + 1][0].start if index + 1 < len(groups) else self.end
            clause_end = _CLAUSE_END.search(self.text, group[-1].end, self.end)
            limit = min(limit, clause_end.start() if clause_end else self.end)
            if len(group) == 1:
                self._single(group[0], limit)
            else:
                self._list(group, limit)
        self._tasks()
        return self.found

    # Mentions -----------------------------------------------------------------------------

    def _mentions(self):
        mentions = self.catalogue.mentions(
            self.text, self.start, self.end, sentence_start=self.start
        )
        return sorted(mentions + self._coordinated(mentions), key=lambda m: m.start)

    def _coordinated(self, mentions):
        """城镇、农村居民人均可支配收入: the first name shares the second's tail."""
        found = []
        for mention in mentions:
            before = _COORDINATED.search(self.text, self.start, mention.start)
            if before is None or any(m.start < before.end(1) <= m.end for m in mentions):
                continue
            wording, run = squeeze(self.text[mention.start : mention.end]), before[1]
            heads = [
                (cut, length)
                for cut in range(1, len(wording) - 3)
                for length in range(1, len(run) + 1)
            ]
            for cut, length in heads:
                name = self.catalogue.resolve(run[-length:] + wording[cut:])
                if name and name != mention.name:
                    found.append(Mention(before.end(1) - length, before.end(1), name))
                    break
        return found

    def _quotas(self, mentions):
        """Mentions inside 完成…下达…任务 take the whole clause as their value."""
        rest = []
        quotas = list(QUOTA.finditer(self.text, self.start, self.end))
        for mention in mentions:
            quota = next((q for q in quotas if q.start() <= mention.start < q.end()), None)
            if quota is None:
                rest.append(mention)
                continue
            unit = self.catalogue.qualitative_series(mention.name)
            if unit:
                self._emit(
                    mention, unit, quota.span(), (quota.start(), quota.end()), LIST_CONFIDENCE
                )
        return rest

    def _groups(self, mentions):
        groups = []
        for mention in mentions:
            if groups and _CONNECTOR.fullmatch(self.text, groups[-1][-1].end, mention.start):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        return groups

    # Values -------------------------------------------------------------------------------

    def _single(self, mention, limit):
        value = read_value(self.text, mention.end, limit)
        if value is None:
            return
        confidence = ELLIPTICAL_CONFIDENCE if mention.elliptical else PROSE_CONFIDENCE
        if not self._value(mention, value, confidence):
            return
        # 地区生产总值 1110 亿元，增长 5.8%: the growth rate of the same indicator follows
        comma = _LEVEL_GROWTH_SEPARATOR.match(self.text, value.extent, limit)
        if comma and not value.qualitative and BRIDGE.match(self.text, comma.end(), limit):
            following = read_value(self.text, comma.end(), limit)
            if (
                following
                and not following.qualitative
                and (following.unit == PERCENT) != (value.unit == PERCENT)
            ):
                self._value(mention, following, confidence - 0.05, quote_from=mention.start)

    def _list(self, group, limit):
        values = read_values(self.text, group[-1].end, limit)
        between = self.text[group[-1].end : values[0].start] if values else ""
        if len(values) == len(group):
            pairs = zip(group, values, strict=True)
        elif len(values) == 1 and (values[0].qualitative or re.search("均|都", between)):
            pairs = ((mention, values[0]) for mention in group)
        else:
            self._single(group[-1], limit)
            return
        for mention, value in pairs:
            self._value(mention, value, LIST_CONFIDENCE, quote_from=group[0].start)

    def _value(self, mention, value, confidence, quote_from=None):
        if value.qualitative:
            unit, scaled = self.catalogue.qualitative_series(mention.name), False
        else:
            fitting = self.catalogue.series(mention.name, value.unit, growth=value.growth)
            unit, scaled = fitting or (None, False)
            if not value.unit:
                confidence -= 0.2
        if unit is None:
            return False
        value_span = (value.start, value.text_end(scaled=scaled))
        quote_end = max(value_span[1], value.extent if not value.qualitative else value.end)
        start = mention.start if quote_from is None else quote_from
        return self._emit(mention, unit, (start, quote_end), value_span, confidence)

    def _emit(self, mention, unit, span, value_span, confidence):
        context = sentence_context(
            self.text[self.start : value_span[0]], self.section, self.metadata
        )
        if context is None:
            return False
        year, kind = context
        if _TARGET_AFTER.match(self.text, span[1], self.end):
            kind = TARGET
        quote_start = self._clause_start(span[0])
        self.used.append((min(mention.start, value_span[0]), value_span[1]))
        self.found.append(
            candidate(
                self.text,
                indicator=mention.name,
                unit=unit,
                year=year,
                kind=kind,
                quote_span=(quote_start, span[1]),
                value_span=value_span,
                confidence=confidence,
                source=PROSE,
                parent=self.catalogue.parents.get(mention.name, ""),
                flags_from=self.text[self.start : value_span[1]],
            )
        )
        return True

    def _clause_start(self, position):
        """Where the clause naming the figure starts, with a lead-in clause such as 预计，."""
        starts = [m.end() for m in _CLAUSE_START.finditer(self.text, self.start, position)]
        start = starts[-1] if starts else self.start
        if len(starts) >= 2 and len(squeeze(self.text[starts[-2] : starts[-1] - 1])) <= 4:
            start = starts[-2]
        elif len(starts) == 1 and len(squeeze(self.text[self.start : starts[0] - 1])) <= 4:
            start = self.start
        while start < position and self.text[start].isspace():
            start += 1
        return start

    # Task figures -------------------------------------------------------------------------

    def _tasks(self):
        """Clauses that are a name and a counted value, for indicators the catalogue lacks."""
        stops = [
            m.start()
            for m in _TASK_CLAUSE_END.finditer(self.text, self.start, self.end)
            if m.group() != "\n" or not _wrapped(self.text, m.start())
        ]
        clauses, clause_start = [], self.start
        for stop in [*stops, self.end]:
            clauses.append((clause_start, stop))
            clause_start = stop + 1
        verb = None  # the counting verb of the clause before, with where its clause starts
        for index in range(len(clauses)):
            verb = self._task(clauses, index, verb)

    def _task(self, clauses, index, verb):
        """Read clause `index` as a task figure; return the verb the next clause may share."""
        start, stop = clauses[index]
        if any(used_start < stop and start < used_end for used_start, used_end in self.used):
            return None
        clause = self.text[start:stop]
        offset = start + len(clause) - len(clause.lstrip())
        lead = _TASK_LEAD_INS.match(self.text, offset, stop)
        offset = lead.end() if lead else offset
        digit = _FIRST_DIGIT.search(self.text, offset, stop)
        if digit is None:
            return None
        written = _strip_bridges(self.text[offset : digit.start()])
        name = "".join(written.split())
        own_verb = _TASK_VERB.search(name)  # 二次供水设施新增改造完成 has a verb of its own
        distributive = _DISTRIBUTIVE.match(name)
        next_verb = (distributive.group(), offset) if distributive else None
        quote_start = offset
        if own_verb is None and verb is not None:
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
        """A new indicator's name: not a known one, an attribute, nor an open list (等)."""
        return not (
            not _TASK_NAME.fullmatch(name)
            or "等" in name
            or _ATTRIBUTE.match(name)
            or _BARE_ATTRIBUTE.fullmatch(name)
            or self.catalogue.resolve(name)
            or self.catalogue.mentions(name)
        )

    def _add_task(self, name, value, quote_start):
        context = sentence_context(self.text[self.start : value.start], self.section, self.metadata)
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
                quote_span=(quote_start, value.extent),
                value_span=(value.start, value.end),
                confidence=TASK_CONFIDENCE,
                source=TASK,
                new_indicator=True,
                flags_from=self.text[self.start : value.end],
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
        last = index
        while last + 1 < len(clauses) and text[clauses[last][1] : clauses[last][1] + 1] == "、":
            last += 1
        if last != index:
            tail_start, tail_stop = clauses[last]
            digit = _FIRST_DIGIT.search(text, tail_start, tail_stop)
            value = digit and read_value(text, digit.start(), tail_stop)
            if not value or text[value.extent : tail_stop].strip():
                return False
        return True


def _wrapped(text, newline):
    """Whether the line break at `newline` wraps a sentence rather than ending a line."""
    line_start = text.rfind("\n", 0, newline) + 1
    while line_start > 0 and not text[line_start:newline].strip():
        line_start = text.rfind("\n", 0, line_start - 1) + 1  # a blank line between
    return bool(_WRAP.search(text[line_start:newline]))


def _strip_bridges(prefix):
    """The name before a value, less the words between them: "新增规上工业企业超 " → 新增规上工业企业."""
    name = prefix.rstrip()
    while (trimmed := _TASK_BRIDGE.sub("", name).rstrip()) != name:
        name = trimmed
    return name
