"""The text of an uploaded report: plain text, Word (.docx) or a PDF with a text layer.

Tables keep their rows on one line each, cells separated by tabs, so that an annex reads as
it does when pasted from Word: merged cells stay empty, a cell's own line breaks become spaces.
"""

import io
import zipfile

import docx
from django.utils.translation import gettext as _
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from reports.uploads import sniff


class DocumentError(ValueError):
    """The file cannot be read as a report."""


class NoTextLayer(DocumentError):
    """A PDF without text: a scan, which needs OCR before anything can be extracted."""

    def __init__(self, message=None):
        super().__init__(
            message
            or _(
                "This PDF has no text layer (it is probably a scan): run OCR on it first, "
                "or paste the report's text."
            )
        )


def document_text(name: str, data: bytes) -> str:
    """The text of a .txt (UTF-8, UTF-8 with BOM or GB18030), .docx or .pdf file.

    The file name's extension decides; without a known one, the bytes do.
    """
    kind = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if kind not in ("txt", "docx", "pdf"):
        kind = sniff(data[:8], lambda: data)
    readers = {"txt": _plain_text, "docx": _docx_text, "pdf": _pdf_text}
    if kind not in readers:
        raise DocumentError(_("Only PDF, Word (.docx) and plain-text reports are accepted."))
    text = readers[kind](data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _plain_text(data):
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(_("The file is neither UTF-8 nor GB18030 text."))


def _docx_text(data):
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentError(_("This Word file cannot be read.")) from error
    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            table = Table(element, document)
            lines.extend(_table_lines(table))
    return "\n".join(lines)


def _table_lines(table):
    """One line per row: a cell spanning columns is followed by empty cells, as is a cell
    continuing a vertical merge, the way Word pastes them."""
    lines = []
    for row in table.rows:
        cells = []
        for tc in row._tr.tc_lst:
            continued = tc.vMerge == "continue"
            text = "" if continued else _Cell(tc, table).text
            cells.append(" ".join(text.split("\n")).strip())
            cells.extend([""] * (tc.grid_span - 1))
        lines.append("\t".join(cells))
    return lines


def _pdf_text(data):
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise DocumentError(_("This PDF cannot be read.")) from error
    text = "\n".join(pages)
    if not text.strip():
        raise NoTextLayer()
    return text
