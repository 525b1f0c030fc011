"""Hostile and broken report files are refused with a message naming the limit or the fault
(issue 18, items 1 and 11), never a worker's memory or a 500.

Every file is built here, small: a zip bomb is a member of zeros that deflates a thousandfold.
"""

import io
import time
import zipfile

import pytest
from pypdf import PdfWriter

from reports.documents import DocumentError, document_text
from tests.reports.test_documents import docx_bytes, pdf_with_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_file(document_xml=None, extra=(), zeros=None):
    """A real .docx with its document.xml replaced, extra members added, or a member of
    `zeros` bytes of zeros (written in chunks: the test holds 1 MB at most)."""
    original = docx_bytes(lambda document: document.add_paragraph("关于某市的报告"))
    source, target = zipfile.ZipFile(io.BytesIO(original)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml" and document_xml is not None:
                data = document_xml.encode()
            archive.writestr(member.filename, data)
        for name, data in extra:
            archive.writestr(name, data)
        if zeros:
            with archive.open("word/media/padding.bin", "w", force_zip64=True) as member:
                chunk = b"\0" * min(zeros, 1 << 20)
                for _written in range(0, zeros, len(chunk)):
                    member.write(chunk)
    return target.getvalue()


def body(inner):
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>'


def table(span):
    return body(
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr>"
        f'<w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>地区生产总值</w:t></w:r></w:p>'
        "</w:tc></w:tr></w:tbl>"
    )


def refused(name, data):
    with pytest.raises(DocumentError) as raised:
        document_text(name, data)
    return str(raised.value)


# Word ----------------------------------------------------------------------------------------


def test_a_word_file_that_unzips_to_200_mb_is_refused_naming_the_limit():
    bomb = word_file(zeros=200 * 2**20)
    assert len(bomb) < 1_000_000  # the was 611 KB
    with translation("en"):
        message = refused("bomb.docx", bomb)
    assert "word/media/padding.bin" in message and "the limit is 25 MB" in message


def test_a_word_file_over_the_unzipped_total_is_refused(settings):
    settings.DOCUMENT_MAX_UNZIPPED_BYTES = 2 * 2**20
    parts = [(f"word/media/part{n}.bin", b"x" * 2**20) for n in range(3)]
    with translation("en"):
        message = refused("many.docx", word_file(extra=parts))
    assert "unzips to 3" in message and "the limit is 2 MB" in message


def test_a_part_compressed_beyond_the_ratio_is_refused(settings):
    settings.DOCUMENT_MAX_PART_BYTES = 100 * 2**20
    with translation("en"):
        message = refused("dense.docx", word_file(zeros=5 * 2**20))
    assert "to 1; the limit is 100 to 1" in message


def test_a_cell_spanning_a_hundred_million_columns_is_refused_naming_the_limit():
    with translation("en"):
        message = refused("span.docx", word_file(table(100_000_000)))
    assert "spans 100000000 columns; the limit is 64" in message


@pytest.mark.parametrize("span", ["abc", "-1", "0", "", "１２"])
def test_a_cell_span_that_is_not_a_number_is_refused_with_a_message(span):
    with translation("en"):
        message = refused("span.docx", word_file(table(span)))
    assert "which is not a number" in message


def test_a_cell_merged_in_a_way_word_never_writes_is_refused():
    xml = table(1).replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="sideways"/>')
    with translation("en"):
        assert "sideways" in refused("merge.docx", word_file(xml))


def test_a_sane_span_still_reads_as_empty_cells_after_the_spanning_one():
    assert document_text("span.docx", word_file(table(3))) == "地区生产总值\t\t"


def test_a_word_file_with_more_xml_elements_than_the_limit_is_refused(settings):
    settings.DOCUMENT_MAX_XML_ELEMENTS = 1000
    paragraphs = "<w:p><w:r><w:t>增长</w:t></w:r></w:p>" * 400
    with translation("en"):
        assert "more than 1000 XML elements" in refused("big.docx", word_file(body(paragraphs)))


def test_an_xml_entity_bomb_is_refused_without_expanding_it():
    lol = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    xml = body("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>").replace(
        "<w:document", f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{lol}]><w:document', 1
    )
    with translation("en"):
        assert "DTD" in refused("lol.docx", word_file(xml))


@pytest.mark.parametrize(
    "xml",
    [body("<w:p><w:r><w:t>未闭合</w:r></w:p>"), "not xml at all", body("") + "<trailing/>"],
    ids=["unclosed", "not-xml", "two-roots"],
)
def test_malformed_word_xml_is_refused_with_a_message(xml):
    with translation("en"):
        assert refused("broken.docx", word_file(xml)) == "This Word file cannot be read."


def test_a_word_file_without_its_document_is_refused_with_a_message():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("[Content_Types].xml", "<Types/>")
    with translation("en"):
        assert refused("empty.docx", archive.getvalue()) == "This Word file cannot be read."


# PDF -----------------------------------------------------------------------------------------


def blank_pages(count):
    writer, stream = PdfWriter(), io.BytesIO()
    for _page in range(count):
        writer.add_blank_page(width=612, height=792)
    writer.write(stream)
    return stream.getvalue()


def test_a_pdf_with_more_pages_than_the_limit_is_refused_naming_it(settings):
    settings.DOCUMENT_MAX_PAGES = 10
    with translation("en"):
        assert refused("long.pdf", blank_pages(50)) == "This PDF has 50 pages; the limit is 10."


def test_a_truncated_pdf_is_refused_with_a_message():
    whole = pdf_with_text("GDP growth 5.5 percent")
    with translation("en"):
        assert refused("cut.pdf", whole[: len(whole) // 2]) == "This PDF cannot be read."


def test_a_pdf_whose_page_tree_contains_itself_is_refused_with_a_message():
    looped = pdf_with_text("GDP").replace(b"/Kids [3 0 R]", b"/Kids [2 0 R]")
    with translation("en"):
        assert refused("loop.pdf", looped) in (
            "This PDF cannot be read.",
            "This PDF has no text layer (it is probably a scan): run OCR on it first, "
            "or paste the report's text.",
        )


# The reading process's own caps -------------------------------------------------------------


def test_reading_past_the_time_limit_is_stopped_and_says_so(settings):
    settings.DOCUMENT_READ_SECONDS = 0
    with translation("en"):
        message = refused("report.docx", word_file())
    assert message == "Reading this file took more than 0 seconds, the limit."


def test_reading_that_needs_more_memory_than_the_limit_is_stopped_and_says_so(settings):
    settings.DOCUMENT_READ_MEMORY_BYTES = 48 * 2**20  # the libraries alone map 40 MB
    paragraphs = "".join(f"<w:p><w:r><w:t>{n}</w:t></w:r></w:p>" for n in range(20_000))
    with translation("en"):
        message = refused("report.docx", word_file(body(paragraphs)))
    assert message == "Reading this file needs more than 48 MB of memory, the limit."


def test_a_pdf_whose_text_is_longer_than_the_limit_is_refused_naming_it(settings):
    settings.REPORT_MAX_TEXT = 10
    with translation("en"):
        message = refused("long.pdf", pdf_with_text("GDP growth 5.5 percent"))
    assert message == "The report's text is longer than 10 characters, the limit."


def translation(language):
    from django.utils import translation as django_translation

    return django_translation.override(language)


def test_conversion_stops_once_the_text_is_over_the_limit(settings):
    settings.REPORT_MAX_TEXT = 1000
    paragraphs = "".join(f"<w:p><w:r><w:t>{n:08d}</w:t></w:r></w:p>" for n in range(5000))
    with translation("en"):
        message = refused("long.docx", word_file(body(paragraphs)))
    assert message == "The report's text is longer than 1,000 characters, the limit."


def test_the_limits_are_named_in_chinese_first():
    with translation("zh-hans"):
        assert "上限为 64 列" in refused("span.docx", word_file(table(100_000_000)))
        assert "文字层" in refused("scan.pdf", blank_pages(3))


def test_parallel_hostile_uploads_are_each_refused_by_their_own_capped_process():
    """Four readers at once, as four web workers without a broker would run them: each bomb
    costs a child process its capped memory and time, and every one is refused."""
    from concurrent.futures import ThreadPoolExecutor

    from django.utils import translation as django_translation

    files = [
        ("span.docx", word_file(table(100_000_000))),
        ("bomb.docx", word_file(zeros=200 * 2**20)),
        (
            "lol.docx",
            word_file(body("<w:p/>").replace("<w:document", "<!DOCTYPE x []><w:document")),
        ),
        ("long.pdf", blank_pages(1200)),
    ]

    def read(named):
        with django_translation.override("en"):
            try:
                document_text(*named)
            except DocumentError as error:
                return str(error)
        return None

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        messages = list(pool.map(read, files))
    assert all(messages), messages
    assert "the limit is 64" in messages[0] and "the limit is 25 MB" in messages[1]
    assert "DTD" in messages[2] and "the limit is 1000" in messages[3]
    assert time.monotonic() - started < 30
