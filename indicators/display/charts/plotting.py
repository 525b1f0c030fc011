"""What every chart shares: colours, labels escaped for Plotly, the layout and its template."""

import html
from decimal import Decimal
from functools import cache

import plotly.io as pio

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
