"""The date of a page that has no date line (a place's profile on its government's site, 县情简介,
a briefing for a visit), from what it says of its sources and of the months after its year: a note
naming when its source was published (数据来源于…统计局2016年4月发布的《2015年…统计公报》), or
the months of the next year it already gives (今年以来…1—6月, 全县完成生产总值33.9亿元), or of the
year it says it is written in (去年（2011年）…；1—9月，…): it was written after them, so its results
of the year before are final from April on, as a dated report's are."""

import re

from reports.extraction.in_year import ESTIMATES_THE_YEAR

# (a note near the end: 本页数据来源于…2016年4月发布的《…统计公报》, 资料来源：…2019年3月公布)
_PUBLISHED = re.compile(
    r"(?:来源|来自|依据|根据|引自)[^\n。]{0,40}?"
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|[1-9])\s*月(?:\s*\d{1,2}\s*日)?"
    r"\s*(?:发布|公布|印发|出版)"
)
# the months so far of the year after the one reviewed: 今年以来…1—6月, 2012年1—6月, 今年上半年
_MONTHS_NAMED = (
    r"(?:1\s*[-—－–~至]\s*(?P<month>1[01]|[2-9])\s*月|(?P<half>上半年)|(?P<three>前三季度))"
)
_MONTHS_AFTER = re.compile(rf"今年(?:以来)?[^\n]{{0,30}}?{_MONTHS_NAMED}")


def source_date(tail, report_year):
    """The month (2016-04) the source a page's closing note names was published, or "": one
    published after `report_year`, the results' year (not a census's before it, the source of a
    population figure alone)."""
    latest = ""
    for published in _PUBLISHED.finditer(tail):
        if not report_year or int(published["year"]) > report_year:
            latest = f"{published['year']}-{int(published['month']):02d}"
    return latest


def later_months_date(text, report_year):
    """The month after the months of the year following `report_year` the text gives (1—6月 of
    今年, or of that year named: 2012年1—6月): the earliest it can have been written; or ""."""
    if not report_year:
        return ""
    named = re.compile(rf"{report_year + 1}\s*年\s*{_MONTHS_NAMED}")
    months = named.search(text)
    # (今年 is that year only where the text names both it and the year before, and estimates no
    # whole year: a report within the year reviewed, or at its end, says 今年 of that year)
    named_both = all(re.search(rf"{year}\s*年", text) for year in (report_year, report_year + 1))
    if months is None and named_both and not ESTIMATES_THE_YEAR.search(text):
        months = _MONTHS_AFTER.search(text)
    if months is None:
        return ""
    return f"{report_year + 1}-{_last_month(months) + 1:02d}"


# the year before the one the text is written in, named (去年（2011年）, 去年即2011年)
_LAST_YEAR_NAMED = re.compile(r"去年\s*(?:[（(]\s*|即\s*)((?:19|20)\d{2})\s*年")
_MONTHS = re.compile(_MONTHS_NAMED)


# (预计全年…, 今年…预计完成…: the year estimated, at its end)
_ESTIMATED = re.compile(rf"{ESTIMATES_THE_YEAR.pattern}|今年[^，,。；;\n]{{0,12}}?预计")
_MONTHS_REACH = 2000  # how far after the year named its months so far may be given
# months of a year named (2011年1—9月): that year's, not the year the text is written in's (今年)
_OF_A_YEAR = re.compile(r"\d\s*年\s*$")


def glossed_year_date(text):
    """The date of a text that says the year it is written in (去年（2011年）: 2012): the month
    after the months so far it gives of it (1—9月), the earliest it can have been written, or
    that year's end when it estimates the whole year (预计全年…); or ""."""
    glossed = _LAST_YEAR_NAMED.search(text)
    if glossed is None:
        return ""
    year, end = int(glossed[1]) + 1, glossed.end() + _MONTHS_REACH
    for months in _MONTHS.finditer(text, glossed.end(), end):
        if not _OF_A_YEAR.search(text, max(months.start() - 4, 0), months.start()):
            return f"{year}-{_last_month(months) + 1:02d}"
    return f"{year}-12" if _ESTIMATED.search(text, glossed.end(), end) else ""


def _last_month(months):
    """The last month of the months so far a _MONTHS_NAMED match names."""
    return int(months["month"]) if months["month"] else 6 if months["half"] else 9
