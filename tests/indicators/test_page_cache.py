"""Cached page bodies: served again while nothing they show changes, rendered afresh after."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from indicators.models import Indicator, Jurisdiction
from indicators.services.figures import figure_record
from indicators.services.structure import indicator_record, jurisdiction_record
from reports.models import Report
from reports.services import report_record
from tests.factories import JurisdictionFactory, figure_create, fuzhou_gdp_target

pytestmark = pytest.mark.django_db

GAPS = reverse("indicators:gaps", args=["350100", 2023])
COMPARE = reverse("indicators:compare", args=["350100", 2023])
YEARS = reverse("indicators:years", args=["350100"])
ROOTS = reverse("indicators:compare_roots", args=[2023])
ANNEX = reverse("indicators:annex", args=["350100", 2024])


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def main(page):
    """The page's main element: the header around it has a fresh CSRF token every time."""
    return page.split("<main>")[1].split("</main>")[0]


@pytest.mark.parametrize("url", [GAPS, COMPARE, YEARS, ROOTS, ANNEX])
def test_a_second_reader_gets_the_cached_body_without_its_queries(analyst_client, demo, url):
    first, page = queries_of(analyst_client, url)
    again, cached = queries_of(analyst_client, url)
    assert again < first and main(cached) == main(page)


@pytest.mark.parametrize("url", [GAPS, COMPARE, YEARS])
def test_an_edited_figure_shows_at_once(analyst_client, demo, url):
    queries_of(analyst_client, url)
    target = fuzhou_gdp_target()
    target.value_text = "6.9 左右"
    figure_record(figure=target, user=None)
    _queries, page = queries_of(analyst_client, url)
    assert "6.9 左右" in page


def test_a_figure_of_any_province_shows_at_once_beside_all_provinces(analyst_client, demo):
    queries_of(analyst_client, ROOTS)
    zhejiang = Jurisdiction.objects.get(name="浙江省")  # no investment target in the demo
    figure_create(
        jurisdiction=zhejiang,
        indicator=Indicator.objects.get(name="固定资产投资", unit="%"),
        year=2023,
        kind="target",
        value_text="6.7 左右",
    )
    _queries, page = queries_of(analyst_client, ROOTS)
    assert "6.7 左右" in page


def test_a_write_in_another_province_leaves_the_cached_body_alone(analyst_client, demo):
    first, _page = queries_of(analyst_client, GAPS)
    elsewhere = JurisdictionFactory(name="北京市", level="province", division_code="110000")
    indicator = Indicator.objects.get(name="地区生产总值", unit="%")
    figure_create(
        jurisdiction=elsewhere, indicator=indicator, year=2023, kind="target", value_text="6"
    )
    again, _page = queries_of(analyst_client, GAPS)
    # The province's creation renamed nothing, but it is a change of the tree: one re-render.
    again, _page = queries_of(analyst_client, GAPS)
    figure_create(
        jurisdiction=elsewhere, indicator=indicator, year=2023, kind="final", value_text="5.8"
    )
    after, _page = queries_of(analyst_client, GAPS)
    assert after == again < first


def test_renamed_jurisdictions_and_indicators_show_at_once(analyst_client, demo):
    queries_of(analyst_client, COMPARE)
    cangshan = Jurisdiction.objects.get(division_code="350104")
    cangshan.name = "新仓山区"
    jurisdiction_record(jurisdiction=cangshan, user=None)
    indicator = fuzhou_gdp_target().indicator
    indicator.name = "地区生产总值（GDP）"
    indicator_record(indicator=indicator, user=None)
    _queries, page = queries_of(analyst_client, COMPARE)
    assert "新仓山区" in page and "地区生产总值（GDP）" in page


def test_a_retitled_report_shows_at_once(analyst_client, demo):
    queries_of(analyst_client, GAPS)
    report = Report.objects.get(pk=fuzhou_gdp_target().source_report_id)
    report.title = "改过标题的报告"
    report_record(report=report, user=None)
    _queries, page = queries_of(analyst_client, GAPS)
    assert "改过标题的报告" in page


def test_each_language_has_its_own_body(analyst_client, demo):
    _queries, chinese = queries_of(analyst_client, GAPS)
    analyst_client.cookies["django_language"] = "en"
    _queries, english = queries_of(analyst_client, GAPS)
    assert "targets and results" in english and "目标完成情况" not in english
    assert "targets and results" not in chinese


def test_the_user_around_the_body_is_the_reader_not_the_first_visitor(
    client, analyst, official, demo
):
    client.force_login(analyst)
    queries_of(client, GAPS)
    client.force_login(official)
    _queries, page = queries_of(client, GAPS)
    assert f'<span class="user">{official.username}</span>' in page
    assert analyst.username not in page


def test_the_cache_can_be_turned_off(analyst_client, demo, settings):
    settings.PAGE_CACHE_SECONDS = 0
    first, _page = queries_of(analyst_client, GAPS)
    again, _page = queries_of(analyst_client, GAPS)
    assert again == first


def test_pages_and_sessions_work_when_the_cache_is_down(analyst_client, demo, monkeypatch):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("Redis is restarting")

    for method in ("get", "set", "delete", "has_key"):
        monkeypatch.setattr(cache, method, down)
    _queries, page = queries_of(analyst_client, GAPS)
    assert "6.5 左右" in page and '<span class="user">' in page  # still signed in
