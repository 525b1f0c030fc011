"""Stored figures as the Figures CSV: PostgreSQL formats the rows (COPY), other databases
(the SQLite demo) write them row by row in Python; tests hold both to the same file."""

from django.db import connections
from django.db.models import F

from indicators.exports.figures_csv import (
    FIGURES_CSV_HEADER,
    NEUTRALISED_SQL,
    REPORT_DATE_SQL,
    FigureRow,
    figure_cells,
    figures_csv_line_writer,
    report_date_text,
)
from indicators.models import Figure, Jurisdiction

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
    "plan__name",
    "plan__first_year",
    "plan__last_year",
    "method",
    "period",
    "review_status",
]


def figure_csv_row(values):
    """The cells of one figure read as a CSV_SOURCES tuple."""
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
        plan,
        plan_start,
        plan_end,
        method,
        period,
        review_status,
    ) = values
    row = FigureRow(
        jurisdiction=name,
        level=level,
        parent=parent or "",
        division_code=code or "",
        parent_code=parent_code or "",
        indicator=indicator,
        unit=unit,
        direction=direction,
        indicator_parent=indicator_parent or "",
        year=year,
        kind=kind,
        value_text=value_text,
        report_title=title or "",
        report_date=report_date_text(delivered_on, precision),
        quote=quote,
        flags=flags or [],
        plan=plan or "",
        plan_start=plan_start,
        plan_end=plan_end,
        method=method,
        period=period,
        review_status=review_status,
    )
    return figure_cells(row)


def figures_csv_lines(figures, *, chunk_size=2000):
    """The Figures CSV line by line (header first), reading the queryset in chunks."""
    line = figures_csv_line_writer()
    yield line(FIGURES_CSV_HEADER)
    for values in figures.values_list(*CSV_SOURCES).iterator(chunk_size=chunk_size):
        yield line(figure_csv_row(values))


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
# The Figures CSV columns over CSV_SOURCES aliased c0…c22, in FIGURES_CSV_HEADER's order; free text
# neutralised (codes, choices, years and dates cannot start with a formula character).
CSV_COLUMNS_SQL = [
    *[NEUTRALISED_SQL.format(column) for column in ["c0", "c1", "c2", "c3", "c4"]],
    "c5",
    "c6",
    *[NEUTRALISED_SQL.format(column) for column in ["c7", "c8"]],
    REPORT_DATE_SQL.format(date="c9", precision="c10"),
    NEUTRALISED_SQL.format("c11"),
    "c12",
    "c13",
    "c14",
    NEUTRALISED_SQL.format("c15"),
    FLAGS_SQL,
    NEUTRALISED_SQL.format("c17"),
    "c18",
    "c19",
    "c20",
    "c21",
    "c22",
]


def copy_statement(figures):
    """COPY … TO STDOUT of the figures' rows formatted by PostgreSQL as figure_cells formats
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
        header = figures_csv_line_writer()(FIGURES_CSV_HEADER)
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
