"""The display's questions, each answered with an exact number of queries whatever the size."""

import pytest

from indicators.display.annex import annex_build
from indicators.display.charts.trend import trend_series
from indicators.display.comparisons import across_jurisdictions, across_years
from indicators.display.dashboard import children_grid, dashboard_build, default_choice
from indicators.models import Indicator, Jurisdiction
from tests.factories import children_with_figures_of, figure_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def fuzhou(demo):
    return Jurisdiction.objects.with_parents().get(division_code="350100")


@pytest.fixture
def grown(fuzhou):
    children_with_figures_of(fuzhou, count=12, figures_each=20, first_code=70)
    return fuzhou


@pytest.mark.parametrize("scale", ["demo", "grown"])
def test_a_comparison_across_jurisdictions_takes_four_queries(
    request, scale, django_assert_num_queries
):
    fuzhou = request.getfixturevalue("grown" if scale == "grown" else "fuzhou")
    with django_assert_num_queries(4):  # the children, figures, assessments, indicators
        grid = across_jurisdictions(fuzhou, 2023)
    assert len(grid.columns) == fuzhou.children.count() + 1 and grid.rows


def test_a_comparison_of_all_provinces_takes_four_queries(fuzhou, django_assert_num_queries):
    fujian = fuzhou.parent.parent or fuzhou.parent
    gdp = Indicator.objects.of_series([("地区生产总值", "%")])[0]
    figure_create(
        jurisdiction=fujian, indicator=gdp, year=2023, kind="target", value_text="5.5 左右"
    )
    with django_assert_num_queries(4):  # the provinces, figures, assessments, indicators
        grid = across_jurisdictions(None, 2023)
    assert [j.division_code for j in grid.columns] == ["320000", "330000", "350000", "440000"]
    assert gdp in [indicator for indicator, _cells in grid.rows]


def test_a_comparison_across_years_takes_three_queries(fuzhou, django_assert_num_queries):
    with django_assert_num_queries(3):
        grid = across_years(fuzhou)
    assert grid.columns == [2022, 2023, 2024, 2025]  # with a 2022 result and the 十四五 goals


@pytest.mark.parametrize("scale", ["demo", "grown"])
def test_trend_series_take_two_queries(request, scale, django_assert_num_queries):
    fuzhou = request.getfixturevalue("grown" if scale == "grown" else "fuzhou")
    places = [fuzhou, *fuzhou.children.all()]
    indicators = list(Indicator.objects.all())
    with django_assert_num_queries(2):
        series = trend_series(indicators, places)
    assert any(years for by_place in series.values() for years in by_place.values())


@pytest.mark.parametrize("scale", ["demo", "grown"])
def test_the_dashboard_takes_eight_queries(request, scale, django_assert_num_queries):
    fuzhou = request.getfixturevalue("grown" if scale == "grown" else "fuzhou")
    # years, the chooser (with whether each has plans), the binding targets of its plans (福州市
    # has its 十四五 goals, none binding), the year's assessments, headline series, their
    # trends (2), children
    with django_assert_num_queries(8):
        board = dashboard_build(fuzhou, 2023)
    assert board.counts and board.trends and len(board.children) == fuzhou.children.count()


def test_the_dashboard_children_grid_takes_one_query(grown, django_assert_num_queries):
    children = list(grown.children.all())
    headline = Indicator.objects.of_series([("地区生产总值", "%"), ("固定资产投资", "%")])
    with django_assert_num_queries(1):
        rows = children_grid(children, 2023, headline)
    assert [child for child, _cells in rows] == children
    assert all(len(cells) == 2 for _child, cells in rows)


def test_the_default_dashboard_choice_takes_one_query(demo, django_assert_num_queries):
    with django_assert_num_queries(1):
        chosen = default_choice()
    assert chosen.division_code == "350000"  # the province with judged results, 福建省
    with django_assert_num_queries(0):
        assert chosen.root.division_code == "350000"  # the page cache's region, loaded with it


def test_the_annex_takes_two_queries(fuzhou, django_assert_num_queries):
    with django_assert_num_queries(2):  # the figures with their reports, their indicators
        annex = annex_build(fuzhou, 2024)
    assert annex.rows and annex.reports
