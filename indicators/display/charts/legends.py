"""Chart legends drawn in HTML beside the charts: which colour is which verdict, and what each
mark is. Plotly's own legend names the series; a small dashboard chart has no room even for that,
so one legend serves all of them. Read from the figure data, so it lists only what is drawn."""

from typing import NamedTuple

from indicators.display.charts.plotting import (
    PROGRESS_COLOURS,
    STATUS_COLOURS,
    STATUS_LABELS,
)
from indicators.progress.statuses import PROGRESS_STATUS_CHOICES

PALETTES = {
    "trend": (STATUS_COLOURS, STATUS_LABELS),
    "gap": (STATUS_COLOURS, STATUS_LABELS),
    "progress": (PROGRESS_COLOURS, dict(PROGRESS_STATUS_CHOICES)),
}


class Legend(NamedTuple):
    kind: str  # trend, gap or progress: what the colours fill (diamonds or bars)
    verdicts: list  # (label, colour), verdicts of one colour sharing an entry
    marks: list  # of "result", "target", "band", "ceiling": the trend marks drawn


def chart_legend(figures, kind):
    """The legend of one figure, or of several (a dashboard's small charts)."""
    figures = [figures] if isinstance(figures, dict) else [f for f in figures if f]
    traces = [trace for figure in figures for trace in figure["data"]]
    colours, labels = PALETTES[kind]
    used = {colour for trace in traces for colour in fill_colours(trace)}
    names = {}
    for code, colour in colours.items():
        if colour in used:
            names.setdefault(colour, []).append(str(labels.get(code, code)))
    verdicts = [(" / ".join(shown), colour) for colour, shown in names.items()]
    return Legend(
        kind=kind, verdicts=verdicts, marks=marks_drawn(traces) if kind == "trend" else []
    )


def fill_colours(trace):
    colour = trace.get("marker", {}).get("color")
    return colour if isinstance(colour, list) else []


def marks_drawn(traces):
    roles = {trace["meta"]["role"] for trace in traces if trace.get("x")}
    banded = any(
        any(trace["error_y"]["array"]) or any(trace["error_y"]["arrayminus"])
        for trace in traces
        if trace["meta"]["role"] == "target"
    )
    drawn = {"result": "result" in roles, "target": "target" in roles, "band": banded}
    drawn["ceiling"] = "ceiling" in roles
    return [mark for mark, shown in drawn.items() if shown]
