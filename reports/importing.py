"""Import of the Figures CSV (DESIGN.md): all-or-nothing, every rejected row reported."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh
from indicators.exports import FIGURES_CSV_COLUMNS, FIGURES_CSV_OPTIONAL_COLUMNS, restore_formula
from indicators.models import MAX_YEAR, MIN_YEAR, Figure, Jurisdiction, flags_in_quote
from reports.models import parse_report_date
from reports.resolving import Resolver

LEVELS = [choice.value for choice in Jurisdiction.Level]
KINDS = [choice.value for choice in Figure.Kind]
UTF8_BOM = b"\xef\xbb\xbf"
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
class ImportResult:
    rows: int = 0
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    created_jurisdictions: list = field(default_factory=list)
    created_indicators: list = field(default_factory=list)
    created_reports: list = field(default_factory=list)
    figures_created: int = 0
    figures_updated: int = 0
    figures_unchanged: int = 0
    stored: bool = False

    @property
    def ok(self):
        return not self.errors


@dataclass
class FigureRow:
    number: int
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


def decode_csv(data):
    """Text of an uploaded CSV: UTF-8 (with or without BOM, as Excel saves it) or GB18030."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.removeprefix(UTF8_BOM).decode("gb18030")
    except UnicodeDecodeError:
        return None


def figures_import(*, data, user=None, dry_run=False, partial=False):
    """Import Figures CSV bytes. Nothing is stored when any row is rejected, unless `partial`."""
    result = ImportResult()
    text = decode_csv(data)
    if text is None:
        result.errors.append(
            RowError(0, "", _("The file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8."))
        )
        return result
    rows = parse_rows(text, result)
    if (result.errors and not partial) or not rows:
        if not rows and not result.errors:
            result.errors.append(RowError(0, "", _("The file has no figure rows.")))
        return result
    with transaction.atomic():
        store_rows(rows, result, user=user)
        if dry_run or (result.errors and not partial):
            transaction.set_rollback(True)
        else:
            result.stored = True
    return result


def parse_rows(text, result):
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as error:
        result.errors.append(
            RowError(1, "", _("The header cannot be read: %(error)s") % {"error": error})
        )
        return []
    if not header_is_valid(header, result):
        return []
    rows, number = [], 1
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            result.errors.append(
                RowError(number, "", _("This row cannot be read: %(error)s") % {"error": error})
            )
            return rows
        if not any(cell.strip() for cell in cells):
            continue
        result.rows += 1
        if len(cells) != len(header):
            result.errors.append(
                RowError(
                    number,
                    "",
                    _("Expected %(expected)s columns, found %(found)s.")
                    % {"expected": len(header), "found": len(cells)},
                )
            )
            continue
        row = parse_row(
            number,
            dict(zip(header, (restore_formula(c.strip()) for c in cells), strict=True)),
            result,
        )
        if row is not None:
            rows.append(row)


def header_is_valid(header, result):
    missing = [column for column in FIGURES_CSV_COLUMNS if column not in header]
    if missing:
        result.errors.append(
            RowError(
                1,
                ", ".join(missing),
                _("Missing columns; the header must name: %(columns)s")
                % {"columns": ",".join(FIGURES_CSV_COLUMNS)},
            )
        )
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        result.errors.append(
            RowError(1, ", ".join(repeated), _("These columns appear more than once."))
        )
    known = set(FIGURES_CSV_COLUMNS + FIGURES_CSV_OPTIONAL_COLUMNS)
    for name in header:
        if name and name not in known:
            result.warnings.append(
                _("Column %(column)s is not part of the Figures CSV and was ignored.")
                % {"column": name}
            )
    return not (missing or repeated)


def parse_row(number, cells, result):
    errors = []

    def need(column):
        if not cells.get(column):
            errors.append(RowError(number, column, _("Required; it is empty.")))
        return cells.get(column, "")

    for column, value in cells.items():
        if "\x00" in value:
            errors.append(
                RowError(number, column, _("Contains a NUL character; the file is damaged."))
            )
        elif len(value) > FIELD_LIMIT:
            errors.append(
                RowError(
                    number, column, _("Longer than %(limit)s characters.") % {"limit": FIELD_LIMIT}
                )
            )
    jurisdiction, indicator, unit = need("jurisdiction"), need("indicator"), need("unit")
    value_text, level, kind = need("value_text"), need("jurisdiction_level"), need("kind")
    choice(number, "jurisdiction_level", level, LEVELS, errors)
    choice(number, "kind", kind, KINDS, errors)
    year = parse_year(number, need("year"), errors)
    report_title, report_date, quote = (
        cells["report_title"],
        cells["report_date"],
        cells["source_quote"],
    )
    if report_title:
        check_report_date(number, report_date, errors)
        if not quote:
            errors.append(
                RowError(
                    number, "source_quote", _("A figure from a report needs its verbatim quote.")
                )
            )
    elif report_date:
        errors.append(
            RowError(number, "report_title", _("A report date is given without a report title."))
        )
    direction = cells.get("direction", "")
    choice(number, "direction", direction, ["", "up", "down"], errors)
    codes = {column: cells.get(column, "") for column in ("division_code", "parent_division_code")}
    for column, code in codes.items():
        if code and not (code.isdigit() and len(code) == 6):
            errors.append(
                RowError(
                    number,
                    column,
                    _("%(value)r is not a six-digit division code.") % {"value": code},
                )
            )
    flags = (
        [flag for flag in cells["flags"].split("|") if flag]
        if "flags" in cells
        else flags_in_quote(quote)
    )
    unknown_flags = [flag for flag in flags if flag not in Figure.FLAG_CHOICES]
    if unknown_flags:
        errors.append(
            RowError(
                number, "flags", _("Unknown flags: %(flags)s") % {"flags": "、".join(unknown_flags)}
            )
        )
    result.errors.extend(errors)
    if errors:
        return None
    return FigureRow(
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
        report_title=report_title,
        report_date=report_date,
        quote=quote,
        flags=flags,
    )


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


def parse_year(number, text, errors):
    if not text:
        return None
    if not text.isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
        errors.append(
            RowError(
                number,
                "year",
                _("%(value)r is not a year between %(min)s and %(max)s.")
                % {"value": text, "min": MIN_YEAR, "max": MAX_YEAR},
            )
        )
        return None
    return int(text)


def check_report_date(number, text, errors):
    try:
        parse_report_date(text)
    except ValueError:
        errors.append(
            RowError(
                number,
                "report_date",
                _("%(value)r is not a date (2024-01-13, 2024-01 or 2024).") % {"value": text},
            )
        )


def store_rows(rows, result, *, user):
    resolver = Resolver(result, user=user)
    for row in rows:
        store_row(resolver, row, result)
    resolver.link_indicator_parents()
    assessments_refresh(resolver.touched)


def store_row(resolver, row, result):
    """One row in its own savepoint: a refused row leaves nothing behind, even with --partial."""
    created = [result.created_jurisdictions, result.created_indicators, result.created_reports]
    marks = [len(names) for names in created]
    try:
        with transaction.atomic():
            resolver.store(row)
        return
    except ValidationError as error:
        for column, messages in error.message_dict.items():
            for message in messages:
                result.errors.append(
                    RowError(row.number, "" if column == "__all__" else column, message)
                )
    except DatabaseError as error:  # a database rule the row checks did not foresee
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        result.errors.append(
            RowError(
                row.number,
                "",
                _("The database refused this row: %(error)s") % {"error": first_line},
            )
        )
    # The savepoint undid what this row created: forget it too.
    for names, mark in zip(created, marks, strict=True):
        del names[mark:]
    resolver.reload(failed_row=row.number)
