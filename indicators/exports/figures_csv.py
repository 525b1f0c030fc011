"""The Figures CSV (DESIGN.md), the interchange format, defined once: its columns, a figure as
a FigureRow and the cells of its line, text a spreadsheet would run as a formula neutralised on
the way out and restored on the way in, a report's date as precisely as the report gives it.

figures_csv_reading reads a file into FigureRows for the import; figures_csv_writing writes
stored figures, by COPY on PostgreSQL: the SQL twins of the formula and date rules sit next to
the Python ones here, and tests hold each pair to the same answers.
"""

import csv
import re
from dataclasses import dataclass
from datetime import date

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
    "plan",
    "plan_start",
    "plan_end",
    "method",
    "period",
    "review_status",
]
# The columns that tie a figure to a multi-year plan or to a part of its year.
PLAN_COLUMNS = ["plan", "plan_start", "plan_end", "method", "period"]
# Every column, in the order the writers write them.
FIGURES_CSV_HEADER = FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS

# Excel opens a CSV as UTF-8 only when it starts with this mark.
BOM = "\ufeff"


@dataclass(slots=True)
class FigureRow:
    """One figure as the Figures CSV carries it; `number` is its line in a file read."""

    jurisdiction: str
    level: str
    parent: str
    division_code: str
    parent_code: str
    indicator: str
    unit: str
    direction: str
    indicator_parent: str
    year: int
    kind: str
    value_text: str
    report_title: str
    report_date: str
    quote: str
    flags: list
    plan: str = ""
    plan_start: int | None = None
    plan_end: int | None = None
    method: str = ""
    period: str = ""
    review_status: str = ""  # Figure.Review's value; empty: as the importing user enters it
    number: int = 0


# Formulas -----------------------------------------------------------------------------------------

# A spreadsheet runs a text cell that starts with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# ASCII digits and the whole text: the same test as NEUTRALISED_SQL below, so both writers agree.
NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?%?")


def neutralise_formula(text):
    """Prefix text a spreadsheet would run as a formula with an apostrophe; numbers stay numbers."""
    if text and text.startswith(FORMULA_TRIGGERS) and not NUMBER.fullmatch(text):
        return "'" + text
    return text


def restore_formula(text):
    """Undo neutralise_formula, so an exported file imports back to the same text."""
    if text and text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


# neutralise_formula in SQL over the column `{0}`: ascii() is the first character's code point
# (= + - @ tab CR); chr(37) is the percent sign, which would need doubling in a statement with
# parameters and not in one without.
NEUTRALISED_SQL = (
    "CASE WHEN ascii({0}) IN (61, 43, 45, 64, 9, 13)"
    " AND {0} !~ ('^[+-]?[0-9]+(\\.[0-9]+)?' || chr(37) || '?$') THEN '''' || {0} ELSE {0} END"
)

# Report dates -------------------------------------------------------------------------------------

# Report.DatePrecision's values: the text gives a day, a month or only a year.
DAY, MONTH, YEAR = "day", "month", "year"
# ASCII: \d would take any script's digits (２０２４), which no export writes.
REPORT_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


def report_date_text(delivered_on, precision):
    """'2024-01-13', '2024-01' or '2024': the delivery date as precisely as the report gives it."""
    if delivered_on is None:
        return ""
    return {YEAR: f"{delivered_on:%Y}", MONTH: f"{delivered_on:%Y-%m}"}.get(
        precision, delivered_on.isoformat()
    )


def parse_report_date(text):
    """'2024-01-13', '2024-01' or '2024' → (date, precision); ValueError when it is none of them."""
    match = REPORT_DATE_PATTERN.match((text or "").strip())
    if not match:
        raise ValueError(text)
    year, month, day = match.groups()
    precision = DAY if day else MONTH if month else YEAR
    return date(int(year), int(month or 1), int(day or 1)), precision


# report_date_text in SQL, over the columns holding the delivery date and its precision.
REPORT_DATE_SQL = (
    "CASE WHEN {precision} = 'year' THEN to_char({date}, 'YYYY')"
    " WHEN {precision} = 'month' THEN to_char({date}, 'YYYY-MM')"
    " ELSE to_char({date}, 'YYYY-MM-DD') END"
)

# Writing a row ------------------------------------------------------------------------------------


def figure_cells(row):
    """A FigureRow as the cells of its line, in FIGURES_CSV_HEADER's order."""
    cells = [
        row.jurisdiction,
        row.level,
        row.parent,
        row.indicator,
        row.unit,
        str(row.year),
        row.kind,
        row.value_text,
        row.report_title,
        row.report_date,
        row.quote,
        row.direction,
        row.division_code,
        row.parent_code,
        row.indicator_parent,
        "|".join(row.flags),
        row.plan,
        "" if row.plan_start is None else str(row.plan_start),
        "" if row.plan_end is None else str(row.plan_end),
        row.method,
        row.period,
        row.review_status,
    ]
    return [neutralise_formula(cell) for cell in cells]


class Echo:
    """A file-like target for csv.writer that hands each formatted line back."""

    def write(self, value):
        return value


def figures_csv_line_writer():
    """A function from a row to its Figures CSV line, ending in \\n.

    Python 3.11's csv.writer quotes a field holding a character of its line terminator and no
    other line break, so it writes with \\r\\n (quoting \\r and \\n, as COPY does) and the line's
    own terminator is then cut back to \\n.
    """
    writer = csv.writer(Echo(), lineterminator="\r\n")
    return lambda row: writer.writerow(row)[:-2] + "\n"
