"""Reports given within the year they review: a mid-year report, a report on the year so far, a
report adjusting the year's plan. Such a report reviews the year it plans: its months' results
are parts of that year, its targets that year's.
"""

import re
from bisect import bisect_right
from dataclasses import replace

from reports.extraction.cues import TARGET_NOUN
from reports.extraction.heading_lines import NUMBER_MARK, NUMERAL
from reports.extraction.parts_of_year import WHOLE_OF_IT
from reports.extraction.sections import EXPECTED, PAST_YEAR, TARGET
from reports.extraction.sentences import SENTENCE_ENDS, SENTENCE_REACH, start_after_last

# 关于2015年上半年慈溪市国民经济和社会发展计划执行情况的报告, 关于今年上半年经济工作情况…的报告
_MID_YEAR = re.compile(r"上半年[^，,。；;\n]{0,30}?(?:(?:执行|工作|运行|完成)的?情况|运行调度会)")
# …or a title on the half year's progress on the targets (关于2024年上半年目标任务推进情况的报告), in
# the title alone: a body's 对照上半年各项工作推进情况 is none
_PROGRESS_TITLE = re.compile(r"上半年[^，,。；;\n]{0,30}?(?:推进|进展|落实)的?情况")
# …and a title on the year so far (关于今年以来全省…计划执行情况的报告, 前三季度…推进情况, 1—9月…); in
# December, when a report reviews the year (预计全年…), only one naming the months (1—11月…)
_MONTHS = re.compile(r"1\s*[-—–至]\s*(?:[1-9]|1[01])\s*月")
_SO_FAR = re.compile(
    rf"(?:前三季度|今年以来|(?<![\d上下])[一二三]季度|{_MONTHS.pattern})"
    r"[^，,。；;\n]{0,30}?(?:(?:执行|工作|运行|完成|推进|进展)的?情况|运行调度会)"
)
# …or such a title on a line of its own that the title reading did not take (a notice's under
# the issuer: 仁寿县人民政府办公室⏎关于2022年1—2月全县经济运行情况的通报, 一季度全市国民经济运行
# 情况分析)
_SO_FAR_LINE = re.compile(
    rf"^[^\n。，,]{{0,30}}?(?:{_SO_FAR.pattern})[^\n。，,]{{0,24}}?(?:通报|报告|分析|汇报|材料)?[ \t\u3000]*$",
    re.M,
)
_MID_YEAR_HEAD = 300
_NUMBERED = re.compile(rf"[ \t\u3000]*(?:{NUMBER_MARK}|[（(]{NUMERAL}[)）])")
# …or a meeting's minutes whose lead hears the year so far (旗长主持召开…常务会议，听取了1—7月份全旗
# 经济运行情况汇报)
_HEARD_SO_FAR = re.compile(rf"听取[^。\n]{{0,40}}?(?:{_SO_FAR.pattern})")
# A title (or a line of a title) on adjusting the year's plan, set before the standing committee
# in the course of the year: 关于调整寿光市2004年国民经济和社会发展计划部分指标的报告, 关于北仑区
# 2020年…计划部分指标调整情况的报告, 关于提请审议…计划调整方案的议案, 关于批准…计划调整方案的决议
_ADJUSTED_PLAN = re.compile(
    r"^[^\n。，,]{0,40}?(?:调整[^\n。，,]{0,30}?(?:计划|预期目标)|计划[^\n。，,]{0,20}?调整)"
    r"[^\n。，,]{0,30}?(?:报告|议案|说明|决议|决定|方案|请示|批复)[）)》]?[ \t\u3000]*$",
    re.M,
)


# …a title on the months so far that estimates the whole year too (关于1—10月份经济运行情况及全年
# 预计的报告) reviews the year, as one given in December does
ESTIMATES_THE_YEAR = re.compile(r"全年[^，,。；;\n]{0,12}?(?:预计|预测|预估)|预计(?:全年|今年)")
_WHOLE_YEAR_TOO = re.compile(r"全年(?:预计|预测|预估|展望)|预计(?:全年|今年)|今年全年|有望全年")


def adjusted_plan_title(head):
    """The line of `head` titling a request or a report adjusting the year's plan that the title
    reading did not take (桐原区人民政府⏎关于调整2020年部分经济社会发展预期目标的请示), or None."""
    return _ADJUSTED_PLAN.search(head, 0, _MID_YEAR_HEAD)


def so_far_title(head):
    """The line of `head` titling a report on the year so far that the title reading did not
    take (its match), or None: not a numbered heading of the body under the text's head and
    date line (…办公室　2025年12月5日⏎…⏎一、1-10月经济运行情况), unless it opens the text."""
    line = _SO_FAR_LINE.search(head, 0, _MID_YEAR_HEAD)
    if line and _NUMBERED.match(line.group()) and head[: line.start()].strip():
        return None
    return line


def _so_far(head, title_end, date_text):
    """Whether the title is of the year so far (given in December, of the months named)."""
    if date_text[5:7] == "12":  # (in December, only a title naming the months, estimating no
        # year: 2023年1—11月全县经济运行情况, not …1-11月…和全年主要指标预计完成情况的汇报)
        title = _SO_FAR.search(head, 0, title_end) or so_far_title(head)
        if not (title and _MONTHS.search(title.group())) or ESTIMATES_THE_YEAR.search(head):
            return False
    title = (
        _SO_FAR.search(head, 0, title_end)
        or so_far_title(head)
        or _HEARD_SO_FAR.search(head, 0, _MID_YEAR_HEAD)
    )
    return bool(title) and not _WHOLE_YEAR_TOO.search(head, 0, max(title_end, title.end()))


def reviews_the_year_in_course(head, title_end, date_text):
    """Whether the report whose text begins with `head` (its title ending at `title_end`, given
    on `date_text`) reviews the year it is given in, before the year ends."""
    progress = date_text[5:7] != "12" and _PROGRESS_TITLE.search(head, 0, title_end)
    return bool(
        _MID_YEAR.search(head, 0, _MID_YEAR_HEAD)
        or _ADJUSTED_PLAN.search(head, 0, _MID_YEAR_HEAD)
        or progress
    ) or _so_far(head, title_end, date_text)


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


# …or a text given in the course of the year it names, its opening on the year so far (总结上半年工作,
# 今年以来，…): a speech at a mid-year meeting, a review of the months past
_SO_FAR_WORDS = re.compile(r"上半年|前三季度|今年以来|1\s*[-—–至]\s*(?:[2-9]|1[01])\s*月")
_OPENING = 1500  # (a signed article opens on quotations before it turns to the year so far)
# the year before looked back on (过去一年, 一年来, 上一年度; 去年 opening a clause, not 去年同期, a
# month's peer, nor a comparison: 比去年全年加快)
_YEAR_BEFORE = re.compile(rf"{PAST_YEAR}|上一?年度|(?:^|[。！，,\n])[ \t\u3000]*去年(?!同期)", re.M)


def given_in_the_years_course(head, body_start, date_text, review_year):
    """Whether a text dated from April to November of `review_year` reviews the year so far,
    estimating no whole year (预计全年…: it reviews the year): one dated before October that
    looks back on no year before (过去一年, 去年: a report given late on the year before), or one
    opening on the year so far (one of the last quarter may estimate the harvest: 预计全市粮食
    总产量达到…)."""
    given = date_text[:4] == str(review_year) and "04" <= date_text[5:7] <= "11"
    opening = head[body_start : body_start + _OPENING]
    early = given and date_text[5:7] <= "09" and not _YEAR_BEFORE.search(opening)
    so_far = given and _SO_FAR_WORDS.search(opening)
    whole = _WHOLE_YEAR_TOO.search(head) or _estimates_its_year(
        head, body_start, review_year, date_text
    )
    return bool(early or so_far) and not whole


def _estimates_its_year(head, body_start, review_year, date_text):
    """Whether a text given in the year's last quarter, or titled with the year after
    `review_year` (…2025年主要经济指标预期目标测算报告), estimates the whole year (预计2024年全市地区
    生产总值…; 初步预计，2012年…): a paper looking at the year's end, or planning the next year from
    it, not a report on the months so far (one of August estimating its year still is one)."""
    if not review_year:
        return False
    late = date_text[5:7] >= "10"
    if not late and not re.search(rf"{review_year + 1}\s*年", head[:body_start]):
        return False
    return re.search(rf"预计[，,\s]{{0,2}}{review_year}\s*年{WHOLE_OF_IT}", head) is not None


def year_in_course(title):
    """The one year a title names (关于北仑区2020年…计划部分指标调整情况的报告): the year such a
    report reviews, whatever plans of other years its text quotes; None if it names none or
    several."""
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


# a numbered heading on the months so far (一、1—11月全区经济运行情况), and a paragraph under it
# opening on them (1—11月，全区经济运行总体平稳。…)
_SO_FAR_HEADING = re.compile(
    rf"^{_NUMBERED.pattern}[ \t\u3000]*(?:{_SO_FAR.pattern})[^\n。，,]{{0,12}}$", re.M
)
_ON_THE_MONTHS = re.compile(
    rf"^[ \t\u3000]*(?:{_MONTHS.pattern}份?|前三季度|上半年|一季度)[，,][^\n]*", re.M
)


def so_far_paragraphs(text, sections):
    """The spans of a year's review in paragraphs opening on the months so far under a numbered
    heading on them, to the next section (1—11月，… under 一、1—11月全区经济运行情况 in a brief of
    December, over 二、2024年主要指标预计完成情况), each up to its estimate of the whole year if it
    makes one (…。综合研判，预计全年…), in order: their results are the months', not the year's."""
    spans, starts = [], sorted(section.start for section in sections)
    headings = list(_SO_FAR_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        after = bisect_right(starts, heading.start())
        end = min(
            starts[after] if after < len(starts) else len(text),
            headings[index + 1].start() if index + 1 < len(headings) else len(text),
        )
        for paragraph in _ON_THE_MONTHS.finditer(text, heading.end(), end):
            estimate = _WHOLE_YEAR_TOO.search(text, paragraph.start(), paragraph.end())
            # (to the end of the sentence before the estimate: 综合研判，预计全年… is the year's)
            stop = estimate and text.rfind("。", paragraph.start(), estimate.start()) + 1
            spans.append(
                (paragraph.start(), (stop or estimate.start()) if estimate else paragraph.end())
            )
    return spans


# an estimate of the year a text is given in, said from June on (综合判断，2025年全市地区生产总值
# 预计达到4080亿元左右 in June 2025, a plan's preparatory paper): that year's expected result, not a
# target set for it, as an estimate given in January may be; the words of a target after the
# estimate's keep it one (预计…, 力争…), and so do they right after the figure (经测算，…增长6%的
# 预期目标能够实现)
_ESTIMATE = re.compile(r"预计|估计")  # (not 经测算, 预测: a plan's targets may follow them)
_TARGET_WORDS = re.compile(r"目标|计划|任务|力争|确保|争取|预期|确定|批准|下达")
_TARGET_AFTER = re.compile(rf"[^，,。；;！!？?\n]{{0,40}}?(?:{TARGET_NOUN})")
_OUTCOMES_FROM = 6  # the month from which a year's estimates are of its outcome


def estimates_of_the_year_given(candidates, text, date_text):
    """`candidates` with the targets of the year `date_text` falls in that an estimate states,
    from June on, as its expected results, and the year before's estimates of the whole year as
    that year's."""
    if not re.match(r"\d{4}-\d{2}", date_text) or int(date_text[5:7]) < _OUTCOMES_FROM:
        return candidates
    year = int(date_text[:4])
    return [
        _as_estimated(c, text)
        if c.kind == TARGET and c.year == year
        else _of_the_year_given(c, text, year)
        if c.kind == EXPECTED and c.year == year - 1
        else c
        for c in candidates
    ]


# …and an estimate of the whole year, from June on of the year after the one reviewed (in
# November 2017, of a text reviewing 2016: 前三季度…。预计全年全省地区生产总值增长9%左右): of the
# year it is given in, whose results 2016's are not by then
_WHOLE_YEAR_ESTIMATE = re.compile(r"(?:预计全年|全年预计)(?![^。；;\n]*?(?:19|20)\d{2}\s*年)")


def _of_the_year_given(found, text, year):
    start = start_after_last(text, found.value_start, SENTENCE_ENDS, SENTENCE_REACH)
    estimate = _WHOLE_YEAR_ESTIMATE.search(text, start, found.value_start)
    return replace(found, year=year) if estimate else found


def _as_estimated(found, text):
    before = text[found.start : found.value_start]
    estimates = list(_ESTIMATE.finditer(before))
    if not estimates or _TARGET_WORDS.search(before, estimates[-1].end()):
        return found
    if _TARGET_AFTER.match(text, found.value_start + len(found.value_text)):
        return found
    return replace(found, kind=EXPECTED)
