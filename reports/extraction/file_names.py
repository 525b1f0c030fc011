"""A file's name in a copy: a recording's or an export's, dated as they are named
(gzxwlb_20120726_jjyxfxh.srt, 会议纪要-2023-12-18.docx), or a file a chat's message sends."""

import re

# the extensions of documents, sheets, slides, subtitles, recordings and archives
FILE_EXTENSION = (
    r"\.(?:srt|vtt|ass|txt|docx?|wps|pdf|ipynb|xlsx?|et|csv|md|html?|pptx?|dps|mp4|mp3|zip|rar)"
    r"(?![A-Za-z\d])"
)
# the name of the file the copy opens on, its date in it
_DATED_NAME = re.compile(
    r"\A[ \t\u3000\n]*[^\s/\\：:]*?(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_.]?)"
    r"(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])(?!\d)[^\s/\\：:]*?"
    + FILE_EXTENSION,
    re.I,
)


def file_date(head):
    """The date (2012-07-26) in the name of the file the copy opens on (a subtitle file's, an
    export's), or "": the day it was made. Not a file named further on (相关下载：…_20230720.xls,
    来源：…_20230318.pdf), which is another document's."""
    named = _DATED_NAME.match(head)
    return f"{named['year']}-{named['month']}-{named['day']}" if named else ""
