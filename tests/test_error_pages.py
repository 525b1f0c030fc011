"""The 403 and 404 pages: in the site's layout and the reader's language, whatever went wrong."""

from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse

from indicators.views.errors import page_not_found
from reports.models import Report
from tests.postgres import free_port

UNKNOWN_JURISDICTION = reverse("indicators:jurisdiction", args=["999999"])


@pytest.mark.django_db
def test_an_unknown_jurisdiction_code_gets_the_chinese_404_page_with_the_navigation(
    analyst_client, demo
):
    response = analyst_client.get(UNKNOWN_JURISDICTION)
    page = response.content.decode()
    assert response.status_code == 404
    assert "页面不存在" in page and '<html lang="zh-hans">' in page
    assert reverse("indicators:jurisdiction_list") in page and "analyst" in page  # nav, user
    assert "/jurisdictions/999999/" in page and "No Jurisdiction matches" not in page


@pytest.mark.django_db
def test_an_unknown_jurisdiction_code_gets_the_english_404_page_in_english(analyst_client, demo):
    analyst_client.cookies["django_language"] = "en"
    page = analyst_client.get(UNKNOWN_JURISDICTION).content.decode()
    assert "Page not found" in page and '<html lang="en">' in page and "页面不存在" not in page


@pytest.mark.django_db
def test_an_official_posting_a_report_gets_the_translated_403_page_and_nothing_is_stored(
    client, official, demo
):
    client.force_login(official)
    before = Report.objects.count()
    response = client.post(reverse("reports:new"), {"title": "伪造的报告"})
    page = response.content.decode()
    assert response.status_code == 403
    assert "无权操作" in page and "未作任何更改" in page and "official" in page
    assert Report.objects.count() == before


@pytest.mark.django_db
def test_a_form_without_its_csrf_token_gets_the_translated_403_page(analyst, demo):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    response = client.post(reverse("reports:new"), {"title": "x"})
    assert response.status_code == 403 and "安全令牌" in response.content.decode()


def test_the_404_page_renders_for_a_request_no_middleware_gave_a_user():
    request = RequestFactory().get("/nowhere/")
    response = page_not_found(request)
    page = response.content.decode()
    assert response.status_code == 404 and "页面不存在" in page and reverse("login") in page


@contextmanager
def database_down():
    """The default database at a port nothing listens on, as when PostgreSQL is down."""
    saved = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = str(free_port())
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = saved


@pytest.mark.django_db(transaction=True)
def test_the_404_page_renders_anonymously_when_the_database_is_down(client, analyst):
    client.force_login(analyst)
    with database_down():
        response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


@pytest.mark.parametrize("path", ["/no-such-page/", "/jurisdictions/999999/"])
def test_make_run_with_debug_on_shows_the_site_404_not_django_s_technical_page(
    analyst_client, settings, path
):
    settings.DEBUG = True
    response = analyst_client.get(path)
    assert response.status_code == 404
    page = response.content.decode()
    assert "页面不存在" in page and "URLconf" not in page


def test_with_debug_on_a_missing_slash_still_redirects(client, settings):
    settings.DEBUG = True
    assert client.get("/jurisdictions").status_code == 301
