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


# The database columns behind each Figures CSV column, read as plain tuples: a whole country's
# year (200,000 rows) streams without building a model instance per row.
CSV_SOURCES = [
    "jurisdiction__name",
    "jurisdiction__level",
    "jurisdiction__parent__name",
    "indicator__name",
    "indicator__unit",
    "year",
    "kind",
    "value_text",
    "source_report__title",
    "source_report__delivered_on",
    "source_report__date_precision",
    "source_quote",
    "indicator__direction",
    "jurisdiction__division_code",
    "jurisdiction__parent__division_code",
    "indicator__parent__name",
    "flags",
]


def report_date_text(delivered_on, precision):
    if delivered_on is None:
        return ""
    return {"year": f"{delivered_on:%Y}", "month": f"{delivered_on:%Y-%m}"}.get(
        precision, delivered_on.isoformat()
    )


def figure_csv_row(values):
    (
        name,
        level,
        parent,
        indicator,
        unit,
        year,
        kind,
        value_text,
        title,
        delivered_on,
        precision,
        quote,
        direction,
        code,
        parent_code,
        indicator_parent,
        flags,
    ) = values
    row = [
        name,
        level,
        parent or "",
        indicator,
        unit,
        str(year),
        kind,
        value_text,
        title or "",
        report_date_text(delivered_on, precision),
        quote,
        direction,
        code or "",
        parent_code or "",
        indicator_parent or "",
        "|".join(flags or []),
    ]
    return [neutralise_formula(cell) for cell in row]


class Echo:
    """A file-like target for csv.writer that hands each formatted line back."""

    def write(self, value):
        return value


def figures_csv_lines(figures, *, chunk_size=2000):
    """The Figures CSV line by line (header first), reading the queryset in chunks."""
    writer = csv.writer(Echo(), lineterminator="\n")
    yield writer.writerow(FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS)
    for values in figures.values_list(*CSV_SOURCES).iterator(chunk_size=chunk_size):
        yield writer.writerow(figure_csv_row(values))


def write_figures_csv(figures, stream):
    """Write figures (a queryset with for_figures_csv applied) to a text stream; returns the row count."""
    lines = 0
    for line in figures_csv_lines(figures):
        stream.write(line)
        lines += 1
    return lines - 1
