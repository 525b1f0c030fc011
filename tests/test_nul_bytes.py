"""A NUL byte, which PostgreSQL cannot store or compare, is refused with a 400 wherever it comes
in: the path, the query string, a form field, a JSON body; a NUL written as the JSON escape
\\u0000 in an admin JSON field is a form error on that field."""

import json

import pytest
from django.urls import reverse

from indicators.models import Figure, Indicator
from indicators.services.figures import figure_record
from reports.models import Candidate
from tests.conftest import place
from tests.factories import ReportFactory
from tests.indicators.test_editing import change_form_data

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


@pytest.mark.parametrize(
    "body",
    [
        '{"name": "\\u0000"}',
        '{"name\\u0000": "福州市"}',
        '[{"aliases": ["a", "b\\u0000"]}]',
        '{"name": "\x00"}',
    ],
)
@pytest.mark.parametrize("method", ["post", "put", "patch"])
def test_a_nul_in_a_json_body_is_refused(client, administrator, method, body):
    client.force_login(administrator)
    url = reverse("api:jurisdiction-list")
    response = getattr(client, method)(url, body, content_type="application/json")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_a_json_body_without_nul_reaches_the_view(client, administrator):
    client.force_login(administrator)
    url = reverse("api:jurisdiction-list")
    for body in ['{"name": "\\\\u0000 is how JSON writes NUL"}', "not json \\u0000"]:
        assert client.post(url, body, content_type="application/json").status_code == 405


def test_a_nul_escape_in_an_indicators_aliases_is_a_form_error_naming_the_field(
    client, administrator, demo
):
    client.force_login(administrator)
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    url = reverse("admin:indicators_indicator_change", args=[indicator.pk])
    data = {
        "name": indicator.name,
        "unit": indicator.unit,
        "measure": indicator.measure,
        "direction": indicator.direction,
        "category": indicator.category,
        "display_order": indicator.display_order,
        "aliases": json.dumps(["GDP增速\x00"]),
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["aliases"]
    assert "NUL" in str(response.context["adminform"].form.errors["aliases"])
    indicator.refresh_from_db()
    assert "GDP增速" not in "".join(indicator.aliases)
    assert client.post(url, {**data, "aliases": '["GDP增速"]'}).status_code == 302


def test_a_nul_escape_in_a_figures_flags_is_a_form_error_naming_the_field(analyst, client, demo):
    figure = Figure.objects.filter(jurisdiction__division_code="350100", year=2024).first()
    client.force_login(analyst)
    url = reverse("admin:indicators_figure_change", args=[figure.pk])
    data = change_form_data(figure, figure.value_text, figure.version)
    response = client.post(url, {**data, "flags": '["\\u0000预计"]'})
    assert response.status_code == 200
    assert "flags" in response.context["adminform"].form.errors
    assert Figure.objects.get(pk=figure.pk).version == figure.version
