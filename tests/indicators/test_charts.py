import csv
import io
import json
from decimal import Decimal

import plotly.graph_objects as go
import pytest
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from indicators.display.charts.gaps import gap_figure
from indicators.display.charts.plotting import STATUS_COLOURS
from indicators.display.charts.trend import trend_figure, trend_series
from indicators.models import Assessment, Assignment, Figure, Indicator, Jurisdiction
from indicators.services.figures import figure_record
from reports.models import Report
from tests.factories import JurisdictionFactory, children_with_figures_of, figure_create

pytestmark = pytest.mark.django_db


def as_json(figure):
    return json.dumps(figure, cls=DjangoJSONEncoder, sort_keys=True)


def chart_data(page, chart_id):
    start = page.index(f'<script id="{chart_id}" type="application/json">')
    body = page[start:].split(">", 1)[1].split("</script>", 1)[0]
    return json.loads(body)


def test_trend_figure_marks_targets_with_their_verdict_colour_and_band(demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    figure = trend_figure(gdp, trend_series([gdp], [fuzhou])[gdp])
    targets = next(t for t in figure["data"] if t["meta"]["role"] == "target")
    assert targets["y"] == [6.5, 6.0]
    assert targets["marker"]["color"][0] == STATUS_COLOURS["missed"]
    assert targets["error_y"]["array"] == [0.1, 0.1]  # 6.5 左右: the default band


def test_a_ceiling_target_is_drawn_as_a_dashed_line(demo):
    cpi = Indicator.objects.get(name="居民消费价格指数", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    figure = trend_figure(cpi, trend_series([cpi], [fuzhou])[cpi])
    ceilings = [t for t in figure["data"] if t["meta"]["role"] == "ceiling"]
    assert (
        len(ceilings) == 2
        and ceilings[0]["line"]["dash"] == "dash"
        and ceilings[0]["y"] == [3.0, 3.0]
    )


@pytest.mark.parametrize("compact", [False, True])
def test_trend_figure_is_the_data_plotly_itself_would_give_the_browser(demo, compact):
    places = list(Jurisdiction.objects.filter(division_code__in=["350100", "350104"]))
    for indicator in Indicator.objects.all():
        figure = trend_figure(
            indicator, trend_series([indicator], places)[indicator], compact=compact
        )
        validated = go.Figure(
            figure
        ).to_plotly_json()  # raises on anything plotly.js would not take
        assert as_json(validated) == as_json(figure)


def test_trend_series_gives_each_year_its_current_target_best_result_and_shown_verdict(demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    target, result, verdict = trend_series([gdp], [fuzhou])[gdp][fuzhou][2023]
    assert (target.value_text, target.get_kind_display()) == ("6.5 左右", "目标")
    assert result.kind == "expected" and result.value == Decimal("5.3")
    assert result.source_report.title.startswith("关于福州市")
    assert verdict.shown_status == "missed"


def test_gap_figure_sorts_growth_differences_and_colours_them_by_status(demo):
    assessments = Assessment.objects.filter(
        jurisdiction__division_code="350100", year=2023
    ).select_related("indicator")
    bars = gap_figure(assessments)["data"][0]
    assert bars["x"] == sorted(bars["x"]) and bars["y"][0] == "社会消费品零售总额"
    assert bars["marker"]["color"][-1] == STATUS_COLOURS["exceeded"]


def test_gap_figure_is_the_data_plotly_itself_would_give_the_browser(demo):
    assessments = Assessment.objects.filter(
        jurisdiction__division_code="350100", year=2023
    ).select_related("indicator", "judgement")
    figure = gap_figure(assessments)
    assert as_json(go.Figure(figure).to_plotly_json()) == as_json(figure)


def test_no_gap_figure_without_a_growth_difference(demo):
    assert gap_figure([]) is None


def test_user_text_in_chart_json_cannot_break_out_of_the_script_tag(analyst_client, demo):
    hostile = '"></script><script>alert(1)</script><b>'
    Indicator.objects.filter(name="地区生产总值", unit="%").update(name=hostile)
    figure = Figure.objects.filter(
        indicator__name=hostile, jurisdiction__division_code="350100"
    ).first()
    Figure.objects.filter(pk=figure.pk).update(value_text="<img src=x onerror=alert(1)>")
    page = analyst_client.get(reverse("indicators:trend") + "?jurisdiction=350100").content.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    data = chart_data(page, "trend-chart")
    names = " ".join(str(trace.get("customdata")) for trace in data["data"])
    assert "&lt;img src=x" in names  # shown as text by Plotly, never as markup
    dashboard = analyst_client.get("/").content.decode()
    assert "<script>alert(1)" not in dashboard


def test_trend_data_downloads_as_csv(analyst_client, demo):
    response = analyst_client.get(reverse("indicators:trend") + "?jurisdiction=350100&format=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:4] == ["行政区", "年份", "类型", "原文"]
    assert ["福州市", "2023", "目标", "6.5 左右"] == rows[1][:4]


def test_plotly_is_loaded_only_on_pages_with_charts(analyst_client, demo):
    assert "plotly-basic.min.js" in analyst_client.get("/").content.decode()
    assert (
        "plotly-basic.min.js"
        not in analyst_client.get(reverse("indicators:indicator_list")).content.decode()
    )


def test_static_files_get_hashed_names_for_cache_busting(analyst_client, demo, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--no-input", verbosity=0)
    page = analyst_client.get("/").content.decode()
    src = page.split('src="/static/vendor/plotly/plotly-basic.min.', 1)[1].split('"', 1)[0]
    assert (
        len(src.split(".")[0]) == 12
        and (tmp_path / "vendor/plotly" / f"plotly-basic.min.{src}").exists()
    )


@pytest.mark.parametrize("url", ["/", "/charts/trend/?jurisdiction=350100&jurisdiction=350104"])
def test_chart_pages_run_a_constant_number_of_queries(
    analyst_client, demo, django_assert_max_num_queries, url
):
    # The dashboard also reads the binding targets of the plans below it for its early warnings
    # (福州市 has a plan; none of its targets is binding: one query).
    budget = 12 if url == "/" else 11
    with django_assert_max_num_queries(budget):
        assert analyst_client.get(url).status_code == 200
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=10, figures_each=15, first_code=70
    )
    with django_assert_max_num_queries(budget):
        assert analyst_client.get(url).status_code == 200


def test_the_dashboard_opens_on_the_highest_level_with_judged_results(analyst_client, demo):
    # 全国 has no annual target judged, 江苏省 (320000) a target but no result: 福建省 it is.
    assert "福建省 2023 年目标完成情况" in analyst_client.get("/").content.decode()
    jiangsu = Jurisdiction.objects.get(division_code="320000")
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    figure_create(jurisdiction=jiangsu, indicator=gdp, year=2023, kind="final", value_text="5.8")
    # Same level, lower division code.
    assert "江苏省 2023 年目标完成情况" in analyst_client.get("/").content.decode()


def trend_page(client, *values):
    query = "&".join(f"jurisdiction={value}" for value in values)
    return client.get(reverse("indicators:trend") + "?" + query).content.decode()


def charted(page):
    return {trace["meta"]["jurisdiction"] for trace in chart_data(page, "trend-chart")["data"]}


def test_the_trend_page_adds_a_jurisdiction_typed_by_name_or_division_code(analyst_client, demo):
    page = trend_page(analyst_client, "福州市", " 350104 ", "")
    assert charted(page) == {"350100", "350104"}
    assert '<input type="checkbox" name="jurisdiction" value="350104" checked>' in page
    assert 'class="messages"' not in page  # the empty box of "Add" is not a jurisdiction


def test_a_name_several_jurisdictions_have_asks_which_one_is_meant(analyst_client, demo):
    xiamen = Jurisdiction.objects.get(division_code="350200")
    JurisdictionFactory(name="仓山区", level="district", parent=xiamen, division_code="350299")
    page = trend_page(analyst_client, "350100", "仓山区")
    assert charted(page) == {"350100"}
    assert "有多个行政区同名，请勾选您要的那一个。" in page
    for code in ["350104", "350299"]:
        assert f'<input type="checkbox" name="jurisdiction" value="{code}"> 仓山区' in page
    assert charted(trend_page(analyst_client, "350100", "350299")) == {"350100", "350299"}


def test_a_name_or_code_no_jurisdiction_has_is_reported_and_the_rest_charted(analyst_client, demo):
    page = trend_page(analyst_client, "350100", "不存在区", "999999")
    assert charted(page) == {"350100"}
    assert "没有名称或区划代码为“不存在区”的行政区。" in page
    assert "没有名称或区划代码为“999999”的行政区。" in page


def test_the_trend_page_without_jurisdictions_shows_the_first_with_figures(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:trend")).content.decode()
    # The lowest division codes with GDP figures: 江苏省 and 浙江省 (targets), then 福建省.
    assert charted(page) == {"320000", "330000", "350000"}


def test_a_jurisdiction_name_with_a_script_tag_stays_text_in_chart_json(analyst_client, demo):
    hostile = "福州市</script><script>alert(1)</script>"
    Jurisdiction.objects.filter(division_code="350100").update(name=hostile)
    for url in [reverse("indicators:trend") + "?jurisdiction=350100", "/?jurisdiction=350100"]:
        page = analyst_client.get(url).content.decode()
        assert "<script>alert(1)" not in page
        chart_id = "trend-chart" if "charts" in url else "trend-1"
        names = [trace.get("name", "") for trace in chart_data(page, chart_id)["data"]]
        assert "福州市&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 完成" in names


def test_a_figure_in_a_trend_series_dates_its_report_as_precisely_as_the_report(demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    target, _result, _verdict = trend_series([gdp], [fuzhou])[gdp][fuzhou][2023]
    report = Report.objects.get(title=target.source_report.title)
    for precision in ["day", "month", "year"]:
        Report.objects.filter(pk=report.pk).update(date_precision=precision)
        report.refresh_from_db()
        target, _result, _verdict = trend_series([gdp], [fuzhou])[gdp][fuzhou][2023]
        assert target.source_report.date_text == report.date_text


def test_the_trend_page_does_not_open_on_a_jurisdiction_whose_only_figure_is_a_draft(
    client, official, analyst, demo
):
    """Choosing it would tell an official that the unpublished figure exists."""
    # Its code sorts before every demo jurisdiction with GDP figures.
    beijing = JurisdictionFactory(name="北京市", level="province", division_code="110000")
    Assignment.objects.create(user=analyst, jurisdiction=beijing)
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    figure_record(
        figure=Figure(
            jurisdiction=beijing, indicator=gdp, year=2023, kind="target", value_text="5"
        ),
        user=analyst,
    )
    assert Figure.objects.get(jurisdiction=beijing).review_status == "draft"
    client.force_login(official)
    page = client.get(reverse("indicators:trend")).content.decode()
    assert 'value="110000" checked' not in page
    assert 'value="320000" checked' in page and 'value="350000" checked' in page
