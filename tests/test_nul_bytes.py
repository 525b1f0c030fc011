"""A NUL byte, which PostgreSQL cannot store or compare, is refused with a 400 wherever it comes
in: the path, the query string, a form field."""

import pytest
from django.urls import reverse

from indicators.models import Figure
from indicators.services.figures import figure_record
from reports.models import Candidate
from tests.conftest import place
from tests.factories import ReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(analyst, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350100", year=2023).first()
    figure.value_text = "6.6"
    figure_record(figure=figure, user=analyst)
    return figure


@pytest.fixture
def candidate(demo):
    report = ReportFactory(jurisdiction=place("350100"), text="增长 6.5%")
    return Candidate.objects.create(
        report=report,
        indicator="地区生产总值",
        unit="%",
        year=2024,
        kind="target",
        value_text="6.5",
        quote="增长 6.5%",
        start=0,
        end=6,
        confidence=0.9,
    )


@pytest.mark.parametrize(
    "url",
    [
        "/?jurisdiction=%00",
        "/jurisdictions/?q=%00",
        "/jurisdictions/%00/",
        "/indicators/?q=a%00b",
        "/admin/indicators/jurisdiction/?q=%00",
        "/admin/indicators/figure/?q=%00",
    ],
)
def test_a_nul_in_the_path_or_query_is_refused(client, administrator, demo, url):
    client.force_login(administrator)
    response = client.get(url)
    assert response.status_code == 400
    assert "请求中含有 NUL 字符" in response.content.decode()


def test_a_nul_in_a_review_comment_is_refused(client, fuzhou_reviewer, draft):
    client.force_login(fuzhou_reviewer)
    url = reverse("reports:return", args=[draft.pk])
    response = client.post(url, {"comment": "附件\x00写的是 5.3"})
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.review_status == "draft"


def test_a_nul_in_a_candidate_value_is_refused(analyst_client, candidate):
    url = reverse("reports:decide", args=[candidate.report.pk, candidate.pk])
    response = analyst_client.post(url, {"decision": "accept", "value_text": "6.5\x00"})
    assert response.status_code == 400
    candidate.refresh_from_db()
    assert candidate.decision == "pending" and candidate.figure is None


def test_a_nul_in_a_field_name_is_refused(analyst_client, candidate):
    url = reverse("reports:decide", args=[candidate.report.pk, candidate.pk])
    response = analyst_client.post(url, {"decision\x00": "accept"})
    assert response.status_code == 400


def test_text_without_nul_still_passes(client, fuzhou_reviewer, draft):
    client.force_login(fuzhou_reviewer)
    client.post(reverse("reports:return", args=[draft.pk]), {"comment": "附件写的是 5.3"})
    draft.refresh_from_db()
    assert draft.review_comment == "附件写的是 5.3"
