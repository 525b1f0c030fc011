"""The draft as a Word document (.docx, python-docx): the review of the year drafted from its
verdicts, then next year's main-indicator annex laid out as the reports print it — a two-row
header whose name and unit cells span both rows and whose year cells span their columns, rows
numbered 一、… with 其中： and #, and the footnotes under the table. Opens in Word, WPS and
LibreOffice; East Asian text is set in a font each of them maps (SimSun / 宋体).
"""

from io import BytesIO

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from indicators.display.annex import annex_build
from indicators.display.drafting import draft_build
from indicators.models.names import shown_name

EAST_ASIAN_FONT = "SimSun"
COLUMN_WIDTHS = (Cm(6.4), Cm(1.4), Cm(3.2), Cm(3.2), Cm(3.2))  # 17.4 cm: A4 within its margins


def draft_document(jurisdiction, year):
    """The .docx bytes of the draft of `year`'s review and the annex of `year + 1`."""
    document = Document()
    page_setup(document)
    document.add_heading(
        _("%(name)s %(year)s: draft of the review")
        % {"name": shown_name(jurisdiction), "year": year},
        level=1,
    )
    document.add_paragraph(draft_build(jurisdiction, year).text())
    annex = annex_build(jurisdiction, year + 1)
    document.add_heading(
        _("%(name)s %(year)s main indicators")
        % {"name": shown_name(jurisdiction), "year": year + 1},
        level=2,
    )
    if annex.empty:
        document.add_paragraph(_("No targets of %(year)s are recorded.") % {"year": year + 1})
    else:
        annex_table(document, annex)
        for note in annex.notes():
            note_paragraph = document.add_paragraph(note)
            for run in note_paragraph.runs:
                run.font.size = Pt(9)
    stream = BytesIO()
    document.save(stream)
    return stream.getvalue()


def page_setup(document):
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, not python-docx's Letter
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    for name in ("Normal", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.name = EAST_ASIAN_FONT
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def annex_table(document, annex):
    """Two header rows: name and unit span both; last year's target and result sit under one
    cell for last year; then a row per indicator, texts exactly as written."""
    headers = annex.headers()
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    top, below = table.rows
    for column in (0, 1):
        merged = top.cells[column].merge(below.cells[column])
        merged.text = headers[column]
    last_year = top.cells[2].merge(top.cells[3])
    last_year.text = _("%(year)s") % {"year": annex.year - 1}
    top.cells[4].text = _("%(year)s") % {"year": annex.year}
    for column in (2, 3, 4):
        below.cells[column].text = headers[column]
    for row in annex.rows:
        cells = table.add_row().cells
        values = [row.label, row.indicator.unit, row.target, row.result, row.next_target]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value if isinstance(value, str) else (value.value_text if value else "")
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS, strict=True):
        column.width = width  # the grid LibreOffice lays out by
        for cell in column.cells:
            cell.width = width  # the cells Word lays out by
    for header_row in (top, below):
        repeat_as_header(header_row)


def repeat_as_header(row):
    """Word and LibreOffice repeat a header row at the top of each page of a long table."""
    properties = row._tr.get_or_add_trPr()
    marker = properties.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"})
    properties.append(marker)
