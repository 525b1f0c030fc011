"""The pages the benchmark times, each with its floor, and the subjects they show: picked from
the loaded data."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Max
from django.urls import reverse

from bench.measuring import floors
from indicators.models import Assessment, Indicator, Jurisdiction, Plan

TREND_JURISDICTIONS = 10


class BenchError(Exception):
    pass


@dataclass
class Page:
    name: str
    subject: str
    url: str
    floor: object
    note: str = ""
    export: bool = False


def subjects():
    """(year, province, city, trend indicator, trend jurisdictions) picked from the data."""
    year = Assessment.objects.filter(result__isnull=False).aggregate(latest=Max("year"))["latest"]
    if year is None:
        raise BenchError("No assessed results are loaded: run seed_synthetic (or load data) first.")
    by_children = Jurisdiction.objects.annotate(below=Count("children")).order_by(
        "-below", "division_code"
    )
    province = by_children.filter(level="province").first() or by_children.first()
    city = by_children.filter(level="city", below__gt=0).first() or province
    indicator = (
        Indicator.objects.filter(name="地区生产总值", unit="%").first()
        or Indicator.objects.exclude(measure=Indicator.Measure.QUALITATIVE).first()
    )
    around = [city, *city.children.order_by("division_code")]
    if len(around) < TREND_JURISDICTIONS:
        around += Jurisdiction.objects.exclude(pk__in=[j.pk for j in around]).order_by(
            "division_code"
        )[: TREND_JURISDICTIONS - len(around)]
    return year, province, city, indicator, around[:TREND_JURISDICTIONS]


def pages():
    year, province, city, indicator, chosen = subjects()
    trend_query = urlencode(
        [("indicator", indicator.pk)] + [("jurisdiction", j.division_code) for j in chosen]
    )
    return [
        Page(
            "dashboard",
            f"{province.name} {year}",
            f"{reverse('indicators:home')}?{urlencode({'jurisdiction': province.division_code, 'year': year})}",
            floors.dashboard(province, year),
        ),
        Page(
            "gap table",
            f"{province.name} {year}",
            reverse("indicators:gaps", args=[province.division_code, year]),
            floors.gap_table(province, year),
        ),
        Page(
            "compare: city and children",
            f"{city.name} + {city.children.count()} below, {year}",
            reverse("indicators:compare", args=[city.division_code, year]),
            floors.compare_children(city, year),
        ),
        Page(
            "compare: all provinces",
            f"every province, {year}",
            reverse("indicators:compare_roots", args=[year]),
            floors.compare_roots(year),
        ),
        Page(
            "compare: across years",
            f"{city.name}, every year",
            reverse("indicators:years", args=[city.division_code]),
            floors.compare_years(city),
        ),
        Page(
            "trend chart",
            f"{indicator.name} ({indicator.unit}), {len(chosen)} jurisdictions",
            f"{reverse('indicators:trend')}?{trend_query}",
            floors.trend(indicator, chosen),
        ),
        plan_page(province, year),
        *progress_and_draft_pages(province, year),
        *api_pages(province, city, year),
        Page(
            "figures CSV export",
            f"whole country, {year}",
            f"{reverse('indicators:figures_export')}?{urlencode({'year': year})}",
            floors.export(year),
            export=True,
        ),
    ]


def plan_page(jurisdiction, year):
    """The mid-term evaluation of the jurisdiction's plan (the last one it has), read at `year`
    or, when that lies outside the plan, at the plan's nearest year."""
    plan = Plan.objects.filter(jurisdiction=jurisdiction).order_by("-last_year", "pk").first()
    if plan is None:
        raise BenchError(f"{jurisdiction.name} has no plan: run seed_synthetic (or load data).")
    as_of = min(max(year, plan.first_year), plan.last_year)
    return Page(
        "plan progress",
        f"{jurisdiction.name} {plan.name}, as of {as_of}",
        f"{reverse('indicators:plan', args=[plan.pk])}?{urlencode({'as_of': as_of})}",
        floors.plan(plan, as_of),
    )


def progress_and_draft_pages(jurisdiction, year):
    return [
        Page(
            "progress within the year",
            f"{jurisdiction.name} {year}",
            reverse("indicators:year_pace", args=[jurisdiction.division_code, year]),
            floors.year_figures(jurisdiction, year),
        ),
        Page(
            "draft of the review",
            f"{jurisdiction.name} {year}",
            reverse("indicators:draft", args=[jurisdiction.division_code, year]),
            floors.gap_table(jurisdiction, year),
        ),
    ]


def api_pages(province, city, year):
    """The API's gap table and one page of figures (cursor pages: any page costs the first's)."""
    return [
        Page(
            "API gap table (JSON)",
            f"{city.name} {year}",
            "/api/v1/assessments/?"
            + urlencode({"jurisdiction": city.division_code, "year": year, "page_size": 100}),
            floors.gap_table(city, year),
        ),
        Page(
            "API figures, a page of 100 (JSON)",
            f"{province.name} and below, {year}",
            "/api/v1/figures/?"
            + urlencode({"within": province.division_code, "year": year, "page_size": 100}),
            floors.figures_page(province, year, 100),
        ),
    ]
