"""What every chart shares: colours, labels escaped for Plotly, the layout and its template."""

import html
from decimal import Decimal
from functools import cache

import plotly.io as pio
from django.utils.translation import gettext as _

from indicators.expressions import STATUS_CHOICES

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
# The verdicts of plan progress (序时进度), in the gap chart's colours for the nearest verdicts.
PROGRESS_COLOURS = {
    "achieved": "#1a7f37",
    "ahead": "#4c9a5b",
    "on_schedule": "#2f6db5",
    "behind": "#c0392b",
    "pending": "#8a939c",
    "needs_judgement": "#c99a06",
    "unparsed": "#7a3b3b",
}
# Each jurisdiction's line: hues the verdicts leave free (teal, pink, orange, olive, mauve, cyan),
# so a line is never read as a verdict. tests/indicators/test_chart_marks.py keeps them apart.
SERIES_COLOURS = [
    "#0b7285",
    "#d6336c",
    "#e67700",
    "#7a7a2a",
    "#a34d7a",
    "#17becf",
]
# Of the bars' span, kept free beyond each end for the value written there.
LABEL_ROOM = 0.15
FONT = "system-ui, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"


def label(text):
    """Text for a Plotly label or hover: its <br>/<b>/<a> markup must stay text."""
    return html.escape(" ".join(str(text or "").split()), quote=False)


def tap_hint():
    """The hover's last line on a point that links to its figure's page (static/js/charts.js)."""
    return "<br><i>" + label(_("Tap or click to open its source")) + "</i>"


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


def value_range(values):
    """The bars and room beyond their ends for the values written there: Plotly's own range puts
    the longest negative bar's value over the names on a phone."""
    values = [value for value in values if value is not None]
    low, high = min(0, *values), max(0, *values)
    room = (high - low or 1) * LABEL_ROOM
    return [low - room if low < 0 else 0, high + room if high > 0 else 0]
