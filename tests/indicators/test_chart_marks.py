"""Charts that read without a mouse: a legend for the colours and marks, line colours no verdict
has, values on the bars, only the years with data, and every point's source one tap away."""

import itertools
from decimal import Decimal
from types import SimpleNamespace

import plotly.graph_objects as go
import pytest
from django.urls import reverse
from django.utils import translation

from indicators.display.charts.gaps import gap_figure
from indicators.display.charts.legends import chart_legend
from indicators.display.charts.plotting import (
    PROGRESS_COLOURS,
    SERIES_COLOURS,
    STATUS_COLOURS,
    value_range,
)
from indicators.display.charts.progress import progress_figure
from indicators.display.charts.trend import trend_figure, trend_series, year_axis
from indicators.display.dashboard import dashboard_build
from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from tests.indicators.test_charts import chart_data

VERDICT_COLOURS = set(STATUS_COLOURS.values()) | set(PROGRESS_COLOURS.values())
# CIE76 distance a reader tells apart at a glance on a line or a diamond's outline.
DISTINCT = 25


def lab(colour):
    """CIELAB of an sRGB hex colour (D65): distances in it follow what the eye sees."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    xyz = (
        (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047,
        r * 0.2126 + g * 0.7152 + b * 0.0722,
        (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883,
    )
    fx, fy, fz = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(one, other):
    return sum((a - b) ** 2 for a, b in zip(lab(one), lab(other), strict=True)) ** 0.5


def test_no_line_colour_is_a_verdict_colour_nor_near_one():
    assert not set(SERIES_COLOURS) & VERDICT_COLOURS
    for series, verdict in itertools.product(SERIES_COLOURS, VERDICT_COLOURS):
        assert difference(series, verdict) >= DISTINCT, (series, verdict)


def test_the_line_colours_are_told_apart_from_each_other():
    for one, other in itertools.combinations(SERIES_COLOURS, 2):
        assert difference(one, other) >= DISTINCT, (one, other)


def gdp_of_fuzhou():
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    return gdp, trend_series([gdp], [fuzhou])[gdp]


@pytest.mark.django_db
def test_a_small_chart_spans_only_its_years_with_data_each_labelled_once(demo):
    gdp, series = gdp_of_fuzhou()
    axis = trend_figure(gdp, series, height=220, compact=True)["layout"]["xaxis"]
    assert axis["range"] == [2022.5, 2024.5] and axis["tickvals"] == [2023, 2024]
    assert axis["tickangle"] == 0 and axis["automargin"] is True


def test_a_small_chart_of_many_years_labels_few_of_them_ending_with_the_latest():
    traces = [{"meta": {"role": "result"}, "x": list(range(2011, 2025))}]
    small = year_axis(traces, compact=True)
    assert small["tickvals"] == [2012, 2016, 2020, 2024]
    assert small["range"] == [2010.5, 2024.5]
    assert year_axis(traces, compact=False)["tickvals"] == list(range(2012, 2025, 2))


@pytest.mark.django_db
def test_a_tap_on_a_trend_point_opens_its_figure_page_which_quotes_the_source(analyst_client, demo):
    gdp, series = gdp_of_fuzhou()
    traces = trend_figure(gdp, series)["data"]
    targets = next(t for t in traces if t["meta"]["role"] == "target")
    results = next(t for t in traces if t["meta"]["role"] == "result")
    target = Figure.objects.get(
        indicator=gdp, jurisdiction__division_code="350100", year=2023, kind="target"
    )
    assert targets["customdata"][0][targets["meta"]["link"]] == f"/figures/{target.pk}/"
    result_page = results["customdata"][0][results["meta"]["link"]]
    result = Figure.objects.get(pk=int(result_page.split("/")[2]))
    assert (result.year, result.value) == (2023, Decimal("5.3"))
    page = analyst_client.get(result_page).content.decode()
    assert result.source_quote and result.source_quote in page
    assert "点按或单击，查看出处" in results["hovertemplate"]


@pytest.mark.django_db
def test_gap_bars_show_their_difference_and_open_the_result_on_a_tap(demo):
    assessments = Assessment.objects.filter(
        jurisdiction__division_code="350100", year=2023
    ).select_related("indicator", "result")
    bars = gap_figure(assessments)["data"][0]
    assert bars["texttemplate"] == "%{x:+}" and bars["textposition"] == "outside"
    link = bars["customdata"][0][bars["meta"]["link"]]
    assert Figure.objects.get(pk=int(link.split("/")[2])).kind in ("final", "expected")


def test_progress_bars_show_their_share():
    line = SimpleNamespace(
        indicator=Indicator(name="单位GDP能耗", unit="%"),
        target=Figure(pk=41),
        progress=SimpleNamespace(
            progress=Decimal("82.5"), time_progress=Decimal("80"), status="ahead", explanation=""
        ),
    )
    figure = progress_figure([line])
    go.Figure(figure)  # raises on anything plotly.js would not take
    bars = figure["data"][0]
    assert bars["texttemplate"] == "%{x:.0f}%" and bars["textposition"] == "outside"
    assert bars["customdata"][0][bars["meta"]["link"]] == "/figures/41/"


@pytest.mark.django_db
def test_the_trend_legend_names_the_marks_and_only_the_verdict_colours_drawn(demo):
    gdp, series = gdp_of_fuzhou()
    legend = chart_legend(trend_figure(gdp, series), "trend")
    assert legend.marks == ["result", "target", "band"]  # 6.5 左右: no ceiling
    assert (str(legend.verdicts[0][0]), legend.verdicts[0][1]) == (
        "未完成",
        STATUS_COLOURS["missed"],
    )
    assert {colour for _name, colour in legend.verdicts} == {
        STATUS_COLOURS["missed"],
        STATUS_COLOURS["pending"],
    }


@pytest.mark.django_db
def test_one_legend_serves_all_the_dashboards_small_charts(analyst_client, demo):
    board = dashboard_build(Jurisdiction.objects.get(division_code="350100"), 2023)
    legend = chart_legend(board.charts, "trend")
    assert legend.marks == ["result", "target", "band"]
    assert [colour for _name, colour in legend.verdicts] == [
        STATUS_COLOURS[status] for status in ("exceeded", "missed", "pending")
    ]  # gathered from every chart, in the verdicts' order
    page = analyst_client.get("/?jurisdiction=350100&year=2023").content.decode()
    assert page.count('class="chart-legend"') == 1
    assert "菱形：目标值，以评价结果的颜色填充" in page and "超额完成</span>" in page
    assert "虚线：上限（以内）" not in page  # no headline target is a ceiling


@pytest.mark.django_db
def test_the_gap_table_and_trend_pages_show_their_legends_in_english_too(analyst_client, demo):
    gaps = analyst_client.get(reverse("indicators:gaps", args=["350100", 2023])).content.decode()
    assert 'aria-label="图例"' in gaps and "条形颜色：" in gaps
    analyst_client.cookies["django_language"] = "en"
    with translation.override("en"):  # the middleware's English stays in this test
        page = analyst_client.get(reverse("indicators:trend") + "?jurisdiction=350100")
    page = page.content.decode()
    assert 'aria-label="Chart legend"' in page and "Dot on a line: a result" in page
    assert chart_data(page, "trend-chart")["data"][0]["meta"]["link"] == 3


@pytest.mark.django_db
def test_the_trend_page_lists_its_points_as_links_a_keyboard_reaches(analyst_client, demo):
    gdp, _series = gdp_of_fuzhou()
    target = Figure.objects.get(
        indicator=gdp, jurisdiction__division_code="350100", year=2023, kind="target"
    )
    page = analyst_client.get(reverse("indicators:trend") + "?jurisdiction=350100").content.decode()
    table = page.split('<details class="chart-table">', 1)[1].split("</details>", 1)[0]
    assert "图中各项数据（点击查看出处）" in table
    assert f'<a href="/figures/{target.pk}/">6.5 左右</a>' in table
    assert table.count("<tr>") == 1 + 2  # the header, 2023 and 2024
    assert "▼ 未完成" in table


def test_gap_bars_leave_room_beyond_their_ends_for_their_values():
    assert value_range([-4, 5.8]) == pytest.approx([-4 - 1.47, 5.8 + 1.47])
    assert value_range([1, 2]) == pytest.approx([0, 2.3])  # nothing left of zero to label
    assert value_range([-1, None]) == pytest.approx([-1.15, 0])  # a time progress not known
