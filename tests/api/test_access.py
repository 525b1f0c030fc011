"""Who reads what through the API: the pages' rules, for scripts."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from indicators.models import Figure
from tests.api.conftest import token_client
from tests.conftest import make_user

ENDPOINTS = [
    "/api/v1/",
    "/api/v1/jurisdictions/",
    "/api/v1/jurisdictions/350100/",
    "/api/v1/indicators/",
    "/api/v1/figures/",
    "/api/v1/assessments/",
    "/api/v1/plans/",
    "/api/v1/comparisons/?year=2023&jurisdiction=350100",
]


def anonymous():
    return APIClient()


def all_figures(client, **query):
    found, url = [], "/api/v1/figures/"
    params = {"page_size": 1000, **query}
    while url:
        page = client.get(url, params).json()
        found += page["results"]
        url, params = page["next"], None
    return found


@pytest.mark.django_db
def test_anonymous_callers_are_refused_unless_the_site_is_public(demo, settings):
    for url in ENDPOINTS:
        settings.PUBLIC_READ = False
        refused = anonymous().get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert refused.status_code == 401, url
        assert "Authorization: Token" in refused.json()["detail"]

        settings.PUBLIC_READ = True
        assert anonymous().get(url).status_code == 200, url


@pytest.mark.django_db
def test_drafts_reach_analysts_and_administrators_never_officials_or_the_public(
    draft, settings, django_user_model, official, administrator
):
    settings.PUBLIC_READ = True
    elsewhere = make_user(django_user_model, "elsewhere", group="analysts", assigned="350104")
    readers = {
        "anonymous": anonymous(),
        "official": token_client(official),
        "analyst of another district": token_client(elsewhere),
        "administrator": token_client(administrator),
    }
    seen = {who: {f["id"] for f in all_figures(client)} for who, client in readers.items()}

    published = set(Figure.objects.published().values_list("pk", flat=True))
    assert seen["anonymous"] == seen["official"] == published
    # As on the pages (permissions.sees_drafts), every analyst reads drafts, marked as such.
    assert seen["analyst of another district"] == seen["administrator"] == published | {draft.pk}
    shown = token_client(elsewhere).get(f"/api/v1/figures/{draft.pk}/").json()
    assert shown["review_status"] == "draft"
    assert token_client(official).get(f"/api/v1/figures/{draft.pk}/").status_code == 404
    assert anonymous().get(f"/api/v1/figures/{draft.pk}/").status_code == 404


@pytest.mark.django_db
def test_every_write_method_answers_405_whoever_asks(demo, settings, administrator):
    settings.PUBLIC_READ = True
    figure = Figure.objects.order_by("pk").first()
    before = list(Figure.objects.order_by("pk").values_list("pk", "value_text", "version"))
    urls = [url.split("?")[0] for url in ENDPOINTS] + [f"/api/v1/figures/{figure.pk}/"]
    calls = [
        (client, method)
        for client in (anonymous(), token_client(administrator))
        for method in ("post", "put", "patch", "delete")
    ]
    for client, method in calls:
        for url in urls:
            response = getattr(client, method)(url, {"value_text": "1"}, format="json")
            assert response.status_code == 405, (method, url, response.content)
    assert list(Figure.objects.order_by("pk").values_list("pk", "value_text", "version")) == before


@pytest.mark.django_db
def test_a_session_reads_the_browsable_api(demo, official):
    client = APIClient()
    client.force_login(official)
    page = client.get("/api/v1/figures/", HTTP_ACCEPT="text/html")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_api_token_prints_a_token_that_works_and_can_be_replaced_or_revoked(demo, official):
    out = io.StringIO()
    call_command("api_token", "official", stdout=out)
    first = out.getvalue().strip()
    assert Token.objects.get(user=official).key == first
    client = APIClient(HTTP_AUTHORIZATION=f"Token {first}")
    assert client.get("/api/v1/figures/").status_code == 200

    again = io.StringIO()
    call_command("api_token", "official", stdout=again)
    assert again.getvalue().strip() == first  # printing it again does not change it

    call_command("api_token", "official", "--new", stdout=io.StringIO())
    assert client.get("/api/v1/figures/").status_code == 401

    call_command("api_token", "official", "--revoke", stdout=io.StringIO(), stderr=io.StringIO())
    assert not Token.objects.filter(user=official).exists()


@pytest.mark.django_db
def test_api_token_names_the_user_it_cannot_find():
    with pytest.raises(CommandError, match="nobody"):
        call_command("api_token", "nobody", stdout=io.StringIO())


@pytest.mark.django_db
def test_tokens_can_be_revoked_in_the_admin(demo, official, administrator):
    token = Token.objects.create(user=official)
    admin = APIClient()
    admin.force_login(administrator)
    assert admin.get("/admin/authtoken/tokenproxy/").status_code == 200
    admin.post(f"/admin/authtoken/tokenproxy/{official.pk}/delete/", {"post": "yes"})
    assert not Token.objects.filter(key=token.key).exists()


@pytest.mark.django_db
def test_token_and_anonymous_callers_are_throttled(demo, settings, official):
    settings.PUBLIC_READ = True
    settings.API_TOKEN_RATE = "3/minute"
    settings.API_ANONYMOUS_RATE = "2/minute"
    client = token_client(official)
    assert [client.get("/api/v1/plans/").status_code for _ in range(4)] == [200, 200, 200, 429]
    public = anonymous()
    assert [public.get("/api/v1/plans/").status_code for _ in range(3)] == [200, 200, 429]
    throttled = public.get("/api/v1/plans/")
    assert int(throttled["Retry-After"]) > 0


@pytest.mark.django_db
def test_every_endpoint_answers_each_role_and_shows_a_draft_only_where_the_pages_do(
    draft, settings, django_user_model, official, administrator
):
    settings.PUBLIC_READ = True
    elsewhere = make_user(django_user_model, "elsewhere", group="analysts", assigned="350104")
    readers = {
        "anonymous": (anonymous(), False),
        "official": (token_client(official), False),
        "analyst of another district": (token_client(elsewhere), True),
        "administrator": (token_client(administrator), True),
    }
    query = {"jurisdiction": "350100", "year": 2026, "page_size": 1000}
    for who, (client, sees_drafts) in readers.items():
        for url in ENDPOINTS:
            assert client.get(url).status_code == 200, (who, url)
        figures = client.get("/api/v1/figures/", query).json()["results"]
        assert [f["value_text"] for f in figures] == (["9.9 左右"] if sees_drafts else []), who
        # Verdicts are computed from published figures only, for everyone.
        assert client.get("/api/v1/assessments/", query).json()["results"] == [], who
        grid = client.get("/api/v1/comparisons/", {"jurisdiction": "350100", "year": 2026})
        assert grid.status_code == 200 and "9.9" not in grid.content.decode(), who
