"""Trend charts: each jurisdiction's results as a line and its targets as diamonds, coloured by
verdict, with a band for an approximate target or a range and a dashed line for a ceiling."""

from decimal import Decimal
from typing import NamedTuple

from django.utils.translation import gettext as _

from indicators.display.charts.plotting import (
    SERIES_COLOURS,
    STATUS_COLOURS,
    STATUS_LABELS,
    default_template,
    label,
    layout,
    number,
    tap_hint,
)
from indicators.display.markup import figure_prefix
from indicators.display.shown import shown_figures, target_and_result
from indicators.expressions import bounds_in_unit, number_in_unit
from indicators.models import Assessment, Figure
from indicators.models.names import shown_name, shown_unit

# The most years a chart labels: more collide, on a dashboard's small chart or a wide one.
COMPACT_TICKS = 4
FULL_TICKS = 12


class SeriesVerdict(NamedTuple):
    shown_status: str  # an analyst's verdict when one applies, as Assessment.shown_status


def trend_series(indicators, jurisdictions):
    """{indicator: {jurisdiction: {year: (target, result, verdict)}}}, from two queries; the
    figures are ShownFigures."""
    keys = ("indicator_id", "jurisdiction_id", "year")
    grouped = shown_figures(
        Figure.objects.published()
        .annual()
        .filter(indicator__in=indicators, jurisdiction__in=jurisdictions),
        *keys,
    )
    statuses = Assessment.objects.filter(
        indicator__in=indicators, jurisdiction__in=jurisdictions
    ).shown_statuses(*keys)
    indicator_of = {indicator.pk: indicator for indicator in indicators}
    jurisdiction_of = {jurisdiction.pk: jurisdiction for jurisdiction in jurisdictions}
    series = {indicator: {j: {} for j in jurisdictions} for indicator in indicators}
    # Sorted keys put each jurisdiction's years in order.
    for key in sorted(grouped):
        indicator_id, jurisdiction_id, year = key
        status = statuses.get(key)
        series[indicator_of[indicator_id]][jurisdiction_of[jurisdiction_id]][year] = (
            *target_and_result(grouped[key]),
            SeriesVerdict(status) if status is not None else None,
        )
    return series


class TrendRow(NamedTuple):
    jurisdiction: object
    year: int
    target: object  # a ShownFigure or None
    result: object
    status: str | None  # the shown verdict, where one is recorded


def trend_rows(series):
    """The chart's figures as table rows, each linking to its figure's page: what a keyboard or a
    screen reader reaches instead of the points."""
    return [
        TrendRow(jurisdiction, year, target, result, verdict.shown_status if verdict else None)
        for jurisdiction, years in series.items()
        for year, (target, result, verdict) in years.items()
    ]


def hover(figure):
    report = figure.source_report
    source = f"《{report.title}》{report.date_text}" if report else _("no source report")
    return [label(figure.value_text), label(figure.get_kind_display()), label(source)]


def figure_page(figure, prefix):
    """The page quoting the figure's source, which a tap on its point opens (static/js/charts.js
    follows customdata[meta.link]): hover alone leaves touch screens and keyboards out."""
    return f"{prefix}{int(figure.pk)}/"


def trend_figure(indicator, series, *, height=380, compact=False):
    """The figure as the plain data plotly.js draws, the same as go.Figure(...).to_plotly_json()
    gave: plotly.graph_objects' validation was most of the dashboard's time."""
    tolerance = indicator.tolerance if indicator.tolerance is not None else Decimal("0.1")
    traces, prefix = [], figure_prefix()
    for index, (jurisdiction, years) in enumerate(series.items()):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        traces.append(result_trace(jurisdiction, years, colour, prefix))
        traces.extend(target_traces(jurisdiction, years, indicator, colour, tolerance, prefix))
    return {
        "data": traces,
        "layout": {
            "template": default_template(),
            **layout(
                height=height,
                showlegend=not compact,
                yaxis={
                    "title": {"text": label(shown_unit(indicator.unit))},
                    "zeroline": True,
                    "gridcolor": "#eef1f4",
                    "automargin": True,
                    **({"nticks": 4} if compact else {}),
                },
                xaxis=year_axis(traces, compact=compact),
            ),
        },
    }


def year_axis(traces, *, compact):
    """Only the years with a result or a target, each labelled once: Plotly's own range pads a
    single year with empty ones, and its ticks crowd a small chart. Past COMPACT_TICKS (small)
    or FULL_TICKS years, every second or third is labelled, counting back from the latest."""
    years = sorted(
        {year for trace in traces if trace["meta"]["role"] != "ceiling" for year in trace["x"]}
    )
    axis = {"tickformat": "d", "gridcolor": "#eef1f4", "automargin": True, "tickangle": 0}
    if not years:
        return {**axis, "dtick": 1}
    step = -(-len(years) // (COMPACT_TICKS if compact else FULL_TICKS))
    return {
        **axis,
        "range": [years[0] - 0.5, years[-1] + 0.5],
        "tickmode": "array",
        "tickvals": years[::-1][::step][::-1],
    }


def result_trace(jurisdiction, years, colour, prefix):
    points = [(year, result) for year, (_target, result, _a) in years.items() if result is not None]
    return {
        "type": "scatter",
        "x": [year for year, _r in points],
        "y": [number(result.value) for _y, result in points],
        "mode": "lines+markers",
        "name": label(_("%(name)s result") % {"name": shown_name(jurisdiction)}),
        "line": {"color": colour, "width": 2},
        "marker": {"size": 7},
        "customdata": [[*hover(result), figure_page(result, prefix)] for _y, result in points],
        "hovertemplate": (
            "%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}"
            + tap_hint()
            + "<extra>%{fullData.name}</extra>"
        ),
        "meta": {"role": "result", "jurisdiction": jurisdiction.division_code, "link": 3},
    }


def target_band(target, indicator, tolerance):
    """(y, minus, plus, ceiling) for a target: a band for 左右 and ranges, a dashed ceiling for 以内."""
    expression = target.expression
    if expression.kind == "range":
        bounds = bounds_in_unit(expression, indicator.unit)
        if not bounds or None in bounds:
            return None
        low, high = bounds
        middle = (low + high) / 2
        return number(middle), number(middle - low), number(high - middle), False
    value = number_in_unit(expression, indicator.unit)
    if value is None:
        return None
    band = number(tolerance) if expression.kind == "approx" else 0
    return number(value), band, band, expression.kind == "at_most" or indicator.direction == "down"


def target_traces(jurisdiction, years, indicator, colour, tolerance, prefix):
    """A dashed line per ceiling, then the targets as diamonds with their bands."""
    xs, ys, minus, plus, colours, data, traces = [], [], [], [], [], [], []
    for year, (target, _result, assessment) in years.items():
        band = target_band(target, indicator, tolerance) if target is not None else None
        if band is None:
            continue
        value, below, above, ceiling = band
        status = assessment.shown_status if assessment else "pending"
        xs.append(year), ys.append(value), minus.append(below), plus.append(above)
        colours.append(STATUS_COLOURS.get(status, "#8a939c"))
        data.append(
            [*hover(target), label(STATUS_LABELS.get(status, status)), figure_page(target, prefix)]
        )
        if ceiling:
            traces.append(ceiling_trace(year, value, colour))
    traces.append(
        {
            "type": "scatter",
            "x": xs,
            "y": ys,
            "mode": "markers",
            "name": label(_("%(name)s target") % {"name": shown_name(jurisdiction)}),
            "marker": {
                "symbol": "diamond",
                "size": 11,
                "color": colours,
                "line": {"color": colour, "width": 2},
            },
            "error_y": {
                "type": "data",
                "symmetric": False,
                "array": plus,
                "arrayminus": minus,
                "color": colour,
                "thickness": 1.5,
                "width": 8,
            },
            "customdata": data,
            "hovertemplate": (
                "%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<br>%{customdata[3]}"
                + tap_hint()
                + "<extra>%{fullData.name}</extra>"
            ),
            "meta": {"role": "target", "jurisdiction": jurisdiction.division_code, "link": 4},
        }
    )
    return traces


def ceiling_trace(year, value, colour):
    return {
        "type": "scatter",
        "x": [year - 0.35, year + 0.35],
        "y": [value, value],
        "mode": "lines",
        "showlegend": False,
        "hoverinfo": "skip",
        "line": {"color": colour, "dash": "dash", "width": 2},
        "meta": {"role": "ceiling"},
    }
