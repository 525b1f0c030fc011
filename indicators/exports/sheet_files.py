"""Tables as files people open in Excel and WPS: CSV with a BOM, XLSX with typed cells.

Text a spreadsheet would run as a formula is neutralised; numbers stay numbers. Both writers
stream: CSV row by row, XLSX through openpyxl's write-only mode into a temporary file.
"""

import csv
import re
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from indicators.exports.figures_csv import BOM, Echo, neutralise_formula

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Sheet:
    """A table to export: headers, then rows of str / int / Decimal / None cells."""

    title: str
    headers: list
    rows: object  # any iterable of lists, consumed once
    widths: list = field(default_factory=list)
    notes: list = field(
        default_factory=list
    )  # lines written under the table (an annex's footnotes)


# Excel refuses these in a sheet's name (元/人 is a unit, 十四五: a plan's progress).
SHEET_TITLE_REFUSED = re.compile(r"[\\/?*\[\]:：]")


def sheet_title(title):
    """The title as a sheet may be named: without the characters Excel refuses, 31 at most."""
    return SHEET_TITLE_REFUSED.sub(" ", title)[:31].strip() or "Sheet1"


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    return neutralise_formula(str(value))


def csv_lines(sheet):
    writer = csv.writer(Echo(), lineterminator="\r\n")
    yield BOM + writer.writerow([cell_text(h) for h in sheet.headers])
    for row in sheet.rows:
        yield writer.writerow([cell_text(value) for value in row])
    for note in sheet.notes:
        yield writer.writerow([cell_text(note)])


def csv_response(sheet, filename):
    response = StreamingHttpResponse(csv_lines(sheet), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def write_xlsx(sheet, stream):
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=sheet_title(sheet.title))
    worksheet.freeze_panes = "A2"
    for index, width in enumerate(sheet.widths or [], start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    worksheet.append([xlsx_cell(worksheet, header, font=bold) for header in sheet.headers])
    for row in sheet.rows:
        worksheet.append([xlsx_cell(worksheet, value) for value in row])
    for note in sheet.notes:
        worksheet.append([xlsx_cell(worksheet, note)])
    workbook.save(stream)


def xlsx_cell(worksheet, value, *, font=None):
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(
            worksheet, value=float(value) if abs(value) < Decimal("1e15") else str(value)
        )
    elif isinstance(value, int) or value is None:
        cell = WriteOnlyCell(worksheet, value=value)
    else:
        cell = WriteOnlyCell(worksheet, value=cell_text(value))
        cell.data_type = "s"  # text, never a formula, whatever it starts with
        cell.alignment = Alignment(wrap_text="\n" in str(value), vertical="top")
    if font is not None:
        cell.font = font
    return cell


def xlsx_response(sheet, filename):
    stream = tempfile.TemporaryFile()
    write_xlsx(sheet, stream)
    stream.seek(0)
    return FileResponse(stream, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
