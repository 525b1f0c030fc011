"""A verdict of progress against time (`Progress`), the case it is reached on, and the rules.

The rules, in the order they apply:

- no figure within the plan up to the date: pending;
- a goal that aims somewhere (a change, growth, a level, an addition): the end target
  already reached in the goal's direction — within the tolerance the target language gives
  an approximate (左右) target — is achieved; otherwise progress − time progress above the
  tolerance is ahead, below minus the tolerance behind, else on schedule;
- a limit (a budget, a cap written 以内 on a rise, a target moving against the indicator's
  direction, such as CPI 年均 3% 左右): over the limit is behind; held to the end of the plan achieved;
  used faster than time by more than the tolerance behind, slower ahead, else on schedule;
- a ceiling or floor held each year: the latest figure breaking it is behind, held so far
  on schedule, held every year to the end of the plan achieved.

Progress and time progress are compared at the date the figures reach (`through`), not at
the date asked for: a plan read in March on last year's figures is measured at December.
"""

from dataclasses import dataclass
from decimal import Decimal

from indicators.progress import explanations
from indicators.progress.formulas import rounded
from indicators.progress.goals import Goal
from indicators.progress.observations import figure_number
from indicators.progress.periods import AsOf, PlanTerms, remaining_years, time_progress
from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    NEEDS_JUDGEMENT,
    ON_SCHEDULE,
    PENDING,
)
from indicators.targets.judging import DEFAULT_TOLERANCE
from indicators.targets.language import APPROX, AT_LEAST, AT_MOST
from indicators.targets.units import PERCENT_UNITS

# The target language's band around approximate (左右) targets, in the goal's unit.
APPROXIMATE_TOLERANCE = DEFAULT_TOLERANCE


@dataclass(frozen=True)
class Progress:
    """Progress of one target as of a date.

    `progress` and `time_progress` are percents (82.52, 80); `needed` the rate (% a year),
    points or amount a year still needed in the remaining years (for a budget: still
    allowed), or for an annual target the amount still to complete; `latest` what was
    achieved, in the goal's terms (the cumulative change, the average growth a year so far,
    the latest level, the sum so far); `target` the end target in the same terms; `through`
    the date the figures reach, at which progress and time progress are compared.
    """

    goal_type: str
    status: str
    progress: Decimal | None
    time_progress: Decimal
    needed: Decimal | None
    latest: Decimal | None
    explanation: str
    through: AsOf | None = None
    target: Decimal | None = None


@dataclass(frozen=True)
class Case:
    """One goal, its plan, the date and the figures inside the plan up to it."""

    goal: Goal
    plan: PlanTerms
    as_of: AsOf
    base: Decimal | None
    observations: tuple
    unit: str | None
    measure: str
    direction: str
    tolerance: Decimal
    all_observations: tuple = ()

    @property
    def in_percent(self):
        """Rates and changes, or a goal on an indicator counted in %."""
        return self.measure == "growth" or self.goal.relative or self.unit in PERCENT_UNITS

    def number(self, observation, *, percent=None):
        percent = self.in_percent if percent is None else percent
        return figure_number(observation, unit=self.unit, percent=percent, falls=self.goal.falls)

    def time_at(self, end):
        return time_progress(end or self.as_of, self.plan.first_year, self.plan.last_year)

    def remaining_at(self, end):
        return remaining_years(end or self.as_of, self.plan.first_year, self.plan.last_year)

    def is_final(self, end):
        return end is not None and end.key >= (self.plan.last_year, 12)

    def verdict(self, status, explanation, **values):
        """A Progress for this case; numbers rounded to two decimals."""
        through = values.get("through")
        return Progress(
            goal_type=self.goal.type,
            status=status,
            progress=rounded(values.get("progress")),
            time_progress=self.time_at(through),
            needed=rounded(values.get("needed")),
            latest=rounded(values.get("latest")),
            explanation=explanation,
            through=through,
            target=rounded(values.get("target")),
        )

    def pending(self, message):
        return self.verdict(PENDING, message)


def aims_against_direction(goal, movement, direction):
    """A limit rather than an aim: a cap on a rise (以内), a floor under a fall, or a target
    moving against the indicator's direction (CPI 年均 3% 左右, 新增建设用地 on a
    lower-is-better indicator, 能源消费总量 allowed to rise to a bare 55). An indicator named
    for a fall (单位GDP能耗降低) aims at falling whatever its direction says."""
    if movement == 0:
        return False
    if goal.comparison == AT_MOST:
        return movement > 0
    if goal.comparison == AT_LEAST:
        return movement < 0
    return not goal.falls and (movement > 0) != (direction == "up")


def reached(achieved, reach, movement):
    """The end target reached in the goal's direction (`reach`: where it counts as reached)."""
    return achieved >= reach if movement > 0 else achieved <= reach


def achievement_status(progress, time, tolerance, *, is_reached):
    if is_reached:
        return ACHIEVED
    return _by_pace(progress - time, tolerance, faster=AHEAD, slower=BEHIND)


def allowance_status(used, time, tolerance, *, over, final):
    if over:
        return BEHIND
    if final:
        return ACHIEVED
    return _by_pace(used - time, tolerance, faster=BEHIND, slower=AHEAD)


def _by_pace(gap, tolerance, *, faster, slower):
    if gap > tolerance:
        return faster
    if gap < -tolerance:
        return slower
    return ON_SCHEDULE


@dataclass(frozen=True)
class Share:
    """The share of a target done by `through`, with what it was reckoned from.

    `achieved` and `target` are in the goal's own terms (a cumulative change, a level, a sum)
    and decide whether the target is reached or the limit broken; `movement` is +1 when the
    target lies above the start (zero for changes and additions, the base for levels), −1
    below; `latest` and `shown_target` are what the explanation and the table show.
    """

    progress: Decimal
    through: AsOf
    movement: int
    achieved: Decimal
    target: Decimal
    reach: Decimal
    needed: Decimal | None
    latest: Decimal | None
    shown_target: Decimal | None


def judge_share(
    case, share, *, achieved_words, needed_words, left_words, limit=False, annual=False
):
    """The verdict on a share done (see the module doc), worded in three clauses."""
    time = case.time_at(share.through)
    progress = rounded(share.progress)
    if progress is None:
        return case.verdict(
            NEEDS_JUDGEMENT, explanations.not_computable(case.goal.text), through=share.through
        )
    limit = limit or aims_against_direction(case.goal, share.movement, case.direction)
    over = limit and (share.achieved - share.target) * share.movement > 0
    if limit:
        final = case.is_final(share.through)
        status = allowance_status(progress, time, case.tolerance, over=over, final=final)
    else:
        is_reached = reached(share.achieved, share.reach, share.movement)
        status = achievement_status(progress, time, case.tolerance, is_reached=is_reached)
    remaining = case.remaining_at(share.through)
    done = status == ACHIEVED or over
    still = "" if done or remaining <= 0 else None
    if still is None:
        still = (left_words if limit else needed_words)(share.needed, remaining)
    explanation = explanations.joined(
        achieved_words,
        explanations.pace(status, progress, time, allowance=limit, annual=annual, over=over),
        still,
    )
    return case.verdict(
        status,
        explanation,
        progress=progress,
        needed=None if done else share.needed,
        latest=share.latest,
        through=share.through,
        target=share.shown_target,
    )


def approximate_reach(target, movement, comparison):
    """Where an approximate (左右) target counts as reached: its band short of it."""
    if comparison != APPROX:
        return target
    return target - movement * APPROXIMATE_TOLERANCE


def sign(value):
    return (value > 0) - (value < 0)
