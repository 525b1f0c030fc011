"""Plans through the Figures CSV: plan targets, base values, figures over several years or part
of a year, the country level; every bad plan cell named by row and column, nothing stored."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation

from indicators.models import Assessment, Figure, Indicator, Jurisdiction, Plan
from reports.importing import figures_import
from tests.factories import IndicatorFactory, JurisdictionFactory, figure_create

pytestmark = pytest.mark.django_db

HEADER = (
    "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
    "report_title,report_date,source_quote,direction,flags,plan,plan_start,plan_end,method,period"
)
PLAN = "十二五规划纲要"
QUOTE = "单位国内生产总值能源消耗降低 16%"
ROWS = [
    f"全国,country,,单位GDP能耗,%,2015,plan_target,降低 16%,,,,down,约束性,{PLAN},2011,2015,log,",
    f"全国,country,,单位GDP能耗,%,2014,final,下降 13.4%,,,,down,,{PLAN},,,,2011-2014",
    "全国,country,,重点项目投资,亿元,2024,final,313.64 亿元,,,,up,,,,,,2024-03",
]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def csv_bytes(*rows):
    return "\n".join([HEADER, *rows]).encode()


def errors_of(result):
    return [(e.row, e.column) for e in result.errors]


def test_a_plan_target_records_its_plan_with_its_years_binding_and_method():
    result = figures_import(data=csv_bytes(*ROWS))
    assert result.ok, result.errors
    assert result.created_plans == [PLAN]
    plan = Plan.objects.get()
    assert (plan.jurisdiction.name, plan.jurisdiction.level) == ("全国", "country")
    assert (plan.first_year, plan.last_year, plan.base_year) == (2011, 2015, 2010)
    target = Figure.objects.get(kind="plan_target")
    assert (target.plan, target.year, target.method, target.flags) == (
        plan,
        2015,
        "log",
        ["约束性"],
    )
    cumulative = Figure.objects.get(period="2011-2014")
    assert (cumulative.plan, cumulative.year, cumulative.value_text) == (plan, 2014, "下降 13.4%")
    assert Figure.objects.get(period="2024-03").plan is None


def test_figures_over_a_period_do_not_count_as_the_years_result():
    figures_import(
        data=csv_bytes(*ROWS, "全国,country,,重点项目投资,亿元,2024,target,1015,,,,up,,,,,,")
    )
    assessment = Assessment.objects.get(indicator__name="重点项目投资")
    assert assessment.status == "pending"
    assert assessment.result is None


def test_a_province_whose_parent_country_is_unknown_creates_it_one_level_up():
    row = "福建省,province,全国,地区生产总值,%,2023,final,4.5,,,,,,,,,,"
    assert figures_import(data=csv_bytes(row)).ok
    fujian = Jurisdiction.objects.get(name="福建省")
    assert (fujian.parent.name, fujian.parent.level) == ("全国", "country")


@pytest.mark.parametrize(
    "row, column",
    [
        # a plan target on a plan not recorded, without its years
        ("全国,country,,能耗,%,2025,plan_target,〔13.5〕,,,,down,,十四五规划纲要,,,,", "plan"),
        # a plan target without a plan
        ("全国,country,,能耗,%,2025,plan_target,〔13.5〕,,,,down,,,,,,", "plan"),
        # a plan target's year is not its plan's last year
        ("全国,country,,能耗,%,2024,plan_target,〔13.5〕,,,,down,,十四五,2021,2025,,", "year"),
        # a period that does not parse
        ("全国,country,,投资,亿元,2024,final,313.64,,,,up,,,,,,2024-Q1", "period"),
        # a month of another year
        ("全国,country,,投资,亿元,2024,final,313.64,,,,up,,,,,,2023-03", "period"),
        ("全国,country,,投资,亿元,2024,final,313.64,,,,up,,,,,,2024-13", "period"),
        # a cumulative figure with no plan
        ("全国,country,,能耗,%,2014,final,下降 13.4%,,,,down,,,,,,2011-2014", "plan"),
        # a cumulative figure outside its plan's years
        (
            "全国,country,,能耗,%,2014,final,下降 13.4%,,,,down,,十二五规划纲要,,,,2009-2014",
            "period",
        ),
        # a target over a period
        ("全国,country,,投资,亿元,2024,target,1015,,,,up,,,,,,2024-03", "period"),
        # a method that is not one
        (
            "全国,country,,能耗,%,2015,plan_target,降低 16%,,,,down,,十二五规划纲要,,,geometric,",
            "method",
        ),
        # a plan that ends before it starts
        ("全国,country,,能耗,%,2015,plan_target,降低 16%,,,,down,,新规划,2016,2015,,", "plan_end"),
        # plan years without a plan
        ("全国,country,,能耗,%,2015,final,-1,,,,down,,,2011,2015,,", "plan"),
        # years that disagree with the stored plan
        ("全国,country,,能耗,%,2015,final,-1,,,,down,,十二五规划纲要,2011,2016,,", "plan_start"),
    ],
)
def test_bad_plan_cells_are_named_by_row_and_column_and_nothing_is_stored(row, column):
    figures_import(data=csv_bytes(ROWS[0]))
    before = (Figure.objects.count(), Plan.objects.count(), Jurisdiction.objects.count())
    result = figures_import(data=csv_bytes(ROWS[0], row))
    assert not result.stored
    assert (3, column) in errors_of(result), result.errors
    assert (Figure.objects.count(), Plan.objects.count(), Jurisdiction.objects.count()) == before


def test_plan_figures_round_trip_through_export_and_import():
    assert figures_import(data=csv_bytes(*ROWS)).ok
    exported = io.StringIO()
    call_command("export_figures", stdout=exported)
    assert ",十二五规划纲要,2011,2015,log," in exported.getvalue()
    fields = ("jurisdiction__name", "year", "kind", "value_text", "plan__name", "method", "period")
    before = sorted(Figure.objects.values_list(*fields))
    Figure.objects.all().delete()
    Plan.objects.all().delete()
    result = figures_import(data=exported.getvalue().encode())
    assert result.ok, result.errors
    assert sorted(Figure.objects.values_list(*fields)) == before
    again = io.StringIO()
    call_command("export_figures", stdout=again)
    assert again.getvalue() == exported.getvalue()


def test_a_year_and_its_first_quarter_are_two_figures_of_one_report():
    first = figure_create(
        jurisdiction=JurisdictionFactory(),
        indicator=IndicatorFactory(unit="亿元"),
        year=2024,
        kind="final",
        value_text="1100",
    )
    second = figure_create(
        jurisdiction=first.jurisdiction,
        indicator=first.indicator,
        year=2024,
        kind="final",
        value_text="300",
        period="2024-03",
    )
    assert {first.period, second.period} == {"", "2024-03"}


@pytest.mark.parametrize(
    "name, unit, measure, direction",
    [
        ("常住人口城镇化率", "%", "ratio", "up"),
        ("森林覆盖率", "%", "ratio", "up"),
        ("数字经济核心产业增加值占GDP比重", "%", "ratio", "up"),
        ("城镇调查失业率", "%", "ratio", "down"),
        ("地区生产总值", "%", "growth", "up"),
        ("单位地区生产总值能耗降低", "%", "growth", "down"),
        ("居民消费价格指数", "%", "growth", "down"),
        ("粮食综合生产能力", "亿吨", "level", "up"),
    ],
)
def test_a_new_series_measure_and_direction_follow_its_name(name, unit, measure, direction):
    row = f"全国,country,,{name},{unit},2023,final,5,,,,,,,,,,"
    assert figures_import(data=csv_bytes(row)).ok
    indicator = Indicator.objects.get(name=name)
    assert (indicator.measure, indicator.direction) == (measure, direction)


def test_a_direction_given_in_the_file_wins_over_the_name():
    row = "全国,country,,城镇调查失业率,%,2023,final,5,,,,up,,,,,,"
    assert figures_import(data=csv_bytes(row)).ok
    assert Indicator.objects.get(name="城镇调查失业率").direction == "up"
