"""Charts built in Python with plotly.graph_objects and rendered by plotly.js from our static files.

User text (names, values as written, report titles) goes into the figure JSON escaped for
Plotly's own HTML-like labels, and the JSON goes into the page through `json_script`, so
nothing a user typed can break out of the script tag or into markup.
"""

import html
from collections import defaultdict
from decimal import Decimal

import plotly.graph_objects as go
from django.utils.translation import gettext as _

from indicators.assessment import best_result, current_target
from indicators.expressions import STATUS_CHOICES, bounds_in_unit, number_in_unit
from indicators.models import Assessment, Figure

# The same colours as the status badges (static/css/planwatch.css).
STATUS_COLOURS = {
    "exceeded": "#1a7f37",
    "met": "#4c9a5b",
    "missed": "#c0392b",
    "within_control": "#2f6db5",
    "pending": "#8a939c",
    "needs_reference": "#c99a06",
    "needs_judgement": "#c99a06",
    "judged": "#6f42c1",
    "unparsed": "#7a3b3b",
}
STATUS_LABELS = dict(STATUS_CHOICES)
SERIES_COLOURS = [
    "#1f5fa8",
    "#b22a1f",
    "#2a8a5a",
    "#8e5bb5",
    "#c77c0e",
    "#3a7d8c",
    "#7a7a2a",
    "#a34d7a",
]
FONT = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"


def label(text):
    """Text for a Plotly label or hover: its <br>/<b>/<a> markup must stay text."""
    return html.escape(" ".join(str(text or "").split()), quote=False)


def number(value):
    return float(value) if isinstance(value, Decimal) else value


def layout(**extra):
    base = {
        "font": {"family": FONT, "size": 13},
        "margin": {"l": 60, "r": 20, "t": 30, "b": 40},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "y": -0.15},
    }
    return {**base, **extra}


def chart_json(figure):
    """The figure as plain JSON-able data for json_script."""
    return figure.to_plotly_json()


# Trend ------------------------------------------------------------------------------------


def trend_series(indicators, jurisdictions):
    """{indicator: {jurisdiction: {year: (target, result, assessment)}}}, from two queries."""
    figures = (
        Figure.objects.published()
        .filter(indicator__in=indicators, jurisdiction__in=jurisdictions)
        .select_related("source_report")
    )
    grouped = defaultdict(list)
    for figure in figures:
        grouped[(figure.indicator_id, figure.jurisdiction_id, figure.year)].append(figure)
    verdicts = {
        (a.indicator_id, a.jurisdiction_id, a.year): a
        for a in Assessment.objects.filter(
            indicator__in=indicators, jurisdiction__in=jurisdictions
        ).select_related("judgement")
    }
    series = {}
    for indicator in indicators:
        series[indicator] = {}
        for jurisdiction in jurisdictions:
            keys = sorted(k for k in grouped if k[:2] == (indicator.pk, jurisdiction.pk))
            series[indicator][jurisdiction] = {
                year: (current_target(grouped[key]), best_result(grouped[key]), verdicts.get(key))
                for key in keys
                for year in [key[2]]
            }
    return series


def hover(figure):
    report = figure.source_report
    source = f"《{report.title}》{report.date_text}" if report else _("no source report")
    return [label(figure.value_text), label(figure.get_kind_display()), label(source)]


def trend_figure(indicator, series, *, height=380, compact=False):
    figure = go.Figure()
    tolerance = indicator.tolerance if indicator.tolerance is not None else Decimal("0.1")
    for index, (jurisdiction, years) in enumerate(series.items()):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        add_results(figure, jurisdiction, years, indicator, colour)
        add_targets(figure, jurisdiction, years, indicator, colour, tolerance)
    figure.update_layout(
        **layout(
            height=height,
            showlegend=not compact,
            yaxis={
                "title": {"text": label(indicator.unit)},
                "zeroline": True,
                "gridcolor": "#eef1f4",
            },
            xaxis={"dtick": 1, "tickformat": "d", "gridcolor": "#eef1f4"},
        )
    )
    return figure


def add_results(figure, jurisdiction, years, indicator, colour):
    points = [(year, result) for year, (_target, result, _a) in years.items() if result is not None]
    figure.add_trace(
        go.Scatter(
            x=[year for year, _r in points],
            y=[number(result.value) for _y, result in points],
            mode="lines+markers",
            name=label(_("%(name)s result") % {"name": jurisdiction.name}),
            line={"color": colour, "width": 2},
            marker={"size": 7},
            customdata=[hover(result) for _y, result in points],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>",
            meta={"role": "result", "jurisdiction": jurisdiction.division_code},
        )
    )


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


def add_targets(figure, jurisdiction, years, indicator, colour, tolerance):
    xs, ys, minus, plus, colours, data = [], [], [], [], [], []
    for year, (target, _result, assessment) in years.items():
        band = target_band(target, indicator, tolerance) if target is not None else None
        if band is None:
            continue
        value, below, above, ceiling = band
        status = assessment.shown_status if assessment else "pending"
        xs.append(year), ys.append(value), minus.append(below), plus.append(above)
        colours.append(STATUS_COLOURS.get(status, "#8a939c"))
        data.append([*hover(target), label(STATUS_LABELS.get(status, status))])
        if ceiling:
            figure.add_trace(
                go.Scatter(
                    x=[year - 0.35, year + 0.35],
                    y=[value, value],
                    mode="lines",
                    showlegend=False,
                    hoverinfo="skip",
                    line={"color": colour, "dash": "dash", "width": 2},
                    meta={"role": "ceiling"},
                )
            )
    figure.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            name=label(_("%(name)s target") % {"name": jurisdiction.name}),
            marker={
                "symbol": "diamond",
                "size": 11,
                "color": colours,
                "line": {"color": colour, "width": 2},
            },
            error_y={
                "type": "data",
                "symmetric": False,
                "array": plus,
                "arrayminus": minus,
                "color": colour,
                "thickness": 1.5,
                "width": 8,
            },
            customdata=data,
            hovertemplate=(
                "%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<br>%{customdata[3]}"
                "<extra>%{fullData.name}</extra>"
            ),
            meta={"role": "target", "jurisdiction": jurisdiction.division_code},
        )
    )


# Gap ---------------------------------------------------------------------------------------


def gap_figure(assessments):
    """Differences from target as diverging horizontal bars, growth rates only (percentage points)."""
    rows = sorted(
        (a for a in assessments if a.difference is not None and a.indicator.unit == "%"),
        key=lambda a: a.difference,
    )
    figure = go.Figure(
        go.Bar(
            x=[number(a.difference) for a in rows],
            y=[label(a.indicator.name) for a in rows],
            orientation="h",
            marker={"color": [STATUS_COLOURS.get(a.shown_status, "#8a939c") for a in rows]},
            customdata=[
                [label(STATUS_LABELS.get(a.shown_status, a.shown_status)), label(a.explanation)]
                for a in rows
            ],
            hovertemplate="%{y}<br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
            meta={"role": "gap"},
        )
    )
    figure.update_layout(
        **layout(
            height=max(240, 28 * len(rows) + 80),
            showlegend=False,
            xaxis={
                "title": {"text": label(_("percentage points from target"))},
                "zeroline": True,
                "zerolinecolor": "#1d2733",
                "gridcolor": "#eef1f4",
            },
            yaxis={"automargin": True},
            margin={"l": 20, "r": 20, "t": 20, "b": 50},
        )
    )
    return figure
