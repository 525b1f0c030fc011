"""Finding things: searching the indicators, moving between years, reaching a gap table."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from indicators.models import Figure, Indicator, Jurisdiction
from reports.models import Report
from tests.factories import JurisdictionFactory, figure_create

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


def published_years(code):
    figures = Figure.objects.published().annual().filter(jurisdiction__division_code=code)
    return sorted(set(figures.values_list("year", flat=True)))


def gaps_url(code, year):
    return reverse("indicators:gaps", args=[code, year])


def test_gap_table_links_to_the_previous_and_next_years_with_figures(analyst_client, demo):
    first, second = published_years("350100")[:2]
    page = analyst_client.get(gaps_url("350100", first)).content.decode()
    assert f'href="{gaps_url("350100", second)}" rel="next"' in page
    assert 'rel="prev"' not in page
    page = analyst_client.get(gaps_url("350100", second)).content.decode()
    assert f'href="{gaps_url("350100", first)}" rel="prev"' in page


def test_gap_table_skips_years_without_figures_and_keeps_the_filters(analyst_client, demo):
    years = published_years("350100")
    page = analyst_client.get(gaps_url("350100", years[0] - 5), {"category": "economy"})
    assert f'href="{gaps_url("350100", years[0])}?category=economy" rel="next"' in (
        page.content.decode()
    )


def test_years_around_a_year_are_read_in_one_query(demo, django_assert_num_queries):
    figures = Figure.objects.published().filter(jurisdiction__division_code="350100")
    years = published_years("350100")
    with django_assert_num_queries(1):
        assert figures.years_around(years[0]) == (None, years[1])
    with django_assert_num_queries(1):
        assert figures.years_around(years[-1] + 3) == (years[-1], None)


def test_jurisdiction_list_links_each_jurisdiction_to_its_latest_gap_table(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:jurisdiction_list"), {"q": "福州"}).content
    latest = published_years("350100")[-1]
    assert f'href="{gaps_url("350100", latest)}"' in page.decode()


def test_jurisdiction_without_figures_says_so_instead_of_a_link(analyst_client, demo):
    JurisdictionFactory(name="鼓楼区", level="district", division_code="350102")
    page = analyst_client.get(reverse("indicators:jurisdiction_list"), {"q": "鼓楼"}).content
    assert "尚无数据" in page.decode() and "/jurisdictions/350102/20" not in page.decode()


def test_latest_years_of_a_page_of_jurisdictions_come_in_one_query(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        latest = {
            j.division_code: j.latest_year
            for j in Jurisdiction.objects.for_listing().with_latest_year()
        }
    assert latest["350100"] == published_years("350100")[-1]


def gap_rows(client, query):
    page = client.get(gaps_url("350100", 2023), query).content.decode()
    return page.split("<tbody >")[1].split("</tbody>")[0].split("<tr>")[1:]


@pytest.mark.parametrize("sort", ["difference", "-difference"])
def test_sorting_by_difference_puts_rows_without_one_last(analyst_client, demo, sort):
    rows = gap_rows(analyst_client, {"sort": sort})
    empty = [i for i, row in enumerate(rows) if '<td class="num">—</td>' in row]
    assert empty and empty == list(range(len(rows) - len(empty), len(rows)))


def test_differences_carry_their_sign_and_unit(analyst_client, demo):
    rows = gap_rows(analyst_client, {})
    gdp = next(row for row in rows if "地区生产总值" in row and "depth-0" in row)
    assert '<td class="num">\u22121.2 个百分点</td>' in gdp
    assert any('<td class="num">+' in row for row in rows)


def test_english_differences_of_rates_are_in_pp(analyst_client, demo):
    analyst_client.cookies["django_language"] = "en"
    rows = gap_rows(analyst_client, {})
    assert any('<td class="num">\u22121.2 pp</td>' in row for row in rows)


def test_a_difference_of_levels_carries_the_indicators_unit():
    from django.utils import translation

    from indicators.display.markup import signed_difference

    with translation.override("zh-hans"):
        assert signed_difference(Decimal("12.500000"), "亿元") == "+12.5 亿元"
        assert signed_difference(Decimal("0"), "%") == "0 个百分点"
        assert signed_difference(None, "%") == "—"


def test_gap_table_names_its_reports_and_says_expected_results_are_preliminary(
    analyst_client, demo
):
    page = analyst_client.get(gaps_url("350100", 2023)).content.decode()
    report = Report.objects.get(jurisdiction__division_code="350100", text__contains="指标名称")
    assert f'href="{reverse("reports:detail", args=[report.pk])}"' in page
    assert "2024-01-13" in page and "“预计完成”为初步数据" in page


def test_dashboard_says_expected_results_are_preliminary(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:home"), {"jurisdiction": "350100"})
    page = page.content.decode()
    assert "来源：" in page and "“预计完成”为初步数据" in page


def test_a_table_of_final_results_only_does_not_call_them_preliminary(analyst_client, demo):
    hainan = JurisdictionFactory(name="海南省", level="province", division_code="460000")
    for kind, text in (("target", "6 左右"), ("final", "6.1")):
        figure_create(jurisdiction=hainan, indicator=gdp(), year=2023, kind=kind, value_text=text)
    page = analyst_client.get(gaps_url("460000", 2023)).content.decode()
    assert "6 左右" in page and "初步数据" not in page


def gdp():
    return Indicator.objects.get(name="地区生产总值", unit="%")


def hainan_with_a_silent_city():
    """A province the demo does not hold, with a city that has no figures."""
    hainan = JurisdictionFactory(name="海南省", level="province", division_code="460000")
    JurisdictionFactory(name="海口市", level="city", division_code="460100", parent=hainan)
    figure_create(jurisdiction=hainan, indicator=gdp(), year=2023, kind="target", value_text="6")
    return hainan


def test_dashboard_whose_children_have_no_figures_says_what_to_enter(analyst_client, demo):
    hainan_with_a_silent_city()
    page = analyst_client.get(reverse("indicators:home"), {"jurisdiction": "460000"})
    page = page.content.decode()
    assert "下辖 1 个行政区均尚无这些主要指标的 2023 年数据" in page
    assert 'href="/jurisdictions/460100/2023/"' not in page  # no table of dashes


def test_dashboard_year_without_targets_says_why_and_what_to_enter(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:home"), {"jurisdiction": "350104", "year": 2011})
    page = page.content.decode()
    assert "仓山区 2011 年暂无评判：尚未录入 2011 年目标" in page
    assert "/jurisdictions/350104/?year=2011" in page


def test_comparison_names_the_jurisdictions_below_without_figures(analyst_client, demo):
    hainan_with_a_silent_city()
    url = reverse("indicators:compare", args=["460000", 2023])
    page = analyst_client.get(url).content.decode()

    assert "以下 1 个行政区尚无 2023 年数据，所在列为空：海口市" in page
    assert "请录入其报告中的数据" in page


def test_all_provinces_without_figures_says_what_to_enter(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:compare_roots", args=[2011])).content.decode()
    assert "尚无任何省份 2011 年的数据。" in page and "各省数据来自其本级计划执行情况报告" in page


def test_a_jurisdictions_page_links_each_one_below_to_its_latest_gap_table(
    analyst_client, demo, django_assert_max_num_queries
):
    with django_assert_max_num_queries(11):  # the header's pending-review count among them
        page = analyst_client.get(reverse("indicators:jurisdiction", args=["350000"])).content
    latest = published_years("350100")[-1]
    assert f'href="{gaps_url("350100", latest)}"' in page.decode()


def test_the_children_table_says_what_a_dash_means(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:home"), {"jurisdiction": "350000"})
    page = page.content.decode()
    assert 'href="/jurisdictions/350200/2023/"' in page  # 厦门市: results, no target
    assert "该年尚未录入其目标，因此未作评判" in page
