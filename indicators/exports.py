"""The Figures CSV (DESIGN.md): the interchange format, written here and read by reports.importing."""

import csv
import re

FIGURES_CSV_COLUMNS = [
    "jurisdiction",
    "jurisdiction_level",
    "parent_jurisdiction",
    "indicator",
    "unit",
    "year",
    "kind",
    "value_text",
    "report_title",
    "report_date",
    "source_quote",
]
FIGURES_CSV_OPTIONAL_COLUMNS = [
    "direction",
    "division_code",
    "parent_division_code",
    "indicator_parent",
    "flags",
]

# A spreadsheet runs a text cell that starts with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?%?$")


def neutralise_formula(text):
    """Prefix text a spreadsheet would run as a formula with an apostrophe; numbers stay numbers."""
    if text and text.startswith(FORMULA_TRIGGERS) and not NUMBER.match(text):
        return "'" + text
    return text


def restore_formula(text):
    """Undo neutralise_formula, so an exported file imports back to the same text."""
    if text and text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def figure_csv_row(figure):
    jurisdiction, indicator, report = figure.jurisdiction, figure.indicator, figure.source_report
    row = {
        "jurisdiction": jurisdiction.name,
        "jurisdiction_level": jurisdiction.level,
        "parent_jurisdiction": jurisdiction.parent.name if jurisdiction.parent_id else "",
        "indicator": indicator.name,
        "unit": indicator.unit,
        "year": figure.year,
        "kind": figure.kind,
        "value_text": figure.value_text,
        "report_title": report.title if report else "",
        "report_date": report.date_text if report else "",
        "source_quote": figure.source_quote,
        "direction": indicator.direction,
        "division_code": jurisdiction.division_code or "",
        "parent_division_code": (jurisdiction.parent.division_code or "")
        if jurisdiction.parent_id
        else "",
        "indicator_parent": indicator.parent.name if indicator.parent_id else "",
        "flags": "|".join(figure.flags or []),
    }
    return [
        neutralise_formula(str(row[column]))
        for column in FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS
    ]


class _Echo:
    def write(self, value):
        return value


def figures_csv_lines(figures, *, chunk_size=2000):
    """The Figures CSV line by line (header first), reading the queryset in chunks."""
    writer = csv.writer(_Echo(), lineterminator="\n")
    yield writer.writerow(FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS)
    for figure in figures.iterator(chunk_size=chunk_size):
        yield writer.writerow(figure_csv_row(figure))


def write_figures_csv(figures, stream):
    """Write figures (a queryset with for_figures_csv applied) to a text stream; returns the row count."""
    lines = 0
    for line in figures_csv_lines(figures):
        stream.write(line)
        lines += 1
    return lines - 1
