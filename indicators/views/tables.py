"""Gap tables, comparisons and the annex, each downloadable as CSV, XLSX and Figures CSV."""

from collections import Counter

from django.shortcuts import get_object_or_404
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_tables2 import RequestConfig

from indicators.display.annex import annex_build
from indicators.display.charts.gaps import gap_figure
from indicators.display.comparisons import across_jurisdictions, across_years
from indicators.display.tables import GapTable
from indicators.exports.sheet_files import csv_response, xlsx_response
from indicators.exports.table_sheets import annex_sheet, gap_sheet, grid_sheet
from indicators.expressions import STATUS_CHOICES
from indicators.filters import GapFilter
from indicators.models import Assessment, Jurisdiction
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view

DOWNLOADS = {"csv": csv_response, "xlsx": xlsx_response}


def place(code):
    return get_object_or_404(Jurisdiction.objects.with_parents(), division_code=code)


def download(request, sheet, stem):
    """The sheet (made by `sheet()`) as ?format=csv or ?format=xlsx, named for what it holds;
    None for the page."""
    chosen = request.GET.get("format")
    if chosen not in DOWNLOADS:
        return None
    return DOWNLOADS[chosen](sheet(), f"{stem}.{chosen}")


def gap_rows(request, jurisdiction, year):
    """(filter, table, the rows shown in the table's order)."""
    assessments = Assessment.objects.filter(jurisdiction=jurisdiction, year=year).for_gap_table()
    filtered = GapFilter(request.GET, queryset=assessments)
    table = GapTable(filtered.qs)
    RequestConfig(request, paginate=False).configure(table)
    return filtered, table, list(table.data.data)  # fills the queryset's cache: the table's too


def gap_body(request, jurisdiction, year):
    filtered, table, ordered = gap_rows(request, jurisdiction, year)
    counts = Counter(assessment.status for assessment in ordered)
    return {
        "table": table,
        "filter": filtered,
        "counts": status_counts(counts),
        "total": sum(counts.values()),
        "any_target": bool(ordered) or filtered.queryset.exists(),
        "chart": gap_figure(ordered),
    }


@read_view
def gap_table(request, code, year):
    jurisdiction = place(code)
    stem = _("%(name)s-%(year)s-targets-and-results") % {"name": jurisdiction.name, "year": year}
    response = download(
        request,
        lambda: gap_sheet(gap_rows(request, jurisdiction, year)[2], jurisdiction, year),
        stem,
    )
    return response or cached_page(
        request,
        "gap_table",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "figures_query": urlencode({"jurisdiction": code, "year": year}),
        },
        regions_of(jurisdiction),
        lambda: gap_body(request, jurisdiction, year),
    )


def status_counts(counts):
    return [(code, label, counts[code]) for code, label in STATUS_CHOICES if counts.get(code)]


@read_view
def compare_children(request, code, year):
    jurisdiction = place(code)
    stem = _("%(name)s-%(year)s-comparison") % {"name": jurisdiction.name, "year": year}
    title = _("%(name)s and the jurisdictions below it, %(year)s") % {
        "name": jurisdiction.name,
        "year": year,
    }
    response = download(
        request, lambda: grid_sheet(across_jurisdictions(jurisdiction, year), title, str), stem
    )
    return response or cached_page(
        request,
        "compare_children",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "figures_query": urlencode({"within": code, "year": year}),
        },
        regions_of(jurisdiction),
        lambda: {"grid": across_jurisdictions(jurisdiction, year)},
    )


@read_view
def compare_roots(request, year):
    title = _("All provinces, %(year)s") % {"year": year}
    response = download(
        request,
        lambda: grid_sheet(across_jurisdictions(None, year), title, str),
        _("all-provinces-%(year)s") % {"year": year},
    )
    return response or cached_page(
        request,
        "compare_roots",
        {"year": year, "figures_query": urlencode({"year": year})},
        None,
        lambda: {"grid": across_jurisdictions(None, year)},
    )


@read_view
def compare_years(request, code):
    jurisdiction = place(code)
    stem = _("%(name)s-targets-and-results-by-year") % {"name": jurisdiction.name}
    title = _("%(name)s year by year") % {"name": jurisdiction.name}
    response = download(request, lambda: grid_sheet(across_years(jurisdiction), title, str), stem)
    return response or cached_page(
        request,
        "compare_years",
        {"jurisdiction": jurisdiction, "figures_query": urlencode({"jurisdiction": code})},
        regions_of(jurisdiction),
        lambda: {"grid": across_years(jurisdiction)},
    )


@read_view
def annex(request, code, year):
    jurisdiction = place(code)
    stem = _("%(name)s-%(year)s-main-indicators") % {"name": jurisdiction.name, "year": year}
    response = download(request, lambda: annex_sheet(annex_build(jurisdiction, year)), stem)
    return response or cached_page(
        request,
        "annex",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "figures_query": urlencode(
                {"jurisdiction": code, "year": [year - 1, year]}, doseq=True
            ),
        },
        regions_of(jurisdiction),
        lambda: {"annex": annex_build(jurisdiction, year)},
    )
