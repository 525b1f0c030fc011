"""An industry's value added named a clause after its subject: 全区 27 家规模以上企业实现产值
49.45 亿元，同比增长 3%，实现增加值 8.10 亿元，同比增长 15.4%. The clause that opens with
增加值 (实现增加值, 完成工业增加值) goes on about the enterprises above the statistical threshold
named before it in the sentence: their value added, the series 规上工业增加值. Likewise a sector
described in the clause before (服务业较快增长，实现增加值 964.92 亿元): that sector's value added."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import with_unnamed

# …规模以上企业实现产值…; or their output named as the subject (规上工业总产值突破千亿大关、增加值…),
# or their number (规模工业达到 300 家 or 发展到 169 户，完成增加值 145 亿元: 以上 left out, as older
# reports do)
_SUBJECT = re.compile(
    r"(?:规模(?:以上)?|规上)\s*(?:工业)?\s*"
    r"(?:企业|(?:实现|完成)?\s*总?产值|(?:达到|发展到|增加到|增至)\s*\d+\s*[家户])"
)
# the clause opening with the value added, after a comma; no other name in between
_VALUE_ADDED = re.compile(r"[，,、；;]\s*(?:实现|完成)?\s*(?:工业)?\s*(?P<name>增\s*加\s*值)")
_WINDOW = 80  # how far after its subject the value added's clause may open
SERIES = "规上工业增加值"


# A sector opening a clause that describes it, the next clause its value added: 服务业较快增长，
# 实现增加值 964.92 亿元，同比增长 8.4%; 服务业提档升级，增加值增长 10.7%; or its verb first
# (促进第三产业多作贡献，实现增加值 666 亿元). 农业 alone is farming, a narrower series than the
# first sector (农林牧渔业); 现代服务业 is narrower than the third.
_SECTOR_CLAUSE = re.compile(
    r"(?:^|(?<=[，,。；;：:\n]))[ \u3000]{0,2}(?:促进|推动|推进|加快|支持|发展|壮大)?"
    r"(?P<sector>服务业|第三产业|农林牧渔业|第一产业|建筑业)"
    r"[^，,。；;：:\d\n]{0,12}[，,][ \u3000]{0,2}(?:实现|完成)?[ \u3000]{0,2}(?P<name>增\s{0,2}加\s{0,2}值)"
)
# 增加值 opening a sentence or a list's item (…指标完成情况如下：实现增加值 72.50 亿元；…实现保八争十；
# 完成增加值 1000.6 亿元), no subject named in its clause: the place's value added, its GDP, as
# Shanghai's districts write it. After a comma it goes on about a subject described before, and
# after a semicolon too when the clause before names an industry or its output (规上工业企业实现
# 产值 100 亿元；实现增加值 30 亿元).
_PLACE_VALUE_ADDED = re.compile(
    r"(?:^|(?<=[；;。：:\n]))[ \u3000]{0,2}(?:预计)?(?:(?:19|20)\d{2}\s*年)?(?:全年)?(?:共)?(?:实现|完成)[ \u3000]{0,2}"
    r"(?P<name>增\s{0,2}加\s{0,2}值)(?=\s*\d)",
    re.M,
)
_INDUSTRY = re.compile(r"产值|企业|工业|产业|[服农商渔牧林]业|经济")
_CLAUSE_START = re.compile(r"[；;。：:\n][^；;。：:\n]*$")
PLACE_SERIES = "地区生产总值"
_SECTORS = {
    **dict.fromkeys(("服务业", "第三产业"), "第三产业增加值"),
    **dict.fromkeys(("农林牧渔业", "第一产业"), "第一产业增加值"),
    "建筑业": "建筑业增加值",
}


def value_added_after_subject(text, start, end, mentions, catalogue):
    """`mentions` with one for each 增加值 opening a clause after a subject of enterprises above
    the threshold, or after a clause describing a sector, in text[start:end], where no name was
    found."""
    found = []
    for subject in _SUBJECT.finditer(text, start, end) if SERIES in catalogue else ():
        clause = _VALUE_ADDED.search(text, subject.end(), min(end, subject.end() + _WINDOW))
        # not another's output named between (…、高新技术产业总产值 42.4 亿元、增加值 11 亿元)
        if clause and not (
            subject[0].endswith("产值") and "产值" in text[subject.end() : clause.start()]
        ):
            found.append(Mention(clause.start("name"), clause.end("name"), SERIES))
    for clause in _SECTOR_CLAUSE.finditer(text, start, end):
        series = _SECTORS[clause["sector"]]
        if series in catalogue:
            found.append(Mention(clause.start("name"), clause.end("name"), series))
    if PLACE_SERIES in catalogue:
        claimed = {mention.start for mention in found}
        for clause in _PLACE_VALUE_ADDED.finditer(text, start, end):
            if clause.start("name") not in claimed and not _after_industry(text, clause.start()):
                found.append(Mention(clause.start("name"), clause.end("name"), PLACE_SERIES))
    return with_unnamed(mentions, found)


def _after_industry(text, position):
    """Whether the clause before a semicolon at `position` names an industry or its output."""
    if position == 0 or text[position - 1] not in "；;":
        return False
    before = text[max(0, position - 1 - _WINDOW) : position - 1]
    opening = _CLAUSE_START.search(before)
    return bool(_INDUSTRY.search(before, opening.end() if opening else 0))
