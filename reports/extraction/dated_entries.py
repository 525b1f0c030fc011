"""Dated entries: a diary or a work log kept day by day (工作日记, 工作日志), each entry opening on
a line of its date and its weekday or weather (2009年1月6日　阴, 2010年3月2日（星期二）). What
an entry says of 今年, 去年 and 明年, and whether its figures are expected or final, is as of its
own date, not of the day the diary was compiled: each is read as a document given that day."""

import re

_GAP = r"[ \t\u3000]*+"
# the weather a diary notes beside the day (晴, 阴, 多云, 小雨转晴, 雷阵雨)
_WEATHER = r"[晴阴雨雪雾霾多云小中大暴阵雷转有风]{1,8}"
_WEEKDAY = r"[（(]?(?:星期|周|礼拜)[一二三四五六日天][)）]?"
_ENTRY_DATE = re.compile(
    rf"^{_GAP}((?:19|20)\d{{2}}){_GAP}年{_GAP}(\d{{1,2}}){_GAP}月{_GAP}(\d{{1,2}}){_GAP}日{_GAP}"
    rf"(?:{_WEEKDAY}|{_WEATHER})(?:{_GAP}(?:{_WEEKDAY}|{_WEATHER}))?{_GAP}$",
    re.M,
)
_FEWEST_ENTRIES = 2  # days a text's entry lines name, at least, to be a diary


def entry_dates(text):
    """{where an entry opens: its date, YYYY-MM-DD} for a text of entries on two days or more;
    else {}."""
    entries = {}
    for line in _ENTRY_DATE.finditer(text):
        year, month, day = (int(part) for part in line.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            entries[line.start()] = f"{year}-{month:02d}-{day:02d}"
    return entries if len(set(entries.values())) >= _FEWEST_ENTRIES else {}
