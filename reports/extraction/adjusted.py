"""Targets adjusted in the course of the year (计划调整): 将地区生产总值增长目标由 7% 调整为 3% 左右
sets two targets of the year, the one approved at its start and the one in force; but figures
revised (快报数…由 290.1 亿元调整为 293.6 亿元) or a statistical boundary changed (统计口径调整为
500 万元以上项目) are no targets.
"""

import re

from reports.extraction.bridge_words import ADJUSTED_TO, VALUE_ADJUSTED

# a target as adjusted (…调整为 3% 左右, 调整为下降 10%), or as it was (由增长 5%…调整为…)
_ADJUSTED_BEFORE = re.compile(rf"{ADJUSTED_TO}\s*(?:增长|下降)?\s*$")
_FROM_BEFORE = re.compile(r"由\s*(?:增长|下降)?\s*$")
_ADJUSTED_AFTER = re.compile(VALUE_ADJUSTED)
_ADJUSTED_REACH = 8  # how far before the value the verb or 由 may stand


# …or one of a list of targets as adjusted (全年主要预期目标调整为：地区生产总值下降5%以内，…)
_ADJUSTED_LIST = re.compile(
    r"目标\s*(?:调整|调减|调增|修订|修改)为\s*[：:][^。！？\n：:]*$"
    # or items on lines of their own up to the list's full stop (对我市2020年主要预期目标作如下调整：
    # ⏎（一）地区生产总值保持正增长；⏎（二）…)
    r"|目标\s*(?:作|做|进行)(?:如下|以下)(?:调整|修订|修改)\s*[：:][^。！？：:]*$"
)
_LIST_REACH = 400


def adjusted_to(text, position):
    """Whether the value at `position` is a target as adjusted (…调整为 3% 左右)."""
    if _ADJUSTED_BEFORE.search(text[max(position - _ADJUSTED_REACH, 0) : position]):
        return True
    return bool(_ADJUSTED_LIST.search(text[max(position - _LIST_REACH, 0) : position]))


def adjusted_target_at(text, position):
    """Whether the value at `position` is a target as adjusted, or as it was before."""
    return adjusted_to(text, position) or bool(
        _FROM_BEFORE.search(text[max(position - _ADJUSTED_REACH, 0) : position])
        and _ADJUSTED_AFTER.match(text, position)
    )


# what a figure revised or a boundary changed is said of, before it in its sentence
_REVISED = re.compile(r"数据|快报|年报|修订|核实|核定|普查|统计口径")
_SENTENCE_END = re.compile(r"[。！？\n]")
_REVISED_REACH = 80


def revised_not_adjusted(candidate, text):
    """Whether `candidate` is read from a figure revised or a boundary changed (…与快报数相比，
    地区生产总值由 290.1 亿元调整为 293.6 亿元), not from a target adjusted."""
    position = candidate.value_start
    if not adjusted_target_at(text, position):
        return False
    before = text[max(position - _REVISED_REACH, 0) : position]
    ends = list(_SENTENCE_END.finditer(before))
    return bool(_REVISED.search(before, ends[-1].end() if ends else 0))
