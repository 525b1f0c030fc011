"""The listing pages stay small and fast at national scale, and still reach everything."""

import re

import pytest
from django.urls import reverse

from indicators.models import Figure, Indicator, Jurisdiction
from indicators.views import pages
from reports.models import Report
from tests.factories import children_with_figures_of, figure_create

pytestmark = pytest.mark.django_db

LIST_URL = reverse("indicators:jurisdiction_list")


def jurisdiction_url(code):
    return reverse("indicators:jurisdiction", args=[code])


def indicator_with_figures():
    fuzhou = Figure.objects.filter(year=2023, jurisdiction__division_code="350100")
    return Indicator.objects.get(pk=fuzhou.order_by("pk").first().indicator_id)


def linked_codes(page):
    return set(re.findall(r'href="/jurisdictions/(\d{6})/"', page))


def linked_figures(page):
    return {int(pk) for pk in re.findall(r'href="/figures/(\d+)/"', page)}


def test_jurisdiction_list_shows_the_top_level_with_the_number_below_each(analyst_client, demo):
    page = analyst_client.get(LIST_URL).content.decode()
    assert linked_codes(page) == {"100000", "320000", "330000", "350000", "440000"}
    fujian = page.split('href="/jurisdictions/350000/"')[1].split("</tr>")[0]
    assert '<td class="num">6</td>' in fujian  # 福州市 and five other cities


def test_jurisdiction_list_keeps_the_links_to_every_year_side_by_side(analyst_client, demo):
    page = analyst_client.get(LIST_URL).content.decode()
    for year in (2023, 2024, 2025):
        assert reverse("indicators:compare_roots", args=[year]) in page


def test_jurisdiction_search_finds_a_jurisdiction_by_name(analyst_client, demo):
    page = analyst_client.get(LIST_URL + "?q=仓山").content.decode()
    assert linked_codes(page) == {"350104"}
    assert "福州市" in page  # the parent, to tell namesakes apart


def test_jurisdiction_search_finds_a_jurisdiction_and_those_below_by_division_code(
    analyst_client, demo
):
    assert linked_codes(analyst_client.get(LIST_URL + "?q=350104").content.decode()) == {"350104"}
    assert linked_codes(analyst_client.get(LIST_URL + "?q=3501").content.decode()) == {
        "350100",
        "350104",
        "350105",
    }


def test_jurisdiction_search_without_a_match_says_so(analyst_client, demo):
    page = analyst_client.get(LIST_URL + "?q=不存在").content.decode()
    assert not linked_codes(page) and "不存在" in page and "没有" in page


def test_jurisdiction_search_text_is_escaped(analyst_client, demo):
    page = analyst_client.get(LIST_URL + "?q=<script>alert(1)</script>").content.decode()
    assert "<script>alert(1)" not in page


def test_jurisdiction_search_results_come_a_page_at_a_time(analyst_client, demo, monkeypatch):
    monkeypatch.setattr(pages, "JURISDICTIONS_PER_PAGE", 3)
    # With the demo's 福州市, 仓山区 and 马尾区: six, two full pages.
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=3, figures_each=0
    )
    first = analyst_client.get(LIST_URL + "?q=3501").content.decode()
    second = analyst_client.get(LIST_URL + "?q=3501&page=2").content.decode()
    assert len(linked_codes(first)) == len(linked_codes(second)) == 3
    assert linked_codes(first) | linked_codes(second) == set(
        Jurisdiction.objects.filter(division_code__startswith="3501").values_list(
            "division_code", flat=True
        )
    )
    assert "?q=3501&amp;page=2" in first and "page=3" not in first


def test_every_jurisdiction_is_reached_by_browsing_down_from_the_list(analyst_client, demo):
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=3, figures_each=1
    )
    reached, todo = set(), linked_codes(analyst_client.get(LIST_URL).content.decode())
    while todo:
        code = todo.pop()
        reached.add(code)
        todo |= linked_codes(analyst_client.get(jurisdiction_url(code)).content.decode()) - reached
    assert reached == set(Jurisdiction.objects.values_list("division_code", flat=True))


@pytest.mark.parametrize("query", ["", "?q=3501", "?q=新区"])
def test_jurisdiction_list_runs_the_same_queries_however_many_jurisdictions_and_figures(
    analyst_client, demo, django_assert_max_num_queries, query
):
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=2, figures_each=10, first_code=10
    )
    analyst_client.get(LIST_URL + query)
    with django_assert_max_num_queries(10) as before:
        analyst_client.get(LIST_URL + query)
    children_with_figures_of(  # districts sit under a city, not under a district
        Jurisdiction.objects.get(division_code="350100"),
        count=15,
        figures_each=10,
        year=2024,
        first_code=30,
        name="新区甲",
    )
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert analyst_client.get(LIST_URL + query).status_code == 200


def test_jurisdiction_page_shows_the_latest_year_by_default(analyst_client, demo):
    figures = (
        analyst_client.get(jurisdiction_url("350104")).content.decode().split("<h2>数据</h2>")[1]
    )
    assert '<td class="num">2025</td>' in figures and '<td class="num">2024</td>' not in figures
    assert '<a href="?year=2025" aria-current="page">2025</a>' in figures


def test_jurisdiction_page_reaches_the_figures_of_every_year(analyst_client, demo):
    url = jurisdiction_url("350100")
    page = analyst_client.get(url).content.decode()
    years = [int(year) for year in re.findall(r'href="\?year=(\d+)"', page)]
    assert years == [2025, 2024, 2023, 2022]  # 十四五 goals for 2025, a 2022 result
    # It opens on the latest year of results and targets, not on the plan goals' last year.
    assert re.search(r'href="\?year=2024" aria-current="page"', page)
    reached = set().union(
        *(
            linked_figures(analyst_client.get(f"{url}?year={year}").content.decode())
            for year in years
        )
    )
    assert reached == set(
        Figure.objects.filter(jurisdiction__division_code="350100").values_list("pk", flat=True)
    )


def test_jurisdiction_page_lists_its_reports_and_the_jurisdictions_below(analyst_client, demo):
    page = analyst_client.get(jurisdiction_url("350100")).content.decode()
    reports = Report.objects.filter(jurisdiction__division_code="350100")
    assert len(reports) > 1  # the seed report and the texts cited for Fuzhou's 十四五 goals
    for report in reports:
        assert reverse("reports:detail", args=[report.pk]) in page
    assert 'href="/jurisdictions/350104/"' in page


def test_jurisdiction_page_for_a_year_without_figures_says_so(analyst_client, demo):
    page = analyst_client.get(jurisdiction_url("350100") + "?year=2011").content.decode()
    assert "尚未录入福州市 2011 年的数据" in page and not linked_figures(page)


def test_indicator_list_does_not_count_figures(analyst_client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(3) as captured:
        analyst_client.get(reverse("indicators:indicator_list"))
    # The header's count of figures awaiting review is asked from the user's row, not the list.
    page_queries = [
        q["sql"] for q in captured.captured_queries if 'FROM "auth_user"' not in q["sql"]
    ]
    assert not any("indicators_figure" in sql for sql in page_queries)


def test_indicator_page_shows_the_latest_year_by_default_and_links_to_the_others(
    analyst_client, demo
):
    indicator = indicator_with_figures()
    years = sorted(set(indicator.figures.values_list("year", flat=True)), reverse=True)
    page = analyst_client.get(reverse("indicators:indicator", args=[indicator.pk])).content.decode()
    assert linked_figures(page) == set(
        indicator.figures.filter(year=years[0]).values_list("pk", flat=True)
    )
    for year in years:
        assert f'href="?year={year}"' in page


def test_indicator_page_reaches_every_figure_a_page_at_a_time(analyst_client, demo, monkeypatch):
    monkeypatch.setattr(pages, "FIGURES_PER_PAGE", 2)
    indicator = indicator_with_figures()
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=4, figures_each=30
    )
    url = reverse("indicators:indicator", args=[indicator.pk])
    reached = set()
    for year in indicator.figures.values_list("year", flat=True).distinct():
        page_number = 1
        while True:
            page = analyst_client.get(f"{url}?year={year}&page={page_number}").content.decode()
            shown = linked_figures(page)
            assert len(shown) <= 2
            reached |= shown
            if f'href="?year={year}&amp;page={page_number + 1}"' not in page:
                break
            page_number += 1
    assert reached == set(indicator.figures.values_list("pk", flat=True))
    assert page_number > 1


def test_indicator_page_runs_the_same_queries_however_many_figures(
    analyst_client, demo, django_assert_max_num_queries
):
    indicator = indicator_with_figures()
    url = reverse("indicators:indicator", args=[indicator.pk])
    analyst_client.get(url)
    with django_assert_max_num_queries(10) as before:
        analyst_client.get(url)
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=12, figures_each=30
    )
    for year in range(2010, 2020):
        figure_create(
            jurisdiction=Jurisdiction.objects.get(division_code="350104"),
            indicator=indicator,
            year=year,
            kind="final",
            value_text="5",
        )
    with django_assert_max_num_queries(len(before.captured_queries)):
        page = analyst_client.get(url + "?page=2").content.decode()
    assert linked_figures(page)


def test_years_present_are_newest_first_in_two_queries(demo, django_assert_num_queries):
    fuzhou = Figure.objects.filter(jurisdiction__division_code="350100")
    with django_assert_num_queries(2):
        assert fuzhou.years_present() == [2025, 2024, 2023, 2022]
    every = sorted(set(Figure.objects.values_list("year", flat=True)), reverse=True)
    assert every[:3] == [2025, 2024, 2023]
    with django_assert_num_queries(2):
        assert Figure.objects.years_present() == every


def test_years_present_of_no_figures_are_none(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert Figure.objects.years_present() == []


def test_jurisdictions_for_listing_count_those_directly_below(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = {
            place.division_code: place.child_count for place in Jurisdiction.objects.for_listing()
        }
    assert counts == {
        **{code: 0 for code in ["100000", "320000", "330000", "440000"]},
        "350000": 6,
        "350100": 2,
        **{code: 0 for code in ["350104", "350105", "350200", "350300", "350500", "350600"]},
        "350900": 0,
    }
