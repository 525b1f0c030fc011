"""Figures of a zone a sentence is about. A development zone, an industrial park or a high-tech
zone (开发区, 园区, 高新区) reports its own revenue, investment and trade; a sentence that opens a
clause on the zone and its amount (开发区营业收入增长 65.8%，税收收入增长 29%，实际利用外资增长
91.6%) goes on about the zone in the clauses after it, up to its end or a semicolon. Those are no
figures of the place, unless the report is the zone's own (its title or head lines name one)."""

import re

from reports.extraction.places import HEAD

_ZONES = "开发区|经开区|高新区|园区|示范区|自贸区|综保区|保税区"
# a clause opening on a zone (perhaps after 预计, 力争, 年内) and stating its amount, its share or
# its rank (园区在全省综合排名第 14 位); a count of zones (国家级高新区增加到 9 家) is the place's
_ZONES_CLAUSE = re.compile(
    rf"(?:^|(?<=[，,。；;：:\n]))(?:预计|力争|年内|全年)*[^，,；;。：:\n\d]{{0,6}}?(?:{_ZONES})"
    r"[^，,；;。：:\n]{0,24}?\d+(?:\.\d+)?\s*(?:[亿万%％位]|元|美元)"
)
_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
_REACH = 300  # how far back a figure's sentence is looked for: linear in any text


def of_a_zone(text, candidate):
    """Whether `candidate` stands in a sentence going on about a zone's figures."""
    if re.search(_ZONES, _head_lines(text)):
        return False  # the zone's own report, or one that addresses its committee
    lead = max(0, candidate.start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, lead, candidate.start))
    start = ends[-1].end() if ends else lead
    return bool(_ZONES_CLAUSE.search(text, start, candidate.start))


def _head_lines(text):
    """The lines of the report's head before its first sentence: its title, date line and
    addressees (a sentence naming a zone is no head)."""
    head = text[:HEAD]
    stop = head.find("。")
    return head if stop < 0 else head[: head.rfind("\n", 0, stop) + 1]
