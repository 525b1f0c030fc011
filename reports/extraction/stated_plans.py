"""Figures a results section states as the year's plan, the result beside them: the plan first
(年计划完成地区生产总值617亿元以上，1—9月完成428.3亿元; …增长6.5%左右：预计全年…), the share of it
done (完成年计划710亿元的89.4%), or a target quoted by what it was (年初确定的…增长6%左右的目标)."""

import re

# …增长6%左右的目标: the figure is the target the result section quotes, and so is each of a list
# closed so (确定的地区生产总值增长8.5%、一般公共预算总收入增长6%等主要目标), its items worded too
# (…、全体居民人均可支配收入增长与经济增长基本同步等主要目标) or in units (…、实际使用外资36亿美元、
# 城镇新增就业40万人等预期目标), not a result set against one (增长8.2%、高于6%的年度目标); a list
# is of a few items, each taken once (atomic: items whose words hold 、和及与 or end on 同步, 水平
# were split every way, 176 s at 100k) and each run of spaces once (possessive: line breaks after
# a figure were quadratic)
_TARGET_AFTER = re.compile(
    r"(?>[ \t\u3000]*+(?:左右|以上|以内)?\s*+[、和及与](?!\s*(?:略?[高低]于|超[过出]|[好快慢优]于|完成|达到|比|较|占|年初|确定))"
    r"[^，,。；;：:\d]{1,24}?"
    r"(?:[-−]?\d+(?:\.\d+)?\s*+(?:[%％‰]|[万亿千百]{0,2}(?:美元|元|人次|人|吨|斤|家|个))?|同步|水平|任务)){0,12}"
    # (on the figure's line: a screen's line after it, 年度目标 6%, is its own target's; and so is
    # a field of it past a run of spaces, 同比 +3.1%　　目标 +3%)
    r"[ \t\u3000]?+(?:左右|以上|以内)?(?:的|等)?(?:各项|主要)?(?:预期|年度|既定)?目标"
)
_COUNTED_TO = re.compile(r"截[至止]|实际(?:完成|实现|达到)")  # results counted to a day, or actual
_LIST_REACH = 200
# 年计划 (the year's plan), 年度计划, 全年计划 right before the figure, or before its name in the
# same line; not a five-year plan (五年计划), the plan's execution (2023年计划执行情况), nor the
# share of the plan done (完成年计划的97%)
_PLAN_BEFORE = re.compile(
    r"(?<!五)年[ \t]*度?[ \t]*计[ \t]*划(?![ \t]*执行)[ \t]*(?:完成|为|是|数|目标)?"
    r"[^，,、。；;：:\d的（(\s]{0,20}[ \t]*$"
)
_PLAN_REACH = 30  # how far before its figure the plan may be named
# ——地区生产总值预期目标增长6.5%左右：预计全年…完成2020亿元: the plan, then its result after a colon
_RESULT_AFTER_COLON = re.compile(r"[^。；;：:\n]{0,30}?[：:]\s*(?:预计|全年|实际|初步)")


def is_stated_plan(text, start, value_start, end, after):
    """Whether the figure at `value_start` (its quote ending at `after`, the sentence spanning
    text[start:end]) is the year's plan."""
    # (截至12月底，…等年度目标任务全面完成: looked for a list's length back, linear in any sentence)
    counted = _COUNTED_TO.search(text, max(start, value_start - _LIST_REACH), value_start)
    if not counted and _TARGET_AFTER.match(text, after, end):
        return True
    if _RESULT_AFTER_COLON.match(text, after, end):
        return True
    return bool(_PLAN_BEFORE.search(text, max(start, value_start - _PLAN_REACH), value_start))
