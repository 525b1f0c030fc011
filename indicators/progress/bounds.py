"""Ceilings and floors held every year of a plan (5.5% 以内, 6.5 亿吨以上, 不低于 18.18 亿亩).

Each single-year figure in the plan (a within-year one included) is compared with the bound,
an approximate one (左右) with the target language's band: the latest breaking it is
behind; held so far is on schedule; held in every recorded year once the last plan year is
in, achieved — broken in an earlier year, behind. There is no share of a bound to measure,
so progress is None and `needed` is the bound to hold in each remaining year.
"""

from indicators.progress import explanations
from indicators.progress.goals import CEILING
from indicators.progress.observations import yearly
from indicators.progress.statuses import ACHIEVED, BEHIND, NEEDS_JUDGEMENT, ON_SCHEDULE
from indicators.progress.verdicts import APPROXIMATE_TOLERANCE
from indicators.targets.language import APPROX


def bound_progress(case):
    """A CEILING or FLOOR goal as of the case's date."""
    figures = yearly(case.observations)
    if not figures:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    values = []
    for figure in figures:
        value = case.number(figure)
        if value is None:
            return case.verdict(NEEDS_JUDGEMENT, explanations.unreadable(figure, case.unit))
        values.append(value)
    broken = [
        f.period.last_year for f, v in zip(figures, values, strict=True) if not _held(case, v)
    ]
    latest, end = values[-1], figures[-1].period.end
    final = case.is_final(end)
    if not _held(case, latest) or (final and broken):
        status = BEHIND
    else:
        status = ACHIEVED if final else ON_SCHEDULE
    explanation = explanations.joined(
        explanations.bound_words(
            end,
            latest,
            case.goal.value,
            case.unit if not case.in_percent else "%",
            ceiling=case.goal.type == CEILING,
            held=_held(case, latest),
        ),
        explanations.broken_in(broken),
        explanations.time_only(case.time_at(end)),
    )
    return case.verdict(
        status,
        explanation,
        needed=None if final else case.goal.value,
        latest=latest,
        through=end,
        target=case.goal.value,
    )


def _held(case, value):
    band = APPROXIMATE_TOLERANCE if case.goal.comparison == APPROX else 0
    if case.goal.type == CEILING:
        return value <= case.goal.value + band
    return value >= case.goal.value - band
