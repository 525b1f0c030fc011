"""Chronicles (大事记, 工作日志): a year's dated entries, compiled and published after it.

An entry's date (1月8日，中共…全体（扩大）会议召开) dates no report: the note the chronicle closes on
says when it was published (（大理州地方志办公室编，据州统计局2011年4月公布的数据校核，2011年9月）).
The year its title names is the one it reviews, whose results its entries record as reached
(是年，全州生产总值…), whatever years its entries' dates would make of the text."""

import re

# the title's year, then no month: a chronicle of the whole year (not 2018年1—6月大事记)
_TITLE = re.compile(
    r"\A\s*[^\n]{0,40}?(?P<year>(?:19|20)\d{2})\s*年\s*度?[^\n\d月]{0,16}?"
    r"(?:大事记|大事纪要?|大事要览|纪事|工作日志)"
)
_MONTH = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月")
_TAIL = 400  # how much of the text's end holds its closing note


def chronicle_year(head):
    """The year a chronicle of a whole year is of, from its title; None for any other text."""
    title = _TITLE.match(head)
    return int(title["year"]) if title else None


def published(text, year):
    """When the chronicle of `year` was published: the latest month its last paragraph names
    after that year (…2011年4月公布的…数据校核，2011年9月 → 2011-09), or ""."""
    tail = text.rstrip()[-_TAIL:]
    last = tail[tail.rfind("\n") + 1 :]
    months = [
        (int(month["year"]), int(month["month"]))
        for month in _MONTH.finditer(last)
        if int(month["year"]) > year and 1 <= int(month["month"]) <= 12
    ]
    return "{}-{:02d}".format(*max(months)) if months else ""
