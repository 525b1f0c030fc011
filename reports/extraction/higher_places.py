"""Figures of a place above the report's own: a county's report giving its city's growth for
comparison (全市（遵义市）生产总值预计增长13.8%，我县…高于全市平均水平), a city's giving its
province's (全省国内生产总值增长14%), any local report the nation's (全国…). A clause whose
subject is such a place states no figure of the report's; the report's own place is the one its
head lines name (关于义乌市…的报告, 在湄潭县第十五届人民代表大会…), and without one nothing is
left out (an excerpt may be of any place)."""

import re

from reports.extraction.candidates import PROSE
from reports.extraction.lexicon import LEAD_INS
from reports.extraction.places import HEAD
from reports.extraction.sentences import start_after_last

# the report's own place in its head: its name and its level's suffix, before what follows a
# place's name there (人民政府, 第…届人民代表大会, 2023年, 国民经济, 政府工作报告)
_OWN_PLACE = re.compile(
    r"(?:^|[在于\n—\s】，,：:。])(?P<name>[\u4e00-\u9fff]{1,10}?)(?P<level>自治区|自治州|自治县|省|市|州|盟|县|区|旗)"
    r"(?=人民政府|第[一二三四五六七八九十]+届|\d{4}\s*年|国民经济|政府工作报告|人民代表大会)"
)
# how high each level is: a scope word (全省) names a place this high
_RANKS = {"国": 0, "省": 1, "自治区": 1, "市": 2, "州": 2, "自治州": 2, "盟": 2}
_RANKS |= {"县": 3, "自治县": 3, "区": 3, "旗": 3}
# a clause opening on a scope word above the report's place, perhaps named (苏州全市, 全市（遵义市）),
# after a few words (同期, 预计) and before its figure
_SCOPE = re.compile(
    r"(?P<named>[\u4e00-\u9fff]{2,4}?)?全(?P<scope>[国省市州盟])(?:[（(](?P<bracketed>[^（）()]{2,10})[)）])?"
)
# words a clause opens on, no place's name before 全 (预计全市, 初步统计全省, 同期全国)
_NO_PLACE = re.compile(
    r"(?:预计|统计|同期|其中|全年|今年|当年|去年|上年|年度|累计|同时|此外|核算)$"
)
_CLAUSE_ENDS = "，,；;。！？!?\n：:"
_LEAD = 6  # words a clause may open on before its subject: 同期, 预计, 据统计
_REACH = 200


def outside_higher_places(text, candidates):
    """`candidates` but the prose figures of clauses whose subject is a place above the report's
    own; all of them when the head names no place."""
    own = _OWN_PLACE.search(text, 0, HEAD)
    if own is None:
        return candidates
    return [c for c in candidates if c.source != PROSE or not _of_a_higher_place(text, c, own)]


def _of_a_higher_place(text, candidate, own):
    start = start_after_last(text, candidate.value_start, _CLAUSE_ENDS, _REACH)
    scope = _SCOPE.search(text, start, min(start + _LEAD + 6, candidate.value_start))
    if scope is None or _SUBJECT_ENDS.search(text, scope.end(), candidate.value_start):
        return False  # (排名全市第1位（预期目标为8.5%以上）: a rank, the figure no subject's)
    named = scope["named"] if _names_a_place(scope["named"]) else ""
    if scope.start("scope") - 1 - start > _LEAD + len(named):
        return False
    named = named or scope["bracketed"]
    if named and named.rstrip("市州省盟") not in own["name"] + own["level"]:
        return True  # 苏州全市, 全市（遵义市） in 昆山市's report
    level = scope["scope"]
    if level == own["level"][-1]:
        return False  # 全市 in a city's report
    return _RANKS[level] < _RANKS[own["level"]]


# between a clause's subject and its figure: no other figure, no bracket opened
_SUBJECT_ENDS = re.compile(r"\d|[（(]")


def _names_a_place(words):
    """Whether the words before 全 name a place (苏州), not a clause's opening (全年实现, 预计)."""
    return bool(words) and not _NO_PLACE.search(words) and not any(w in words for w in LEAD_INS)
