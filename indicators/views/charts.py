"""The dashboard and the trend chart."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from indicators.charts import chart_json, trend_figure, trend_series
from indicators.dashboard import dashboard_build, default_choice
from indicators.models import Indicator, Jurisdiction
from indicators.permissions import read_view
from indicators.sheets import trend_sheet
from indicators.views.query import as_int
from indicators.views.tables import download

DEFAULT_TREND = ("地区生产总值", "%")


@read_view
def dashboard(request):
    code = request.GET.get("jurisdiction")
    jurisdiction = get_object_or_404(Jurisdiction, division_code=code) if code else default_choice()
    year = as_int(request.GET.get("year"))
    board = dashboard_build(jurisdiction, year) if jurisdiction else None
    return render(request, "indicators/dashboard.html", {"board": board})


@read_view
def trend(request):
    indicator = chosen_indicator(request)
    codes = request.GET.getlist("jurisdiction")
    everywhere = Jurisdiction.objects.order_by("division_code", "name")
    chosen = [j for j in everywhere if j.division_code in codes] if codes else []
    if indicator and not chosen:
        chosen = list(everywhere.filter(figures__indicator=indicator).distinct()[:3])
    series = trend_series([indicator], chosen)[indicator] if indicator and chosen else {}
    stem = _("%(indicator)s-trend") % {"indicator": indicator.name if indicator else ""}
    response = download(request, trend_sheet(indicator, series), stem) if indicator else None
    return response or render(
        request,
        "indicators/trend.html",
        {
            "indicator": indicator,
            "chosen": chosen,
            "jurisdictions": everywhere,
            "indicators": Indicator.objects.exclude(measure=Indicator.Measure.QUALITATIVE),
            "chart": chart_json(trend_figure(indicator, series)) if series else None,
            "has_data": any(series.values()),
        },
    )


def chosen_indicator(request):
    pk = as_int(request.GET.get("indicator"))
    if pk is not None:
        return get_object_or_404(Indicator, pk=pk)
    name, unit = DEFAULT_TREND
    return Indicator.objects.filter(name=name, unit=unit).first() or Indicator.objects.first()
