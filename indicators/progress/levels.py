"""Progress of levels to reach (提高到 65%) and of amounts added or used over a plan.

Levels: progress = (latest − base) ÷ (target − base), the target being base + change for a
level written as a change (〔1〕 岁); without a base-year value there is no share to measure.
A target equal to its base is a floor (or, for a lower-is-better indicator, a ceiling) held
each year. Additions (累计新增就业 5500 万人): the yearly figures summed along the chain from
January of the first year, or a multi-year cumulative figure where the source gives one,
÷ the target (times the plan's years for 年均新增). Budgets (能耗增量 33 万吨以内): the same
sum ÷ the budget, judged as a limit.
"""

from dataclasses import replace

from django.utils.translation import gettext as _

from indicators.progress import explanations, formulas
from indicators.progress.bounds import bound_progress
from indicators.progress.changes import base_value
from indicators.progress.goals import BUDGET, CEILING, FLOOR
from indicators.progress.observations import chain, latest_level, through
from indicators.progress.statuses import ACHIEVED, NEEDS_JUDGEMENT
from indicators.progress.verdicts import Share, approximate_reach, judge_share, reached, sign


def level_progress(case):
    """A LEVEL goal as of the case's date."""
    figure = latest_level(case.observations)
    if figure is None:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    base = base_value(case)
    level = case.number(figure, percent=False)
    if level is None:
        return case.verdict(NEEDS_JUDGEMENT, explanations.unreadable(figure, case.unit))
    if base is None:
        return level_without_base(case, figure, level)
    goal = case.goal
    target = base + goal.value if goal.from_base else goal.value
    movement = sign(target - base)
    if movement == 0:
        held = replace(goal, type=CEILING if case.direction == "down" else FLOOR, value=target)
        return bound_progress(replace(case, goal=held))
    end = figure.period.end
    share = Share(
        progress=formulas.share(level - base, target - base),
        through=end,
        movement=movement,
        achieved=level,
        target=target,
        reach=approximate_reach(target, movement, goal.comparison),
        needed=formulas.per_year(target - level, case.remaining_at(end)),
        latest=level,
        shown_target=target,
    )
    words = _("%(through)s: %(latest)s (base year %(base)s, target %(target)s)") % {
        "through": explanations.through_label(end),
        "latest": explanations.number(level, case.unit),
        "base": explanations.number(base, case.unit),
        "target": explanations.number(target, case.unit),
    }
    return judge_share(
        case,
        share,
        achieved_words=words,
        needed_words=lambda needed, years: explanations.rate_needed(needed, years, case.unit),
        left_words=lambda left, years: explanations.rate_allowed(left, years, case.unit),
    )


def level_without_base(case, figure, level):
    """Without the base-year value there is no share to measure; but a level already at the
    target (in the indicator's direction) has reached it, whatever it started from."""
    goal = case.goal
    movement = -1 if case.direction == "down" else 1
    if goal.from_base or not reached(
        level, approximate_reach(goal.value, movement, goal.comparison), movement
    ):
        return case.verdict(NEEDS_JUDGEMENT, explanations.missing_base(case.plan.base_year))
    end = figure.period.end
    words = _("%(through)s: %(latest)s, the target %(target)s is reached") % {
        "through": explanations.through_label(end),
        "latest": explanations.number(level, case.unit),
        "target": explanations.number(goal.value, case.unit),
    }
    return case.verdict(ACHIEVED, words, through=end, latest=level, target=goal.value)


def amount_progress(case):
    """An ADDITION or BUDGET goal as of the case's date."""
    if not case.observations:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    links = chain(case.observations, case.plan.first_year)
    if not links:
        return case.verdict(NEEDS_JUDGEMENT, explanations.no_start(case.plan.first_year))
    total = 0
    for link in links:
        amount = case.number(link, percent=False)
        if amount is None:
            return case.verdict(NEEDS_JUDGEMENT, explanations.unreadable(link, case.unit))
        total += amount
    return judge_amount(case, total, through(links), target=plan_amount(case))


def plan_amount(case):
    goal = case.goal
    return goal.value * case.plan.years if goal.per_year else goal.value


def judge_amount(case, total, end, *, target, annual=False):
    """A sum done by `end` against the amount to add (or the budget not to exceed)."""
    goal, budget = case.goal, case.goal.type == BUDGET or case.goal.comparison == "at_most"
    progress = formulas.share(total, target)
    if progress is None:
        return case.verdict(NEEDS_JUDGEMENT, explanations.no_amount(goal.text), through=end)
    movement = sign(target)
    remaining = case.remaining_at(end)
    left = target - total
    share = Share(
        progress=progress,
        through=end,
        movement=movement,
        achieved=total,
        target=target,
        reach=approximate_reach(target, movement, goal.comparison),
        needed=left if annual else formulas.per_year(left, remaining),
        latest=total,
        shown_target=target,
    )
    return judge_share(
        case,
        share,
        achieved_words=explanations.amount_done(end, total, target, case.unit, budget=budget),
        needed_words=_amount_words(case, annual, explanations.amount_needed),
        left_words=_amount_words(case, annual, explanations.allowance_left),
        limit=budget,
        annual=annual,
    )


def _amount_words(case, annual, per_year_words):
    if annual:
        return lambda amount, _years: explanations.this_year(amount, case.unit)
    return lambda amount, years: per_year_words(amount, years, case.unit)
