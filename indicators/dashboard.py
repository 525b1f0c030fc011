"""The officials' dashboard: one jurisdiction and year at a glance."""

from dataclasses import dataclass, field

from django.db.models import Case, Count, Exists, OuterRef, Q, When

from indicators.charts import chart_json, trend_figure, trend_series
from indicators.comparisons import Cell
from indicators.expressions import STATUS_CHOICES
from indicators.models import Assessment, Indicator, Jurisdiction

# The headline series, as (name, unit): GDP growth, investment, retail sales, revenue, incomes.
HEADLINE = [
    ("地区生产总值", "%"),
    ("固定资产投资", "%"),
    ("社会消费品零售总额", "%"),
    ("一般公共预算总收入", "%"),
    ("城镇居民人均可支配收入", "%"),
    ("农村居民人均可支配收入", "%"),
    ("居民人均可支配收入", "%"),
]
RANKED = 5
LEVEL_ORDER = ["province", "city", "district"]


@dataclass
class Dashboard:
    jurisdiction: Jurisdiction
    year: int | None
    years: list
    counts: list = field(default_factory=list)
    shortfalls: list = field(default_factory=list)
    overshoots: list = field(default_factory=list)
    trends: list = field(default_factory=list)  # (indicator, chart JSON)
    headline: list = field(default_factory=list)
    children: list = field(default_factory=list)  # (child, [Cell per headline indicator])
    choices: list = field(default_factory=list)


def default_choice():
    """The highest-level jurisdiction (then the lowest code) with judged results: where the story is.

    An EXISTS per jurisdiction on the assessments' (jurisdiction, …) index, so it stays fast with
    millions of assessments.
    """
    judged = Assessment.objects.filter(jurisdiction=OuterRef("pk"), result__isnull=False)
    level = Case(
        *(When(level=name, then=rank) for rank, name in enumerate(LEVEL_ORDER)),
        default=len(LEVEL_ORDER),
    )
    found = (
        Jurisdiction.objects.filter(Exists(judged)).order_by(level, "division_code", "name").first()
    )
    return found or Jurisdiction.objects.order_by(level, "division_code", "name").first()


def choices(jurisdiction):
    """What the chooser offers: provinces and cities, and this jurisdiction with its children."""
    return list(
        Jurisdiction.objects.filter(
            Q(level__in=["province", "city"]) | Q(parent=jurisdiction) | Q(pk=jurisdiction.pk)
        ).order_by("division_code", "name")
    )


def dashboard_build(jurisdiction, year=None):
    judged = Assessment.objects.filter(jurisdiction=jurisdiction)
    results_by_year = dict(judged.order_by().values_list("year").annotate(n=Count("result")))
    years = sorted(results_by_year, reverse=True)
    with_results = [y for y in years if results_by_year[y]]
    year = year or (with_results[0] if with_results else (years[0] if years else None))
    offered = choices(jurisdiction)
    board = Dashboard(jurisdiction=jurisdiction, year=year, years=years, choices=offered)
    if year is None:
        return board
    assessments = list(
        judged.filter(year=year).select_related("indicator", "target", "result", "judgement")
    )
    counts = {}
    for assessment in assessments:
        counts[assessment.shown_status] = counts.get(assessment.shown_status, 0) + 1
    board.counts = [
        (code, label, counts[code]) for code, label in STATUS_CHOICES if counts.get(code)
    ]
    growth = [a for a in assessments if a.difference is not None and a.indicator.unit == "%"]
    board.shortfalls = sorted(
        (a for a in growth if a.shown_status == "missed"), key=lambda a: a.difference
    )[:RANKED]
    board.overshoots = sorted(
        (a for a in growth if a.shown_status == "exceeded"),
        key=lambda a: a.difference,
        reverse=True,
    )[:RANKED]
    board.headline = headline_indicators()
    board.trends = [
        (indicator, chart_json(trend_figure(indicator, series, height=220, compact=True)))
        for indicator, series in trend_series(board.headline, [jurisdiction]).items()
        if series[jurisdiction]
    ]
    below = [j for j in offered if j.parent_id == jurisdiction.pk]
    board.children = children_grid(below, year, board.headline)
    return board


def headline_indicators():
    wanted = {key: index for index, key in enumerate(HEADLINE)}
    found = Indicator.objects.filter(name__in=[n for n, _u in HEADLINE], unit="%")
    return sorted(
        (i for i in found if (i.name, i.unit) in wanted), key=lambda i: wanted[(i.name, i.unit)]
    )


def children_grid(children, year, indicators):
    if not children or not indicators:
        return []
    verdicts = {
        (a.jurisdiction_id, a.indicator_id): a
        for a in Assessment.objects.filter(
            jurisdiction__in=children, year=year, indicator__in=indicators
        ).select_related("target", "result", "judgement")
    }
    return [
        (
            child,
            [
                Cell(
                    target=getattr(verdicts.get((child.pk, i.pk)), "target", None),
                    result=getattr(verdicts.get((child.pk, i.pk)), "result", None),
                    assessment=verdicts.get((child.pk, i.pk)),
                )
                for i in indicators
            ],
        )
        for child in children
    ]
