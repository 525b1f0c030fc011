import csv
import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from indicators.charts import STATUS_COLOURS, gap_figure, trend_figure, trend_series
from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from tests.factories import children_with_figures_of

pytestmark = pytest.mark.django_db


def chart_data(page, chart_id):
    start = page.index(f'<script id="{chart_id}" type="application/json">')
    body = page[start:].split(">", 1)[1].split("</script>", 1)[0]
    return json.loads(body)


def test_trend_figure_marks_targets_with_their_verdict_colour_and_band(demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    figure = trend_figure(gdp, trend_series([gdp], [fuzhou])[gdp])
    targets = next(t for t in figure.data if t.meta["role"] == "target")
    assert list(targets.y) == [6.5, 6.0]
    assert targets.marker.color[0] == STATUS_COLOURS["missed"]
    assert list(targets.error_y.array) == [0.1, 0.1]  # 6.5 左右: the default band


def test_a_ceiling_target_is_drawn_as_a_dashed_line(demo):
    cpi = Indicator.objects.get(name="居民消费价格指数", unit="%")
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    figure = trend_figure(cpi, trend_series([cpi], [fuzhou])[cpi])
    ceilings = [t for t in figure.data if t.meta["role"] == "ceiling"]
    assert (
        len(ceilings) == 2 and ceilings[0].line.dash == "dash" and list(ceilings[0].y) == [3.0, 3.0]
    )


def test_gap_figure_sorts_growth_differences_and_colours_them_by_status(demo):
    assessments = Assessment.objects.filter(
        jurisdiction__division_code="350100", year=2023
    ).select_related("indicator")
    bars = gap_figure(assessments).data[0]
    assert list(bars.x) == sorted(bars.x) and bars.y[0] == "社会消费品零售总额"
    assert bars.marker.color[-1] == STATUS_COLOURS["exceeded"]


def test_user_text_in_chart_json_cannot_break_out_of_the_script_tag(analyst_client, demo):
    hostile = '"></script><script>alert(1)</script><b>'
    Indicator.objects.filter(name="地区生产总值", unit="%").update(name=hostile)
    figure = Figure.objects.filter(indicator__name=hostile).first()
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
    with django_assert_max_num_queries(10):
        assert analyst_client.get(url).status_code == 200
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=10, figures_each=15, first_code=70
    )
    with django_assert_max_num_queries(10):
        assert analyst_client.get(url).status_code == 200


def test_the_dashboard_opens_on_the_highest_level_with_judged_results(analyst_client, demo):
    assert (
        "福州市 2023 年目标完成情况" in analyst_client.get("/").content.decode()
    )  # 福建省 has no results
    fujian = Jurisdiction.objects.get(division_code="350000")
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    Figure.objects.create(
        jurisdiction=fujian, indicator=gdp, year=2023, kind="target", value_text="5.5 左右"
    )
    Figure.objects.create(
        jurisdiction=fujian, indicator=gdp, year=2023, kind="final", value_text="4.5"
    )
    assert "福建省 2023 年目标完成情况" in analyst_client.get("/").content.decode()
