"""Progress of cumulative changes (累计降低 13.5%) and average growth (年均增长 7%).

The achieved cumulative change C is compounded along the chain of figures from January of
the plan's first year (yearly rates, multi-year cumulative figures, a within-year rate
counted for its months); for a level indicator it is latest ÷ base − 1. Progress, the rate
still needed and their sources are in `indicators.progress.formulas`.
"""

from decimal import Decimal

from django.utils.translation import gettext as _

from indicators.progress import explanations, formulas
from indicators.progress.goals import AVERAGE_GROWTH
from indicators.progress.observations import base_figure, chain, latest_level, through
from indicators.progress.statuses import NEEDS_JUDGEMENT
from indicators.progress.verdicts import Share, approximate_reach, judge_share, sign


def change_progress(case):
    """A CUMULATIVE_CHANGE or AVERAGE_GROWTH goal as of the case's date."""
    achieved = achieved_change(case)
    if not isinstance(achieved, tuple):
        return achieved
    change, end = achieved
    goal, years = case.goal, case.plan.years
    average = goal.type == AVERAGE_GROWTH
    target = formulas.cumulative_of_average(goal.value, years) if average else goal.value
    progress = None if target is None else formulas.change_share(change, target, case.plan.method)
    if progress is None:
        return case.verdict(NEEDS_JUDGEMENT, _no_share(goal), through=end)
    movement = sign(target)
    reach = approximate_reach(goal.value, movement, goal.comparison)
    if average:
        reach = formulas.cumulative_of_average(reach, years)
    remaining = case.remaining_at(end)
    share = Share(
        progress=progress,
        through=end,
        movement=movement,
        achieved=change,
        target=target,
        reach=reach if reach is not None else target,
        needed=formulas.rate_needed(change, target, remaining),
        latest=_average_so_far(case, change, end) if average else change,
        shown_target=goal.value,
    )
    return judge_share(
        case,
        share,
        achieved_words=_achieved_words(case, share, change),
        needed_words=explanations.rate_needed,
        left_words=explanations.rate_allowed,
    )


def achieved_change(case):
    """(C in %, the date it reaches), or the Progress saying why there is none."""
    if case.goal.relative:
        return _change_of_level(case)
    if not case.observations:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    links = chain(case.observations, case.plan.first_year)
    if not links:
        return case.verdict(NEEDS_JUDGEMENT, explanations.no_start(case.plan.first_year))
    rates = []
    for link in links:
        rate = case.number(link)
        if rate is None:
            return case.verdict(NEEDS_JUDGEMENT, explanations.unreadable(link, case.unit))
        rates.append((rate, link.period.month if link.period.is_partial_year else None))
    change = formulas.compounded(rates)
    if change is None:
        return case.verdict(NEEDS_JUDGEMENT, _no_share(case.goal))
    return change, through(links)


def _change_of_level(case):
    """A level indicator's change since the base year: latest ÷ base − 1."""
    latest = latest_level(case.observations)
    if latest is None:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    base = base_value(case)
    level = case.number(latest, percent=False)
    if base is None or base <= 0 or level is None:
        return case.verdict(NEEDS_JUDGEMENT, explanations.missing_base(case.plan.base_year))
    return (level / base - 1) * formulas.HUNDRED, latest.period.end


def base_value(case):
    """The base-year value given, or read from a base-year figure among all the figures."""
    if case.base is not None:
        return case.base
    figure = base_figure(case.all_observations, case.plan.base_year)
    return None if figure is None else case.number(figure, percent=False)


def _average_so_far(case, change, end):
    years = Decimal(end.months_from(case.plan.first_year)) / 12
    return formulas.average_of_cumulative(change, years)


def _achieved_words(case, share, change):
    parameters = {
        "through": explanations.through_label(share.through),
        "latest": explanations.change(share.latest),
        "cumulative": explanations.change(change),
        "target": explanations.change(case.goal.value),
    }
    if case.goal.type == AVERAGE_GROWTH:
        return (
            _(
                "Through %(through)s: %(latest)s a year on average, %(cumulative)s in all "
                "(target: %(target)s a year)"
            )
            % parameters
        )
    return _("Through %(through)s: %(latest)s in all (target: %(target)s)") % parameters


def _no_share(goal):
    return _(
        "%(target)s gives no share to measure progress by "
        "(a target of no change, or a fall of 100%% or more)"
    ) % {"target": explanations.label(goal.text)}
