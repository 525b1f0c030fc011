import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation

from indicators.assessing.refresh import assessments_refresh
from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from indicators.services.figures import figure_delete, figure_record
from indicators.services.judgements import judgement_record
from indicators.services.structure import indicator_record, jurisdiction_record
from reports.services import report_record
from tests.factories import (
    FigureFactory,
    IndicatorFactory,
    JurisdictionFactory,
    ReportFactory,
    figure_create,
)

pytestmark = pytest.mark.django_db

# The report's own verdict on 2023 (DESIGN.md, issue 3).
FUZHOU_2023_VERDICT = {
    "第一产业增加值": "exceeded",
    "建筑业增加值": "exceeded",
    "一般公共预算总收入": "exceeded",
    "地方一般公共预算收入": "exceeded",
    "地区生产总值": "missed",
    "第二产业增加值": "missed",
    "规上工业增加值": "missed",
    "第三产业增加值": "missed",
    "固定资产投资": "missed",
    "社会消费品零售总额": "missed",
    "城镇居民人均可支配收入": "missed",
    "农村居民人均可支配收入": "missed",
    "居民消费价格指数": "within_control",
    "亿元生产总值生产安全事故死亡率": "within_control",
    "出口总额": "needs_reference",
}


def fuzhou_2023():
    return {
        a.indicator.name: a
        for a in Assessment.objects.filter(
            jurisdiction__division_code="350100", year=2023
        ).select_related("indicator", "target", "result")
    }


def test_fuzhou_2023_reproduces_the_reports_own_verdict(demo):
    assessments = fuzhou_2023()
    assert {name: assessments[name].status for name in FUZHOU_2023_VERDICT} == FUZHOU_2023_VERDICT
    assert assessments["地区生产总值"].difference == Decimal("-1.2")
    assert assessments["居民消费价格指数"].difference == Decimal("-2.6")
    assert assessments["亿元生产总值生产安全事故死亡率"].approximate is True


def test_assessment_records_which_figures_it_used_and_explains_itself(demo):
    gdp = fuzhou_2023()["地区生产总值"]
    assert (gdp.target.value_text, gdp.result.value_text, gdp.result.kind) == (
        "6.5 左右",
        "5.3 左右",
        "expected",
    )
    assert "1.2 个百分点" in gdp.explanation_zh
    assert "1.2 percentage points" in gdp.explanation_en
    with translation.override("en"):
        assert gdp.explanation == gdp.explanation_en


def test_exports_follow_when_the_province_records_its_export_growth(demo):
    fujian = Jurisdiction.objects.get(division_code="350000")
    exports = Indicator.objects.get(name="出口总额", unit="%")
    province_result = figure_create(
        jurisdiction=fujian, indicator=exports, year=2023, kind="final", value_text="-4.6"
    )
    assessment = fuzhou_2023()["出口总额"]
    assert assessment.status == "exceeded"
    assert assessment.reference == province_result
    province_result.value_text = "3.1"
    figure_record(figure=province_result, user=None)
    assert fuzhou_2023()["出口总额"].status == "needs_judgement"
    figure_delete(figure=province_result, user=None)
    assert fuzhou_2023()["出口总额"].status == "needs_reference"


def test_final_result_wins_over_expected_and_newest_report_among_equals(demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    later = ReportFactory(
        jurisdiction=fuzhou, title="2024 年计划执行情况的报告", delivered_on="2025-01-10"
    )
    figure_create(
        jurisdiction=fuzhou,
        indicator=gdp,
        year=2023,
        kind="final",
        value_text="5.9",
        source_report=later,
        source_quote="地区生产总值增长 5.9%",
    )
    assert fuzhou_2023()["地区生产总值"].result.value_text == "5.9"
    newest = ReportFactory(jurisdiction=fuzhou, title="统计公报修订", delivered_on="2025-06-01")
    figure_create(
        jurisdiction=fuzhou,
        indicator=gdp,
        year=2023,
        kind="final",
        value_text="6.6",
        source_report=newest,
        source_quote="增长 6.6%",
    )
    assessment = fuzhou_2023()["地区生产总值"]
    assert (assessment.result.value_text, assessment.status) == ("6.6", "met")


def test_incomes_in_step_with_growth_follow_gdp_growth(demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    income = Indicator.objects.get(name="城镇居民人均可支配收入", unit="%")
    figure_create(jurisdiction=fuzhou, indicator=income, year=2024, kind="final", value_text="5.2")
    assessment = Assessment.objects.get(jurisdiction=fuzhou, indicator=income, year=2024)
    assert assessment.status == "needs_reference"
    growth = figure_create(
        jurisdiction=fuzhou, indicator=gdp, year=2024, kind="final", value_text="5.7"
    )
    assessment.refresh_from_db()
    assert (assessment.status, assessment.difference) == ("missed", Decimal("-0.5"))
    growth.value_text = "5.25"
    figure_record(figure=growth, user=None)
    assessment.refresh_from_db()
    assert assessment.status == "met"


def test_a_target_without_result_is_pending_and_a_deleted_target_leaves_no_assessment():
    target = FigureFactory(value_text="6 左右")
    assessment = Assessment.objects.get(indicator=target.indicator)
    assert (assessment.status, assessment.result) == ("pending", None)
    figure_delete(figure=target, user=None)
    assert not Assessment.objects.exists()


def test_moving_a_figure_to_another_year_reassesses_both_years():
    target = FigureFactory(year=2023)
    target.year = 2024
    figure_record(figure=target, user=None)
    assert list(Assessment.objects.values_list("year", flat=True)) == [2024]


def test_an_analysts_judgement_is_stored_with_who_and_why_until_the_texts_change(demo, analyst):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    energy = Indicator.objects.get(name="万元生产总值能耗", unit="%")
    assert fuzhou_2023()["万元生产总值能耗"].status == "needs_judgement"
    judgement_record(
        jurisdiction=fuzhou,
        indicator=energy,
        year=2023,
        verdict="met",
        reason="省发改委通报：福州市完成 2023 年能耗强度下降目标",
        user=analyst,
    )
    assessment = fuzhou_2023()["万元生产总值能耗"]
    assert assessment.status == "judged"
    assert (assessment.judgement.verdict, assessment.judgement.judged_by) == ("met", analyst)
    assert "能耗强度" in assessment.judgement.reason
    result = Figure.objects.get(jurisdiction=fuzhou, indicator=energy, year=2023, kind="expected")
    result.value_text = "下降 2.1"
    figure_record(figure=result, user=None)
    reopened = fuzhou_2023()["万元生产总值能耗"]
    assert (reopened.status, reopened.judgement) == ("needs_judgement", None)


def test_reassess_is_idempotent(demo):
    before = sorted(
        Assessment.objects.values_list(
            "pk", "jurisdiction", "indicator", "year", "status", "difference"
        )
    )
    out = io.StringIO()
    call_command("reassess", stdout=out)
    call_command("reassess", stdout=out)
    after = sorted(
        Assessment.objects.values_list(
            "pk", "jurisdiction", "indicator", "year", "status", "difference"
        )
    )
    assert after == before
    first, second = out.getvalue().splitlines()
    assert first == second and "exceeded" in first


def test_reassess_rebuilds_assessments_lost_from_the_table(demo):
    count = Assessment.objects.count()
    Assessment.objects.all().delete()
    call_command("reassess", stdout=io.StringIO())
    assert Assessment.objects.count() == count
    assert fuzhou_2023()["建筑业增加值"].status == "exceeded"


def test_refreshing_many_keys_runs_a_constant_number_of_queries(django_assert_max_num_queries):
    parent = JurisdictionFactory(level="city")
    indicators = IndicatorFactory.create_batch(5)
    children = JurisdictionFactory.create_batch(4, parent=parent)
    keys = set()
    for jurisdiction in [parent, *children]:
        for indicator in indicators:
            for year in (2022, 2023):
                FigureFactory(
                    jurisdiction=jurisdiction,
                    indicator=indicator,
                    year=year,
                    value_text="不低于全市平均水平",
                )
                FigureFactory(
                    jurisdiction=jurisdiction,
                    indicator=indicator,
                    year=year,
                    kind="final",
                    value_text="5",
                )
                keys.add((jurisdiction.pk, indicator.pk, year))
    # 10 to judge, then the regions' page versions: a query per tree level and one upsert.
    with django_assert_max_num_queries(14):
        assessments_refresh(keys)
    statuses = Assessment.objects.filter(jurisdiction__parent=parent).values_list(
        "status", flat=True
    )
    assert set(statuses) == {"met"} and len(statuses) == 40  # each child equals the city's 5
    assert Assessment.objects.filter(jurisdiction=parent, status="needs_reference").count() == 10


def test_a_rejected_import_leaves_no_assessment_behind():
    from reports.importing import figures_import

    header = (
        "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
        "report_title,report_date,source_quote"
    )
    data = f"{header}\n测试市,city,,GDP,%,2023,target,6,,,\n测试市,city,,GDP,%,2023,target,7,,,\n".encode()
    assert not figures_import(data=data).ok
    assert figures_import(data=data.rsplit(b"\n", 2)[0] + b"\n", dry_run=True).ok
    assert not Assessment.objects.exists()


def test_report_title_and_quote_do_not_change_the_verdict():
    report = ReportFactory()
    FigureFactory(
        jurisdiction=report.jurisdiction,
        source_report=report,
        source_quote="增长 6% 左右",
        value_text="6 左右",
    )
    assert Assessment.objects.get().status == "pending"


def test_changing_an_indicators_direction_or_tolerance_rejudges_its_figures(demo):
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    gdp.direction = "down"
    indicator_record(indicator=gdp, user=None)
    assert fuzhou_2023()["地区生产总值"].status == "within_control"
    gdp.direction, gdp.tolerance = "up", Decimal("1.5")
    indicator_record(indicator=gdp, user=None)
    assert fuzhou_2023()["地区生产总值"].status == "met"


def test_changing_an_indicators_unit_reparses_its_values():
    target = FigureFactory(indicator=IndicatorFactory(unit="万人"), value_text="1.6 万人")
    assert target.value == Decimal("1.6")
    target.indicator.unit = "人"
    indicator_record(indicator=target.indicator, user=None)
    target.refresh_from_db()
    assert target.value == Decimal("16000")


def test_moving_a_report_later_makes_its_figure_the_best_result(demo):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    gdp = Indicator.objects.get(name="地区生产总值", unit="%")
    other = ReportFactory(jurisdiction=fuzhou, title="早些的报告", delivered_on="2023-06-01")
    figure_create(
        jurisdiction=fuzhou,
        indicator=gdp,
        year=2023,
        kind="expected",
        value_text="6.5",
        source_report=other,
        source_quote="增长 6.5%",
    )
    assert fuzhou_2023()["地区生产总值"].result.value_text == "5.3 左右"
    other.delivered_on = "2024-06-01"
    report_record(report=other, user=None)
    assert fuzhou_2023()["地区生产总值"].result.value_text == "6.5"


def test_a_district_measured_against_the_province_average_looks_past_its_city(demo):
    cangshan, fuzhou, fujian = (
        Jurisdiction.objects.get(division_code=c) for c in ("350104", "350100", "350000")
    )
    exports = Indicator.objects.get(name="出口总额", unit="%")
    figure_create(
        jurisdiction=cangshan,
        indicator=exports,
        year=2023,
        kind="target",
        value_text="不低于全省平均水平",
    )
    figure_create(jurisdiction=cangshan, indicator=exports, year=2023, kind="final", value_text="4")
    figure_create(jurisdiction=fuzhou, indicator=exports, year=2023, kind="final", value_text="9")
    figure_create(jurisdiction=fujian, indicator=exports, year=2023, kind="final", value_text="3")
    assessment = Assessment.objects.get(jurisdiction=cangshan, indicator=exports, year=2023)
    assert (assessment.status, assessment.reference.jurisdiction) == ("exceeded", fujian)


def test_moving_a_jurisdiction_to_another_parent_rejudges_its_relative_targets(demo):
    fujian = Jurisdiction.objects.get(division_code="350000")
    exports = Indicator.objects.get(name="出口总额", unit="%")
    figure_create(
        jurisdiction=fujian, indicator=exports, year=2023, kind="final", value_text="-4.6"
    )
    assert fuzhou_2023()["出口总额"].status == "exceeded"
    elsewhere = JurisdictionFactory(name="某省", level="province", division_code=None)
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    fuzhou.parent = elsewhere
    jurisdiction_record(jurisdiction=fuzhou, user=None)
    assert fuzhou_2023()["出口总额"].status == "needs_reference"


def test_deleting_judgements_in_bulk_reopens_the_verdicts(demo, administrator, client):
    from django.urls import reverse

    from indicators.models import Judgement

    fuzhou = Jurisdiction.objects.get(division_code="350100")
    energy = Indicator.objects.get(name="万元生产总值能耗", unit="%")
    judgement = judgement_record(
        jurisdiction=fuzhou,
        indicator=energy,
        year=2023,
        verdict="met",
        reason="通报",
        user=administrator,
    )
    client.force_login(administrator)
    response = client.post(
        reverse("admin:indicators_judgement_changelist"),
        {"action": "delete_selected", "_selected_action": [judgement.pk], "post": "yes"},
    )
    assert response.status_code == 302 and not Judgement.objects.exists()
    assert fuzhou_2023()["万元生产总值能耗"].status == "needs_judgement"
