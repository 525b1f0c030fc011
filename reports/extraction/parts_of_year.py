"""Parts of the year (前三季度, 上半年, 1-11月份) a sentence's results may be of, and the words
around one that tell whether it dates them."""

import re

from reports.extraction.cues import APPROVED_TARGETS
from reports.extraction.values import SCENE

# A part of the year the results after it in the sentence are of (前三季度, 第一季度, 上半年,
# 1-11月份), or the whole year again (全年). A quarter written bare dates what follows when it
# opens its clause (今年一季度，全市…; ⏎一季度地区生产总值下降…) or names what a release gives
# (通报一季度经济运行情况：…), not named in passing (获得二季度全省投资“赛马”激励), nor as the
# date of the sectors' shares (，三季度三次产业比重为…；)
_BARE_QUARTER = (
    r"(?:(?<![^，,；;。：:\s年])|(?<=通报|发布|公布|通告))"  # (统计局通报一季度经济运行情况：…)
    r"[一二三四]季度(?![^，,；;。\n]{0,8}?(?:比重|结构|之比))"
)
_NO_RANGE = r"(?<![\d\-—－–~至到])"  # (a month no range ends on: 1–12月, 1至11月)
PART_OF_YEAR = (
    rf"前[一二三]季度|第[一二三四]\s*季度|{_BARE_QUARTER}"
    # (1—12月 is the whole year, a December bulletin's)
    r"|[上下]半年|前\d{1,2}个?月|1\s*[-—－–~至到]\s*(?:1[01]|[1-9])\s*月份?"
    r"|截[止至]\s*(?:1[01]|[1-9])\s*月(?:底|末|份)?"  # 截止11月底: up to a month before December
    # a month alone, its own clause (4月份，全区规模以上工业增加值同比下降1.5%; not a day's date,
    # 4月18日, a year's month, 2023年4月, nor an event's month: 3月，市人大会议召开…)
    rf"|{_NO_RANGE}(?<!年)(?:1[0-2]|[1-9])\s*月份(?=\s*[，,])"
    # …or the month's own figure, said as such (11月当月出口下降7.3%) or set against the same month
    # a year before (1月份全市进出口同比下降4.2%, 今年1月…同比); not 2023年1月's, a date
    rf"|{_NO_RANGE}(?<!\d年)(?:1[0-2]|[1-9])\s*月(?:\s*份)?"
    r"(?:\s*当月|(?=[^，,；;。\n\d]{0,12}?同比))"
)
# …扭转上半年工业增长放缓态势，实现…: a part of the year naming a trend the year's figures turned
_TREND = r"(?![^，,；;。\n]{0,12}?(?:态势|局面|趋势|势头))"
# …降幅较上半年收窄 12.2 个百分点: a part of the year compared with, not the figures' own
# …从上半年 5.5% 降到 5.3%: a part of the year a change starts from dates the start, not the end
# …增幅比一季度、上半年和前三季度分别回升6.4、3.9和1.5个百分点: parts of the year listed as
# compared with, none of them the figures'
_COMPARED_LIST = (
    r"(?![^，,；;。\n\d]{0,12}?分别\s*(?:回升|回落|提高|加快|放缓|收窄|扩大|上升|下降|高出))"
)
WHOLE_OF_IT = r"(?!\s*(?:[上下]半|前|一季|\d))"  # after a year: not a part of it (2024年上半年)
PARTS_OF_YEAR = re.compile(
    rf"(?<![较比])(?:(?<![从由])|(?=(?:{PART_OF_YEAR})[^，,；;。\n\d]{{0,4}}看))(?P<part>{PART_OF_YEAR})"
    rf"{_TREND}{_COMPARED_LIST}"
    # or the whole year again, maybe a year estimated (综合1—10月…，预计2024年全市地区生产总值…)
    rf"|全年|年末|年底|预计\s*(?:19|20)\d{{2}}\s*年{WHOLE_OF_IT}"
)
# 利润1-11月增长 31.2%，…；一般公共预算收入增长 8.3%: a part of the year written after what it is
# about, before its verb (not after a year or a place: 2018年前三季度，全市1-11月完成…), is of
# that thing's figures alone, which a semicolon ends
ITS_SUBJECT_ENDS = re.compile(r"(?![年市县区省州旗])[\u4e00-\u9fff]")
BEFORE_ITS_VERB = re.compile(r"份?\s*(?:同比|增长|下降|完成|实现|达到|累计|比上年)")
# 在上半年农产品价格下滑…的情况下，粮食总产量达到…: the part of the year sets a scene, the figures
# after it are the year's
IN_A_SCENE = re.compile(rf"在\s*[^，,；;。\n\d]{{0,40}}?{SCENE}")
# a figure stated (6.3%, 1386.2 亿元), not a year that dates what follows (2019年前三季度)
FIGURE = re.compile(r"\d\s*(?:[%％‰]|[万亿千百]*\s*(?:元|美元|人|吨|斤|家))")
_FIGURE_REACH = 120  # how far before a part of the year the figure it tells of may be
# how far after a part of the year a quotation of the targets may open (bounded: linear)
_QUOTE_REACH = 200


def dates_the_figure(text, sentence_start, part, semicolons, position):
    """Whether `part`, the last part of the year (a PARTS_OF_YEAR match) before the figure at
    `position` in the sentence opening at `sentence_start`, dates it; `semicolons` are the
    sentence's (PrefixMatches)."""
    if not part["part"] or IN_A_SCENE.match(text, max(part.start() - 1, 0)):
        return False
    if APPROVED_TARGETS.search(text, part.end(), min(position, part.end() + _QUOTE_REACH)):
        return False  # 二、2007年上半年…⏎…确定…的主要预期目标是：…: the year's targets, quoted
    aside = _of_its_subject(text, sentence_start, part) or _after_a_figure(
        text, sentence_start, part, semicolons
    )
    semicolon = aside and semicolons.last(position)
    return not (semicolon and semicolon.start() >= part.end())


# what follows a part of the year told of the figure before it: its verb or figure, no subject of
# its own (前三季度增长 6.2%, 上半年一度增长 15.1%, 前三季度两者分别增长…, 前三季度为 5.1%)
_OF_THE_FIGURE_BEFORE = re.compile(
    r"份?\s*(?:两者|二者)?\s*(?:分别|均|一度|曾)?\s*(?:为|是|同比|比上年|增长|下降|增速|增幅|达到?|\d)"
)
# …or, its words then 一度 or 曾, what happened once in it (…增长6.5%，上半年出口一度下降3.4%；): an
# aside, the part of the year before it in the sentence dating on (not 未曾, 不曾)
TOLD_ONCE = re.compile(r"[^，,；;。\d\n]{1,8}?(?<![未不何])(?:一度|曾)")


def _after_a_figure(text, sentence_start, part, semicolons):
    """Whether the part of the year follows a figure in its clauses and tells of it (…增长 6.3%，
    前三季度增长 6.2%；): an aside on the year's figure, which a semicolon ends, not the
    sentence's date; one with a subject of its own (…15 家，1-11 月规上工业增加值增长…) dates on."""
    semicolon = semicolons.last(part.start())
    # (the figure close before it: looked for over the whole stretch for every figure after the
    # part, a long one made the sentence quadratic)
    start = max(semicolon.end() if semicolon else sentence_start, part.start() - _FIGURE_REACH)
    return bool(
        FIGURE.search(text, start, part.start())
        and (_OF_THE_FIGURE_BEFORE.match(text, part.end()) or TOLD_ONCE.match(text, part.end()))
    )


def _of_its_subject(text, sentence_start, part):
    """Whether the part of the year stands between its subject and its verb."""
    before = part.start() - 1
    while before > sentence_start and text[before] in " \t":  # a PDF's: 利润 1-11 月增长
        before -= 1
    return bool(
        before >= sentence_start
        and ITS_SUBJECT_ENDS.match(text, before)
        and BEFORE_ITS_VERB.match(text, part.end())
    )


# a heading over the whole year's estimates in a report on the year so far (二、全年主要指标预计完成
# 情况, 预计全年完成情况, 二、2024年主要指标预计完成情况)
YEARS_ESTIMATE = re.compile(r"全年[^，,。；;\n]{0,12}?(?:预计|预测|预估)|预计全年|预计完成情况")


# …or a paragraph opening on it (综合判断，预计全年全市地区生产总值可达到…; 按照调整后的计划测算，
# 预计全年…), maybe after who reports it and why, with no figure of the months before (旗统计局汇报，
# 综合各方面因素分析，预计全年…; 旗财政局汇报：受…影响，预计全年…)
_OPENS_ON_ESTIMATE = re.compile(
    r"^(?:[^，,。；;\n]{0,16}[，,]?|[^。；;\n\d]{0,40}?[，,：:])[ \t\u3000]*(?:预计全年|全年预计)",
    re.M,
)


# …or the rest of a sentence from the estimate on (…达到或超过序时进度。按照当前走势，预计全年地区
# 生产总值完成302亿元…; …夏粮总产达到16.9亿斤，…，预计全年粮食总产33.2亿斤)
_ESTIMATE_ON = re.compile(r"(?:预计全年|全年预计)(?!\s*(?:目标|数|值|进度))[^。！？!?\n]*")


_ESTIMATE_COLUMN = re.compile(rf"{YEARS_ESTIMATE.pattern}|(?:19|20)\d{{2}}\s*年(?:全年)?\s*预计")


def _heading(text, start, end):
    """The first line of the span start..end: a section's heading, a table's header."""
    line_end = text.find("\n", start, end)
    return text[start : line_end if line_end >= 0 else end]


def whole_year_estimated(text, sections, tables=()):
    """The spans of the sections of a report on the year so far whose heading estimates the whole
    year, and of its tables whose header does (累计完成 | 预计全年完成), of its paragraphs opening on
    the estimate, and of its sentences from the estimate on: their results are the year's expected
    ones, not the months'."""
    spans = [
        (s.start, s.end) for s in sections if YEARS_ESTIMATE.search(_heading(text, s.start, s.end))
    ]
    # (2009年预计 | 2010年规划目标 | 2010年预计: the years' estimates)
    spans += [(a, b) for a, b in tables if _ESTIMATE_COLUMN.search(_heading(text, a, b))]
    for opening in _OPENS_ON_ESTIMATE.finditer(text):
        end = text.find("\n", opening.end())
        spans.append((opening.start(), end if end >= 0 else len(text)))
    spans += [estimate.span() for estimate in _ESTIMATE_ON.finditer(text)]
    return spans
