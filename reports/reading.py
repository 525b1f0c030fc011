"""A report file's text, read in a process of its own under limits (issue 18, items 1 and 11).

Word and PDF files are parsed by libraries that trust their input: a 611 KB .docx whose
document.xml unzips to 200 MB took a web worker to 3.3 GB, one `<w:gridSpan w:val="100000000"/>`
to 1.2 GB, a 100,000-page PDF 25 s. `reports.documents.document_text` runs this module as
``python -m reports.reading LIMITS KIND`` with the file on stdin. The process caps its own memory
and CPU time, checks the archive's directory and streams every XML part (no DTD, a bounded
number of elements, sane table spans) before python-docx sees it, stops a PDF at its page limit,
and answers one JSON object: ``{"text": …}`` or ``{"error": code, "params": {…}}``. It imports
nothing of Django: the parent turns the codes into translated messages.

Tables keep their rows on one line each, cells separated by tabs, so that an annex reads as
it does when pasted from Word: merged cells stay empty, a cell's own line breaks become spaces.
"""

import io
import json
import resource
import sys
import zipfile

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_GRID_SPAN, _V_MERGE, _VAL = f"{_W}gridSpan", f"{_W}vMerge", f"{_W}val"
# Below this size a part's compression ratio says nothing (a page of tags compresses 50 to 1).
RATIO_FLOOR = 1 << 20
_MERGES = {None, "restart", "continue"}


class Unreadable(Exception):
    """Why a file cannot be read: a code the parent words, and the numbers it quotes."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code, self.params = code, params


def archive_problem(archive, limits):
    """The first limit a .docx archive's directory breaks, as an Unreadable, or None.

    Reads only the directory: cheap enough for the upload request. The sizes it declares are
    the most zipfile will inflate (it stops there and fails the CRC), so they can be trusted.
    """
    members = archive.infolist()
    if len(members) > limits["parts"]:
        return Unreadable("parts", count=len(members), limit=limits["parts"])
    total = 0
    for member in members:
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return Unreadable("compression", part=member.filename)
        if member.file_size > limits["part_bytes"]:
            return Unreadable(
                "part_size", part=member.filename, size=member.file_size, limit=limits["part_bytes"]
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR and ratio > limits["ratio"]:
            return Unreadable(
                "ratio", part=member.filename, ratio=int(ratio), limit=limits["ratio"]
            )
        total += member.file_size
    if total > limits["unzipped_bytes"]:
        return Unreadable("unzipped", size=total, limit=limits["unzipped_bytes"])
    return None


def read(kind, data, limits):
    """The text of a .docx or .pdf file, or Unreadable."""
    text = _docx_text(data, limits) if kind == "docx" else _pdf_text(data, limits)
    if len(text) > limits["text"]:
        raise Unreadable("text_length", length=len(text), limit=limits["text"])
    return text


# Word ---------------------------------------------------------------------------------------


def _docx_text(data, limits):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise Unreadable("docx") from error
    problem = archive_problem(archive, limits)
    if problem:
        raise problem
    elements = 0
    for member in archive.infolist():
        if member.filename.endswith((".xml", ".rels")):
            with archive.open(member) as stream:
                elements = _scan_xml(stream, elements, limits)
    import docx  # after the checks: python-docx parses every XML part whole

    try:
        document = docx.Document(io.BytesIO(data))
        lines, length = [], 0
        for line in _body_lines(document):
            lines.append(line)
            length += len(line) + 1
            if length > limits["text"] + 1:  # stop converting once the text is too long
                raise Unreadable("text_over", limit=limits["text"])
        return "\n".join(lines)
    except (MemoryError, Unreadable):
        raise  # the cap or a limit, not a fault of the file: main() says which
    except Exception as error:  # any failure of the library on a checked file: unreadable
        raise Unreadable("docx") from error


def _scan_xml(stream, elements, limits):
    """Stream one XML part: refuse a DTD (Word never writes one; entity bombs need one), more
    elements than the limit, and table spans or merges that are not what Word writes."""
    parser = etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    first = True
    try:
        for event, element in parser:
            if event == "end":
                element.clear()  # what was read is not kept: memory stays flat
                while element.getprevious() is not None:
                    del element.getparent()[0]
                continue
            if first and element.getroottree().docinfo.internalDTD is not None:
                raise Unreadable("doctype")
            first = False
            elements += 1
            if elements > limits["elements"]:
                raise Unreadable("elements", limit=limits["elements"])
            if element.tag == _GRID_SPAN:
                _check_span(element.get(_VAL), limits)
            elif element.tag == _V_MERGE and element.get(_VAL) not in _MERGES:
                raise Unreadable("bad_merge", value=str(element.get(_VAL))[:20])
    except etree.XMLSyntaxError as error:
        raise Unreadable("docx") from error
    return elements


def _check_span(value, limits):
    if value is None or not value.isascii() or not value.isdigit() or int(value) < 1:
        raise Unreadable("bad_span", value=str(value)[:20])
    if int(value) > limits["span"]:
        raise Unreadable("span", span=int(value), limit=limits["span"])


def _body_lines(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(element, document).text
        elif tag == "tbl":
            yield from _table_lines(Table(element, document))


def _table_lines(table):
    """One line per row: a cell spanning columns is followed by empty cells, as is a cell
    continuing a vertical merge, the way Word pastes them."""
    from docx.table import _Cell

    for row in table.rows:
        cells = []
        for tc in row._tr.tc_lst:
            continued = tc.vMerge == "continue"
            text = "" if continued else _Cell(tc, table).text
            cells.append(" ".join(text.split("\n")).strip())
            cells.extend([""] * (tc.grid_span - 1))
        yield "\t".join(cells)


# PDF ----------------------------------------------------------------------------------------


def _pdf_text(data, limits):
    import pypdf.filters
    from pypdf import PdfReader

    # pypdf's own caps on an inflated stream (75 MB, 1 GB for LZW) are above ours
    pypdf.filters.ZLIB_MAX_OUTPUT_LENGTH = limits["part_bytes"]
    pypdf.filters.LZW_MAX_OUTPUT_LENGTH = limits["part_bytes"]
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        # the page tree's own count first: counting the pages walks the whole tree
        declared = int(reader.trailer["/Root"]["/Pages"].get("/Count", 0))
        if declared > limits["pages"]:
            raise Unreadable("pages", count=declared, limit=limits["pages"])
        count = len(reader.pages)
    except (MemoryError, Unreadable):
        raise  # the cap or a limit, not a fault of the file: main() says which
    except Exception as error:  # truncated, self-referencing, encrypted …: unreadable
        raise Unreadable("pdf") from error
    if count > limits["pages"]:
        raise Unreadable("pages", count=count, limit=limits["pages"])
    pages, length = [], 0
    for number in range(count):
        try:
            page = reader.pages[number].extract_text() or ""
        except MemoryError:
            raise  # the cap, not the file: main() says so
        except Exception as error:
            raise Unreadable("pdf") from error
        pages.append(page)
        length += len(page) + 1
        if length > limits["text"] + 1:  # stop extracting pages once the text is too long
            raise Unreadable("text_over", limit=limits["text"])
    text = "\n".join(pages)
    if not text.strip():
        raise Unreadable("no_text_layer")
    return text


# The process --------------------------------------------------------------------------------


def _cap(limits):
    """Cap this process: memory (address space) and CPU seconds; the parent also keeps time."""
    memory = limits["memory_bytes"]
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    seconds = limits["seconds"] + 1
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _near_cap(limits):
    """Whether this process came within a quarter of its memory cap (Linux's VmPeak)."""
    try:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmPeak:"))
    except (OSError, StopIteration):
        return False
    return int(line.split()[1]) * 1024 >= 0.75 * limits["memory_bytes"]


def main(argv):
    limits, kind = json.loads(argv[1]), argv[2]
    data = sys.stdin.buffer.read()
    import docx  # noqa: F401  imported before the cap: loading libraries is not reading the file
    import pypdf  # noqa: F401

    _cap(limits)
    try:
        answer = {"text": read(kind, data, limits)}
    except Unreadable as problem:
        answer = {"error": problem.code, "params": problem.params}
    except MemoryError:
        answer = {"error": "memory", "params": {}}
    except RecursionError:  # a self-referencing structure the library followed
        answer = {"error": kind, "params": {}}
    if answer.get("error") == kind and _near_cap(limits):
        # libxml2 out of memory often says only "unknown error": the cap, not the file
        answer = {"error": "memory", "params": {}}
    sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode())


if __name__ == "__main__":
    main(sys.argv)
