"""A file holding several documents one after another: a compilation of a county's work reports
of three years, a gazette's issue, a session's reports with the final accounts given that autumn.
Each opens on its title over its own session's date line (政府工作报告（2018年）⏎——2018年1月25日
在…会议上), and is read on its own, its year reviewed and its results' kind its own."""

import re

# a session's date line (——2018年1月25日在商水县第十六届人民代表大会第一次会议上, （2009年2月24日
# 在县十四届人大三次会议上）)
# (each run of spaces possessive: read once, a long run of them is passed in linear time)
_SESSION_DATE = re.compile(
    r"^[ \t\u3000]*+(?:(?:—{1,2}|－－|--)[ \t\u3000]*+)?(?:[（(][ \t\u3000]*+)?((?:19|20)\d{2})"
    r"[ \t]*+年[ \t]*+(\d{1,2})[ \t]*+月[ \t]*+\d{1,2}[ \t]*+日[ \t]*+在[^\n]{0,60}?(?:会议|大会)",
    re.M,
)


def document_starts(text):
    """Where each document of a file opens: at the title line over each session's date line when
    the file's date lines name more than one session (year and month), the file's own head (汇编
    and its compiler's date) a part of its own; else the file is one document, [0]."""
    dates = list(_SESSION_DATE.finditer(text))
    if len({(date[1], date[2]) for date in dates}) < 2:
        return [0]
    starts = [0]
    for date in dates:
        above = text.rfind("\n", 0, max(date.start() - 1, 0)) + 1
        start = above if text[above : date.start()].strip() else date.start()
        if start > starts[-1]:
            starts.append(start)
    return starts
