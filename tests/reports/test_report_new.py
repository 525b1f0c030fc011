"""/reports/new/: the typed title and the year reviewed reach extraction; errors come all at once."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.models import Report
from tests.conftest import place

pytestmark = pytest.mark.django_db

TITLE = "关于福州市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
# An excerpt pasted without its title or headings: no sentence names its year.
EXCERPT = "全市地区生产总值预计增长5.9%，规模以上工业增加值增长6.5%。\n"


def post_report(client, capture, **data):
    with capture(execute=True):
        return client.post(reverse("reports:new"), {"jurisdiction": place("350100").pk, **data})


def test_the_year_comes_from_the_typed_title_and_extraction_keeps_sentences_without_one(
    analyst_client, demo, django_capture_on_commit_callbacks
):
    response = post_report(
        analyst_client,
        django_capture_on_commit_callbacks,
        text=EXCERPT,
        title=TITLE,
        date_text="2024-01-13",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    report = Report.objects.get(title=TITLE)
    assert (report.title, report.review_year, report.plan_year) == (TITLE, 2023, 2024)
    found = {(c.indicator, c.year, c.value_text) for c in report.candidates.all()}
    assert ("地区生产总值", 2023, "5.9") in found and ("规上工业增加值", 2023, "6.5") in found


def test_a_typed_year_overrides_the_title(analyst_client, demo, django_capture_on_commit_callbacks):
    post_report(
        analyst_client,
        django_capture_on_commit_callbacks,
        text=EXCERPT,
        title=TITLE,
        date_text="2024-01-13",
        year="2022",
    )
    report = Report.objects.get(title=TITLE)
    assert report.review_year == 2022
    assert {c.year for c in report.candidates.all()} == {2022}


def test_missing_title_date_and_year_are_named_next_to_their_fields_at_once(
    analyst_client, django_capture_on_commit_callbacks
):
    response = post_report(analyst_client, django_capture_on_commit_callbacks, text=EXCERPT)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"title", "date_text", "year"} <= set(errors) and "__all__" not in errors
    page = response.content.decode()
    assert "请填写报告标题" in page or "没有标题" in page
    assert "标题和正文都没有写明报告回顾的年份" in page
    assert not Report.objects.exists()


def test_a_wrong_date_and_year_are_both_named(analyst_client, django_capture_on_commit_callbacks):
    response = post_report(
        analyst_client,
        django_capture_on_commit_callbacks,
        text=EXCERPT,
        title="报告",
        date_text="2024-13-45",
        year="12345",
    )
    assert response.status_code == 200
    assert {"date_text", "year"} <= set(response.context["form"].errors)
    assert not Report.objects.exists()


def test_neither_text_nor_file_is_named_at_the_text_field(
    analyst_client, django_capture_on_commit_callbacks
):
    response = post_report(analyst_client, django_capture_on_commit_callbacks, title=TITLE)
    assert "text" in response.context["form"].errors and not Report.objects.exists()


def test_an_uploaded_file_takes_its_year_from_the_typed_title(
    analyst_client, demo, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("excerpt.txt", EXCERPT.encode())
    response = post_report(
        analyst_client,
        django_capture_on_commit_callbacks,
        file=upload,
        title=TITLE,
        date_text="2024-01",
    )
    assert response.status_code == 302
    report = Report.objects.get(title=TITLE)
    assert (report.review_year, report.text.strip()) == (2023, EXCERPT.strip())
    assert {c.year for c in report.candidates.all()} == {2023}


def test_the_form_asks_for_the_year_reviewed(analyst_client):
    page = analyst_client.get(reverse("reports:new")).content.decode()
    assert 'name="year"' in page and "回顾年度" in page
