"""Each table of the site as a Sheet (sheet_files) for CSV and XLSX downloads.

Headers and statuses people download are translated; `export_gaps` uses SCRIPT_GAP_COLUMNS with
the plain status codes so scripts can rely on them, and its rows never change shape.

People's sheets carry a heading (what the table is, the reports it quotes), name indicators
without the ideographic-space indentation the pages use (their level is a column of its own) and
put each figure's value as a number beside its text as written, so a spreadsheet can compute.
"""

from django.utils.translation import gettext as _

from indicators.display.shown import source_reports
from indicators.exports.sheet_files import Sheet, Verdict
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


def verdict(code):
    return Verdict(status_label(code), code) if code else None


def text_of(figure):
    return figure.value_text if figure is not None else None


def value_of(figure):
    return figure.value if figure is not None else None


def sources_line(figures):
    """'Sources: 《…》2024-01-13; 《…》2024-12-25' — the reports the figures quote, in order."""
    reports = [f"《{report.title}》{report.date_text}" for report in source_reports(figures)]
    return _("Sources: %(reports)s") % {"reports": "; ".join(reports)} if reports else ""


def heading(title, figures):
    return [title, *filter(None, [sources_line(figures)])]


def gap_rows(assessments):
    """The `export_gaps` rows (SCRIPT_GAP_COLUMNS): a contract, kept as it is."""
    for a in assessments:
        yield [
            "　" * a.indicator.depth + a.indicator.name,
            a.indicator.unit,
            a.target.value_text,
            a.result.value_text if a.result else None,
            a.result.kind if a.result else None,
            a.difference,
            a.shown_status,
            a.explanation,
            source(a.target),
            source(a.result),
        ]


def people_gap_rows(assessments):
    for a in assessments:
        yield [
            shown_name(a.indicator),
            a.indicator.depth + 1,
            shown_unit(a.indicator.unit),
            a.target.value_text,
            a.target.value,
            text_of(a.result),
            value_of(a.result),
            a.result.get_kind_display() if a.result else None,
            a.difference,
            verdict(a.shown_status),
            a.explanation,
            source(a.target),
            source(a.result),
        ]


def gap_sheet(assessments, jurisdiction, year):
    headers = [
        _("Indicator"),
        _("Level"),
        _("Unit"),
        _("Target"),
        _("Target (number)"),
        _("Result"),
        _("Result (number)"),
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
    figures = [figure for a in assessments for figure in (a.target, a.result)]
    return Sheet(
        title=title,
        headers=headers,
        rows=people_gap_rows(assessments),
        widths=[24, 6, 8, 16, 10, 16, 10, 10, 10, 12, 40, 50, 50],
        heading=heading(title, figures),
    )


def script_gap_sheet(assessments):
    return Sheet(title="gaps", headers=SCRIPT_GAP_COLUMNS, rows=gap_rows(assessments))


def cell_summary(cell):
    """'6.5 左右 → 5.3 左右 (missed)' as one spreadsheet cell, coloured by its verdict."""
    if cell.empty:
        return None
    target = text_of(cell.target) or "—"
    result = text_of(cell.result) or "—"
    status = f"（{status_label(cell.status)}）" if cell.status else ""
    return Verdict(f"{target} → {result}{status}", cell.status or "")


def column_name(column):
    """A grid column's heading in a sheet: a jurisdiction's name in the active language, or a
    year."""
    return shown_name(column) if hasattr(column, "name_en") else str(column)


def grid_sheet(grid, title, column_label=column_name):
    """Each column of the grid as its summary, then its target and result as numbers."""
    headers = [_("Indicator"), _("Level"), _("Unit")]
    for column in grid.columns:
        label = column_label(column)
        headers += [
            label,
            _("%(column)s target (number)") % {"column": label},
            _("%(column)s result (number)") % {"column": label},
        ]
    rows = (
        [
            shown_name(indicator),
            indicator.depth + 1,
            shown_unit(indicator.unit),
            *[
                value
                for cell in cells
                for value in (cell_summary(cell), value_of(cell.target), value_of(cell.result))
            ],
        ]
        for indicator, cells in grid.rows
    )
    figures = [f for _row, cells in grid.rows for cell in cells for f in (cell.target, cell.result)]
    return Sheet(
        title=title,
        headers=headers,
        rows=rows,
        widths=[24, 6, 8, *[28, 10, 10] * len(grid.columns)],
        heading=heading(title, figures),
    )


def annex_sheet(annex):
    """The annex as the report lays it out, each figure's number beside its text."""
    rows = (
        [
            row.label,
            shown_unit(row.indicator.unit),
            *[
                value
                for figure in (row.target, row.result, row.next_target)
                for value in (text_of(figure), value_of(figure))
            ],
        ]
        for row in annex.rows
    )
    title = _("%(name)s %(year)s main indicators") % {
        "name": shown_name(annex.jurisdiction),
        "year": annex.year,
    }
    name, unit, *figure_headers = annex.headers()
    headers = [name, unit]
    for header in figure_headers:
        headers += [header, _("%(column)s (number)") % {"column": header}]
    return Sheet(
        title=title,
        headers=headers,
        rows=rows,
        widths=[34, 8, *[22, 10] * 3],
        notes=annex.notes(),
        heading=[title],
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
                            verdict(status),
                            source(figure),
                        ]

    title = _("%(indicator)s (%(unit)s)") % {
        "indicator": shown_name(indicator),
        "unit": shown_unit(indicator.unit),
    }
    figures = [f for years in series.values() for shown in years.values() for f in shown[:2]]
    return Sheet(
        title=title,
        headers=headers,
        rows=rows(),
        widths=[14, 8, 12, 20, 10, 14, 60],
        heading=heading(title, figures),
    )
