"""Charts built in Python and rendered by plotly.js from our static files.

Trend charts, drawn many to a page, are built as the plain data plotly.js takes; the gap chart
still goes through plotly.graph_objects.

User text (names, values as written, report titles) goes into the figure JSON escaped for
Plotly's own HTML-like labels, and the JSON goes into the page through `json_script`, so
nothing a user typed can break out of the script tag or into markup.
"""

import html
from collections import defaultdict
from datetime import date
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import NamedTuple

import plotly.io as pio
from django.utils.translation import gettext as _

from indicators.assessing.choice import best_result, current_target
from indicators.expressions import STATUS_CHOICES, bounds_in_unit, number_in_unit, parse
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


@cache
def default_template():
    """The layout template to_plotly_json() puts in every figure; the figures built as plain
    data carry it too, so plotly.js draws them as before."""
    return pio.templates[pio.templates.default].to_plotly_json()


# Trend ------------------------------------------------------------------------------------


class SeriesFigure(NamedTuple):
    """What a trend chart and its download show of a figure, read from a plain row: a model
    instance per figure and per figure's report was most of the trend page's time."""

    pk: int
    kind: str
    value_text: str
    value: Decimal | None
    source_quote: str
    source_report: "SeriesReport | None"  # shared by the report's figures
    recency: tuple  # assessment.figure_recency, read from the row

    def get_kind_display(self):
        return str(Figure.Kind(self.kind).label)

    @property
    def expression(self):
        return parse(self.value_text)


# Reached through the figure's foreign key: indicators never imports reports (DESIGN.md).
REPORT = Figure._meta.get_field("source_report").related_model


class SeriesReport(NamedTuple):
    """What a chart shows of a figure's report: a Report instance per report cost more than
    the rest of the trend page's figures."""

    title: str
    delivered_on: date
    date_precision: str

    DatePrecision = REPORT.DatePrecision
    date_text = REPORT.date_text  # the model's own property, reading these fields


class SeriesVerdict(NamedTuple):
    shown_status: str  # an analyst's verdict when one applies, as Assessment.shown_status


def trend_series(indicators, jurisdictions):
    """{indicator: {jurisdiction: {year: (target, result, verdict)}}}, from two queries."""
    grouped = series_figures(indicators, jurisdictions)
    verdicts = {
        (indicator_id, jurisdiction_id, year): SeriesVerdict(verdict or status)
        for indicator_id, jurisdiction_id, year, status, verdict in Assessment.objects.filter(
            indicator__in=indicators, jurisdiction__in=jurisdictions
        ).values_list("indicator_id", "jurisdiction_id", "year", "status", "judgement__verdict")
    }
    indicator_of = {indicator.pk: indicator for indicator in indicators}
    jurisdiction_of = {jurisdiction.pk: jurisdiction for jurisdiction in jurisdictions}
    series = {indicator: {j: {} for j in jurisdictions} for indicator in indicators}
    recency = attrgetter("recency")
    # Sorted keys put each jurisdiction's years in order.
    for key in sorted(grouped):
        indicator_id, jurisdiction_id, year = key
        found = grouped[key]
        series[indicator_of[indicator_id]][jurisdiction_of[jurisdiction_id]][year] = (
            current_target(found, recency=recency),
            best_result(found, recency=recency),
            verdicts.get(key),
        )
    return series


def series_figures(indicators, jurisdictions):
    """{(indicator_id, jurisdiction_id, year): [SeriesFigure]} of the published figures."""
    rows = (
        Figure.objects.published()
        .filter(indicator__in=indicators, jurisdiction__in=jurisdictions)
        .values_list(
            "pk",
            "indicator_id",
            "jurisdiction_id",
            "year",
            "kind",
            "value_text",
            "value",
            "source_quote",
            "updated_at",
            "source_report_id",
            "source_report__title",
            "source_report__delivered_on",
            "source_report__date_precision",
            named=True,
        )
    )
    grouped = defaultdict(list)
    reports = {None: None}
    for row in rows:
        if row.source_report_id not in reports:
            reports[row.source_report_id] = SeriesReport(
                row.source_report__title,
                row.source_report__delivered_on,
                row.source_report__date_precision,
            )
        grouped[(row.indicator_id, row.jurisdiction_id, row.year)].append(
            SeriesFigure(
                row.pk,
                row.kind,
                row.value_text,
                row.value,
                row.source_quote,
                reports[row.source_report_id],
                (row.source_report__delivered_on or date.min, row.updated_at, row.pk),
            )
        )
    return grouped


def hover(figure):
    report = figure.source_report
    source = f"《{report.title}》{report.date_text}" if report else _("no source report")
    return [label(figure.value_text), label(figure.get_kind_display()), label(source)]


def trend_figure(indicator, series, *, height=380, compact=False):
    """The figure as the plain data plotly.js draws, the same as go.Figure(...).to_plotly_json()
    gave: plotly.graph_objects' validation was most of the dashboard's time."""
    tolerance = indicator.tolerance if indicator.tolerance is not None else Decimal("0.1")
    traces = []
    for index, (jurisdiction, years) in enumerate(series.items()):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        traces.append(result_trace(jurisdiction, years, colour))
        traces.extend(target_traces(jurisdiction, years, indicator, colour, tolerance))
    return {
        "data": traces,
        "layout": {
            "template": default_template(),
            **layout(
                height=height,
                showlegend=not compact,
                yaxis={
                    "title": {"text": label(indicator.unit)},
                    "zeroline": True,
                    "gridcolor": "#eef1f4",
                },
                xaxis={"dtick": 1, "tickformat": "d", "gridcolor": "#eef1f4"},
            ),
        },
    }


def result_trace(jurisdiction, years, colour):
    points = [(year, result) for year, (_target, result, _a) in years.items() if result is not None]
    return {
        "type": "scatter",
        "x": [year for year, _r in points],
        "y": [number(result.value) for _y, result in points],
        "mode": "lines+markers",
        "name": label(_("%(name)s result") % {"name": jurisdiction.name}),
        "line": {"color": colour, "width": 2},
        "marker": {"size": 7},
        "customdata": [hover(result) for _y, result in points],
        "hovertemplate": (
            "%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>"
        ),
        "meta": {"role": "result", "jurisdiction": jurisdiction.division_code},
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


def target_traces(jurisdiction, years, indicator, colour, tolerance):
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
        data.append([*hover(target), label(STATUS_LABELS.get(status, status))])
        if ceiling:
            traces.append(ceiling_trace(year, value, colour))
    traces.append(
        {
            "type": "scatter",
            "x": xs,
            "y": ys,
            "mode": "markers",
            "name": label(_("%(name)s target") % {"name": jurisdiction.name}),
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
                "<extra>%{fullData.name}</extra>"
            ),
            "meta": {"role": "target", "jurisdiction": jurisdiction.division_code},
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


# Gap ---------------------------------------------------------------------------------------


def gap_figure(assessments):
    """Differences from target as diverging horizontal bars, growth rates only (percentage
    points); None when there are none. Plain data, as trend_figure."""
    rows = sorted(
        (a for a in assessments if a.difference is not None and a.indicator.unit == "%"),
        key=lambda a: a.difference,
    )
    if not rows:
        return None
    bars = {
        "customdata": [
            [label(STATUS_LABELS.get(a.shown_status, a.shown_status)), label(a.explanation)]
            for a in rows
        ],
        "hovertemplate": "%{y}<br>%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        "marker": {"color": [STATUS_COLOURS.get(a.shown_status, "#8a939c") for a in rows]},
        "meta": {"role": "gap"},
        "orientation": "h",
        "x": [number(a.difference) for a in rows],
        "y": [label(a.indicator.name) for a in rows],
        "type": "bar",
    }
    return {
        "data": [bars],
        "layout": {
            "template": default_template(),
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
            ),
        },
    }
