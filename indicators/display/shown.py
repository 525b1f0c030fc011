"""A figure as the pages show it: one row shape, ShownFigure, read from plain rows.

Comparisons, trend charts, the dashboard and the annex show thousands of figures at national
scale, and a model instance per figure and per figure's report was most of those pages' time.
They read `values_list` rows instead (`shown_figures`, `chosen_figures`) into ShownFigures,
which answer what the templates, charts and sheets ask of a Figure (its kind's label, its
expression, its report and the report's date as text) and carry their recency key, so that
assessing.choice decides which figure counts for rows as it does for model instances.
"""

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from indicators.assessing.choice import (
    best_result,
    by_recency,
    current_target,
    edit_time,
    recency_key,
)
from indicators.expressions import parse
from indicators.models import Figure

# Reached through the figure's foreign key: indicators never imports reports (DESIGN.md).
REPORT = Figure._meta.get_field("source_report").related_model


class ShownReport(NamedTuple):
    """What the pages show of a figure's report; one per report, shared by its figures."""

    pk: int
    title: str
    delivered_on: date
    date_precision: str

    DatePrecision = REPORT.DatePrecision
    date_text = REPORT.date_text  # the model's own property, reading these fields


class ShownFigure(NamedTuple):
    pk: int
    kind: str
    value_text: str
    value: Decimal | None
    source_quote: str
    source_report: ShownReport | None
    recency: tuple  # assessing.choice.recency_key of the row

    def get_kind_display(self):
        return str(Figure.Kind(self.kind).label)

    @property
    def expression(self):
        return parse(self.value_text)


# What ShownReader reads of a figure, after its key and before its edit time.
SHOWN_FIELDS = (
    "id",
    "kind",
    "value_text",
    "value",
    "source_quote",
    "source_report_id",
    "source_report__title",
    "source_report__delivered_on",
    "source_report__date_precision",
)


def target_and_result(figures):
    """The current target and the best result among one key's ShownFigures."""
    return current_target(figures, recency=by_recency), best_result(figures, recency=by_recency)


def source_text(figure):
    """《report》date：quote, what a figure's link shows on hover (a Figure or a ShownFigure)."""
    report = figure.source_report
    if report is None:
        return figure.source_quote
    return f"《{report.title}》{report.date_text}：{figure.source_quote}"


def shown_figures(figures, *key_fields):
    """{(values of key_fields): [ShownFigure]} of a Figure queryset, from one query."""
    figures, fields = with_shown_fields(figures)
    read = ShownReader()
    width = len(key_fields)
    grouped = defaultdict(list)
    for row in figures.values_list(*key_fields, *fields):
        grouped[row[:width]].append(read(*row[width:]))
    return grouped


def chosen_figures(assessments, *key_fields):
    """{(values of key_fields): (shown status, target, result)} of an Assessment queryset, the
    target and result it chose as ShownFigures (the result None when it has none), from one
    query."""
    assessments, target = with_shown_fields(assessments, "target__")
    assessments, result = with_shown_fields(assessments, "result__")
    read = ShownReader()
    width, middle = len(key_fields), len(key_fields) + 2 + len(target)
    rows = assessments.values_list(*key_fields, "status", "judgement__verdict", *target, *result)
    return {
        row[:width]: (
            row[width + 1] or row[width],
            read(*row[width + 2 : middle]),
            read(*row[middle:]),
        )
        for row in rows
    }


def with_shown_fields(queryset, prefix=""):
    """(the queryset with the edit time of the figure at `prefix`, the fields ShownReader reads)."""
    edited = f"{prefix.replace('__', '_')}edited"
    queryset = queryset.annotate(**{edited: edit_time(queryset.db, f"{prefix}updated_at")})
    return queryset, [*(prefix + field for field in SHOWN_FIELDS), edited]


class ShownReader:
    """Makes ShownFigures of the values with_shown_fields names; one ShownReport per report."""

    def __init__(self):
        self.reports = {None: None}

    def __call__(self, pk, kind, text, value, quote, report_id, title, on, precision, edited):
        if pk is None:
            return None
        report = self.reports.get(report_id)
        if report is None and report_id is not None:
            report = self.reports[report_id] = ShownReport(report_id, title, on, precision)
        return ShownFigure(pk, kind, text, value, quote, report, recency_key(on, edited, pk))


def any_preliminary(figures):
    """Whether any of these figures (None skipped) is an expected result (预计完成): stated before
    the year's statistics were final, so a page showing one says a later report may revise it."""
    return any(figure is not None and figure.kind == "expected" for figure in figures)


def source_reports(figures):
    """The reports these figures quote (None skipped), each once, in the order first quoted:
    what a printed table or a downloaded sheet names as its sources."""
    reports = {}
    for figure in figures:
        report = figure.source_report if figure is not None else None
        if report is not None:
            reports.setdefault(report.pk, report)
    return list(reports.values())
