"""Reading a Figures CSV for the import: bytes in, FigureRows out, every problem named by its
row and column. The columns, FigureRow and the formula and date rules are figures_csv's."""

import codecs
import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from indicators.exports.figures_csv import (
    BOM,
    FIGURES_CSV_COLUMNS,
    FIGURES_CSV_HEADER,
    FigureRow,
    parse_report_date,
    restore_formula,
)
from indicators.models import MAX_YEAR, MIN_YEAR, Figure, Jurisdiction, flags_in_quote
from indicators.models.figures import period_parts, period_text
from indicators.models.names import visible_name, visible_text

LEVELS = [choice.value for choice in Jurisdiction.Level]
KINDS = [choice.value for choice in Figure.Kind]
REVIEW_STATUSES = [choice.value for choice in Figure.Review]
METHODS = ["", *Figure.Method.values]
# Columns whose texts repeat from row to row (a 200,000-row file names a few thousand places and
# reports): their rows share one string each, which halves the rows' memory.
SHARED_COLUMNS = {
    "jurisdiction",
    "jurisdiction_level",
    "parent_jurisdiction",
    "indicator",
    "unit",
    "kind",
    "report_title",
    "report_date",
    "direction",
    "division_code",
    "parent_division_code",
    "indicator_parent",
    "flags",
    "value_text",  # 7、6.5 左右: values repeat from row to row too
    "plan",
    "method",
    "period",
    "review_status",
}
DECODE_BLOCK = 1 << 20
PROGRESS_ROWS = 1_000
# csv's own limit is 128 KiB a field; a quote is a sentence, a report's text never comes this way.
FIELD_LIMIT = 20_000


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        where = _("row %(row)s") % {"row": self.row} if self.row else _("file")
        if self.column:
            where += ", " + _("column %(column)s") % {"column": self.column}
        return f"{where}: {self.message}"


@dataclass
class FiguresCsvRead:
    """What a Figures CSV holds: the rows that passed every check, and the problems found."""

    rows: list = field(default_factory=list)
    count: int = 0  # the figure rows read, good or bad (blank lines are not counted)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def read_figures_csv(data, progress=None):
    """Read a Figures CSV, as bytes or a seekable binary file (which is read in blocks and left
    open: a 200,000-row file is 60 MB the import need not hold): UTF-8 (with or without BOM, as
    Excel saves it) or GB18030. `progress("reading", bytes read, bytes in all)`, if given,
    hears how far it got every PROGRESS_ROWS rows."""
    read = FiguresCsvRead()
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    if not stream.seekable():  # a pipe (/dev/stdin): read twice, so held
        stream = io.BytesIO(stream.read())
    encoding = csv_encoding(stream)
    if encoding is None:
        read.errors.append(
            RowError(0, "", _("The file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8."))
        )
        return read
    size = stream.seek(0, io.SEEK_END)
    stream.seek(len(BOM.encode()) if encoding == "gb18030" and starts_with_bom(stream) else 0)
    # Decoded as it is read: the whole text is never held (a 200,000-row file is 60 MB of
    # bytes, 240 MB as one Python string).
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    tick = (lambda: progress("reading", stream.tell(), size)) if progress else None
    try:
        read_rows(text, read, tick)
    finally:
        text.detach()  # the caller's file stays open
    if not read.rows and not read.errors:
        read.errors.append(RowError(0, "", _("The file has no figure rows.")))
    return read


def starts_with_bom(stream):
    stream.seek(0)
    return stream.read(len(BOM.encode())) == BOM.encode()


def csv_encoding(stream):
    """utf-8-sig or gb18030, whichever decodes the whole file (read a block at a time), or
    None."""
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        bom = encoding == "gb18030" and starts_with_bom(stream)
        stream.seek(len(BOM.encode()) if bom else 0)
        try:
            while block := stream.read(DECODE_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return "utf-8-sig" if encoding == "utf-8" else encoding
    return None


def read_rows(lines, read, tick=None):
    """Read the rows of a text stream opened with newline="" (as csv wants); `tick()`, if given,
    is called every PROGRESS_ROWS rows."""
    # Invisible characters (a BOM before a row, a zero-width space) would make look-alikes:
    # taken out of each line, which is the same as out of each cell (none is a delimiter).
    reader = csv.reader(visible_text(line) for line in lines)
    try:
        header = [visible_name(name).lower() for name in next(reader, [])]
    except csv.Error as error:
        read.errors.append(
            RowError(1, "", _("The header cannot be read: %(error)s") % {"error": error})
        )
        return
    if not header_is_valid(header, read):
        return
    number, shared = 1, {}
    while True:
        number += 1
        if tick and number % PROGRESS_ROWS == 0:
            tick()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            read.errors.append(
                RowError(number, "", _("This row cannot be read: %(error)s") % {"error": error})
            )
            return
        if not any(cell.strip() for cell in cells):
            continue
        read.count += 1
        if len(cells) != len(header):
            expected = {"expected": len(header), "found": len(cells)}
            read.errors.append(
                RowError(
                    number, "", _("Expected %(expected)s columns, found %(found)s.") % expected
                )
            )
            continue
        named = dict(zip(header, (restore_formula(c.strip()) for c in cells), strict=True))
        for column in SHARED_COLUMNS.intersection(named):  # one copy of each repeated text
            named[column] = shared.setdefault(named[column], named[column])
        row, errors = parse_row(number, named)
        read.errors.extend(errors)
        if row is not None:
            read.rows.append(row)


def header_is_valid(header, read):
    missing = [column for column in FIGURES_CSV_COLUMNS if column not in header]
    if missing:
        read.errors.append(
            RowError(
                1,
                ", ".join(missing),
                _("Missing columns; the header must name: %(columns)s")
                % {"columns": ",".join(FIGURES_CSV_COLUMNS)},
            )
        )
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        read.errors.append(
            RowError(1, ", ".join(repeated), _("These columns appear more than once."))
        )
    known = set(FIGURES_CSV_HEADER)
    for name in header:
        if name and name not in known:
            read.warnings.append(
                _("Column %(column)s is not part of the Figures CSV and was ignored.")
                % {"column": name}
            )
    return not (missing or repeated)


def parse_row(number, cells):
    """(FigureRow, []) for a good row, (None, errors) for a bad one."""
    errors = damaged_cells(number, cells)

    def need(column):
        if not cells.get(column):
            errors.append(RowError(number, column, _("Required; it is empty.")))
        return cells.get(column, "")

    jurisdiction, indicator, unit = need("jurisdiction"), need("indicator"), need("unit")
    value_text, level, kind = need("value_text"), need("jurisdiction_level"), need("kind")
    choice(number, "jurisdiction_level", level, LEVELS, errors)
    choice(number, "kind", kind, KINDS, errors)
    year = parse_year(number, need("year"), errors)
    check_report(number, cells, errors)
    direction = cells.get("direction", "")
    choice(number, "direction", direction, ["", "up", "down"], errors)
    codes = {column: cells.get(column, "") for column in ("division_code", "parent_division_code")}
    check_codes(number, codes, errors)
    flags = parse_flags(number, cells, errors)
    plan = parse_plan(number, cells, kind, year, errors)
    review_status = cells.get("review_status", "")
    choice(number, "review_status", review_status, REVIEW_STATUSES, errors)
    if errors:
        return None, errors
    row = FigureRow(
        number=number,
        jurisdiction=jurisdiction,
        level=level,
        parent=cells["parent_jurisdiction"],
        division_code=codes["division_code"],
        parent_code=codes["parent_division_code"],
        indicator=indicator,
        unit=unit,
        direction=direction,
        indicator_parent=cells.get("indicator_parent", ""),
        year=year,
        kind=kind,
        value_text=value_text,
        report_title=cells["report_title"],
        report_date=cells["report_date"],
        quote=cells["source_quote"],
        flags=flags,
        review_status=review_status,
        **plan,
    )
    return row, []


def damaged_cells(number, cells):
    errors = []
    for column, value in cells.items():
        if "\x00" in value:
            errors.append(
                RowError(number, column, _("Contains a NUL character; the file is damaged."))
            )
        elif len(value) > FIELD_LIMIT:
            limit = _("Longer than %(limit)s characters.") % {"limit": FIELD_LIMIT}
            errors.append(RowError(number, column, limit))
    return errors


def choice(number, column, value, choices, errors):
    if value and value not in choices:
        errors.append(
            RowError(
                number,
                column,
                _("%(value)r is not one of %(choices)s.")
                % {"value": value, "choices": ", ".join(c for c in choices if c)},
            )
        )


def is_ascii_number(text):
    """Digits 0–9 only: str.isdigit() also takes ²⁰²³ (which int() refuses) and ２０２３ (which
    it reads, making a look-alike of a code)."""
    return text.isascii() and text.isdigit()


def parse_year(number, text, errors, column="year"):
    if not text:
        return None
    if not is_ascii_number(text) or not MIN_YEAR <= int(text) <= MAX_YEAR:
        errors.append(
            RowError(
                number,
                column,
                _("%(value)r is not a year between %(min)s and %(max)s.")
                % {"value": text, "min": MIN_YEAR, "max": MAX_YEAR},
            )
        )
        return None
    return YEARS[int(text)]


# One int object per year, shared by the rows (an int above 256 is a new object each time).
YEARS = {year: year for year in range(MIN_YEAR, MAX_YEAR + 1)}


def check_report(number, cells, errors):
    """A report is named with its date and the figure's verbatim quote, or not at all."""
    title, text = cells["report_title"], cells["report_date"]
    if not title:
        if text:
            message = _("A report date is given without a report title.")
            errors.append(RowError(number, "report_title", message))
        return
    try:
        parse_report_date(text)
    except ValueError:
        message = _("%(value)r is not a date (2024-01-13, 2024-01 or 2024).") % {"value": text}
        errors.append(RowError(number, "report_date", message))
    if not cells["source_quote"]:
        message = _("A figure from a report needs its verbatim quote.")
        errors.append(RowError(number, "source_quote", message))


def check_codes(number, codes, errors):
    for column, code in codes.items():
        if code and not (is_ascii_number(code) and len(code) == 6):
            message = _("%(value)r is not a six-digit division code.") % {"value": code}
            errors.append(RowError(number, column, message))


def parse_flags(number, cells, errors):
    """The flags column split at |; without the column, the flags the quote's words imply."""
    if "flags" in cells:
        flags = [flag for flag in cells["flags"].split("|") if flag]
    else:
        flags = flags_in_quote(cells["source_quote"])
    unknown = [flag for flag in flags if flag not in Figure.FLAG_CHOICES]
    if unknown:
        message = _("Unknown flags: %(flags)s") % {"flags": "、".join(unknown)}
        errors.append(RowError(number, "flags", message))
    return flags


def parse_plan(number, cells, kind, year, errors):
    """The plan columns, checked on their own: the plan's years, the method, the period. Whether
    the plan exists and holds the figure's years is the import's to check."""
    plan = cells.get("plan", "")
    years = {
        column: parse_year(number, cells.get(column, ""), errors, column)
        for column in ("plan_start", "plan_end")
    }
    method, period = cells.get("method", ""), cells.get("period", "")
    choice(number, "method", method, METHODS, errors)
    if (years["plan_start"] or years["plan_end"]) and not plan:
        errors.append(RowError(number, "plan", _("Plan years are given without a plan name.")))
    if None not in years.values() and years["plan_start"] > years["plan_end"]:
        message = _("The plan ends before it starts.")
        errors.append(RowError(number, "plan_end", message))
    if kind == Figure.Kind.PLAN_TARGET and not plan:
        errors.append(RowError(number, "plan", _("A plan target needs its plan.")))
    if kind == Figure.Kind.PLAN_TARGET and years["plan_end"] not in (None, year):
        message = _("A plan target's year is its plan's last year.")
        errors.append(RowError(number, "year", message))
    if period and year is not None:
        period = parse_period(number, period, year, plan, errors)
    return {"plan": plan, "method": method, "period": period, **years}


def parse_period(number, period, year, plan, errors):
    """The period in its one spelling (2024-03 for 2024-3), errors noted."""
    try:
        covered = period_parts(period, year)
    except ValueError as error:
        errors.append(RowError(number, "period", str(error)))
        return period
    if not covered.is_single_year and not plan:
        message = _("A figure over several years needs the plan it counts towards.")
        errors.append(RowError(number, "plan", message))
    return period_text(covered)
