"""What a sentence carries on to the next ones of its paragraph: the (year, kind) of its last
figure, for a sentence that names no year and has no cue of its own (SentenceContext.carried);
and the year of the paragraph's last target, for a sentence with a target cue and no year
(…目标为 8.5%，全年完成 0%。其中，第一产业增速计划目标为 3.6%); and whether the paragraphs
review the years of a plan, not the year (这五年，我们…; 五年来，…), which goes on over the
paragraphs after until one opens on the year (过去一年, 刚刚过去的2025年).
"""

import re

from reports.extraction.cues import RESULT_AFTER_QUOTE
from reports.extraction.sections import TARGET
from reports.extraction.sentences import (
    ATTRIBUTION,
    opens_on_the_year_before,
    start_after_last,
)

_OPENING = 60  # how far into a paragraph a sentence looking back over five years may open
_ANNOUNCING = 80  # how far into its line a paragraph's goals may be announced by their year
# 各位代表！ or a bullet's dash before the words, or an attribution (报告显示，2007年全市…)
_LEAD = rf"\s*(?:各位代表[！!，,：:]\s*|—{{1,3}}\s*|{ATTRIBUTION}\s*)?"
# five years looked back on (这五年，过去五年里，五年来，——这五年高质量发展…), or a term of
# another length (四年来，七年来); not 近三年, a recent spell
_FIVE_YEARS = r"(?:这|过去的?|近)\s*五\s*年|[三四五六七八九十]\s*年\s*来"
# a paragraph opening on the years of a plan: those five, or the plan's term (“十四五”时期是…); in
# prose, not a heading (过去五年的工作回顾 heads the year's review too)
_ON_THE_YEARS = re.compile(
    rf"{_LEAD}(?:{_FIVE_YEARS}|[“\"]?\s*十\s*[一二三四五]\s*五\s*[”\"’]?\s*(?:时期|期间|以来))"
    r"(?=[^\n]*?[，,。])"  # (the nearest stop: read at each sentence, never to the line's end)
)
# …or on the year (2025年是“十四五”收官之年。), its next sentence on the five years (五年来，…)
_THEN_FIVE_YEARS = re.compile(rf"(?<=[。！!]){_LEAD}(?:{_FIVE_YEARS})")
_LINE_STARTS = re.compile(r"^[ \t\u3000]*(?=\S)", re.M)
# a paragraph opening on the year reviewed: 过去一年，一年来，去年，全年，刚刚过去的2025年，2025年是…;
# or a numbered heading over it naming the year (（一）2010年经济社会发展目标和任务全面完成)
_ON_THE_YEAR = re.compile(
    rf"{_LEAD}(?:过去的?一年|一年来|这一年|去年|全年|刚刚过去的|过去的\s*(?:19|20)\d{{2}}\s*年"
    r"|回顾\s*(?:19|20)\d{2}|(?:[（(][一二三四五六七八九十]{1,3}[)）]\s*)?(?:19|20)\d{2}\s*年)"
)

# a paragraph opening on the year it speaks of (2016年是“十三五”开局之年。)
_YEAR_IT_IS = re.compile(rf"{_LEAD}(?:((?:19|20)\d{{2}})\s*年\s*[，,]?|(今年)\s*)是")
# …or on a goal by a year to come (到2018年，基本建成创新型城市。…投入强度达到2.1%)
_BY_YEAR_OPENS = re.compile(rf"{_LEAD}到\s*((?:19|20)\d{{2}})\s*年\s*[，,]")
# …or on the goals announced, by that year, perhaps after a motto (今后五年…主要目标是：综合实力
# 再上新台阶，到2026年（即本届末），…)
_BY_YEAR_ANNOUNCED = re.compile(
    r"目标(?:是|为)?\s*[：:](?:[^，,。；;：:\n]{0,12}[，,])?\s*到\s*((?:19|20)\d{2})\s*年"
    r"\s*(?:[（(][^（）()\n]{0,8}[)）])?\s*[，,]"
)
# …or on a numbered item naming a year's targets, run in (（一）2016年目标。全社会研究与…达到1.8%)
_YEARS_TARGETS = re.compile(
    rf"{_LEAD}[（(][一二三四五六七八九十]{{1,3}}[)）]\s*((?:19|20)\d{{2}})\s*年度?\s*(?:主要)?"
    r"(?:预期|发展)?目标\s*[。：:]"
)
# …or on a year its clause is about (2017年，全市上下…取得显著成绩。)
_YEAR_OPENS = re.compile(rf"{_LEAD}((?:19|20)\d{{2}})\s*年\s*[，,]")

# the words of a sentence giving the year's account (预计全年…, 全区完成…, 初步核算, 同比增长), and
# of one going on from it to the targets or the tasks (综合考虑，…增长6%左右; 在此基础上，…; 今年，…;
# 要落实以旧换新政策，社会消费品零售总额增长6%)
_ACCOUNT = re.compile(r"预计|完成|核算|统计|核定|同比|比上年")
_GOING_ON = re.compile(
    r"左右|以上|以内|综合考虑|在此基础上|今年|明年|要|将|力争|确保|争取|努力|推动|加快"
)

_PARAGRAPH_REACH = 400  # how far back in its paragraph a year dates a figure
_PARAGRAPH_ENDS = ("。\n", "！\n", "：\n", "\n\n")
_FIGURE_REACH = 24  # how far past a figure's start its number and unit may run


# a year opening a sentence of figures (2010年全市生产总值 1203 亿元, 预计2015年，全市实现…), or
# the plan's end (预计“十三五”末，…): not a span (过去五年（2016—2020年）) nor an event's year
# (2018年成功创建全国文明城市。)
_DATED_FIGURES = re.compile(
    r"(?:^|(?<=[。！？!?；;，,]))[ \t\u3000]*(?:(?:预计|初步统计|截至|截止|到)\s*)*"
    r"(?:(?:19|20)\d{2}\s*年(?!\s*[—\-－~～至到])"
    r"|[“\"]?\s*十\s*[一二三四五]?\s*五\s*[”\"’]?\s*(?:期\s*)?末)"
    r"[^。！？!?；;\n]*?\d\s*(?:[万亿千百]\s*)*(?:元|美元|吨|斤|人|%|％)",
    re.M,
)


def dated_in_its_paragraph(text, position):
    """Whether a year or a plan's end heads figures before `position` in its paragraph, which
    reviews a plan's years: its figures there are of that year."""
    # a paragraph's end: a line ending on a stop or a blank line (a copy may break lines anywhere)
    opening = start_after_last(text, position, _PARAGRAPH_ENDS, _PARAGRAPH_REACH)
    # the figures it heads may be the one at `position` itself (2011年，全县实际利用外资 248 万美元)
    dated = _DATED_FIGURES.search(text, opening, position + _FIGURE_REACH)
    return bool(dated) and dated.start() < position


def _gives_its_account(context):
    """Whether a sentence of a paragraph on the year reviewed gives its account, or at least does
    not go on to the targets or the tasks (searched only in such a paragraph: every sentence of a
    report passes here)."""
    text, start, end = context.text, context.start, context.end
    return bool(_ACCOUNT.search(text, start, end) or not _GOING_ON.search(text, start, end))


# a sentence opening on the whole year (全年地区生产总值增长8.3%; 结果全年…; 到年底，全年…; 年底一算，…)
_ON_THE_WHOLE_YEAR = re.compile(
    rf"{_LEAD}(?:(?:结果|最终)\s*[，,]?\s*)?(?:全年|到?年底(?:一算|算下来)?\s*[，,]|年终)"
)


def _gives_the_account(context):
    """Whether a sentence gives the year's account (全年实现, 实际完成; opening on 全年, going on
    to no target: 全年地区生产总值增长8.3%): no target carries into it."""
    text, start, end = context.text, context.start, context.end
    if RESULT_AFTER_QUOTE.search(text, start, end) is not None:
        return True
    return bool(_ON_THE_WHOLE_YEAR.match(text, start)) and not _GOING_ON.search(text, start, end)


def _results_of(year, metadata):
    """(year, kind) of the results of a year whose targets were just told, when it is before the
    year reviewed; else None, the figures left to their own words."""
    review = metadata.review_year
    return (year, metadata.results_kind_of(year)) if review and year < review else None


class Carried:
    def __init__(self):
        self.value = None  # the (year, kind) the next sentence goes on about
        self._result = None  # that of the paragraph's last result
        self.target_year = None  # the year of the paragraph's last target
        self.looking_back = False  # a sentence of the paragraph looked back over years (五年来)
        self.over_years = False  # the paragraphs review a plan's years, not the year
        self.paragraph_year = None  # the year the paragraph opens on (2016年是…开局之年)
        self.named_targets = False  # …its targets named so ((一）2016年目标。…), of any year
        self.opening_year = None  # the year its first clause is about (2017年，全市…)
        self._latest = {}  # the latest result of each indicator in the paragraph
        self._last_said = None  # the (year, kind) of the last figure, the year compared with too

    def new_paragraph(self, text, start):
        self.value = self._result = self.target_year = None
        self.looking_back = False
        self.paragraph_year = self.opening_year = None
        self.named_targets = False
        self._latest, self._last_said = {}, None
        # each line opening before the paragraph's first sentence ends: a heading may stand over it
        stop = text.find("。", start, start + _OPENING)
        for line in _LINE_STARTS.finditer(text, start, stop if stop > 0 else start + _OPENING):
            if opening := _YEAR_IT_IS.match(text, line.end()):
                self.paragraph_year = opening[2] or int(opening[1])
            elif opening := _YEARS_TARGETS.match(text, line.end()):
                self.paragraph_year, self.named_targets = int(opening[1]), True
            elif opening := _BY_YEAR_OPENS.match(text, line.end()):
                self.paragraph_year = int(opening[1])
            elif opening := _BY_YEAR_ANNOUNCED.search(text, line.end(), line.end() + _ANNOUNCING):
                self.paragraph_year = int(opening[1])
            elif opening := _YEAR_OPENS.match(text, line.end()):
                self.opening_year = int(opening[1])
            if _ON_THE_YEARS.match(text, line.end()):
                self.over_years = True
            elif _ON_THE_YEAR.match(text, line.end()):
                end = line.end() + _OPENING
                self.over_years = bool(_THEN_FIVE_YEARS.search(text, line.end(), end))

    def onto(self, context):
        """Give a sentence's `context` what the sentences before it carry on."""
        context.carried, context.targets_year = self.value, self.target_year
        if self._last_said and opens_on_the_year_before(context.text, context.start):
            context.carried = self._last_said  # (2022年，…为650.2亿元。这一年，…: that year)
        if self.value and self.value[1] == TARGET and _gives_the_account(context):
            # (年初目标增长6%左右。全年实现地区生产总值1050.3亿元: the year reviewed's; an
            # earlier year's targets, as a memoir tells them, that year's results)
            context.carried = _results_of(self.value[0], context.metadata)
        context.looked_back, context.over_years = self.looking_back, self.over_years
        # (a year to come: 2016年是“十三五”开局之年。…主要预期目标是：)
        review, year = context.metadata.review_year, self.paragraph_year
        year = context.metadata.plan_year if year == "今年" else year
        ahead = year and review and (year > review or self.named_targets)
        context.paragraph_year = year if ahead else None
        # (a paragraph on the year reviewed, under a heading of targets: 一、…完成全年目标任务的
        # 重要意义⏎2017年，全市…取得显著成绩。预计全年…; a sentence of its giving an account, or
        # not going on to the targets: …。综合考虑，全市地区生产总值增长6%左右…)
        planned = context.metadata.plan_year
        on_it = bool(review and planned and planned > review and self.opening_year == review)
        context.on_the_year_reviewed = on_it and _gives_its_account(context)

    def _take_in(self, results):
        """Note a sentence's `results` among the latest of each indicator in the paragraph."""
        for result in sorted(results, key=lambda c: c.value_start):
            known = self._latest.get(result.indicator)
            if known is None or result.year >= known.year:
                self._latest[result.indicator] = result

    def after(self, figures, announced):
        """Carry on from a sentence's own `figures` (candidates), or, when it states none, what it
        `announced` (SentenceContext.announced)."""
        if not figures:
            if announced and self._result and announced[0] < self._result[0]:
                return  # (…增长14.7%。2002年我们是858亿元。: an earlier year compared with)
            self.value = announced or self.value
            self._last_said = announced or self._last_said  # (2005年，…。那年…: 2005)
            if announced and announced[1] == TARGET:
                self.target_year = announced[0]
            return
        last = max(figures, key=lambda c: c.value_start)
        self._last_said = last.year, last.kind
        targets = [c for c in figures if c.kind == TARGET]
        if targets:
            self.target_year = max(targets, key=lambda c: c.value_start).year
        self.value = last.year, last.kind
        results = [c for c in figures if c.kind != TARGET]
        if results:  # (…增长8.2%、高于6%的年度目标: the result before the target it is set against)
            result = max(results, key=lambda c: c.value_start)
            self._result = result.year, result.kind
            self._take_in(results)
            latest = self._latest[result.indicator]
            if latest.year > result.year:
                # (…生产总值705.6亿元，增长8.6%；2015年，全区地区生产总值为649.3亿元。: the year
                # before, compared with; the sentences after go on about the year's)
                self._result = self.value = latest.year, latest.kind
        # a paragraph of results goes on with them after a sentence's aside of a target
        # (…接待游客力争突破5000万人次。社会消费品零售总额达到2100亿元): the target is its own
        if last.kind == TARGET and self._result:
            self.value = self._result
