"""Each table of the site as a Sheet (sheet_files) for CSV and XLSX downloads.

Headers and statuses people download are translated; `export_gaps` uses SCRIPT_GAP_COLUMNS with
the plain status codes so scripts can rely on them.
"""

from django.utils.translation import gettext as _

from indicators.exports.sheet_files import Sheet
from indicators.expressions import STATUS_CHOICES
from indicators.models.names import shown_name, shown_unit

STATUS_LABELS = dict(STATUS_CHOICES)
SCRIPT_GAP_COLUMNS = [
    "indicator",
    "unit",
    "target",
    "result",
    "result_kind",
    "difference",
    "status",
    "explanation",
    "target_source",
    "result_source",
]


def source(figure):
    if figure is None:
        return ""
    report = figure.source_report
    return (
        f"《{report.title}》{report.date_text}：{figure.source_quote}"
        if report
        else figure.source_quote
    )


def status_label(code):
    return str(STATUS_LABELS.get(code, code or ""))


def gap_rows(assessments, *, labels):
    for a in assessments:
        status = a.shown_status
        yield [
            "　" * a.indicator.depth + (shown_name(a.indicator) if labels else a.indicator.name),
            shown_unit(a.indicator.unit) if labels else a.indicator.unit,
            a.target.value_text,
            a.result.value_text if a.result else None,
            (a.result.get_kind_display() if labels else a.result.kind) if a.result else None,
            a.difference,
            status_label(status) if labels else status,
            a.explanation,
            source(a.target),
            source(a.result),
        ]


def gap_sheet(assessments, jurisdiction, year):
    headers = [
        _("Indicator"),
        _("Unit"),
        _("Target"),
        _("Result"),
        _("Kind of result"),
        _("Difference"),
        _("Status"),
        _("Explanation"),
        _("Source of the target"),
        _("Source of the result"),
    ]
    title = _("%(name)s %(year)s targets and results") % {
        "name": shown_name(jurisdiction),
        "year": year,
    }
    return Sheet(
        title=title,
        headers=headers,
        rows=gap_rows(assessments, labels=True),
        widths=[26, 8, 18, 18, 12, 10, 14, 48, 60, 60],
    )


def script_gap_sheet(assessments):
    return Sheet(title="gaps", headers=SCRIPT_GAP_COLUMNS, rows=gap_rows(assessments, labels=False))


def cell_summary(cell):
    """'6.5 左右 → 5.3 左右 (missed)' as one spreadsheet cell."""
    if cell.empty:
        return None
    target = cell.target.value_text if cell.target else "—"
    result = cell.result.value_text if cell.result else "—"
    status = f"（{status_label(cell.status)}）" if cell.status else ""
    return f"{target} → {result}{status}"


def column_name(column):
    """A grid column's heading in a sheet: a jurisdiction's name in the active language, or a
    year."""
    return shown_name(column) if hasattr(column, "name_en") else str(column)


def grid_sheet(grid, title, column_label=column_name):
    headers = [_("Indicator"), _("Unit"), *[column_label(column) for column in grid.columns]]
    rows = (
        [
            "　" * indicator.depth + shown_name(indicator),
            shown_unit(indicator.unit),
            *[cell_summary(cell) for cell in cells],
        ]
        for indicator, cells in grid.rows
    )
    return Sheet(title=title, headers=headers, rows=rows, widths=[26, 8, *[28] * len(grid.columns)])


def annex_sheet(annex):
    def text(figure):
        return figure.value_text if figure else None

    rows = (
        [
            row.label,
            shown_unit(row.indicator.unit),
            text(row.target),
            text(row.result),
            text(row.next_target),
        ]
        for row in annex.rows
    )
    title = _("%(name)s %(year)s main indicators") % {
        "name": shown_name(annex.jurisdiction),
        "year": annex.year,
    }
    return Sheet(
        title=title,
        headers=annex.headers(),
        rows=rows,
        widths=[34, 8, 24, 24, 24],
        notes=annex.notes(),
    )


def trend_sheet(indicator, series):
    """A trend chart's data: one row per jurisdiction, year and figure shown."""
    headers = [
        _("Jurisdiction"),
        _("Year"),
        _("Kind"),
        _("As written"),
        _("Value"),
        _("Status"),
        _("Source"),
    ]

    def rows():
        for jurisdiction, years in series.items():
            for year, (target, result, assessment) in years.items():
                for figure in (target, result):
                    if figure is not None:
                        status = (
                            assessment.shown_status if assessment and figure is target else None
                        )
                        yield [
                            shown_name(jurisdiction),
                            year,
                            figure.get_kind_display(),
                            figure.value_text,
                            figure.value,
                            status_label(status) if status else None,
                            source(figure),
                        ]

    title = _("%(indicator)s (%(unit)s)") % {
        "indicator": shown_name(indicator),
        "unit": shown_unit(indicator.unit),
    }
    return Sheet(title=title, headers=headers, rows=rows(), widths=[14, 8, 12, 20, 10, 14, 60])
