"""The draft as a Word document: the review drafted from the verdicts and next year's annex laid
out as the reports print it, opened in LibreOffice (converted to PDF, its text read back)."""

import io
import re
import shutil
import subprocess

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

pytestmark = pytest.mark.django_db


def fuzhou_docx(tmp_path):
    path = tmp_path / "draft.docx"
    call_command("draft_report", jurisdiction="福州市", year=2023, format="docx", output=path)
    return path


def pdf_text(docx, tmp_path):
    """What LibreOffice makes of the document, as text (whitespace removed: cells wrap)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice Writer is needed: make system-deps installs it"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    reader = PdfReader(tmp_path / "draft.pdf")
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def test_the_docx_opens_in_libreoffice_with_the_draft_and_the_annex(demo, tmp_path):
    text = pdf_text(fuzhou_docx(tmp_path), tmp_path)
    assert "福州市2023年执行情况（起草稿）" in text
    assert "等4项指标增幅高于预期目标；" in text and text.count("。") >= 1
    for row in ("一、地区生产总值%6.5左右5.3左右6左右", "其中：第一产业增加值%3.54.53.5",
                "#规上工业增加值%6.83.56", "十三、亿元生产总值生产安全事故死亡率"):  # fmt: skip
        assert row in text, row
    assert "增长率单位为%" in text  # the footnotes under the table


def test_the_annex_table_has_merged_headers_and_the_report_rows(demo, tmp_path):
    [table] = Document(fuzhou_docx(tmp_path)).tables
    top, below = table.rows[0], table.rows[1]
    assert top.cells[0]._tc is below.cells[0]._tc  # 指标名称 spans both header rows
    assert top.cells[1]._tc is below.cells[1]._tc  # 单位 too
    assert top.cells[2]._tc is top.cells[3]._tc and top.cells[2].text == "2023年"
    assert [c.text for c in below.cells[2:]] == [
        "2023 年市人代会通过的预期目标",
        "2023 年预计完成情况",
        "2024 年预期目标",
    ]
    labels = [row.cells[0].text for row in table.rows[2:]]
    assert labels[:4] == [
        "一、地区生产总值",
        "其中：第一产业增加值",
        "第二产业增加值",
        "# 规上工业增加值",
    ]
    assert labels[-1] == "十三、亿元生产总值生产安全事故死亡率"
    for header in (top, below):
        assert header._tr.xpath("./w:trPr/w:tblHeader")  # repeated on each page


def test_the_draft_page_downloads_the_docx(demo, admin_client):
    response = admin_client.get(
        reverse("indicators:draft", args=["350100", 2023]), {"format": "docx"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    assert ".docx" in response["Content-Disposition"]
    document = Document(io.BytesIO(response.content))
    assert "增幅高于预期目标" in "".join(p.text for p in document.paragraphs)
