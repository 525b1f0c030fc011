"""Figures of a zone a sentence is about. A development zone, an industrial park or a high-tech
zone (开发区, 园区, 高新区), and the streets (环秀街道、通济街道分别实现…), report their own
revenue, investment and trade; a sentence that opens a clause on the zone and its amount
(开发区营业收入增长 65.8%，税收收入增长 29%，实际利用外资增长 91.6%) states theirs, and goes on
about the zone in the clauses after it, up to its end, a semicolon or a clause that names the
place again (全市…). Those are no figures of the place, unless the report is the zone's own (its
title or head lines name one)."""

import re
from bisect import bisect_left

from reports.extraction.candidates import PROSE
from reports.extraction.places import head_lines
from reports.extraction.sentences import start_after_last

_ZONES = "开发区|经开区|高新区|园区|示范区|自贸区|综保区|保税区|集聚区|集中区|经济区|片区|街道"
# a clause opening on a zone, its subject (perhaps after 预计, 力争, 年内; not 在全省开发区…考核中),
# and stating its amount, its share or its rank (园区在全省综合排名第 14 位); a count of zones
# (国家级高新区增加到 9 家) is the place's
_ZONES_CLAUSE = re.compile(
    rf"(?:^|(?<=[，,。；;：:\n]))(?:预计|力争|年内|全年)*[^，,；;。：:\n\d在的全]{{0,6}}?(?:{_ZONES})"
    r"[^，,；;。：:\n]{0,24}?\d+(?:\.\d+)?\s*(?:[亿万%％位]|元|美元)"
)
# a clause naming the whole place again (…，全市地区生产总值增长 5.5%): the zone's run ends
_PLACE_AGAIN = re.compile(r"[，,]\s*(?:全[市县区省州旗盟]|我[市县区省州旗]|全社会)")
_SENTENCE_ENDS = "。！？!?\n；;"
_REACH = 300  # how far back a figure's sentence is looked for: linear in any text


def outside_zones(text, candidates):
    """`candidates` but the prose figures in sentences going on about a zone's figures, unless
    the report is the zone's own, or addresses its committee (its head lines name a zone)."""
    if re.search(_ZONES, head_lines(text)):
        return candidates
    figures = sorted(c.value_start for c in candidates if c.source == PROSE)
    return [c for c in candidates if c.source != PROSE or not _of_a_zone(text, c, figures)]


def _of_a_zone(text, candidate, figures):
    """Whether `candidate` is of a zone's clause opening its sentence's figures, or goes on from
    it (开发区完成固定资产投资50亿元，…): none of the place's before it (地区生产总值增长 6%，园区
    工业增加值占比 70%，… is the place's list), none naming the place again after it."""
    position = candidate.start
    start = start_after_last(text, position, _SENTENCE_ENDS, _REACH)
    zone = _ZONES_CLAUSE.search(text, start, candidate.end)
    return bool(
        zone
        and bisect_left(figures, zone.start()) == bisect_left(figures, start)
        and not _PLACE_AGAIN.search(text, zone.end(), candidate.value_start)
    )
