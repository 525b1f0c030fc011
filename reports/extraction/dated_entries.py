"""Dated entries: a diary or a work log kept day by day (工作日记, 工作日志), each entry opening on
a line of its date and its weekday or weather (2009年1月6日　阴, 2010年3月2日（星期二）). What
an entry says of 今年, 去年 and 明年, and whether its figures are expected or final, is as of its
own date, not of the day the diary was compiled: each is read as a document given that day."""

import re

_GAP = r"[ \t\u3000]*+"
# the weather a diary notes beside the day (晴, 阴, 多云, 小雨转晴, 雷阵雨)
_SKY = (
    r"(?:[晴阴雾霾]|多云|(?:小|中|大|暴|阵|雷阵|雨夹)?(?:到[中大暴])?[雨雪]|[东南西北]?[大微有]?风)"
)
_WEATHER = rf"{_SKY}(?:转{_SKY})?"
_WEEKDAY = r"[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?"
_ENTRY_DATE = re.compile(
    rf"^{_GAP}((?:19|20)\d{{2}}){_GAP}年{_GAP}(\d{{1,2}}){_GAP}月{_GAP}(\d{{1,2}}){_GAP}日{_GAP}"
    rf"(?:{_WEEKDAY}|{_WEATHER})(?:{_GAP}(?:{_WEEKDAY}|{_WEATHER}))?{_GAP}$",
    re.M,
)
_SENTENCE = re.compile(r"[。！？!?]")
_FEWEST_ENTRIES = 2  # days a text's entries are of, at least, to be a diary


def entry_dates(text, delivered=""):
    """{where an entry opens: its date, YYYY-MM-DD} for a text of entries on two days or more,
    each holding a sentence (not a notice's meeting days, 2024年1月9日（星期二）⏎至⏎…) and of a
    day no later than the one the text was `delivered`; else {}."""
    lines = [line for line in _ENTRY_DATE.finditer(text) if _real(line)]
    if len(lines) < _FEWEST_ENTRIES:
        return {}
    last = _last_day(delivered or "")
    entries = {}
    ends = [line.start() for line in lines[1:]] + [len(text)]
    for line, end in zip(lines, ends, strict=True):
        date = "{}-{:02d}-{:02d}".format(*(int(part) for part in line.groups()))
        # (a day to come is a schedule's, not a diary's)
        if not (last and date > last) and _SENTENCE.search(text, line.end(), end):
            entries[line.start()] = date
    return entries if len(set(entries.values())) >= _FEWEST_ENTRIES else {}


def _real(line):
    return 1 <= int(line[2]) <= 12 and 1 <= int(line[3]) <= 31


def _last_day(delivered):
    """The last day `delivered` (2017-09-01, 2017-09 or 2017) may be, or ''."""
    return {4: f"{delivered}-12-31", 7: f"{delivered}-31", 10: delivered}.get(len(delivered), "")
