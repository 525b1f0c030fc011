"""Progress against time (序时进度) from stored figures: which figures count, handed to the
pure calculation in indicators.progress.

A plan's targets are its figures of kind plan_target. What counts towards one: the base-year
result, each plan year's best whole-year result, the best result over several years of the plan
(「前四年累计下降 13.4%」) and, read at a month, that year's best result from January to the
latest month reached. "Best" is choice.best_result's rule: final over expected, newest first.
Reading any number of plans costs two queries.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.conf import settings

from indicators.assessing.choice import (
    best_result,
    by_recency,
    current_target,
    edit_time,
    figure_recency,
    recency_key,
)
from indicators.models import Figure
from indicators.models.figures import period_parts
from indicators.progress.calculation import Observation, plan_progress, year_progress
from indicators.progress.periods import Period, PlanTerms, as_of_from_text
from indicators.progress.statuses import is_early_warning


@dataclass(frozen=True)
class ProgressLine:
    """One target's progress as of a date: the figures it was computed from and the result."""

    target: Figure
    base: "PlanResult | Figure | None"  # a plan's lines read PlanResults, the year's Figures
    latest: "PlanResult | Figure | None"
    progress: object  # indicators.progress Progress

    @property
    def indicator(self):
        return self.target.indicator

    @property
    def binding(self):
        return Figure.BINDING in (self.target.flags or [])

    @property
    def warning(self):
        """预警: a binding target behind schedule."""
        return is_early_warning(self.progress.status, binding=self.binding)


def tolerance():
    return Decimal(str(settings.PROGRESS_TOLERANCE))


def indicator_terms(indicator):
    return {"unit": indicator.unit, "measure": indicator.measure, "direction": indicator.direction}


def figure_period(figure):
    """The Period a stored figure covers (stored periods were checked when written)."""
    return period_parts(figure.period, figure.year)


def counted_results(results, *, first_year, as_of, recency=figure_recency):
    """The results that count as of `as_of`: the best one per period, periods ending by then
    (figures or PlanResults, each kind with its `recency`)."""
    by_period = defaultdict(list)
    for figure in results:
        period = figure_period(figure)
        if period.first_year >= first_year and (period.last_year, period.month or 12) <= (
            as_of.year,
            as_of.month or 12,
        ):
            by_period[period].append(figure)
    return {period: best_result(found, recency=recency) for period, found in by_period.items()}


def in_order(counted):
    """{Period: figure} as [(Period, figure)] by the date each period ends, the longest first."""
    return sorted(counted.items(), key=lambda item: (item[0].end.key, item[0].first_year))


def plan_lines(plans, as_of, *, drafts=False, indicator=None):
    """{plan: [ProgressLine]} of every target of these plans (of one indicator, when given),
    as of `as_of` (an AsOf)."""
    plans = list(plans)
    targets, results = plan_inputs(plans, as_of, drafts=drafts, indicator=indicator)
    lines = targets_lines(plans, targets, results, as_of)
    return {plan: lines.get(plan, []) for plan in plans}


def plan_inputs(plans, as_of, *, drafts=False, indicator=None):
    """(the plans' targets in report order, their results as plan_results gives them): what
    their lines are computed from, in two queries, and computed again in another language
    without reading them again."""
    targets = Figure.objects.for_reader(drafts=drafts).filter(
        plan__in=plans, kind=Figure.Kind.PLAN_TARGET
    )
    if indicator is not None:
        targets = targets.filter(indicator=indicator)
    targets = list(in_report_order(targets))
    return targets, plan_results(plans, targets, as_of, drafts=drafts)


def in_report_order(targets):
    return targets.select_related(
        "indicator__parent__parent", "source_report", "jurisdiction"
    ).order_by("indicator__display_order", "indicator__name", "pk")


def targets_lines(plans, targets, results, as_of):
    """{plan: [ProgressLine]} of these targets of these plans, from their results."""
    lines = defaultdict(list)
    by_pk = {plan.pk: plan for plan in plans}
    for target in targets:
        plan = by_pk[target.plan_id]
        found = results.get((plan.jurisdiction_id, target.indicator_id), [])
        lines[plan].append(plan_line(plan, target, found, as_of))
    return lines


class PlanResult(NamedTuple):
    """A result as progress reads and shows it: a plain row, not a model instance. A plan reads
    hundreds (every indicator, every year since the base year, expected and final), and making
    Figures and their reports was a third of the plan page's time."""

    pk: int
    jurisdiction_id: int
    indicator_id: int
    year: int
    kind: str
    period: str
    plan_id: int | None
    value_text: str
    value: Decimal | None
    source_quote: str
    recency: tuple  # assessing.choice.recency_key of the row


# The PlanResult's fields up to its recency, then what its recency is made of.
RESULT_FIELDS = [
    "pk", "jurisdiction_id", "indicator_id", "year", "kind", "period", "plan_id", "value_text",
    "value", "source_quote", "source_report__delivered_on", "edited",
]  # fmt: skip


def results_grouped(figures):
    """{(jurisdiction_id, indicator_id): [PlanResult]} of a queryset of result figures."""
    rows = figures.annotate(edited=edit_time(figures.db)).order_by().values_list(*RESULT_FIELDS)
    grouped = defaultdict(list)
    for *fields, delivered_on, edited in rows:
        result = PlanResult(*fields, recency_key(delivered_on, edited, fields[0]))
        grouped[(result.jurisdiction_id, result.indicator_id)].append(result)
    return grouped


def plan_results(plans, targets, as_of, *, drafts):
    """{(jurisdiction_id, indicator_id): [PlanResult]} from each plan's base year on."""
    if not targets:
        return {}
    first = min(plan.base_year for plan in plans)
    figures = Figure.objects.for_reader(drafts=drafts).filter(
        jurisdiction_id__in={plan.jurisdiction_id for plan in plans},
        indicator_id__in={target.indicator_id for target in targets},
        kind__in=[Figure.Kind.EXPECTED, Figure.Kind.FINAL],
        year__gte=first,
        year__lte=as_of.year,
    )
    return results_grouped(figures)


def plan_line(plan, target, results, as_of):
    # A figure over several years counts only towards its own plan.
    mine = [f for f in results if not f.period or f.plan_id in (None, plan.pk)]
    counted = counted_results(mine, first_year=plan.base_year, as_of=as_of, recency=by_recency)
    base = counted.pop(Period(plan.base_year, plan.base_year), None)
    ordered = in_order(counted)
    indicator = target.indicator
    progress = plan_progress(
        target.value_text,
        plan=PlanTerms(plan.first_year, plan.last_year, target.method or "log"),
        as_of=as_of,
        base=base.value if base else None,
        observations=[Observation(period, figure.value_text) for period, figure in ordered],
        tolerance=tolerance(),
        indicator_name=indicator.name,
        **indicator_terms(indicator),
    )
    latest = ordered[-1][1] if ordered else None
    return ProgressLine(target=target, base=base, latest=latest, progress=progress)


def year_lines(jurisdiction, as_of, *, drafts=False):
    """[ProgressLine] of the annual targets of `as_of`'s year, read against the year so far."""
    figures = (
        Figure.objects.for_reader(drafts=drafts)
        .filter(jurisdiction=jurisdiction, year=as_of.year)
        .exclude(kind=Figure.Kind.PLAN_TARGET)
        .select_related("indicator__parent__parent", "source_report", "jurisdiction")
        .order_by("indicator__display_order", "indicator__name", "pk")
    )
    by_indicator = defaultdict(list)
    for figure in figures:
        by_indicator[figure.indicator_id].append(figure)
    lines = []
    for found in by_indicator.values():
        target = current_target(found)
        if target is not None:
            lines.append(year_line(target, found, as_of))
    return lines


def year_line(target, figures, as_of):
    results = [f for f in figures if f.kind in (Figure.Kind.EXPECTED, Figure.Kind.FINAL)]
    ordered = in_order(counted_results(results, first_year=as_of.year, as_of=as_of))
    indicator = target.indicator
    progress = year_progress(
        target.value_text,
        as_of=as_of,
        observations=[Observation(period, figure.value_text) for period, figure in ordered],
        tolerance=tolerance(),
        indicator_name=indicator.name,
        **indicator_terms(indicator),
    )
    latest = ordered[-1][1] if ordered else None
    return ProgressLine(target=target, base=None, latest=latest, progress=progress)


def as_of_of(text):
    """'2024' or '2024-03' → AsOf; ValueError otherwise."""
    return as_of_from_text(text)
