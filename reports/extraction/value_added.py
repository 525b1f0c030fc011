"""An industry's value added named a clause after its subject: 全区 27 家规模以上企业实现产值
49.45 亿元，同比增长 3%，实现增加值 8.10 亿元，同比增长 15.4%. The clause that opens with
增加值 (实现增加值, 完成工业增加值) goes on about the enterprises above the statistical threshold
named before it in the sentence: their value added, the series 规上工业增加值. Likewise a sector
described in the clause before (服务业较快增长，实现增加值 964.92 亿元): that sector's value added."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import with_unnamed

_SUBJECT = re.compile(r"(?:规模以上|规上)\s*(?:工业)?\s*企业")
# the clause opening with the value added, after a comma; no other name in between
_VALUE_ADDED = re.compile(r"[，,]\s*(?:实现|完成)?\s*(?:工业)?\s*(?P<name>增\s*加\s*值)")
_WINDOW = 80  # how far after its subject the value added's clause may open
SERIES = "规上工业增加值"


# A sector opening a clause that describes it, the next clause its value added: 服务业较快增长，
# 实现增加值 964.92 亿元，同比增长 8.4%.
_SECTOR_CLAUSE = re.compile(
    r"(?:^|(?<=[，,。；;：:\n]))[ \u3000]{0,2}(?P<sector>服务业|第三产业|农业|农林牧渔业|第一产业|建筑业)"
    r"[^，,。；;：:\d\n]{0,12}[，,][ \u3000]{0,2}(?:实现|完成)[ \u3000]{0,2}(?P<name>增\s{0,2}加\s{0,2}值)"
)
_SECTORS = {
    **dict.fromkeys(("服务业", "第三产业"), "第三产业增加值"),
    **dict.fromkeys(("农业", "农林牧渔业", "第一产业"), "第一产业增加值"),
    "建筑业": "建筑业增加值",
}


def value_added_after_subject(text, start, end, mentions, catalogue):
    """`mentions` with one for each 增加值 opening a clause after a subject of enterprises above
    the threshold, or after a clause describing a sector, in text[start:end], where no name was
    found."""
    found = []
    for subject in _SUBJECT.finditer(text, start, end) if SERIES in catalogue else ():
        clause = _VALUE_ADDED.search(text, subject.end(), min(end, subject.end() + _WINDOW))
        if clause:
            found.append(Mention(clause.start("name"), clause.end("name"), SERIES))
    for clause in _SECTOR_CLAUSE.finditer(text, start, end):
        series = _SECTORS[clause["sector"]]
        if series in catalogue:
            found.append(Mention(clause.start("name"), clause.end("name"), series))
    return with_unnamed(mentions, found)
