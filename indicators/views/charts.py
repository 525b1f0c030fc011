"""The dashboard and the trend chart."""

from collections import defaultdict
from typing import NamedTuple

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from indicators.display.charts.trend import trend_figure, trend_rows, trend_series
from indicators.display.dashboard import dashboard_build, default_choice
from indicators.exports.table_sheets import trend_sheet
from indicators.models import Indicator, Jurisdiction
from indicators.models.names import shown_name
from indicators.page_cache import cached_page, regions_of
from indicators.permissions import read_view
from indicators.views.query import as_int
from indicators.views.tables import download

DEFAULT_TREND = ("地区生产总值", "%")
DEFAULT_TREND_PLACES = 3


@read_view
def dashboard(request):
    code = request.GET.get("jurisdiction")
    jurisdiction = (
        get_object_or_404(Jurisdiction.objects.with_parents(), division_code=code)
        if code
        else default_choice()
    )
    year = as_int(request.GET.get("year"))
    return cached_page(
        request,
        "dashboard",
        {},
        regions_of(jurisdiction) if jurisdiction else set(),
        lambda: {"board": dashboard_build(jurisdiction, year) if jurisdiction else None},
    )


@read_view
def trend(request):
    indicator = chosen_indicator(request)
    choice = chosen_jurisdictions(request.GET.getlist("jurisdiction"))
    chosen = choice.chosen or (first_with_figures_of(indicator) if indicator else [])
    stem = _("%(indicator)s-trend") % {"indicator": shown_name(indicator) if indicator else ""}
    response = (
        download(request, lambda: trend_sheet(indicator, series_of(indicator, chosen)), stem)
        if indicator
        else None
    )
    return response or cached_page(
        request,
        "trend",
        {"indicator": indicator},
        regions_of(*chosen),
        lambda: trend_body(indicator, chosen, choice),
    )


def series_of(indicator, chosen):
    return trend_series([indicator], chosen)[indicator] if indicator and chosen else {}


def trend_body(indicator, chosen, choice):
    series = series_of(indicator, chosen)
    return {
        "chosen": chosen,
        "ambiguous": choice.ambiguous,
        "unknown": choice.unknown,
        "nearby": nearby(chosen),
        "indicators": Indicator.objects.charted(),
        "chart": trend_figure(indicator, series) if series else None,
        "rows": trend_rows(series),
        "has_data": any(series.values()),
    }


def chosen_indicator(request):
    pk = as_int(request.GET.get("indicator"))
    if pk is not None:
        return get_object_or_404(Indicator, pk=pk)
    default = Indicator.objects.of_series([DEFAULT_TREND])
    return default[0] if default else Indicator.objects.first()


class Choice(NamedTuple):
    chosen: list  # in division-code order, which decides each line's colour
    ambiguous: list  # every jurisdiction of a name that several have, for the user to tick one
    unknown: list  # what matched no name or code, as typed


def chosen_jurisdictions(values):
    """The jurisdictions asked for, each by division code or name, from one query however many
    there are."""
    values = {value.strip() for value in values} - {""}
    found = Jurisdiction.objects.by_names_or_codes(values).with_parents()
    named = defaultdict(list)
    for jurisdiction in found:
        if jurisdiction.name in values:
            named[jurisdiction.name].append(jurisdiction)
    chosen = [j for j in found if j.division_code in values or len(named[j.name]) == 1]
    return Choice(
        chosen=chosen,
        ambiguous=[j for j in found if j not in chosen],
        unknown=sorted(values - {j.division_code for j in found} - set(named)),
    )


def first_with_figures_of(indicator):
    """What the chart shows before any jurisdiction is chosen."""
    places = Jurisdiction.objects.with_figures_of(indicator).with_parents()
    return list(places.order_by("division_code", "name")[:DEFAULT_TREND_PLACES])


def nearby(chosen):
    """(code or name, name) of what the chooser suggests: provinces and cities, and the chosen
    jurisdictions with their parents, siblings and children. All 3,200 made the page slow; any
    other can still be typed by name or code."""
    around = [j.pk for j in chosen] + [j.parent_id for j in chosen if j.parent_id]
    rows = Jurisdiction.objects.near(around).values_list("division_code", "name")
    return [(code or name, name) for code, name in rows]
