"""A figure revised in the text itself: the initial estimate (初步核算为604.3亿元) given before the
count that replaced it (经最终核实，全市地区生产总值为598.6亿元), or any figure before the
correction that says it was wrong (更正：社会消费品零售总额…下降2.4%; 更正一下，…是4180元). The year
has one result, the later: the figure it replaces is no candidate.
"""

import re

from reports.extraction.bridge_words import REVISED_TO, REVISION_VERBS
from reports.extraction.sections import TARGET
from reports.extraction.sentences import start_after_last

# the words of an estimate, and of the count that revised it, in the part of the sentence (after
# its last 。 or ；) before the figure
_INITIAL = re.compile(r"初步(?:核算|统计|测算)|快报|上报|原公布")  # (or the count reported)
_REVISED = re.compile(rf"{REVISION_VERBS}|更正|最终")
# …or the figure reported, the revised one right after it (上报增长13.5%，核实后为下降8.7%)
_REVISED_AFTER = re.compile(rf"[^，,。；;\d\n]{{0,6}}[，,]\s*{REVISED_TO}")
# (a note's or its thanks, 更正：…, 感谢您的纠正！…; not a verb's: 纠正“四风”问题)
_CORRECTED = re.compile(r"更\s*正\s*(?:[：:]|一下|如下|为)|勘\s*误|(?<=的)纠\s*正|纠\s*正\s*[：:]")
_PART_ENDS = ("。", "；", ";", "\n")
_PART_REACH = 80


def replaced_figures_dropped(candidates, text):
    """`candidates` without each initial estimate that a later result of its series and year,
    given as the revised count, replaces (a count revised may be final where its estimate was
    expected), nor any figure a later correction of its series and year replaces."""
    # series and year: where its last revised result is, and its last corrected one
    last_revised, last_corrected = {}, {}
    for c in candidates:
        if c.kind != TARGET and _words_before(text, c, _REVISED):
            last_revised[c.key[:3]] = max(last_revised.get(c.key[:3], -1), c.value_start)
        if c.kind != TARGET and _corrects(text, c):
            last_corrected[c.key[:3]] = max(last_corrected.get(c.key[:3], -1), c.value_start)
    return [c for c in candidates if not _replaced(text, c, last_revised, last_corrected)]


def _replaced(text, candidate, last_revised, last_corrected):
    """Whether `candidate` is replaced: by a correction after it, or by a revised count after it
    of its series and year, it being the estimate or the figure reported (right before the
    revised one: 上报增长13.5%，核实后为…)."""
    if candidate.kind == TARGET:
        return False
    if last_corrected.get(candidate.key[:3], -1) > candidate.value_start:
        return True
    if last_revised.get(candidate.key[:3], -1) <= candidate.value_start:
        return False
    if _REVISED_AFTER.match(text, candidate.value_start + len(candidate.value_text)):
        return True
    return _words_before(text, candidate, _INITIAL) and not _words_before(text, candidate, _REVISED)


def _words_before(text, candidate, words):
    start = start_after_last(text, candidate.value_start, _PART_ENDS, _PART_REACH)
    return words.search(text, start, candidate.value_start) is not None


def _corrects(text, candidate):
    """Whether `candidate` is given as a correction, not quoted as the figure corrected (更正：第二稿
    “固定资产投资下降5.8%”为1—11月数，全年应为…)."""
    start = start_after_last(text, candidate.value_start, _PART_ENDS, _PART_REACH)
    said = _CORRECTED.search(text, start, candidate.value_start)
    if said is None:
        return False
    between = text[said.end() : candidate.value_start]
    return between.count("“") <= between.count("”") and between.count("「") <= between.count("」")
