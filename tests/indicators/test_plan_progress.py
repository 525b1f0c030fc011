"""Progress against time from stored figures: the plan page, the `progress` command, in-year
monitoring, and annual targets judged from a plan (完成省下达的"十四五"能耗强度序时进度)."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from indicators.assessing.pacing import plan_lines, year_lines
from indicators.display.dashboard import dashboard_build
from indicators.models import Assessment, Figure, Jurisdiction, Plan
from indicators.progress.periods import AsOf
from indicators.services.figures import figure_record
from indicators.services.structure import jurisdiction_record
from reports.importing import figures_import

pytestmark = pytest.mark.django_db

HEADER = (
    "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
    "report_title,report_date,source_quote,direction,flags,plan,plan_start,plan_end,method,period"
)
NDRC = "国家发展改革委新闻发布会"
NDRC_QUOTE = "“十二五”前四年全国单位GDP能耗累计下降了13.4%，“十二五”规划的是下降16%"
TWELFTH = [
    f"全国,country,,单位GDP能耗降低,%,2015,plan_target,下降16%,{NDRC},2015-05-07,{NDRC_QUOTE},"
    "down,约束性,十二五规划纲要,2011,2015,,",
    f"全国,country,,单位GDP能耗降低,%,2014,final,累计下降了13.4%,{NDRC},2015-05-07,"
    f"{NDRC_QUOTE},down,,十二五规划纲要,,,,2011-2014",
]
INVESTMENT = [
    "某市,city,,重点项目投资,亿元,2024,target,1015,,,,up,,,,,,",
    "某市,city,,重点项目投资,亿元,2024,final,313.64,,,,up,,,,,,2024-03",
]


def load(*rows):
    result = figures_import(data="\n".join([HEADER, *rows]).encode())
    assert result.ok, result.errors
    return result


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def test_the_ndrc_twelfth_plan_energy_check_gives_82_5_percent_against_80(english):
    load(*TWELFTH)
    plan = Plan.objects.get(name="十二五规划纲要")
    [line] = plan_lines([plan], AsOf(2014))[plan]
    assert round(line.progress.progress, 1) == Decimal("82.5")
    assert line.progress.time_progress == 80
    assert line.progress.status in ("ahead", "on_schedule")
    assert line.binding and not line.warning
    assert line.latest.period == "2011-2014"


def test_the_progress_command_writes_the_contract_columns_with_codes(english):
    load(*TWELFTH)
    out = io.StringIO()
    call_command("progress", jurisdiction="全国", as_of="2014", plan="十二五规划纲要", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [
        "indicator",
        "unit",
        "target",
        "target_type",
        "binding",
        "base",
        "latest",
        "progress",
        "time_progress",
        "status",
        "needed",
        "explanation",
    ]
    [row] = rows
    assert (row["indicator"], row["target"], row["target_type"], row["binding"]) == (
        "单位GDP能耗降低",
        "下降16%",
        "cumulative_change",
        "true",
    )
    assert round(Decimal(row["progress"]), 1) == Decimal("82.5")
    assert Decimal(row["time_progress"]) == 80
    assert row["status"] in ("ahead", "on_schedule")


def test_the_progress_command_refuses_an_unknown_plan_or_date():
    load(*TWELFTH)
    with pytest.raises(CommandError, match="十二五规划纲要"):
        call_command("progress", jurisdiction="全国", as_of="2014", plan="十三五")
    with pytest.raises(CommandError, match="--as-of"):
        call_command("progress", jurisdiction="全国", as_of="2014-13", plan="十二五规划纲要")


def test_an_annual_target_in_progress_after_the_first_quarter(english):
    load(*INVESTMENT)
    [line] = year_lines(Jurisdiction.objects.get(name="某市"), AsOf(2024, 3))
    assert round(line.progress.progress, 2) == Decimal("30.90")
    assert line.progress.time_progress == 25
    assert line.progress.status == "ahead"
    out = io.StringIO()
    call_command("progress", jurisdiction="某市", as_of="2024-03", stdout=out)
    [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["status"], round(Decimal(row["progress"]), 2)) == ("ahead", Decimal("30.90"))


def fuzhou_energy_plan(*results):
    """Fuzhou's 十四五 energy-intensity target and its yearly results, as a test records them
    (the demo has the 2024 target pointing at the plan, not the province's assignment)."""
    rows = [
        "福州市,city,福建省,万元生产总值能耗,%,2025,plan_target,下降14%,,,,down,约束性,"
        "十四五规划纲要,2021,2025,,",
    ]
    rows += [
        f"福州市,city,福建省,万元生产总值能耗,%,{year},final,{text},,,,down,,,,,,"
        for year, text in results
    ]
    load(*rows)


def test_an_annual_target_that_points_at_the_plan_is_judged_from_it(demo):
    energy = Assessment.objects.get(
        jurisdiction__name="福州市", indicator__name="万元生产总值能耗", year=2024
    )
    assert energy.status in ("pending", "needs_judgement")  # no plan to measure it against
    fuzhou_energy_plan((2021, "下降3%"), (2022, "下降3%"), (2023, "下降3%"), (2024, "下降3%"))
    energy.refresh_from_db()
    assert energy.status == "met", energy.explanation_en
    assert "十四五规划纲要" in energy.explanation_en
    # A worse earlier year re-judges the year that points at the plan.
    earlier = Figure.objects.get(jurisdiction__name="福州市", year=2022, value_text="下降3%")
    earlier.value_text = "上升2%"
    figure_record(figure=earlier, user=None)
    energy.refresh_from_db()
    assert energy.status == "missed", energy.explanation_en


def plan_page_queries(client, plan):
    url = reverse("indicators:plan", args=[plan.pk])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"as_of": "2024"})
    assert response.status_code == 200
    return len(queries), response


def test_the_plan_page_runs_a_constant_number_of_queries(admin_client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    load(
        "全国,country,,甲,年,2025,plan_target,11.3,,,,up,约束性,十四五规划纲要,2021,2025,,",
        "全国,country,,甲,年,2020,final,10.8,,,,up,,,,,,",
        "全国,country,,甲,年,2024,final,11.2,,,,up,,,,,,",
    )
    plan = Plan.objects.get()
    few, _response = plan_page_queries(admin_client, plan)
    rows = []
    for n in range(12):
        rows.append(
            f"全国,country,,指标{n},%,2025,plan_target,降低{n + 5}%,,,,down,约束性,十四五规划纲要,,,,"
        )
        rows += [
            f"全国,country,,指标{n},%,{y},final,下降{n / 10}%,,,,down,,,,,," for y in (2021, 2022)
        ]
    load(*rows)
    many, response = plan_page_queries(admin_client, plan)
    assert many == few
    page = response.content.decode()
    assert "指标11" in page and "progress-chart" in page
    # The base, the target and the latest result each link to the figure they were read from.
    for figure in Figure.objects.filter(indicator__name="甲"):
        assert f'href="{reverse("indicators:figure", args=[figure.pk])}"' in page


def test_the_plan_page_explains_a_date_it_cannot_use_and_downloads(admin_client):
    load(*TWELFTH)
    plan = Plan.objects.get()
    url = reverse("indicators:plan", args=[plan.pk])
    with translation.override("en"):
        response = admin_client.get(url, {"as_of": "2014-13"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.context["problem"]
    for format in ("csv", "xlsx"):
        download = admin_client.get(url, {"as_of": "2014", "format": format})
        assert download.status_code == 200
        body = b"".join(download.streaming_content) if download.streaming else download.content
        assert body


def test_the_jurisdiction_page_lists_its_plans(admin_client):
    load(*TWELFTH)
    country = Jurisdiction.objects.get(name="全国")
    country.division_code = "100000"
    jurisdiction_record(jurisdiction=country, user=None)
    response = admin_client.get(reverse("indicators:jurisdiction", args=["100000"]))
    plan = Plan.objects.get()
    assert reverse("indicators:plan", args=[plan.pk]) in response.content.decode()


def test_the_dashboard_warns_of_binding_targets_behind_in_constant_queries(
    demo, django_assert_num_queries
):
    fuzhou = Jurisdiction.objects.with_parents().get(name="福州市")
    fuzhou_energy_plan((2021, "下降1%"), (2022, "上升2%"))
    load(  # an anticipatory target behind schedule is no early warning
        "福州市,city,福建省,万元生产总值能耗,万吨,2025,plan_target,年均下降5%,,,,down,预期性,"
        "十四五规划纲要,2021,2025,,",
        "福州市,city,福建省,万元生产总值能耗,万吨,2022,final,上升3%,,,,down,,,,,,",
    )
    # years, the chooser, the binding targets, their results, the year's assessments,
    # headline series, their trends (2), children
    with django_assert_num_queries(9):
        board = dashboard_build(fuzhou, 2022)
    [warning] = board.warnings
    assert (warning.indicator.name, warning.progress.status) == ("万元生产总值能耗", "behind")
    more = [(year, "上升1%") for year in (2023, 2024)]
    fuzhou_energy_plan(*more)
    with django_assert_num_queries(9):
        dashboard_build(fuzhou, 2022)


def test_plans_and_plan_targets_are_recorded_in_the_admin(admin_client):
    load(*TWELFTH)
    country = Jurisdiction.objects.get(name="全国")
    response = admin_client.post(
        reverse("admin:indicators_plan_add"),
        {
            "jurisdiction": country.pk,
            "name": "十三五规划纲要",
            "first_year": 2016,
            "last_year": 2020,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = Plan.objects.get(name="十三五规划纲要")
    form = admin_client.get(reverse("admin:indicators_figure_add")).content.decode()
    assert 'name="plan"' in form and 'name="period"' in form and 'name="method"' in form
    stranded = admin_client.post(
        reverse("admin:indicators_plan_change", args=[Plan.objects.get(name="十二五规划纲要").pk]),
        {
            "jurisdiction": country.pk,
            "name": "十二五规划纲要",
            "first_year": 2011,
            "last_year": 2016,
        },
    )
    assert stranded.status_code == 200  # refused: its target is of 2015
    assert Plan.objects.get(name="十二五规划纲要").last_year == 2015
    assert plan.base_year == 2015
