"""A report in by paste or upload, its candidates reviewed and accepted as figures."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from indicators.models import Figure, Jurisdiction
from reports.models import Candidate, Report
from tests.conftest import broker_down, place
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "reports" / "demo" / "seeds"
CANGSHAN = (SEEDS / "cangshan-2024-execution-2025-plan.txt").read_text(encoding="utf-8")


@pytest.fixture
def cangshan_pasted(analyst_client, demo, django_capture_on_commit_callbacks):
    """The Cangshan report pasted again as a new report of a new district (so nothing is entered yet)."""
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    district = JurisdictionFactory(
        name="试验区", level="district", parent=fuzhou, division_code="350199"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(
            reverse("reports:new"), {"jurisdiction": district.pk, "text": CANGSHAN}
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Report.objects.get(jurisdiction=district)


def test_a_pasted_report_takes_its_title_date_and_years_from_the_text(cangshan_pasted):
    report = cangshan_pasted
    assert report.title.startswith("关于福州市仓山区2024年")
    assert (report.date_text, report.review_year, report.plan_year) == ("2024-12-25", 2024, 2025)
    assert report.extraction == "done"


def test_candidates_carry_verbatim_quotes_and_are_shown_highlighted(
    analyst_client, cangshan_pasted
):
    report = cangshan_pasted
    candidates = list(report.candidates.all())
    assert len(candidates) > 20
    for candidate in candidates:
        assert report.text[candidate.start : candidate.end] == candidate.quote
        assert candidate.value_text in candidate.quote
    page = analyst_client.get(reverse("reports:candidates", args=[report.pk])).content.decode()
    assert page.count("<mark") >= 10 and "地区生产总值" in page


def test_accepting_a_candidate_makes_a_draft_figure_with_its_quote_and_never_twice(
    analyst_client, analyst, cangshan_pasted, django_capture_on_commit_callbacks
):
    report = cangshan_pasted
    candidate = report.candidates.get(indicator="地区生产总值", unit="亿元", year=2024)
    url = reverse("reports:decide", args=[report.pk, candidate.pk])
    analyst_client.post(url, {"decision": "accept", "value_text": candidate.value_text})
    figure = Figure.objects.get(
        source_report=report, indicator__name="地区生产总值", indicator__unit="亿元"
    )
    assert (figure.value_text, figure.source_quote, figure.review_status) == (
        "1110",
        candidate.quote,
        "draft",
    )
    assert figure.history.first().history_user == analyst
    with django_capture_on_commit_callbacks(execute=True):
        analyst_client.post(reverse("reports:extract_again", args=[report.pk]))
    assert Figure.objects.filter(source_report=report).count() == 1
    assert not report.candidates.filter(
        indicator="地区生产总值", unit="亿元", year=2024, decision="pending"
    ).exists()


def test_an_edited_candidate_is_accepted_as_edited_and_a_rejected_one_stays_out(
    analyst_client, cangshan_pasted
):
    report = cangshan_pasted
    first, second = report.candidates.filter(decision="pending")[:2]
    analyst_client.post(
        reverse("reports:decide", args=[report.pk, first.pk]),
        {"decision": "accept", "value_text": "5.9"},
    )
    analyst_client.post(
        reverse("reports:decide", args=[report.pk, second.pk]), {"decision": "reject"}
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.decision, first.figure.value_text) == ("accepted", "5.9")
    assert (second.decision, second.figure) == ("rejected", None)


def test_accepting_everything_above_a_confidence(analyst_client, cangshan_pasted):
    report = cangshan_pasted
    confident = report.candidates.filter(confidence__gte=0.8).count()
    analyst_client.post(reverse("reports:accept_above", args=[report.pk]), {"confidence": "0.8"})
    assert report.candidates.filter(decision="accepted").count() == confident > 0
    assert Figure.objects.filter(source_report=report).count() == confident


def test_a_pasted_annex_table_gets_the_same_review(
    analyst_client, cangshan_pasted, django_capture_on_commit_callbacks
):
    report = cangshan_pasted
    table = (
        "指标名称\t单位\t2024年预计完成\t2025年预期目标\n"
        "规模以上工业增加值\t%\t4.1\t5 左右\n"
        "出口总额    %    8.2    保持正增长\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        analyst_client.post(reverse("reports:paste", args=[report.pk]), {"text": table})
    report.refresh_from_db()
    assert table.strip("\n") in report.text
    found = {(c.indicator, c.year, c.kind, c.value_text) for c in report.candidates.all()}
    assert ("规上工业增加值", 2025, "target", "5 左右") in found


def test_a_report_can_be_uploaded_as_a_file(
    analyst_client, demo, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    upload = SimpleUploadedFile("report.txt", CANGSHAN.encode("gb18030"))
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(
            reverse("reports:new"),
            {"jurisdiction": fuzhou.pk, "file": upload, "title": "上传的报告"},
        )
    assert response.status_code == 302
    report = Report.objects.get(title="上传的报告")
    assert report.source_file and "地区生产总值 1110 亿元" in report.text


def test_a_scanned_pdf_is_refused_with_a_clear_message(
    analyst_client, demo, settings, tmp_path, django_capture_on_commit_callbacks
):
    """The file is read by the extraction task, not the request: the report page says why."""
    from pypdf import PdfWriter

    settings.MEDIA_ROOT = tmp_path
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(buffer)
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(
            reverse("reports:new"),
            {
                "jurisdiction": fuzhou.pk,
                "file": SimpleUploadedFile("scan.pdf", buffer.getvalue()),
                "title": "扫描件",
            },
        )
    report = Report.objects.get(title="扫描件")
    assert response.status_code == 302 and report.extraction == "failed"
    assert report.text == "" and not report.candidates.exists()
    assert "文字层" in analyst_client.get(response.url).content.decode()


def test_an_official_cannot_add_or_review_reports(client, official, demo):
    before = Report.objects.count()
    client.force_login(official)
    report = Report.objects.first()
    assert client.post(
        reverse("reports:new"), {"jurisdiction": report.jurisdiction_id, "text": "x"}
    ).status_code in (200, 403)
    assert Report.objects.count() == before
    assert client.get(reverse("reports:candidates", args=[report.pk])).status_code == 403
    assert (
        client.post(
            reverse("reports:accept_above", args=[report.pk]), {"confidence": "0"}
        ).status_code
        == 403
    )


def test_a_cangshan_analyst_cannot_accept_fuzhou_candidates(client, cangshan_analyst, demo):
    report = Report.objects.get(jurisdiction__division_code="350100", text__contains="指标名称")
    candidate = Candidate.objects.create(
        report=report,
        indicator="地区生产总值",
        unit="%",
        year=2030,
        kind="target",
        value_text="6",
        quote="6",
        start=0,
        end=1,
        confidence=1,
    )
    client.force_login(cangshan_analyst)
    response = client.post(
        reverse("reports:decide", args=[report.pk, candidate.pk]), {"decision": "accept"}
    )
    assert response.status_code == 403
    candidate.refresh_from_db()
    assert candidate.decision == "pending" and not Figure.objects.filter(year=2030).exists()


@pytest.mark.parametrize("date_text", ["2024-13-45", "2024-02-30", "abc"])
def test_an_impossible_date_is_refused_with_a_message(analyst_client, demo, date_text):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    count = Report.objects.count()
    response = analyst_client.post(
        reverse("reports:new"),
        {"jurisdiction": fuzhou.pk, "text": "关于某事的报告", "title": "T", "date_text": date_text},
    )
    assert response.status_code == 200 and "不是日期" in response.content.decode()
    assert Report.objects.count() == count


def test_an_impossible_date_in_the_text_is_refused_with_a_message(analyst_client, demo):
    before = Report.objects.count()
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    text = CANGSHAN.replace("2024 年 12 月 25 日", "2024 年 13 月 45 日")
    response = analyst_client.post(
        reverse("reports:new"), {"jurisdiction": fuzhou.pk, "text": text}
    )
    page = response.content.decode()
    assert response.status_code == 200 and "2024-13-45" in page and "不是日期" in page
    assert Report.objects.count() == before


def test_text_and_file_together_are_refused(analyst_client, demo):
    before = Report.objects.count()
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    response = analyst_client.post(
        reverse("reports:new"),
        {
            "jurisdiction": fuzhou.pk,
            "text": CANGSHAN,
            "file": SimpleUploadedFile("r.txt", CANGSHAN.encode()),
        },
    )
    assert response.status_code == 200 and Report.objects.count() == before


def test_an_extraction_the_broker_cannot_take_fails_with_a_message_and_can_be_tried_again(
    analyst_client, django_capture_on_commit_callbacks
):
    district = JurisdictionFactory(
        name="试验区", level="district", parent=place("350100"), division_code="350199"
    )
    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(
            reverse("reports:new"), {"jurisdiction": district.pk, "text": CANGSHAN}
        )
    assert response.status_code == 302
    report = Report.objects.get(jurisdiction=district)
    assert report.extraction == "failed" and "任务队列" in report.extraction_error
    page = analyst_client.get(response["Location"]).content.decode()
    assert report.extraction_error in page
    assert reverse("reports:extract_again", args=[report.pk]) in page
    with django_capture_on_commit_callbacks(execute=True):  # the broker is back
        analyst_client.post(reverse("reports:extract_again", args=[report.pk]))
    report.refresh_from_db()
    assert (report.extraction, report.extraction_error) == ("done", "")
    assert report.candidates.filter(indicator="地区生产总值", value_text="1110").exists()
