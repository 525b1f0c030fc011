"""The 400, 403 and 404 pages: in the site's layout and the reader's language, whatever went
wrong."""

from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse

from indicators.views.errors import page_not_found, server_error
from reports.models import Report
from tests.conftest import place
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


@pytest.mark.django_db
def test_a_form_over_the_size_limit_gets_a_400_page_naming_the_limit_and_nothing_is_stored(
    analyst_client, demo, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    before = Report.objects.count()
    response = analyst_client.post(
        reverse("reports:new"), {"title": "大报告", "text": "增长 5%。" * 200_000}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "超过 1 MB 的上限" in page and "数据均未改动" in page
    assert Report.objects.count() == before


@pytest.mark.django_db
def test_a_form_with_too_many_fields_gets_a_400_page_saying_so_in_english(analyst_client, demo):
    analyst_client.cookies["django_language"] = "en"
    fields = {f"field{n}": "x" for n in range(1_100)}
    response = analyst_client.post(reverse("reports:new"), fields)
    page = response.content.decode()
    assert response.status_code == 400 and "more than 1000 fields" in page


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


@pytest.mark.django_db(transaction=True)
def test_a_page_asked_while_the_database_is_down_gets_a_503_page_saying_so(client, analyst):
    client.force_login(analyst)
    client.raise_request_exception = False  # answered as gunicorn would answer it
    with database_down():
        response = client.get(reverse("indicators:home"))
    page = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "数据库暂时无法连接" in page and "查看修改是否已保存" in page
    assert '<html lang="zh-hans">' in page and reverse("indicators:home") in page


@pytest.mark.django_db(transaction=True)
def test_a_save_whose_connection_a_restart_cut_gets_the_503_page_and_changes_nothing(
    client, analyst
):
    """`pg_ctl restart -m fast` ends every open connection: the next query on a kept one fails."""
    from tests.factories import FigureFactory

    figure = FigureFactory(jurisdiction=place("350100"), value_text="6.5")
    client.force_login(analyst)
    client.cookies["django_language"] = "en"
    client.raise_request_exception = False
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
    response = client.post(
        reverse("admin:indicators_figure_change", args=[figure.pk]), {"value_text": "7"}
    )
    connection.close()  # the cut connection, replaced for the checks below
    page = response.content.decode()
    assert response.status_code == 503
    assert "The database cannot be reached" in page and '<html lang="en">' in page
    figure.refresh_from_db()
    assert figure.value_text == "6.5" and figure.history.count() == 1


def test_a_failure_other_than_the_database_is_still_a_500():
    request = RequestFactory().get("/")
    try:
        raise ValueError("a defect, not an outage")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500 and "Retry-After" not in response
