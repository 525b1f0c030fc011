"""Milestones a figure passes: 迈上 5000 亿元台阶, 突破千亿元, and a threshold an aggregate the
statistics state exactly passes (地区生产总值突破 9 万亿元, 社会消费品零售总额超 1000 亿元). The
report celebrates them; they are not the figure, which, when the report states it, comes in the
clause after (…，达 9.01 万亿元，增长 5.5%).
"""

import re

from reports.extraction.lexicon import PERCENT
from reports.extraction.sections import TARGET
from reports.extraction.standard_indicators import STATED_EXACTLY
from reports.extraction.thresholds import (
    AMOUNT,
    MILESTONE,
    MILESTONE_PASSED,
    MILESTONES,
    PASSED_MILESTONE,
    PASSED_VERB,
)
from reports.extraction.values import FROM_TO, GOES_ON, SHARED_OUT, read_value, read_values

_COMMA = re.compile(r"[，,、]")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\s*(?:初步核算|初步统计|预计)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*")
_SHARED_OUT = re.compile(SHARED_OUT)
# a first clause passing a threshold its value words do not read: 首次超过 500 亿元, 在全市率先突破
# 2000 亿元, or whose verb says nothing but the passing (预计跨过 2000 亿元)
_THRESHOLD = re.compile(
    r"\s*(?:(?:在[\u4e00-\u9fff]{1,6}?)?(?:首次|首度|率先|历史性地?)\s*"
    r"(?:突破|超过|超|逾|跨越|跨过|迈上|站上|跃上)"
    r"|(?:(?:预计|全年)\s*)?(?:跨越|跨过|迈上|站上|跃上))"
)
# …财政总收入和地方公共财政预算收入均实现翻番，分别达 1.47 万亿元和 6228 亿元: doubled, then the values
# (each optional word takes the spaces after it: no two runs of spaces side by side, which a run
# of line breaks made cubic)
_DOUBLED = re.compile(
    r"\s*(?:(?:均|都)\s*)?(?:(?:确保|力争|争取)\s*)?"
    # over a base year: 确保比 2010 年翻两番, 较 2010 年, 在 2010 年基础上
    r"(?:(?:[比较]\s*(?:19|20)\d\d\s*年|在\s*(?:19|20)\d\d\s*年\s*(?:的\s*)?基\s*础\s*上)\s*)?"
    r"(?:(?:实现|已经|已)\s*)?翻\s*(?:了\s*)?(?:[一两二]\s*)?番(?:多|以上)?(?=\s*[，,])"
)
# 先后突破 300 亿元、400 亿元、500 亿元，…达到 506 亿元: a run of thresholds, then the figure; each
# amount read whole (atomic), never a run of digits cut into several (连续突破1111…, exponential)
_THRESHOLD_RUN = re.compile(
    rf"\s*(?:连续|相继|先后|接连)\s*(?:{PASSED_VERB}|超过)(?:\s*(?:、\s*)?(?>{AMOUNT})){{2,}}(?=\s*[，,])"
)
# …再上一个百亿级台阶、突破 500 亿元、增长 4.5%: a threshold passed after the first clause, or a
# milestone (…延续高位增长态势，首次突破千亿元大关，完成 1002.73 亿元), then the figure
_THEN_THRESHOLD = re.compile(
    rf"\s*(?:首次|首度)?\s*(?:(?:{PASSED_VERB}|超过|超|逾)\s*{AMOUNT}|{PASSED_MILESTONE})\s*[，,、]"
)
# 突破 300 亿元达到 301.5 亿元: a threshold passed and the figure with no comma between
_THRESHOLD_THEN_FIGURE = re.compile(
    rf"\s*(?:(?:首次|首度)\s*)?(?:{PASSED_VERB}|超过|超|逾)\s*{AMOUNT}(?:{MILESTONE_PASSED.pattern})?(?=\s*达)"
)
_EXACT_AFTER = re.compile(r"\s*[，,]\s*(?:总数|总量)?\s*(?:达到|达|为)\s*\d")
_WORDED_CLAUSE = 16  # 突破千亿元: how long a first clause stating its value in words may be
# a name that goes on to another measure of its own: 服务业税收占比历史性超过工业，达到 53% is the
# sector's share of the taxes, 服务业比重…，达到 53% its share of GDP, neither its value added
_ANOTHER_MEASURE = re.compile(r"\s*(?:所占)?(?:比重|占比|税收|贡献率)")


# 地区生产总值连跨 4 个千亿级台阶，预计突破 1.1 万亿元: the threshold, read in a clause after the name
_PASSED_AS_VALUE = re.compile(rf"\s*(?:{PASSED_VERB}|超过|超|逾)\s*\d")


def passed_as_result(candidate):
    """Whether `candidate`, a result, is a threshold an aggregate the statistics state exactly
    passed, however far after its name it was read: a milestone, not the figure."""
    return (
        candidate.kind != TARGET
        and candidate.indicator in STATED_EXACTLY
        and candidate.unit != PERCENT
        and bool(_PASSED_AS_VALUE.match(candidate.value_text))
    )


def is_milestone(text, name, value, limit, kind):
    """Whether `value`, read after `name`, is a milestone passed rather than the figure: followed
    by a milestone's word (突破 6000 亿元大关), or a threshold (突破, 超过, 逾 …) of a result of an
    aggregate the statistics state exactly, or of a count its exact figure follows."""
    if MILESTONE_PASSED.match(text, value.extent, limit):
        return True
    level = value.unit != PERCENT  # 增长超过 10%: a growth, stated as it is
    if not (value.vague and level and kind != TARGET):
        return False
    # a count's threshold is its figure, unless its exact count follows (突破1500家，达到1532家)
    return name in STATED_EXACTLY or bool(_EXACT_AFTER.match(text, value.extent, limit))


def value_after_milestone(text, position, limit, *, passed=False):
    """The value of the clause after a first clause that states none in figures (突破千亿元),
    or, when `passed`, whose figure is a milestone passed (突破 9 万亿元，达 9.01 万亿元)."""
    if _ANOTHER_MEASURE.match(text, position, limit):
        return None
    if threshold := _THRESHOLD_THEN_FIGURE.match(text, position, limit):
        return read_value(text, threshold.end(), limit)
    # 连续跨越 4000 亿、5000 亿元大关; 先后突破 300 亿元、400 亿元
    milestones = MILESTONES.match(text, position, limit) or _THRESHOLD_RUN.match(
        text, position, limit
    )
    if milestones:
        comma = _COMMA.match(text, milestones.end(), limit)
    else:
        comma = _COMMA.search(text, position, min(limit, position + _WORDED_CLAUSE))
    if comma is None:
        return None
    clause = (position, comma.start())
    if (
        not passed
        and not milestones
        and _DIGIT.search(text, *clause)
        and not MILESTONE.search(text, *clause)
        and not _THRESHOLD.match(text, *clause)
    ):
        return None
    # the figure may be given its year: …大关，2016 年达到 6257.2 亿元
    year = _YEAR.match(text, comma.end(), limit)
    start = year.end() if year else comma.end()
    if threshold := _THEN_THRESHOLD.match(text, start, limit):
        start = threshold.end()
    # …突破 3000 亿元，由 2006 年的 1595 亿元增长到 3077 亿元: the end of the span; values shared
    # out (…超过 7700 元，分别增长 15.5%、16%) are the list's, not this clause's
    if _SHARED_OUT.match(text, start, limit) or not (
        GOES_ON.match(text, start, limit) or FROM_TO.match(text, start, limit)
    ):
        return None
    return read_value(text, start, limit)


def values_after_milestones(text, position, values, limit):
    """The values of the clause after a clause of milestones passed, read or not as `values`
    (生产总值、财政收入迈上 4000 亿、300 亿两大台阶，分别达到 4026.6 亿元、303.4 亿元), or of
    doubling (均实现翻番，分别达…), or of one threshold all passed (均突破 1 万亿元，分别增长…); or []."""
    end = _end_of_milestones(text, position, values, limit)
    comma = end is not None and _COMMA.match(text, end, limit)
    if not comma:
        return []
    year = _YEAR.match(text, comma.end(), limit)  # …台阶，2016 年达到…
    start = year.end() if year else comma.end()
    return read_values(text, start, limit) if GOES_ON.match(text, start, limit) else []


def _end_of_milestones(text, position, values, limit):
    """Where the clause of milestones at `position` (its values read as `values`) ends, or None."""
    if not values:
        passed = MILESTONES.match(text, position, limit) or _DOUBLED.match(text, position, limit)
        return passed.end() if passed else None
    passed = MILESTONE_PASSED.match(text, values[-1].extent, limit)  # …两大台阶
    if passed:
        return passed.end()
    if values[0].vague and all(value.unit != PERCENT for value in values):
        # a threshold passed (均突破 1 万亿元), or a run of them (突破 300 亿元、400 亿元)
        return values[-1].extent
    return None
