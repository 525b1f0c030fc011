"""Progress against time (序时进度): `plan_progress` for a plan target, `year_progress` for
an annual target monitored within its year. Pure functions on plain data, no database.

The goal types and how a target is read are in `indicators.progress.goals`; the formulas
and their sources in `indicators.progress.formulas`; how figures over periods are put
together in `indicators.progress.observations`; the verdict rules in
`indicators.progress.verdicts`. Neither function raises on text: what cannot be read is
unparsed or needs judgement, with a line saying why.
"""

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from indicators.progress import explanations
from indicators.progress.bounds import bound_progress
from indicators.progress.changes import change_progress
from indicators.progress.goals import (
    ADDITION,
    AVERAGE_GROWTH,
    BUDGET,
    CEILING,
    CUMULATIVE_CHANGE,
    FLOOR,
    LEVEL,
    Goal,
    read_goal,
)
from indicators.progress.in_year import amount_in_year, counts_amounts, judged_in_year
from indicators.progress.levels import amount_progress, level_progress
from indicators.progress.observations import Observation, within
from indicators.progress.periods import AsOf, PlanTerms
from indicators.progress.statuses import NEEDS_JUDGEMENT, UNPARSED
from indicators.progress.verdicts import Case, Progress

_CALCULATORS = {
    CUMULATIVE_CHANGE: change_progress,
    AVERAGE_GROWTH: change_progress,
    LEVEL: level_progress,
    ADDITION: amount_progress,
    BUDGET: amount_progress,
    CEILING: bound_progress,
    FLOOR: bound_progress,
}


def plan_progress(
    goal: Goal | str,
    *,
    plan: PlanTerms,
    as_of: AsOf,
    base: Decimal | None,
    observations: Iterable[Observation],
    unit: str | None,
    measure: str,
    direction: str,
    tolerance: Decimal,
    indicator_name: str = "",
) -> Progress:
    """Progress of a plan target (a `Goal`, or its text) as of `as_of`; never raises on text.

    `base` is the base-year value (for levels and the changes of a level indicator; a
    base-year figure among `observations` is used when it is None); `tolerance` the points by
    which progress may differ from time progress and still be on schedule.
    """
    _check_direction(direction)
    if not isinstance(goal, Goal):
        goal = read_goal(
            goal, unit=unit, measure=measure, direction=direction, indicator_name=indicator_name
        )
    terms = {"unit": unit, "measure": measure, "direction": direction}
    case = _case(goal, plan, as_of, base, observations, tolerance, terms)
    return _guarded(case, _CALCULATORS.get(goal.type))


def year_progress(
    target_text: str,
    *,
    as_of: AsOf,
    observations: Iterable[Observation],
    unit: str | None,
    measure: str,
    direction: str,
    tolerance: Decimal,
    indicator_name: str = "",
) -> Progress:
    """Progress of an annual target within its year (see `indicators.progress.in_year`)."""
    _check_direction(direction)
    goal = read_goal(
        target_text, unit=unit, measure=measure, direction=direction, indicator_name=indicator_name
    )
    terms = {"unit": unit, "measure": measure, "direction": direction}
    case = _case(
        goal, PlanTerms(as_of.year, as_of.year), as_of, None, observations, tolerance, terms
    )
    calculator = amount_in_year if counts_amounts(case, indicator_name) else judged_in_year
    return _guarded(case, calculator if goal.is_computable else None)


def _case(goal, plan, as_of, base, observations, tolerance, terms):
    """The Case judged: the figures inside the plan up to the date, and all of them."""
    observations = tuple(observations)
    return Case(
        goal=goal,
        plan=plan,
        as_of=as_of,
        base=_decimal(base),
        observations=tuple(within(observations, plan.first_year, plan.last_year, as_of)),
        tolerance=_tolerance(tolerance),
        all_observations=observations,
        **terms,
    )


def _guarded(case, calculator):
    goal = case.goal
    if calculator is None:
        status = goal.type if goal.type in (NEEDS_JUDGEMENT, UNPARSED) else UNPARSED
        return case.verdict(status, goal.explanation or explanations.not_computable(goal.text))
    try:
        return calculator(case)
    except ArithmeticError:
        # Decimal traps (overflow, an impossible logarithm) on extreme figures: say so, per
        # the promise never to raise on what reports write.
        return case.verdict(NEEDS_JUDGEMENT, explanations.not_computable(goal.text))


def _decimal(value):
    if value is None or isinstance(value, Decimal):
        return value if value is None or value.is_finite() else None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _check_direction(direction):
    # Not text from a report but the indicator's setting: a wrong one is a programming error.
    if direction not in ("up", "down"):
        raise ValueError(f"direction must be 'up' or 'down', not {direction!r}")


def _tolerance(tolerance):
    value = _decimal(tolerance)
    if value is None or value < 0:
        raise ValueError(f"tolerance must be a non-negative number, not {tolerance!r}")
    return value


__all__ = [
    "AsOf",
    "Observation",
    "PlanTerms",
    "Progress",
    "plan_progress",
    "year_progress",
]
