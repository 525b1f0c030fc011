"""A file holding several documents one after another: a compilation of a county's work reports
of three years, a gazette's issue, a session's reports with the final accounts given that autumn.
Each opens on its title over its own session's date line (政府工作报告（2018年）⏎——2018年1月25日
在…会议上), and is read on its own, its year reviewed and its results' kind its own."""

import re

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


def document_starts(text):
    """Where each document of a file opens: at the title line over each session's date line when
    the file's date lines name more than one session (year and month), the file's own head (汇编
    and its compiler's date) a part of its own; else the file is one document, [0]."""
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
