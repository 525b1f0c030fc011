"""Gap tables, comparisons and the annex, each downloadable as CSV, XLSX and Figures CSV."""

from collections import Counter

from django.shortcuts import get_object_or_404, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_tables2 import RequestConfig

from indicators.annex import annex_build
from indicators.charts import chart_json, gap_figure
from indicators.comparisons import across_jurisdictions, across_years
from indicators.expressions import STATUS_CHOICES
from indicators.filters import GapFilter
from indicators.models import Assessment, Jurisdiction
from indicators.permissions import read_view
from indicators.sheets import annex_sheet, gap_sheet, grid_sheet
from indicators.spreadsheets import csv_response, xlsx_response
from indicators.tables import GapTable

DOWNLOADS = {"csv": csv_response, "xlsx": xlsx_response}


def place(code):
    return get_object_or_404(Jurisdiction.objects.select_related("parent"), division_code=code)


def download(request, sheet, stem):
    """The sheet as ?format=csv or ?format=xlsx, named for what it holds; None for the page."""
    chosen = request.GET.get("format")
    if chosen not in DOWNLOADS:
        return None
    return DOWNLOADS[chosen](sheet, f"{stem}.{chosen}")


@read_view
def gap_table(request, code, year):
    jurisdiction = place(code)
    assessments = Assessment.objects.filter(jurisdiction=jurisdiction, year=year).select_related(
        "indicator__parent__parent",
        "target__source_report",
        "result__source_report",
        "judgement__judged_by",
    )
    filtered = GapFilter(request.GET, queryset=assessments)
    rows = filtered.qs
    stem = _("%(name)s-%(year)s-targets-and-results") % {"name": jurisdiction.name, "year": year}
    table = GapTable(rows)
    RequestConfig(request, paginate=False).configure(table)
    ordered = list(table.data.data)  # fills the queryset's cache: the table renders from it too
    response = download(request, gap_sheet(ordered, jurisdiction, year), stem)
    if response:
        return response
    counts = Counter(assessment.status for assessment in ordered)
    chart = gap_figure(ordered)
    return render(
        request,
        "indicators/gap_table.html",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "table": table,
            "filter": filtered,
            "counts": status_counts(counts),
            "total": sum(counts.values()),
            "any_target": assessments.exists(),
            "figures_query": urlencode({"jurisdiction": code, "year": year}),
            "chart": chart_json(chart) if chart.data[0].x else None,
        },
    )


def status_counts(counts):
    return [(code, label, counts[code]) for code, label in STATUS_CHOICES if counts.get(code)]


@read_view
def compare_children(request, code, year):
    jurisdiction = place(code)
    grid = across_jurisdictions(jurisdiction, year)
    stem = _("%(name)s-%(year)s-comparison") % {"name": jurisdiction.name, "year": year}
    title = _("%(name)s and the jurisdictions below it, %(year)s") % {
        "name": jurisdiction.name,
        "year": year,
    }
    response = download(request, grid_sheet(grid, title, str), stem)
    return response or render(
        request,
        "indicators/compare_children.html",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "grid": grid,
            "figures_query": urlencode({"within": code, "year": year}),
        },
    )


@read_view
def compare_roots(request, year):
    grid = across_jurisdictions(None, year)
    title = _("All provinces, %(year)s") % {"year": year}
    response = download(
        request, grid_sheet(grid, title, str), _("all-provinces-%(year)s") % {"year": year}
    )
    return response or render(
        request,
        "indicators/compare_roots.html",
        {"year": year, "grid": grid, "figures_query": urlencode({"year": year})},
    )


@read_view
def compare_years(request, code):
    jurisdiction = place(code)
    grid = across_years(jurisdiction)
    stem = _("%(name)s-targets-and-results-by-year") % {"name": jurisdiction.name}
    title = _("%(name)s year by year") % {"name": jurisdiction.name}
    response = download(request, grid_sheet(grid, title, str), stem)
    return response or render(
        request,
        "indicators/compare_years.html",
        {
            "jurisdiction": jurisdiction,
            "grid": grid,
            "figures_query": urlencode({"jurisdiction": code}),
        },
    )


@read_view
def annex(request, code, year):
    jurisdiction = place(code)
    built = annex_build(jurisdiction, year)
    stem = _("%(name)s-%(year)s-main-indicators") % {"name": jurisdiction.name, "year": year}
    response = download(request, annex_sheet(built), stem)
    return response or render(
        request,
        "indicators/annex.html",
        {
            "jurisdiction": jurisdiction,
            "annex": built,
            "figures_query": urlencode(
                {"jurisdiction": code, "year": [year - 1, year]}, doseq=True
            ),
        },
    )
