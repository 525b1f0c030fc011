"""Gap tables, comparisons and the annex, each downloadable as CSV, XLSX, SDMX-CSV, a Data
Package and Figures CSV."""

from collections import Counter
from functools import partial
from typing import NamedTuple

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_tables2 import RequestConfig

from indicators.display.annex import annex_build
from indicators.display.charts.gaps import gap_figure
from indicators.display.comparisons import across_jurisdictions, across_years
from indicators.display.shown import any_preliminary, source_reports
from indicators.display.tables import GapTable, drafts_by_cell
from indicators.exports.data_packages import (
    data_package_response,
    figures_data_package,
    gaps_data_package,
)
from indicators.exports.sdmx_csv import sdmx_csv_response
from indicators.exports.sheet_files import csv_response, xlsx_response
from indicators.exports.table_figures import annex_figures, gap_figures, grid_figures
from indicators.exports.table_sheets import annex_sheet, gap_sheet, grid_sheet
from indicators.expressions import STATUS_CHOICES
from indicators.filters import GapFilter
from indicators.models import Assessment, Figure, Jurisdiction
from indicators.models.names import shown_name
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view, sees_drafts

DOWNLOADS = {"csv": csv_response, "xlsx": xlsx_response}


class GapReader(NamedTuple):
    """What a reader's gap table adds to the published one: drafts, marked as such, for those who
    see drafts; a link to enter a result on each row for those who may write the place."""

    drafts: bool
    enters: bool

    @classmethod
    def of(cls, user, jurisdiction):
        drafts = sees_drafts(user)
        return cls(drafts, drafts and user.has_perm("indicators.add_figure", jurisdiction))

    @property
    def audience(self):
        return f"drafts={self.drafts:d},enters={self.enters:d}"

    def table_options(self, jurisdiction, year):
        options = {}
        if self.drafts:
            figures = Figure.objects.filter(jurisdiction=jurisdiction, year=year).annual()
            figures = figures.exclude(kind=Figure.Kind.PLAN_TARGET).awaiting_review()
            options["drafts"] = drafts_by_cell(figures.select_related("source_report"))
        if self.enters:
            query = urlencode({"jurisdiction": jurisdiction.pk, "year": year})
            options["entry_url"] = f"{reverse('reports:result_new')}?{query}"
        return options


def place(code):
    return get_object_or_404(Jurisdiction.objects.with_parents(), division_code=code)


def download(request, sheet, stem, *, figures=None, package=None):
    """The table as ?format=csv or ?format=xlsx (the Sheet `sheet()` makes), or, where it
    shows figures (the queryset `figures()` selects), as ?format=sdmx (SDMX-CSV) or
    ?format=datapackage (the zip `package()` makes; by default the figures' Figures CSV),
    named for what it holds; None for the page."""
    chosen = request.GET.get("format")
    if chosen in DOWNLOADS:
        return DOWNLOADS[chosen](sheet(), f"{stem}.{chosen}")
    if figures is None:
        return None
    if chosen == "sdmx":
        return sdmx_csv_response(figures().for_sdmx(), f"{stem}.sdmx.csv")
    if chosen == "datapackage":
        made = package() if package else figures_data_package(figures(), name=stem, title=stem)
        return data_package_response(made, f"{stem}.datapackage.zip")
    return None


def gap_rows(request, jurisdiction, year, reader=None):
    """(filter, table, the rows shown in the table's order); with the drafts and entry links
    the GapReader `reader` gets."""
    assessments = Assessment.objects.filter(jurisdiction=jurisdiction, year=year).for_gap_table()
    filtered = GapFilter(request.GET, queryset=assessments)
    table = GapTable(filtered.qs, **(reader.table_options(jurisdiction, year) if reader else {}))
    RequestConfig(request, paginate=False).configure(table)
    return filtered, table, list(table.data.data)  # fills the queryset's cache: the table's too


def gap_body(request, jurisdiction, year, reader):
    filtered, table, ordered = gap_rows(request, jurisdiction, year, reader)
    counts = Counter(assessment.status for assessment in ordered)
    # Published figures only: the body is cached for every reader.
    figures = Figure.objects.published().filter(jurisdiction=jurisdiction)
    previous_year, next_year = figures.years_around(year)
    return {
        "previous_year": previous_year,
        "next_year": next_year,
        "table": table,
        "filter": filtered,
        "counts": status_counts(counts),
        "total": sum(counts.values()),
        "any_target": bool(ordered) or filtered.queryset.exists(),
        "chart": gap_figure(ordered),
        "reports": source_reports(figure for a in ordered for figure in (a.target, a.result)),
        "preliminary": any_preliminary(a.result for a in ordered),
    }


def gap_download(request, jurisdiction, year):
    stem = _("%(name)s-%(year)s-targets-and-results") % {
        "name": shown_name(jurisdiction),
        "year": year,
    }

    def shown():
        return gap_rows(request, jurisdiction, year)[2]

    return download(
        request,
        lambda: gap_sheet(shown(), jurisdiction, year),
        stem,
        figures=lambda: gap_figures(shown()),
        package=lambda: gaps_data_package(shown(), jurisdiction=jurisdiction, year=year),
    )


@read_view
def gap_table(request, code, year):
    jurisdiction = place(code)
    reader = GapReader.of(request.user, jurisdiction)
    return gap_download(request, jurisdiction, year) or cached_page(
        request,
        "gap_table",
        {
            "jurisdiction": jurisdiction,
            "year": year,
            "figures_query": urlencode({"jurisdiction": code, "year": year}),
        },
        regions_of(jurisdiction),
        lambda: gap_body(request, jurisdiction, year, reader),
        reader.audience,
    )


def status_counts(counts):
    return [(code, label, counts[code]) for code, label in STATUS_CHOICES if counts.get(code)]


@read_view
def compare_children(request, code, year):
    jurisdiction = place(code)
    stem = _("%(name)s-%(year)s-comparison") % {"name": shown_name(jurisdiction), "year": year}
    title = _("%(name)s and the jurisdictions below it, %(year)s") % {
        "name": shown_name(jurisdiction),
        "year": year,
    }
    grid = partial(across_jurisdictions, jurisdiction, year)
    response = download(
        request,
        lambda: grid_sheet(grid(), title),
        stem,
        figures=lambda: grid_figures(grid()),
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
    grid = partial(across_jurisdictions, None, year)
    response = download(
        request,
        lambda: grid_sheet(grid(), title),
        _("all-provinces-%(year)s") % {"year": year},
        figures=lambda: grid_figures(grid()),
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
    stem = _("%(name)s-targets-and-results-by-year") % {"name": shown_name(jurisdiction)}
    title = _("%(name)s year by year") % {"name": shown_name(jurisdiction)}
    grid = partial(across_years, jurisdiction)
    response = download(
        request,
        lambda: grid_sheet(grid(), title),
        stem,
        figures=lambda: grid_figures(grid()),
    )
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
    stem = _("%(name)s-%(year)s-main-indicators") % {"name": shown_name(jurisdiction), "year": year}
    made = partial(annex_build, jurisdiction, year)
    response = download(
        request,
        lambda: annex_sheet(made()),
        stem,
        figures=lambda: annex_figures(made()),
    )
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
