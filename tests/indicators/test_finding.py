"""Finding things: searching the indicators, moving between years, reaching a gap table."""

import re

import pytest
from django.urls import reverse

from indicators.models import Indicator

pytestmark = pytest.mark.django_db

INDICATORS = reverse("indicators:indicator_list")


def indicator_links(page):
    return [int(pk) for pk in re.findall(r'href="/indicators/(\d+)/"', page)]


def named(*names):
    return {i.pk for i in Indicator.objects.filter(name__in=names)}


def test_indicator_search_finds_a_chinese_name(analyst_client, demo):
    page = analyst_client.get(INDICATORS, {"q": "规上工业"}).content.decode()
    wanted = Indicator.objects.filter(name__contains="规上工业").values_list("pk", flat=True)
    assert set(indicator_links(page)) == set(wanted) and named("规上工业增加值") <= set(wanted)
    assert "第二产业增加值" in page  # the parent it belongs to, named beside it


def test_indicator_search_finds_an_english_name_whatever_its_case(analyst_client, demo):
    page = analyst_client.get(INDICATORS, {"q": "consumer price"}).content.decode()
    assert named("居民消费价格指数") <= set(indicator_links(page))


def test_indicator_search_finds_an_alias(analyst_client, demo):
    page = analyst_client.get(INDICATORS, {"q": "碳排放强度"}).content.decode()
    assert set(indicator_links(page)) == named("单位地区生产总值二氧化碳排放降低")


def test_indicator_category_filter_keeps_only_that_category(analyst_client, demo):
    page = analyst_client.get(INDICATORS, {"category": "green"}).content.decode()
    shown = Indicator.objects.filter(pk__in=indicator_links(page))
    assert shown and {i.category for i in shown} == {"green"}


def test_indicator_list_shows_each_child_right_after_its_parent(analyst_client, demo):
    links = indicator_links(analyst_client.get(INDICATORS).content.decode())
    for child in Indicator.objects.filter(parent__isnull=False):
        assert links.index(child.pk) > links.index(child.parent_id)
        between = Indicator.objects.filter(
            pk__in=links[links.index(child.parent_id) + 1 : links.index(child.pk)]
        )
        assert all(i.parent_id is not None for i in between)


def test_indicator_search_with_no_match_says_so(analyst_client, demo):
    response = analyst_client.get(INDICATORS, {"q": "不存在的指标"})
    assert response.status_code == 200
    assert "没有名称、英文名或别名符合" in response.content.decode()


def test_an_unknown_category_names_the_field_and_does_not_crash(analyst_client, demo):
    response = analyst_client.get(INDICATORS, {"category": "<b>nope</b>"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "类别" in page and "<b>nope</b>" not in page


@pytest.mark.parametrize("query", [{}, {"q": "增加值"}, {"q": "GDP", "category": "economy"}])
def test_indicator_list_runs_a_constant_number_of_queries(
    analyst_client, demo, django_assert_max_num_queries, query
):
    with django_assert_max_num_queries(6):
        assert analyst_client.get(INDICATORS, query).status_code == 200
