"""预警 for the dashboard: the binding plan targets behind schedule below a jurisdiction.

A province's plans hold thousands of targets and the dashboard shows only the binding ones
behind schedule, so only binding targets and their own results are read and computed: two
queries, the binding targets of the plans running that year, then their jurisdictions' results
for their indicators from the earliest base year on. Where the database can test JSON
containment (PostgreSQL) the binding flag is tested there; elsewhere (the SQLite demo) every
target is read and the flag is tested here.
"""

from django.db import connection

from indicators.assessing.pacing import plan_line, results_grouped
from indicators.models import Figure, Plan

# What a warning reads and shows of a target.
TARGET_FIELDS = [
    "jurisdiction_id", "indicator_id", "plan_id", "year", "kind", "value_text", "flags",
    "method", "period", "plan__jurisdiction_id", "plan__name", "plan__name_en", "plan__first_year",
    "plan__last_year", "indicator__name", "indicator__name_en", "indicator__unit",
    "indicator__measure", "indicator__direction", "indicator__display_order",
    "jurisdiction__name", "jurisdiction__name_en", "jurisdiction__division_code",
]  # fmt: skip


def binding_warnings(jurisdiction_ids, as_of):
    """[ProgressLine] of the binding targets behind schedule, as of `as_of`, in the plans of
    these jurisdictions that run in its year; two queries."""
    return [line for line in binding_lines(jurisdiction_ids, as_of) if line.warning]


def binding_lines(jurisdiction_ids, as_of):
    """[ProgressLine] of every binding target of the plans of these jurisdictions that run in
    `as_of`'s year, in report order; two queries."""
    running = Plan.objects.filter(jurisdiction_id__in=jurisdiction_ids).covering(as_of.year)
    targets = Figure.objects.published().filter(
        kind=Figure.Kind.PLAN_TARGET, plan__in=running.values("pk")
    )
    if connection.features.supports_json_field_contains:
        targets = targets.filter(flags__contains=[Figure.BINDING])
    binding = [
        target
        for target in targets.select_related("plan", "indicator", "jurisdiction")
        .only(*TARGET_FIELDS)
        .order_by("indicator__display_order", "indicator__name", "pk")
        if Figure.BINDING in (target.flags or [])
    ]
    if not binding:
        return []
    results = Figure.objects.published().filter(
        kind__in=[Figure.Kind.EXPECTED, Figure.Kind.FINAL],
        jurisdiction_id__in={target.plan.jurisdiction_id for target in binding},
        indicator_id__in={target.indicator_id for target in binding},
        year__gte=min(target.plan.base_year for target in binding),
        year__lte=as_of.year,
    )
    grouped = results_grouped(results)
    return [
        plan_line(target.plan, target, grouped.get(key(target), []), as_of) for target in binding
    ]


def key(target):
    return (target.plan.jurisdiction_id, target.indicator_id)
