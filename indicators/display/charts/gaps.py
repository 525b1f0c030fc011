"""The gap chart: each growth target's difference from its result, as diverging bars."""

from django.utils.translation import gettext as _

from indicators.display.charts.plotting import (
    STATUS_COLOURS,
    STATUS_LABELS,
    default_template,
    label,
    layout,
    number,
    tap_hint,
    value_range,
)
from indicators.display.markup import figure_prefix
from indicators.models.names import shown_name


def gap_figure(assessments):
    """Differences from target as diverging horizontal bars, growth rates only (percentage
    points); None when there are none. Plain data, as trend_figure."""
    rows = sorted(
        (a for a in assessments if a.difference is not None and a.indicator.unit == "%"),
        key=lambda a: a.difference,
    )
    if not rows:
        return None
    prefix = figure_prefix()
    bars = {
        # A tap on a bar opens the result's page, which quotes its source (static/js/charts.js).
        "customdata": [
            [
                label(STATUS_LABELS.get(a.shown_status, a.shown_status)),
                label(a.explanation),
                f"{prefix}{int(a.result.pk)}/",
            ]
            for a in rows
        ],
        "hovertemplate": "%{y}<br>%{customdata[0]}<br>%{customdata[1]}"
        + tap_hint()
        + "<extra></extra>",
        "marker": {"color": [STATUS_COLOURS.get(a.shown_status, "#8a939c") for a in rows]},
        "meta": {"role": "gap", "link": 2},
        "orientation": "h",
        # The difference at each bar's end, signed: the chart reads without hovering. As few
        # digits as the value has (plotly.js 3 drops the sign of "+.1f" and keeps "+").
        "texttemplate": "%{x:+}",
        "textposition": "outside",
        "cliponaxis": False,
        "x": [number(a.difference) for a in rows],
        "y": [label(shown_name(a.indicator)) for a in rows],
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
                    "range": value_range(bars["x"]),
                },
                yaxis={"automargin": True},
                margin={"l": 20, "r": 20, "t": 20, "b": 50},
            ),
        },
    }
