"""A file holding several documents one after another: a compilation of a county's work reports
of three years, a gazette's issue, a session's reports with the final accounts given that autumn.
Each opens on its title over its own session's date line (政府工作报告（2018年）⏎——2018年1月25日
在…会议上), and is read on its own, its year reviewed and its results' kind its own. So is each
result of a search engine's page, copied under the count of what it found (百度为您找到相关结果约
2,430,000个): its title, its snippet opening on the page's date and its address."""

import re

from reports.extraction.places import OWN_PLACE

# a session's date line under a title (——2018年1月25日在商水县第十六届人民代表大会第一次会议上,
# （2009年2月24日在县十四届人大三次会议上）, 2010年3月5日在…会议上　国务院总理): after a dash or a
# bracket, or a line of no clause (not a paragraph opening on a meeting's date: 2018年8月28日在县人大
# 常委会会议上，县政府报告了…); each run of spaces possessive, read once
_SESSION_DATE = re.compile(
    r"^[ \t\u3000]*+(?P<lead>(?:—{1,2}|－－|--)[ \t\u3000]*+)?(?:[（(][ \t\u3000]*+)?"
    r"((?:19|20)\d{2})[ \t]*+年[ \t]*+(\d{1,2})[ \t]*+月[ \t]*+\d{1,2}[ \t]*+日[ \t]*+在"
    r"[^\n]{0,60}?(?:会议|大会)(?P<rest>[^\n]*)",
    re.M,
)
_CLAUSE_MARK = re.compile(r"[，,。；;]")
_TITLE_REACH = 200  # how long a title over its date line may be


# a search engine's count of its results (约有 186,000 项符合…的查询结果, 搜狗已为您找到约86,420条相关
# 结果, 1-10 共 1,250,000 条), over the results
_RESULTS_FOUND = re.compile(
    r"(?:找到(?:相关结果)?|约有|共)[ \t\u3000]*约?[ \t\u3000]*\d{1,3}(?:,\d{3})+[ \t\u3000]*(?:个|条|项|篇)"
)
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n\s*")
_FEWEST_RESULTS = 3
_PLACE_LEVELS = re.compile(r"(?:自治)?[区州县]|省|市|旗|盟")


def document_starts(text):
    """Where each document of a file opens: at the title line over each session's date line when
    the file's date lines name more than one session (year and month), the file's own head (汇编
    and its compiler's date) a part of its own; at each result of a search engine's page, its
    head a part of its own; else the file is one document, [0]."""
    if results := _search_results(text):
        return results
    dates = [date for date in _SESSION_DATE.finditer(text) if _under_a_title(date)]
    if len({(date[2], date[3]) for date in dates}) < 2:
        return [0]
    starts = [0]
    for date in dates:
        reach = max(date.start() - _TITLE_REACH, 0)  # (a bounded look back: linear in any text)
        above = text.rfind("\n", reach, max(date.start() - 1, 0)) + 1 or reach
        start = above if text[above : date.start()].strip() else date.start()
        if start > starts[-1]:
            starts.append(start)
    return starts


def _under_a_title(date):
    """Whether a date line is a document's, under its title: after a dash or in brackets, or a
    line with no clause after the meeting (its speaker's office at most)."""
    bracketed = date.group().lstrip(" \t\u3000")[:1] in "（("
    return bool(date["lead"] or bracketed or not _CLAUSE_MARK.search(date["rest"]))


def _search_results(text):
    """Where each result of a search engine's page opens, after its head (the count of results
    found): each a block of lines set apart by blank lines; or None for any other text."""
    found = _RESULTS_FOUND.search(text)
    if found is None:
        return None
    starts = [0, *(gap.end() for gap in _BLANK_LINES.finditer(text, found.end()))]
    starts = [start for start in starts if start < len(text)]
    return starts if len(starts) > _FEWEST_RESULTS else None


def results_of_other_places(text, starts):
    """The starts of the results of a search engine's page (as `starts` gives them) whose title
    names a place the page's head, where the search was typed, does not (江西省2020年…统计公报 on
    a page searching 赣州市…): another place's figures, the page's own none."""
    if len(starts) < 2 or not _RESULTS_FOUND.search(text, 0, starts[1]):
        return set()
    head = text[: starts[1]]
    others = set()
    for start, end in zip(starts[1:], [*starts[2:], len(text)], strict=True):
        title_end = text.find("\n", start, end)
        # (from the break before it: the title's first word may be the place's)
        named = OWN_PLACE.search(text, start - 1, end if title_end < 0 else title_end)
        # (the least place of its name in the head: 重庆市江北区 on a page searching 江北区, which
        # may be another city's district too, is not told apart)
        if named and [*filter(None, _PLACE_LEVELS.split(named["name"]))][-1] not in head:
            others.add(start)
    return others
