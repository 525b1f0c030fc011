"""Tables as files people open in Excel and WPS: CSV with a BOM, XLSX with typed cells.

Text a spreadsheet would run as a formula is neutralised; numbers stay numbers. Both writers
stream: CSV row by row, XLSX through openpyxl's write-only mode into a temporary file.

A sheet with a `heading` is one people hand on and print: its text cells are kept to one line
(a quote's newlines and an annex's tabs become spaces), and its XLSX prints landscape on A4,
one page wide, under its heading, with the header row repeated on every page, borders and the
verdict colours of the site. Sheets without a heading (the commands' script outputs) are
written exactly as they always were.
"""

import csv
import re
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from django.http import FileResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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
    heading: list = field(default_factory=list)  # lines above the table: title, sources


class Verdict(NamedTuple):
    """A status cell: its text as shown, its code to colour it as the site does."""

    text: str
    code: str


# The site's verdict colours (static/css/planwatch.css: .status-*, .progress-*).
VERDICT_FILLS = {
    "exceeded": "DFF3E4",
    "met": "EEF7EE",
    "missed": "FBE3E0",
    "within_control": "E3EEF9",
    "pending": "F0F2F4",
    "needs_reference": "FFF4D6",
    "needs_judgement": "FFF4D6",
    "judged": "EFE7FA",
    "achieved": "DFF3E4",
    "ahead": "EEF7EE",
    "on_schedule": "E3EEF9",
    "behind": "FBE3E0",
}
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E8ECEF")
# Tabs, newlines and their neighbouring spaces, as quotes and annex cells carry them.
LINE_BREAKS = re.compile(r" *[\t\n\r\v\f]+[ \t\n\r\v\f]*")


def one_line(text):
    """「突破\n\n110」 as 「突破 110」: a printed cell or a CSV line holds no tab or newline."""
    return LINE_BREAKS.sub(" ", text).strip()


# Excel refuses these in a sheet's name (元/人 is a unit, 十四五: a plan's progress).
SHEET_TITLE_REFUSED = re.compile(r"[\\/?*\[\]:：]")


def sheet_title(title):
    """The title as a sheet may be named: without the characters Excel refuses, 31 at most."""
    return SHEET_TITLE_REFUSED.sub(" ", title)[:31].strip() or "Sheet1"


def cell_text(value, *, flat=False):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Verdict):
        value = value.text
    return neutralise_formula(one_line(str(value)) if flat else str(value))


def csv_lines(sheet):
    writer = csv.writer(Echo(), lineterminator="\r\n")
    flat = bool(sheet.heading)

    def line(values):
        return writer.writerow([cell_text(value, flat=flat) for value in values])

    yield BOM + line(sheet.headers)
    for row in sheet.rows:
        yield line(row)
    for note in sheet.notes:
        yield line([note])


def csv_response(sheet, filename):
    response = StreamingHttpResponse(csv_lines(sheet), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def write_xlsx(sheet, stream):
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=sheet_title(sheet.title))
    header_row = len(sheet.heading) + 1
    worksheet.freeze_panes = f"A{header_row + 1}"
    for index, width in enumerate(sheet.widths or [], start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    printed = bool(sheet.heading)
    if printed:
        print_setup(worksheet, header_row)
    for number, line in enumerate(sheet.heading):
        font = Font(bold=True, size=14) if number == 0 else Font(italic=True)
        worksheet.append([xlsx_cell(worksheet, line, font=font, flat=True)])
    bold = Font(bold=True)
    worksheet.append(
        [
            xlsx_cell(worksheet, header, font=bold, flat=printed, framed=printed)
            for header in sheet.headers
        ]
    )
    for row in sheet.rows:
        worksheet.append(
            [xlsx_cell(worksheet, value, flat=printed, framed=printed) for value in row]
        )
    for note in sheet.notes:
        worksheet.append([xlsx_cell(worksheet, note, flat=printed)])
    workbook.save(stream)


def print_setup(worksheet, header_row):
    """Landscape A4, one page wide and as many long as it takes, the header on every page."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_title_rows = f"{header_row}:{header_row}"
    worksheet.print_options.horizontalCentered = True
    worksheet.page_margins.left = worksheet.page_margins.right = 0.4


def xlsx_cell(worksheet, value, *, font=None, flat=False, framed=False):
    if isinstance(value, Decimal):
        cell = WriteOnlyCell(
            worksheet, value=float(value) if abs(value) < Decimal("1e15") else str(value)
        )
    elif isinstance(value, int) or value is None:
        cell = WriteOnlyCell(worksheet, value=value)
    else:
        cell = WriteOnlyCell(worksheet, value=cell_text(value, flat=flat))
        cell.data_type = "s"  # text, never a formula, whatever it starts with
        cell.alignment = Alignment(wrap_text=framed or "\n" in str(value), vertical="top")
    if isinstance(value, Verdict) and value.code in VERDICT_FILLS:
        cell.fill = PatternFill("solid", fgColor=VERDICT_FILLS[value.code])
    if font is not None:
        cell.font = font
    if framed:
        cell.border = BORDER
        if font is not None:
            cell.fill = HEADER_FILL
    return cell


def xlsx_response(sheet, filename):
    stream = tempfile.TemporaryFile()
    write_xlsx(sheet, stream)
    stream.seek(0)
    return FileResponse(stream, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
