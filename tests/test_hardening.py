"""Login throttling, the Content-Security-Policy, escaping of user text, uploaded files."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from indicators.models import Figure, Jurisdiction
from indicators.services.figures import figure_record
from reports.models import Report
from reports.services import report_record
from tests.factories import IndicatorFactory, JurisdictionFactory, ReportFactory

pytestmark = pytest.mark.django_db

HOSTILE = ['<script>alert("x")</script>', '"></script><img src=x onerror=alert(1)>']


def test_password_guessing_is_locked_out_even_for_the_right_password(client, analyst, settings):
    url = reverse("login")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(url, {"username": "analyst", "password": "wrong"}).status_code == 200
    assert client.post(url, {"username": "analyst", "password": "wrong"}).status_code == 429
    locked = client.post(url, {"username": "analyst", "password": "pw-analyst-1"})
    assert locked.status_code == 429
    assert "登录失败次数过多" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_right_password_logs_in_before_the_limit(client, analyst):
    client.post(reverse("login"), {"username": "analyst", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "analyst", "password": "pw-analyst-1"})
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(analyst.pk)


def test_pages_carry_a_content_security_policy_that_allows_nothing_from_elsewhere(
    analyst_client, demo
):
    policy = analyst_client.get(reverse("indicators:home"))["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy and "http" not in policy


@pytest.fixture
def hostile_data(demo, analyst):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    indicator = IndicatorFactory(name=HOSTILE[0], name_en=HOSTILE[1], unit="<b>%", aliases=HOSTILE)
    report = ReportFactory(
        jurisdiction=fuzhou,
        title=HOSTILE[0],
        issuing_body=HOSTILE[1],
        meeting=HOSTILE[0],
        delivered_on="2025-01-01",
        text=HOSTILE[1],
    )
    figure = Figure(
        jurisdiction=fuzhou,
        indicator=indicator,
        year=2023,
        kind="target",
        value_text=HOSTILE[1],
        source_report=report,
        source_quote=HOSTILE[0],
    )
    figure_record(figure=figure, user=analyst)
    JurisdictionFactory(
        name=HOSTILE[0], name_en=HOSTILE[1], level="district", parent=fuzhou, division_code="350199"
    )
    return figure


def test_user_text_is_escaped_on_every_page(analyst_client, hostile_data, fuzhou_reviewer, client):
    figure = hostile_data
    urls = [
        reverse("indicators:home"),
        reverse("indicators:indicator_list"),
        reverse("indicators:jurisdiction", args=["350100"]),
        reverse("indicators:jurisdiction", args=["350199"]),
        reverse("indicators:figure", args=[figure.pk]),
        reverse("reports:detail", args=[figure.source_report_id]),
        reverse("admin:indicators_figure_changelist"),
        reverse("admin:indicators_figure_change", args=[figure.pk]),
        reverse("admin:reports_report_change", args=[figure.source_report_id]),
    ]
    client.force_login(fuzhou_reviewer)
    for http, url in [(analyst_client, url) for url in urls] + [
        (client, reverse("reports:review"))
    ]:
        page = http.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, url


def report_with(upload):
    report = Report(
        jurisdiction=Jurisdiction.objects.get(division_code="350100"),
        title="上传测试",
        delivered_on="2025-01-01",
        source_file=upload,
    )
    return report


def docx_bytes():
    # A fixed timestamp keeps the bytes, and so the test id, the same in every
    # xdist worker; with the clock's, workers collected different tests.
    entry = zipfile.ZipInfo("word/document.xml", date_time=(2025, 1, 1, 0, 0, 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(entry, "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", b"%PDF-1.7\n..."),
        ("report.docx", docx_bytes()),
        ("report.txt", "报告全文".encode()),
    ],
    ids=["pdf", "docx", "txt"],
)
def test_report_files_are_accepted_by_their_content(name, content, demo):
    report = report_with(SimpleUploadedFile(name, content))
    report.full_clean()  # raises ValidationError when refused
    assert report.source_file.name == name


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", b"MZ\x90\x00 an executable", "Only PDF"),
        ("report.pdf", "纯文本".encode(), "named .pdf but contains TXT"),
        ("report.html", b"<html><script>alert(1)</script></html>", "named .html"),
        ("report.docx", b"PK\x03\x04 not a zip", "Only PDF"),
    ],
)
def test_report_files_are_refused_by_their_content(name, content, reason, demo):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        report_with(SimpleUploadedFile(name, content)).full_clean()
    assert reason in str(error.value)


def test_report_files_over_the_limit_are_refused(settings, demo):
    settings.MAX_UPLOAD_BYTES = 1024
    with translation.override("en"), pytest.raises(ValidationError, match="the limit is 0 MB"):
        report_with(SimpleUploadedFile("report.txt", b"a" * 2048)).full_clean()


def test_report_files_are_stored_outside_static_and_served_only_to_readers(
    client, analyst, settings, tmp_path, demo
):
    settings.MEDIA_ROOT = tmp_path / "media"
    report = report_with(SimpleUploadedFile("report.pdf", b"%PDF-1.7\nsecret"))
    report_record(report=report, user=None)
    assert str(settings.STATIC_ROOT) not in report.source_file.path
    assert not str(report.source_file.path).startswith(str(settings.BASE_DIR / "static"))
    url = reverse("reports:file", args=[report.pk])
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(analyst)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).endswith(b"secret")
    assert (
        response["Content-Type"] == "application/pdf"
        and "attachment" in response["Content-Disposition"]
    )
    assert client.get("/media/" + report.source_file.name).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/?year=%C2%B2",
        "/charts/trend/?indicator=%C2%B2",
        "/exports/figures/?year=%C2%B2",
        "/jurisdictions/350100/?year=%C2%B2",
        "/?year=99999999999999999999",
    ],
)
def test_odd_digits_in_query_strings_are_ignored_not_crashed(analyst_client, demo, url):
    assert analyst_client.get(url).status_code == 200
