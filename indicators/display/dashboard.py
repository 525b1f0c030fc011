"""The officials' dashboard: one jurisdiction and year at a glance."""

from dataclasses import dataclass, field

from django.db.models import Case, Exists, OuterRef, When
from django.utils import timezone

from indicators.assessing.early_warnings import binding_warnings
from indicators.display.charts.trend import trend_figure, trend_series
from indicators.display.comparisons import Cell
from indicators.display.shown import any_preliminary, chosen_figures, source_reports
from indicators.expressions import STATUS_CHOICES
from indicators.models import Assessment, Indicator, Jurisdiction, Plan
from indicators.progress.periods import AsOf

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
LEVEL_ORDER = ["country", "province", "city", "district"]


@dataclass
class Dashboard:
    jurisdiction: Jurisdiction
    year: int | None
    years: list
    counts: list = field(default_factory=list)
    shortfalls: list = field(default_factory=list)
    overshoots: list = field(default_factory=list)
    trends: list = field(default_factory=list)  # (indicator, figure data for json_script)
    headline: list = field(default_factory=list)
    children: list = field(default_factory=list)  # (child, [Cell per headline indicator])
    choices: list = field(
        default_factory=list
    )  # rows of pk, division_code, name, name_en, parent_id
    warnings: list = field(default_factory=list)  # ProgressLines of binding targets behind
    reports: list = field(default_factory=list)  # the reports its year's figures quote
    preliminary: bool = False  # whether a result shown is expected (预计), not final

    @property
    def children_silent(self):
        """Whether there are jurisdictions below but none has a headline figure for the year."""
        return bool(self.children) and all(
            cell.empty for _child, cells in self.children for cell in cells
        )

    @property
    def charts(self):
        """The small charts' figure data, which one legend serves."""
        return [chart for _indicator, chart in self.trends]


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
    # With its parents up to the province: the page cache finds its region without a query.
    places = Jurisdiction.objects.select_related("parent__parent").order_by(
        level, "division_code", "name"
    )
    return places.filter(Exists(judged)).first() or places.first()


def choices(jurisdiction):
    """What the chooser offers: provinces and cities, and this jurisdiction with its children.
    Plain rows (pk, division_code, name, name_en, parent_id, has_plans): nationally they are hundreds;
    has_plans spares the dashboard the plans' queries where there are none."""
    return list(
        Jurisdiction.objects.near([jurisdiction.pk])
        .annotate(has_plans=Exists(Plan.objects.filter(jurisdiction=OuterRef("pk"))))
        .values_list("pk", "division_code", "name", "name_en", "parent_id", "has_plans", named=True)
    )


def dashboard_build(jurisdiction, year=None):
    judged = Assessment.objects.filter(jurisdiction=jurisdiction)
    results_by_year = judged.results_by_year()
    years = sorted(results_by_year, reverse=True)
    with_results = [y for y in years if results_by_year[y]]
    year = year or (with_results[0] if with_results else (years[0] if years else None))
    offered = choices(jurisdiction)
    board = Dashboard(jurisdiction=jurisdiction, year=year, years=years, choices=offered)
    below = [j for j in offered if j.parent_id == jurisdiction.pk]
    planned = [
        j.pk for j in [*below, *offered] if j.has_plans and jurisdiction.pk in (j.pk, j.parent_id)
    ]
    board.warnings = plan_warnings(planned, year) if planned else []
    if year is None:
        return board
    assessments = list(
        judged.filter(year=year).select_related(
            "indicator", "target__source_report", "result__source_report", "judgement"
        )
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
    board.reports = source_reports(f for a in assessments for f in (a.target, a.result))
    board.preliminary = any_preliminary(a.result for a in assessments)
    board.headline = headline_indicators()
    board.trends = [
        (indicator, trend_figure(indicator, series, height=220, compact=True))
        for indicator, series in trend_series(board.headline, [jurisdiction]).items()
        if series[jurisdiction]
    ]
    board.children = children_grid(below, year, board.headline)
    return board


def plan_warnings(jurisdiction_ids, year):
    """预警: the binding targets behind schedule in the plans of these jurisdictions that cover
    the year shown (without one, the last year over), as of the end of that year."""
    return binding_warnings(jurisdiction_ids, AsOf(year or timezone.now().year - 1))


def headline_indicators():
    return Indicator.objects.of_series(HEADLINE)


def children_grid(children, year, indicators):
    """(child, [Cell per indicator]) from plain rows: a city has dozens of children."""
    if not children or not indicators:
        return []
    chosen = chosen_figures(
        Assessment.objects.filter(
            jurisdiction_id__in=[child.pk for child in children],
            year=year,
            indicator__in=indicators,
        ),
        "jurisdiction_id",
        "indicator_id",
    )
    cells = {key: Cell(target, result, status) for key, (status, target, result) in chosen.items()}
    return [
        (child, [cells.get((child.pk, i.pk), Cell()) for i in indicators]) for child in children
    ]
