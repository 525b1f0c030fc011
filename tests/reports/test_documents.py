import io

import docx
import pytest
from pypdf import PdfWriter

from reports.documents import DocumentError, NoTextLayer, document_text
from reports.extraction import extract

REPORT = "关于某市2024年计划执行情况及2025年计划草案的报告\n地区生产总值增长5.5%左右。\n"


def pdf_with_text(line):
    """A one-page PDF whose text layer says `line` (Latin text in a standard font)."""
    return _pdf(f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode(), font="")


def pdf_with_chinese_text(text):
    """A one-page PDF whose text layer says `text`, as Chinese PDFs carry it: codes drawn in a
    font whose ToUnicode map gives each its character (here one byte per character of `text`)."""
    codes = bytes(range(0x41, 0x41 + len(text)))
    pairs = "".join(f"<{code:02X}> <{ord(c):04X}>\n" for code, c in zip(codes, text, strict=True))
    to_unicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def "
        "/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(text)} beginbfchar\n{pairs}endbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    content = f"BT /F1 12 Tf 72 720 Td <{codes.hex()}> Tj ET".encode()
    return _pdf(content, font=" /ToUnicode 6 0 R", extra=to_unicode)


def _stream(data):
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _pdf(content, *, font, extra=None):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica{font} >>".encode(),
        *([_stream(extra)] if extra else []),
    ]
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    data += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    data += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return data


def blank_pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


def docx_bytes(build):
    document = docx.Document()
    build(document)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_plain_text_is_read_in_utf8_with_or_without_bom_and_in_gb18030(encoding):
    assert document_text("report.txt", REPORT.encode(encoding)) == REPORT


def test_windows_line_ends_become_plain_newlines():
    assert document_text("report.txt", REPORT.replace("\n", "\r\n").encode()) == REPORT


def test_a_word_file_gives_its_paragraphs_and_tables_in_order_with_tab_separated_cells():
    def build(document):
        document.add_paragraph("附件")
        table = document.add_table(rows=3, cols=4)
        for column, text in enumerate(["指标名称", "单位", "2024年预计", "2025年目标"]):
            table.cell(0, column).text = text
        for column, text in enumerate(["地区生产总值", "%", "5.3 左右", "6 左右"]):
            table.cell(1, column).text = text
        table.cell(2, 0).text = "出口总额"
        table.cell(2, 1).text = "%"
        table.cell(2, 2).text = "保持正增长"
        table.cell(2, 3).text = "不低于\n全省平均水平"
        document.add_paragraph("注：增速按可比价计算。")

    text = document_text("report.docx", docx_bytes(build))

    assert text.splitlines() == [
        "附件",
        "指标名称\t单位\t2024年预计\t2025年目标",
        "地区生产总值\t%\t5.3 左右\t6 左右",
        "出口总额\t%\t保持正增长\t不低于 全省平均水平",
        "注：增速按可比价计算。",
    ]
    found = {(c.indicator, c.year, c.kind): c.value_text for c in extract(text)}
    assert found[("出口总额", 2025, "target")] == "不低于 全省平均水平"
    assert found[("地区生产总值", 2024, "expected")] == "5.3 左右"


def test_merged_word_cells_are_left_empty_as_word_pastes_them():
    def build(document):
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).text = "主要污染物"
        table.cell(0, 1).text = "化学需氧量"
        table.cell(0, 2).text = "完成省下达目标"
        table.cell(1, 1).text = "氨氮"
        table.cell(0, 0).merge(table.cell(1, 0))
        table.cell(0, 2).merge(table.cell(1, 2))

    lines = document_text("table.docx", docx_bytes(build)).splitlines()

    assert lines == ["主要污染物\t化学需氧量\t完成省下达目标", "\t氨氮\t"]


def test_a_pdf_with_a_text_layer_gives_its_text():
    assert "GDP growth 5.5 percent" in document_text(
        "report.pdf", pdf_with_text("GDP growth 5.5 percent")
    )


def test_a_scanned_pdf_without_text_says_so_in_chinese_first():
    with pytest.raises(NoTextLayer) as raised:
        document_text("scan.pdf", blank_pdf())
    assert isinstance(raised.value, ValueError)
    message = str(raised.value)
    assert message.startswith("这份 PDF 没有文字层") and "OCR" in message


def test_the_bytes_decide_when_the_name_has_no_known_extension():
    assert document_text("upload", REPORT.encode()) == REPORT
    with pytest.raises(NoTextLayer):
        document_text("upload.bin", blank_pdf())


def test_a_damaged_file_is_refused_with_a_document_error():
    with pytest.raises(DocumentError):
        document_text("report.docx", b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError):
        document_text("report.pdf", b"%PDF-1.4 truncated")
    with pytest.raises(DocumentError):
        document_text("image.png", b"\x89PNG\r\n\x1a\n\x00\x00")


LOOK_ALIKE = "地区生产总值\u200b增长5.5%左右\u2060，\ufeff出口\u00ad总额增长\u200c5%\u200d"


def test_a_word_file_loses_the_invisible_characters_that_would_make_look_alike_indicators():
    def build(document):
        document.add_paragraph(LOOK_ALIKE)
        table = document.add_table(rows=2, cols=3)
        for column, text in enumerate(["指标名称", "单位", "2025年目标"]):
            table.cell(0, column).text = text
        for column, text in enumerate(["\ufeff居民人均可支配收入\u200b", "%", "6\u200b 左右"]):
            table.cell(1, column).text = text

    text = document_text("report.docx", docx_bytes(build))

    assert text.splitlines() == [
        "地区生产总值增长5.5%左右，出口总额增长5%",
        "指标名称\t单位\t2025年目标",
        "居民人均可支配收入\t%\t6 左右",
    ]
    found = {(c.indicator, c.year, c.kind): c.value_text for c in extract(text)}
    assert found[("居民人均可支配收入", 2025, "target")] == "6 左右"


def test_a_pdf_loses_the_invisible_characters_that_would_make_look_alike_indicators():
    # without the BOM: pypdf itself drops the text before a character mapped to U+FEFF
    look_alike = LOOK_ALIKE.replace("\ufeff", "")
    assert document_text("report.pdf", pdf_with_chinese_text(look_alike)) == (
        "地区生产总值增长5.5%左右，出口总额增长5%"
    )


def test_a_text_file_loses_its_invisible_characters_past_the_byte_order_mark():
    text = document_text("report.txt", ("\ufeff" + LOOK_ALIKE).encode())
    assert text == "地区生产总值增长5.5%左右，出口总额增长5%"
