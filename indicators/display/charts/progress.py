"""The progress chart: each plan target's progress against the time elapsed (序时进度)."""

from django.utils.translation import gettext as _

from indicators.display.charts.plotting import (
    PROGRESS_COLOURS,
    default_template,
    label,
    layout,
    number,
    tap_hint,
    value_range,
)
from indicators.display.markup import figure_prefix
from indicators.models.names import shown_name
from indicators.progress.statuses import PROGRESS_STATUS_CHOICES

PROGRESS_LABELS = dict(PROGRESS_STATUS_CHOICES)


def progress_figure(lines):
    """Progress as horizontal bars with the time elapsed as a line, for the targets that have
    a progress share; None when none has. Plain data, as gap_figure."""
    rows = [line for line in lines if line.progress.progress is not None]
    if not rows:
        return None
    names = [label(shown_name(line.indicator)) for line in rows]
    bars, time = progress_bars(rows, names), time_marks(rows, names)
    return {
        "data": [bars, time],
        "layout": {
            "template": default_template(),
            **layout(
                height=max(240, 30 * len(rows) + 90),
                xaxis={
                    "title": {"text": label(_("share of the plan target achieved (%)"))},
                    "zeroline": True,
                    "zerolinecolor": "#1d2733",
                    "gridcolor": "#eef1f4",
                    "range": value_range(bars["x"] + time["x"]),
                },
                yaxis={"automargin": True, "autorange": "reversed"},
                # Above the bars: below them it would cover the axis title on a short chart.
                legend={"orientation": "h", "x": 0, "y": 1, "yanchor": "bottom"},
                margin={"l": 20, "r": 20, "t": 40, "b": 60},
            ),
        },
    }


def progress_bars(rows, names):
    statuses = [line.progress.status for line in rows]
    prefix = figure_prefix()
    return {
        "customdata": [
            [
                label(PROGRESS_LABELS.get(status, status)),
                label(line.progress.explanation),
                f"{prefix}{int(line.target.pk)}/",
            ]
            for status, line in zip(statuses, rows, strict=True)
        ],
        "hovertemplate": (
            "%{y}: %{x:.1f}%<br>%{customdata[0]}<br>%{customdata[1]}"
            + tap_hint()
            + "<extra></extra>"
        ),
        "marker": {"color": [PROGRESS_COLOURS.get(status, "#8a939c") for status in statuses]},
        # A tap on a bar opens the plan target's page, which quotes its source.
        "meta": {"role": "progress", "link": 2},
        "name": label(_("Progress")),
        "orientation": "h",
        # The share at each bar's end: the chart reads without hovering.
        "texttemplate": "%{x:.0f}%",
        "textposition": "outside",
        "cliponaxis": False,
        "x": [number(line.progress.progress) for line in rows],
        "y": names,
        "type": "bar",
    }


def time_marks(rows, names):
    return {
        "marker": {"color": "#1d2733", "symbol": "line-ns-open", "size": 22},
        "meta": {"role": "time"},
        "mode": "markers",
        "name": label(_("Time progress")),
        "x": [number(line.progress.time_progress) for line in rows],
        "y": names,
        "hovertemplate": "%{y}: " + label(_("time progress")) + " %{x:.1f}%<extra></extra>",
        "type": "scatter",
    }
