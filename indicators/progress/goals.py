"""Plan targets as goals of progress: `read_goal`, from a target as written to a typed `Goal`.

The type follows from the words of the target and the kind of indicator (`measure`: growth,
level, ratio, qualitative), in this order:

1. a qualitative indicator, a target measured against something not given (与GDP增长基本同步,
   高于GDP增长, 保持在合理区间, 完成国家下达目标) or words without a number: NEEDS_JUDGEMENT;
   a number the target language cannot read, or a unit that does not convert: UNPARSED;
2. on a growth indicator: 年均 (平均每年) is AVERAGE_GROWTH; 累计, a bracketed figure (〔13.5〕,
   [13.5]) or a fall (降低 18%) a CUMULATIVE_CHANGE over the plan; a bound (5.5% 以内, >6.5) a
   CEILING or FLOOR held every year; a bare number a CEILING on a lower-is-better indicator
   (CPI 3 左右, as annual targets are judged) and otherwise the AVERAGE_GROWTH a plan's growth
   column means;
3. on a level or ratio indicator, a change written in % while the indicator is not counted
   in % (万元GDP能耗降低 13.5%, 社零年均增长 8%) is a CUMULATIVE_CHANGE (or with 年均 an
   AVERAGE_GROWTH) of the level from its base;
4. on a level indicator, a flow — the target says 新增 or 增量, or 累计 without a rise or fall
   word, or the indicator's name says 新增, 累计 or 增量 — is an ADDITION summed over the
   plan's years (年均新增: per year), with a ceiling (以内, 不超过) a BUDGET;
5. otherwise 提高到 / 降低到 / 达到 is a LEVEL; a bound without such a verb a CEILING or FLOOR
   held every year (6.5 亿吨以上, 不低于 18.18 亿亩); a change in the indicator's own unit —
   提高 1 岁, 累计提高 2 个百分点, a bracket such as 人均预期寿命 〔1〕 — a LEVEL of base +
   change; a bare number the LEVEL to reach.

Signs: a change is negative when a fall word (降低, 下降, 减少) says so, or — for a bare
bracket or bare number — when the indicator is lower-is-better or is named for a fall
(单位GDP能耗降低 〔13.5〕 is −13.5). `value` is in the indicator's unit (6.5 亿吨 on a 万吨
indicator is 65000), changes and growth in percent. A range keeps its weaker bound as an
AT_LEAST or AT_MOST goal.
"""

from dataclasses import dataclass, replace
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from indicators.progress.goal_wording import names_a_fall, read_wording
from indicators.progress.statuses import NEEDS_JUDGEMENT, UNPARSED
from indicators.targets.language import APPROX, AT_LEAST, AT_MOST, NUMBER_LIMIT, POINT, RANGE
from indicators.targets.units import PERCENT_UNITS, convert

AVERAGE_GROWTH = "average_growth"
CUMULATIVE_CHANGE = "cumulative_change"
ADDITION = "addition"
LEVEL = "level"
CEILING = "ceiling"
FLOOR = "floor"
BUDGET = "budget"
GOAL_TYPE_CHOICES = [
    (AVERAGE_GROWTH, gettext_lazy("Average annual growth")),
    (CUMULATIVE_CHANGE, gettext_lazy("Cumulative change")),
    (ADDITION, gettext_lazy("Cumulative addition")),
    (LEVEL, gettext_lazy("Level by the end year")),
    (CEILING, gettext_lazy("Ceiling held every year")),
    (FLOOR, gettext_lazy("Floor held every year")),
    (BUDGET, gettext_lazy("Cumulative budget")),
    (NEEDS_JUDGEMENT, gettext_lazy("Needs judgement")),
    (UNPARSED, gettext_lazy("Unparsed")),
]
GOAL_TYPES = frozenset(code for code, _label in GOAL_TYPE_CHOICES)

# Indicator.Measure values.
GROWTH = "growth"
LEVEL_MEASURE = "level"
RATIO = "ratio"
QUALITATIVE = "qualitative"
DOWN = "down"
_BOUND_TYPES = {AT_MOST: CEILING, AT_LEAST: FLOOR}
_FLIPPED = {AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}


@dataclass(frozen=True)
class Goal:
    """A plan target as written (`text`) and as a goal of progress.

    `value` is in the indicator's unit; for changes and growth the percent, signed (a
    reduction of 13.5 % is −13.5). `comparison` is AT_LEAST, AT_MOST, APPROX or POINT.
    `relative`: a CUMULATIVE_CHANGE or AVERAGE_GROWTH of a level indicator, reckoned from its
    base-year value. `from_base`: a LEVEL written as a change, so the level to reach is base +
    value. `per_year`: an ADDITION written per year (年均新增), value times the plan's years.
    `falls`: the indicator is named for a fall (单位GDP能耗降低), so its figures written without
    a sign word are falls. `explanation` says why a goal cannot be computed.
    """

    text: str
    type: str
    value: Decimal | None = None
    comparison: str | None = None
    relative: bool = False
    from_base: bool = False
    per_year: bool = False
    falls: bool = False
    explanation: str = ""

    @property
    def is_computable(self):
        return self.type not in (NEEDS_JUDGEMENT, UNPARSED)


def read_goal(
    text: str, *, unit: str | None, measure: str, direction: str, indicator_name: str = ""
) -> Goal:
    """The goal a plan target states (see the module doc); never raises."""
    text = text if isinstance(text, str) else ("" if text is None else str(text))
    wording = read_wording(text, indicator_name)
    falls = measure == GROWTH and names_a_fall(indicator_name)
    if measure == QUALITATIVE:
        return _judged(text, _("%(target)s is a qualitative target; an analyst judges it"))
    if wording.judged or (not wording.has_number and wording.has_words):
        return _judged(
            text,
            _(
                "%(target)s is measured against something it does not state "
                "(a reference, a quota or a range); an analyst judges it"
            ),
        )
    if not wording.is_numeric:
        return _unreadable(text)
    goal = _typed(text, wording, unit=unit, measure=measure, direction=direction, falls=falls)
    return goal if goal is not None else _unreadable(text)


def _typed(text, wording, *, unit, measure, direction, falls):
    value, comparison = _weaker_bound(wording.core, direction)
    percent = wording.core.unit in PERCENT_UNITS or (wording.core.unit is None and unit == "%")
    number = value if percent else convert(value, wording.core.unit, unit)
    if number is None or abs(number) >= NUMBER_LIMIT:
        return None
    goal = Goal(text=text, type=UNPARSED, value=number, comparison=comparison, falls=falls)
    if measure == GROWTH:
        return _growth_goal(goal, wording, direction)
    if percent and unit not in PERCENT_UNITS:
        kind = AVERAGE_GROWTH if wording.average else CUMULATIVE_CHANGE
        return _signed(replace(goal, type=kind, relative=True), wording, direction)
    if measure == LEVEL_MEASURE and wording.flow and not wording.to_level:
        kind = BUDGET if comparison == AT_MOST else ADDITION
        return replace(goal, type=kind, per_year=wording.average)
    return _level_goal(goal, wording, direction)


def _weaker_bound(core, direction):
    """A range's bound that must at least be reached (the lower one when higher is better)."""
    if core.kind != RANGE:
        return core.value, core.kind
    return (core.high, AT_MOST) if direction == DOWN else (core.low, AT_LEAST)


def _growth_goal(goal, wording, direction):
    if wording.average:
        return replace(goal, type=AVERAGE_GROWTH)
    if wording.cumulative or wording.bracketed or wording.falls or goal.falls:
        return _signed(replace(goal, type=CUMULATIVE_CHANGE), wording, direction)
    if goal.comparison in _BOUND_TYPES:
        return replace(goal, type=_BOUND_TYPES[goal.comparison])
    if direction == DOWN:
        return replace(goal, type=CEILING)
    return replace(goal, type=AVERAGE_GROWTH)


def _level_goal(goal, wording, direction):
    if wording.to_level:
        return replace(goal, type=LEVEL)
    if goal.comparison in _BOUND_TYPES:
        return replace(goal, type=_BOUND_TYPES[goal.comparison])
    if wording.falls or wording.rises or wording.bracketed or wording.cumulative:
        return _signed(replace(goal, type=LEVEL, from_base=True), wording, direction)
    return replace(goal, type=LEVEL)


def _signed(goal, wording, direction):
    """A change negative when the words say it falls; bare figures take the indicator's way."""
    spoken = wording.falls or wording.rises
    falling = wording.falls or (not spoken and (direction == DOWN or goal.falls))
    if goal.value is None or goal.value <= 0 or not falling:
        return goal
    return replace(
        goal, value=-goal.value, comparison=_FLIPPED.get(goal.comparison, goal.comparison)
    )


def _judged(text, message):
    return Goal(text=text, type=NEEDS_JUDGEMENT, explanation=message % {"target": _label(text)})


def _unreadable(text):
    message = _("%(target)s could not be read as a plan target; it is kept as written")
    return Goal(text=text, type=UNPARSED, explanation=message % {"target": _label(text)})


def _label(text):
    return " ".join(text.split()) or _("(blank)")


__all__ = [
    "ADDITION",
    "APPROX",
    "AT_LEAST",
    "AT_MOST",
    "AVERAGE_GROWTH",
    "BUDGET",
    "CEILING",
    "CUMULATIVE_CHANGE",
    "FLOOR",
    "GOAL_TYPES",
    "GOAL_TYPE_CHOICES",
    "Goal",
    "LEVEL",
    "NEEDS_JUDGEMENT",
    "POINT",
    "UNPARSED",
    "read_goal",
]
