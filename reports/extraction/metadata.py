"""What a report says about itself, read from its head (and its end, for a closing date): title,
date, meeting, issuing body, and the years it reviews and plans."""

import re

from reports.extraction.chronicles import chronicle_year, published
from reports.extraction.file_names import file_date
from reports.extraction.gazetteers import compiled_later
from reports.extraction.heading_lines import EXECUTION_WORDS, HEADING, NUMERAL
from reports.extraction.in_year import (
    adjusted_plan_title,
    given_in_the_years_course,
    reviews_the_year_in_course,
    so_far_title,
    year_in_course,
)
from reports.extraction.reading import as_read
from reports.extraction.report_dates import (
    CLOSING_REACH,
    closing_date,
    date_match,
    dated,
    issued_plan_year,
    posted_late,
    years_of_delivery,
)
from reports.extraction.sections import ReportMetadata
from reports.extraction.source_dates import glossed_year_date, later_months_date, source_date
from reports.extraction.titles import issuing_body, named_years, squeezed, text_lines, title_of
from reports.extraction.trip_dates import trip_date

# A review heading going on into the year of delivery: 2019年和今年以来, 2020年、“十三五”及今年以来
_INTO_NEXT_YEAR = re.compile(
    rf"^[# \t\u3000]*(?:{NUMERAL}[ \t\u3000]*[、.．])?[ \t\u3000]*"
    r"(?:(?:19|20)\d{2}[ \t\u3000]*年|过去一年|去年)[^\n]{0,12}?(?:和|及|以及|暨)[ \t\u3000]*今年以来"
    r"[^\n]{0,12}?(?:工作)?回顾",
    re.M,
)
# …or a paragraph or a heading opening on months of the year after the one reviewed that end in
# March or later (（五）2022年上半年经济运行情况, 2018年1—6月，…): written after them, when the
# year reviewed's statistics were final
_NEXT_YEARS_MONTHS = (
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{{1,2}}[）)]|[一二三四五六七八九十]{{1,2}}、)?[ \t\u3000]*"
    r"{year}\s*年\s*(?:1\s*[-—–~～至]\s*(?:[3-9]|1[0-2])\s*月|第?一季度|上半年|前三季度)"
)
# …or work done over months of that year ending in April or later (评估组于2019年3月至5月对…开展
# 了评估; not work to be done: 将于…)
_WORKED_IN_NEXT_YEAR = (
    r"(?<![将拟需应])于\s*{year}\s*年\s*\d{{1,2}}\s*月[^，,。；;\n\d]{{0,6}}?(?:至|到|—|-|～|~)\s*"
    r"(?:{year}\s*年\s*)?(\d{{1,2}})\s*月"
)
# …or a note that the year's figures are the final statistics (本手册2016年数据为年度统计正式数据,
# 2019年数据均为年报数): given once they were out
_FINAL_DATA = (
    r"{year}\s*+年(?:度)?(?:的)?(?:各项|全部|所有)?(?:统计)?(?:数据|数字|资料)\s*+(?:(?:均|全部)\s*+)?"
    r"(?:为|是|采用)[^。，,；;\n]{{0,8}}?(?:正式|年报|最终核实|(?<!初步)核实)[^。，,；;\n]{{0,4}}?(?:数据|数)"
)
# a research article's abstract and keywords (摘　要：…, 【关键词】…, ［摘　要］, 【内容提要】, 内容摘要：)
# (no \s: from each of a long run of blank lines it would scan all the run)
_ABSTRACT = re.compile(
    r"^[ \t\u3000]*[【\[［]?[ \t\u3000]*(?:内容)?(?:摘[ \t\u3000]*要|提[ \t\u3000]*要)", re.M
)
_KEYWORDS = re.compile(
    r"^[ \t\u3000]*[【\[［]?[ \t\u3000]*关[ \t\u3000]*键[ \t\u3000]*词[ \t\u3000]*[】\]］：:]", re.M
)
# a release issued again, revised (（修订版）, 修订后重新发布, 本公报…重新公布): its first release's date
# is not its own; not what a text tells of another's (传言截图…改头换面后重新发布)
_REISSUED = re.compile(
    r"[（(]\s*修订(?:版|稿)\s*[)）]|修订后\s*重新(?:发布|公布|印发)"
    r"|本(?:公报|报告|文|稿)[^。\n]{0,40}?重新(?:发布|公布)"
)
# …or a census's or a survey's results, or a revision of a year's figures, published well after
# their year (…第四次全国经济普查主要数据公报, 第七次全国人口普查公报, 1%人口抽样调查主要数据公报,
# 关于2018年…地区生产总值（GDP）数据修订结果的公告)
_CENSUS_REACH = 300  # how far into the head the census's or revision's title may stand
_CENSUS_OR_REVISION = re.compile(
    r"普查(?:主要)?(?:数据)?(?:公报|解读)|抽样调查(?:主要)?数据公报|数据修订(?:结果)?的?(?:公告|通告|公报)"
)
# a figure in the head: a news lead before the meeting's date, not a report's title and date line
_FIGURE = re.compile(r"\d\s*(?:[%％‰]|[万亿]|元|人|吨|个百分点)")


def _undated(text, head, title, title_end, report_year):
    """The date of a text with no date line: in the name of the file the copy opens on, on its
    closing line, the last day of the trip it tells of, when its source was published, or after
    the months of the next year it gives, or of the year it says it is written in; or ""."""
    tail = as_read(text[-CLOSING_REACH:])
    closing = closing_date(tail, head)
    return (
        file_date(head)
        or closing
        or trip_date(head, title, title_end)
        or source_date(tail, report_year)
        or later_months_date(head, report_year)
        or glossed_year_date(head)
    )


def _with_year(yearless, delivered, review_year, plan_year, report_year):
    """A yearless date (-07-26) with the year of the date the analyst gave, or the year before
    when it falls after that date (a meeting of 12月30日 published on 2025-01-02); else the
    years'."""
    given = [int(part) for part in re.findall(r"\d+", delivered)]  # (2025-01-02, 2025-1, 2025)
    if not given or given[0] < 1000:
        return dated(yearless, review_year, plan_year, report_year)
    day = [int(part) for part in re.findall(r"\d+", yearless)]  # (-12-30)
    later = len(given) > 1 and day[: len(given) - 1] > given[1:]
    return f"{given[0] - 1 if later else given[0]}{yearless}"


def report_metadata(text, report_year=None, *, years=None, delivered=""):
    """Title, date, meeting, issuing body and years, as far as the text states them.

    `report_year` (the year reviewed) and `delivered` (the date the report was given, as the
    analyst entered it: 2025-04-17, 2025-04 or 2025) stand in when the text does not say;
    `years`, (year reviewed, year planned) as the analyst gave them, override what the text says.
    """
    # read as extract reads the text, for a caller that passes it as written (the review form)
    head, delivered = as_read(text[:4000]), delivered or ""  # (None: no date given)
    if chronicled := chronicle_year(head):
        return _chronicle_metadata(text, chronicled, years, delivered)
    title, title_end = title_of(head)
    if not title and (line := so_far_title(head) or adjusted_plan_title(head)):
        title, title_end = line.group().strip(), line.end()  # (某县人民政府⏎关于…的通报, …的请示)
    review_year, plan_year = (
        named_years(title) or named_years(squeezed(_title_lines(head))) or (None, None)
    )
    planned = plan_year or (years and years[1]) or (report_year and report_year + 1)
    date = _own_date(date_match(head, title_end), planned, title, head)
    date_text, meeting, body_from = delivered, "", title_end
    if not (date or delivered):
        closing = _undated(text, head, title, title_end, report_year)
        date_text = "" if closing and planned and int(closing[:4]) > planned else closing
    if date:
        parts = [date["year"] or ""] + [f"{int(date[p]):02d}" for p in ("month", "day") if date[p]]
        date_text = "-".join(parts)
        meeting = squeezed(date["meeting"] or "").removesuffix("上")
        body_from = date.end()
    mid_year = reviews_the_year_in_course(head, title_end, date_text)
    yearless = date_text if date_text.startswith("-") else ""
    if yearless:  # a lead that leaves the year out: the analyst's date or the years say it
        date_text = _with_year(yearless, delivered, review_year, plan_year, report_year)
    if review_year is None and plan_year is None and report_year:
        review_year, plan_year = report_year, report_year + 1
    elif review_year is None and plan_year is None and date_text:
        review_year, plan_year = years_of_delivery(date_text)
    elif review_year is None and plan_year and _has_execution_heading(text):
        review_year = plan_year - 1
    mid_year = mid_year or given_in_the_years_course(head, body_from, date_text, review_year)
    if mid_year:
        review_year = year_in_course(title) or review_year
    if mid_year and review_year:  # the half of the year it reviews, the targets of that year
        plan_year = review_year
        date_text = f"{review_year}{yearless}" if yearless else date_text
    elif review_year and review_year == issued_plan_year(head):
        plan_year = review_year  # (a notice issuing the year's own plan: that year's targets)
    if years:
        review_year, plan_year = years
    return ReportMetadata(
        title=title,
        date_text=date_text,
        review_year=review_year,
        plan_year=plan_year,
        issuing_body=issuing_body(head, body_from),
        meeting=meeting,
        reviews_into_next_year=_into_next_year(text, head, review_year),
        body_start=body_from if not _FIGURE.search(head, 0, body_from) else 0,
        mid_year=mid_year,
        review_year_named=bool(review_year and re.search(rf"{review_year}\s*年", text)),
    )


def _own_date(date, planned, title, head):
    """The date found, unless a page's posting date, a year after the plan's (（ 2008年02月19日 ）),
    or the first release's of a text issued again (本公报首次发布于2023年3月16日…修订后重新发布)."""
    year_after = date and date["year"] and planned and int(date["year"]) > planned
    if year_after or posted_late(date, planned, title) or (date and _REISSUED.search(head)):
        return None
    return date


# how far into the text a title wrapped over lines may run
_TITLE_REACH = 1500


# a numbered heading of no sentence (一、2022年国民经济和社会发展计划执行情况)
_HEADING_LINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、．.][^\n。]*$", re.M)


def _title_lines(head):
    """The lines of `head` a title wrapped over them may stand on, to the first line of a sentence
    (…向大会报告工作，请予审议。), and the numbered headings after (关于印发…的通知⏎…⏎一、2022年
    国民经济和社会发展计划执行情况); not the body, whose account of a year's final budget
    (审查批准2017年财政决算…本级预算执行) is no title's."""
    stop = head.find("。", 0, _TITLE_REACH)
    line_end = head.find("\n", stop) if stop >= 0 else -1
    end = line_end if line_end >= 0 else _TITLE_REACH
    headings = _HEADING_LINE.finditer(head, end, _TITLE_REACH)
    return "\n".join([head[:end], *(heading.group() for heading in headings)])


def _has_execution_heading(text):
    return any(
        (m := HEADING.match(line)) and EXECUTION_WORDS.search(m["rest"])
        for _start, line in text_lines(text)
    )


def _chronicle_metadata(text, year, years, delivered):
    """A chronicle's: the year its title names is the one reviewed; the note it closes on, not an
    entry's date, dates it."""
    review_year, plan_year = years or (year, year + 1)
    return ReportMetadata(
        date_text=delivered or published(text, year),
        review_year=review_year,
        plan_year=plan_year,
        review_year_named=True,
    )


def _into_next_year(text, head, review_year):
    """Whether the text reviews, or states, months of the year after the one it reviews."""
    if _INTO_NEXT_YEAR.search(head) or _REISSUED.search(head):
        return True  # (a release revised after the year's statistics were verified)
    title_end = head.find("\n\n", 0, _CENSUS_REACH)  # (the title's: not 普查…公报将于年内发布)
    if _CENSUS_OR_REVISION.search(head, 0, title_end if title_end > 0 else _CENSUS_REACH):
        return True
    if _ABSTRACT.search(text) and _KEYWORDS.search(text):
        return True  # (an article with its abstract and keywords: published well after the year)
    if compiled_later(head, review_year):
        return True  # (a gazetteer's chapter, a yearbook's overview)
    months = review_year and re.compile(_NEXT_YEARS_MONTHS.format(year=review_year + 1), re.M)
    if months and months.search(text):
        return True
    if review_year and re.search(_FINAL_DATA.format(year=review_year), text):
        return True
    worked = review_year and re.compile(_WORKED_IN_NEXT_YEAR.format(year=review_year + 1))
    return bool(worked and any(int(m[1]) >= 4 for m in worked.finditer(text)))
