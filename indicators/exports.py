"""The Figures CSV (DESIGN.md): the interchange format, written here and read by reports.importing."""

import csv
import re

from django.db import connections
from django.db.models import F

from indicators.models import Figure, Jurisdiction

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


def figures_csv_line_writer():
    """A function from a row to its Figures CSV line, ending in \\n.

    Python 3.11's csv.writer quotes a field holding a character of its line terminator and no
    other line break, so it writes with \\r\\n (quoting \\r and \\n, as COPY does) and the line's
    own terminator is then cut back to \\n.
    """
    writer = csv.writer(Echo(), lineterminator="\r\n")
    return lambda row: writer.writerow(row)[:-2] + "\n"


def figures_csv_lines(figures, *, chunk_size=2000):
    """The Figures CSV line by line (header first), reading the queryset in chunks."""
    line = figures_csv_line_writer()
    yield line(FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS)
    for values in figures.values_list(*CSV_SOURCES).iterator(chunk_size=chunk_size):
        yield line(figure_csv_row(values))


# neutralise_formula in SQL over the column `{0}`: ascii() is the first character's code point
# (= + - @ tab CR); chr(37) is the percent sign, which would need doubling in a statement with
# parameters and not in one without.
NEUTRALISED_SQL = (
    "CASE WHEN ascii({0}) IN (61, 43, 45, 64, 9, 13)"
    " AND {0} !~ ('^[+-]?[0-9]+(\\.[0-9]+)?' || chr(37) || '?$') THEN '''' || {0} ELSE {0} END"
)
# report_date_text in SQL, over the delivery date (c9) and its precision (c10).
REPORT_DATE_SQL = (
    "CASE WHEN c10 = 'year' THEN to_char(c9, 'YYYY') WHEN c10 = 'month' THEN to_char(c9, 'YYYY-MM')"
    " ELSE to_char(c9, 'YYYY-MM-DD') END"
)
# "|".join(flags): element by element (a subquery per row costs more than the rest of the row),
# the general form only for an array longer than Figure.FLAG_CHOICES.
FLAGS_SQL = (
    "CASE WHEN jsonb_typeof(c16) <> 'array' THEN NULL"
    " WHEN jsonb_array_length(c16) <= {count} THEN concat_ws('|', {elements})"
    " ELSE (SELECT string_agg(flag, '|' ORDER BY n)"
    " FROM jsonb_array_elements_text(c16) WITH ORDINALITY AS flags(flag, n)) END"
).format(
    count=len(Figure.FLAG_CHOICES),
    elements=", ".join(f"c16 ->> {i}" for i in range(len(Figure.FLAG_CHOICES))),
)
# The Figures CSV columns over CSV_SOURCES aliased c0…c16, in figure_csv_row's order; free text
# neutralised (codes, choices, years and dates cannot start with a formula character).
CSV_COLUMNS_SQL = [
    *[NEUTRALISED_SQL.format(column) for column in ["c0", "c1", "c2", "c3", "c4"]],
    "c5",
    "c6",
    *[NEUTRALISED_SQL.format(column) for column in ["c7", "c8"]],
    REPORT_DATE_SQL,
    NEUTRALISED_SQL.format("c11"),
    "c12",
    "c13",
    "c14",
    NEUTRALISED_SQL.format("c15"),
    FLAGS_SQL,
]


def copy_statement(figures):
    """COPY … TO STDOUT of the figures' rows formatted by PostgreSQL as figure_csv_row formats
    them: (sql, params). COPY quotes an empty text ("") where csv.writer writes nothing; a CSV
    reader reads both as the empty text."""
    named = figures.values(**{f"c{i}": F(source) for i, source in enumerate(CSV_SOURCES)})
    inner, params = named.query.sql_with_params()
    # A plain projection of the ordered subquery keeps its order.
    return (
        f"COPY (SELECT {', '.join(CSV_COLUMNS_SQL)} FROM ({inner}) AS figure)"
        " TO STDOUT (FORMAT csv)",
        params,
    )


class FiguresCsv:
    """The Figures CSV of a queryset (for_figures_csv applied) as UTF-8 blocks, header first.

    On PostgreSQL the database formats the rows (COPY): a whole country's year streams without a
    Python object or a csv.writer call per row. COPY holds the connection until its last row, so
    a reader that queries between blocks (the background export records its progress) asks for
    `places_per_copy`: one COPY per that many jurisdictions, in the export's order, each handed
    out whole once its statement is done. `rows` counts the rows written so far.
    """

    BLOCK_BYTES = 256 * 1024

    def __init__(self, figures, *, places_per_copy=None):
        self.figures = figures
        self.places_per_copy = places_per_copy
        self.rows = 0

    def __iter__(self):
        if connections[self.figures.db].vendor != "postgresql":
            for number, line in enumerate(figures_csv_lines(self.figures)):
                self.rows = number
                yield line.encode()
            return
        header = figures_csv_line_writer()(FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS)
        yield header.encode()
        if not self.places_per_copy:
            yield from self._copied(self.figures)
            return
        places = list(
            Jurisdiction.objects.using(self.figures.db)
            .order_by("division_code", "name")  # for_figures_csv's first keys
            .values_list("pk", flat=True)
        )
        step = self.places_per_copy
        for start in range(0, len(places), step):
            part = self.figures.filter(jurisdiction_id__in=places[start : start + step])
            block = b"".join(self._copied(part))
            if block:
                yield block

    def _copied(self, figures):
        sql, params = copy_statement(figures)
        block = bytearray()
        with connections[figures.db].cursor() as cursor:
            with cursor.cursor.copy(sql, params) as copy:
                for row in copy:  # PostgreSQL sends a message per row
                    self.rows += 1
                    block += row
                    if len(block) >= self.BLOCK_BYTES:
                        yield bytes(block)
                        block.clear()
        if block:
            yield bytes(block)


def write_figures_csv(figures, stream):
    """Write figures (a queryset with for_figures_csv applied) to a text stream; returns the row count."""
    written = FiguresCsv(figures)
    for block in written:
        stream.write(block.decode())
    return written.rows
