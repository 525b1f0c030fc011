import csv
import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from indicators.models import Figure, Indicator, Jurisdiction
from reports.models import Report

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[2] / "reports" / "demo"
SEEDS = DEMO / "seeds"

# The Fuzhou annex, read off the report by hand: indicator, unit, 2023 target, 2023 expected, 2024 target.
FUZHOU_ANNEX = [
    ("地区生产总值", "%", "6.5 左右", "5.3 左右", "6 左右"),
    ("第一产业增加值", "%", "3.5", "4.5", "3.5"),
    ("第二产业增加值", "%", "6.5", "5.6", "6"),
    ("规上工业增加值", "%", "6.8", "3.5", "6"),
    ("建筑业增加值", "%", "6", "10", "6"),
    ("第三产业增加值", "%", "7.2", "5.8", "6.5"),
    ("固定资产投资", "%", "6", "5 左右", "5"),
    ("社会消费品零售总额", "%", "10", "6 以上", "7"),
    ("居民消费价格指数", "%", "3.0 以内", "0.4", "3.0 以内"),
    ("出口总额", "%", "不低于 全省平均水平", "保持正增长", "不低于 全省平均水平"),
    ("实际利用外资", "%", "正增长", "不低于 全省平均水平", "正增长"),
    ("一般公共预算总收入", "%", "6.5", "12.3", "6"),
    ("地方一般公共预算收入", "%", "5.5", "8", "5"),
    ("城镇居民人均可支配收入", "%", "7", "4.3", "与经济增长 保持同步"),
    ("农村居民人均可支配收入", "%", "7.5", "6.8", "与经济增长 保持同步"),
    (
        "万元生产总值能耗",
        "%",
        "完成省下达目标",
        "持续下降",
        "完成省下达的 “十四五”能耗强度 序时进度",
    ),
    ("化学需氧量", "—", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
    ("挥发性有机物", "—", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
    ("氨氮", "—", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
    ("氮氧化物", "—", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
    ("单位地区生产总值二氧化碳排放降低", "%", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
    ("亿元生产总值生产安全事故死亡率", "—", "0.0063 以内", "0.0062 以内", "0.006 以内"),
]
ANNEX_COLUMNS = [(2023, "target"), (2023, "expected"), (2024, "target")]


def fuzhou_annex_figures():
    report = Report.objects.get(jurisdiction__name="福州市", text__contains="指标名称")
    return {
        (f.indicator.name, f.indicator.unit, f.year, f.kind): f
        for f in Figure.objects.filter(source_report=report).select_related("indicator")
    }


def test_the_fuzhou_annex_is_loaded_figure_by_figure_as_written(demo):
    seed = (SEEDS / "fuzhou-2023-execution-2024-plan.txt").read_text(encoding="utf-8")
    annex = seed[seed.index("指标名称") :]
    figures = fuzhou_annex_figures()
    for name, unit, *values in FUZHOU_ANNEX:
        for (year, kind), value_text in zip(ANNEX_COLUMNS, values, strict=True):
            figure = figures[(name, unit, year, kind)]
            assert figure.value_text == value_text, (name, year, kind)
            assert figure.source_quote in annex, (name, year, kind)
            assert value_text in figure.source_quote and name in figure.source_quote


def test_every_demo_quote_is_verbatim_from_its_report(demo):
    for report in Report.objects.exclude(text="").prefetch_related("figures"):
        for figure in report.figures.all():
            assert figure.source_quote in report.text, figure
            assert figure.value_text in figure.source_quote, figure


def test_every_cited_plan_figure_has_its_sentence_and_its_numbers_in_it(demo):
    """The national plans' sources are cited, not stored whole: each figure quotes its sentence
    (some in traditional characters), and its numbers are the sentence's."""
    cited = Report.objects.filter(text="").prefetch_related("figures")
    assert len(cited) > 10
    for report in cited:
        for figure in report.figures.all():
            assert figure.source_quote, figure
            for number in re.findall(r"[0-9]+(?:\.[0-9]+)?", figure.value_text):
                assert number in figure.source_quote, figure


def test_demo_jurisdictions_have_their_division_codes_and_tree():
    call_command("load_demo", stdout=io.StringIO())
    cangshan = Jurisdiction.objects.select_related("parent__parent").get(division_code="350104")
    assert (cangshan.name, cangshan.parent.division_code, cangshan.parent.parent.division_code) == (
        "仓山区",
        "350100",
        "350000",
    )


def test_demo_indicators_carry_direction_hierarchy_and_category(demo):
    assert Indicator.objects.get(name="居民消费价格指数", unit="%").direction == "down"
    assert Indicator.objects.get(name="万元生产总值能耗", unit="%").direction == "down"
    assert Indicator.objects.get(name="亿元生产总值生产安全事故死亡率").direction == "down"
    assert Indicator.objects.get(name="规上工业增加值", unit="%").parent.name == "第二产业增加值"
    assert Indicator.objects.get(name="氨氮").parent.name == "主要污染物重点工程减排量"
    assert Indicator.objects.get(name="一般公共预算总收入", unit="%").category == "fiscal"


def test_every_demo_jurisdiction_indicator_and_plan_has_an_english_name(demo):
    from indicators.models import Plan
    from indicators.models.names import is_chinese

    for model in (Jurisdiction, Indicator, Plan):
        names = list(model.objects.values_list("name", "name_en"))
        assert names
        assert [name for name, english in names if not english or is_chinese(english)] == []
    assert Jurisdiction.objects.get(division_code="350104").name_en == "Cangshan District"
    outlines = Plan.objects.filter(name="十四五规划纲要")
    assert {plan.jurisdiction.division_code for plan in outlines} == {"100000", "350100"}
    assert {plan.name_en for plan in outlines} == {"Outline of the 14th Five-Year Plan"}


def test_cangshan_levels_and_growth_rates_are_separate_series(demo):
    cangshan = {
        (f.indicator.name, f.indicator.unit, f.year, f.kind): f.value_text
        for f in Figure.objects.filter(jurisdiction__name="仓山区").select_related("indicator")
    }
    assert cangshan[("地区生产总值", "亿元", 2024, "expected")] == "1110"
    assert cangshan[("地区生产总值", "%", 2024, "expected")] == "5.8"
    assert cangshan[("居民人均可支配收入", "元", 2024, "expected")] == "55160"
    assert cangshan[("地区生产总值", "%", 2025, "target")] == "5.5"
    assert cangshan[("固定资产投资", "%", 2025, "target")] == "4.5"


def test_load_demo_is_idempotent(demo):
    before = sorted(Figure.objects.values_list("pk", "value_text", "updated_at"))
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert sorted(Figure.objects.values_list("pk", "value_text", "updated_at")) == before
    assert " 0 created, 0 updated" in out.getvalue()


def test_export_of_fuzhou_lists_every_annex_figure_as_written(demo):
    out = io.StringIO()
    call_command("export_figures", "--jurisdiction", "福州市", stdout=out)

    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    exported = {
        (r["indicator"], r["unit"], int(r["year"]), r["kind"]): r["value_text"] for r in rows
    }
    for name, unit, *values in FUZHOU_ANNEX:
        for (year, kind), value_text in zip(ANNEX_COLUMNS, values, strict=True):
            assert exported[(name, unit, year, kind)] == value_text
    assert {r["jurisdiction"] for r in rows} == {"福州市"}


def demo_rows(name):
    with open(DEMO / name, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.mark.parametrize("name", ["fujian-cities.csv", "fuzhou-plan.csv"])
def test_every_fujian_row_quotes_its_value_and_states_one_figure_per_key(name):
    from indicators.models.names import is_chinese

    rows = demo_rows(name)
    assert [row for row in rows if row["value_text"] not in row["source_quote"]] == []
    keys = [
        (r["jurisdiction"], r["indicator"], r["unit"], r["year"], r["kind"], r["report_title"])
        for r in rows
    ]
    assert len(keys) == len(set(keys))
    catalogue = {(r["name"], r["unit"]) for r in demo_rows("indicators.csv")}
    assert {(r["indicator"], r["unit"]) for r in rows} <= catalogue
    places = {r["division_code"]: r for r in demo_rows("jurisdictions.csv")}
    for row in rows:
        place = places[row["division_code"]]
        assert place["name"] == row["jurisdiction"], row
        assert place["name_en"] and not is_chinese(place["name_en"]), place


def test_fujian_its_cities_and_other_provinces_have_2023_gdp_figures_to_compare(demo):
    gdp = {
        (f.jurisdiction.name, f.kind): f.value_text
        for f in Figure.objects.filter(
            indicator__name="地区生产总值", indicator__unit="%", year=2023
        ).select_related("jurisdiction")
    }
    assert gdp[("福建省", "target")] == "增长6%左右"
    assert gdp[("厦门市", "final")] == "增长3.1%"
    assert gdp[("泉州市", "target")] == "增长6.5%左右"
    assert gdp[("莆田市", "expected")] == "增长4%左右"
    assert gdp[("宁德市", "final")] == "8.6%"
    assert gdp[("马尾区", "expected")] == "增长5%"
    assert (gdp[("广东省", "target")], gdp[("广东省", "final")]) == ("增长5%以上", "增长4.8%")
    assert (gdp[("浙江省", "target")], gdp[("江苏省", "target")]) == ("增长5%以上", "5%左右")
    mawei = Jurisdiction.objects.select_related("parent").get(division_code="350105")
    assert (mawei.name_en, mawei.parent.name) == ("Mawei District", "福州市")


def test_fuzhou_14th_plan_goals_get_a_mid_term_evaluation(demo):
    """Fuzhou's 十四五 goals as its 2021 government work report states them: the high-tech
    enterprises the 2023 report counts reach the goal; a level without its 2020 value says so."""
    out = io.StringIO()
    options = ["--jurisdiction", "福州市", "--as-of", "2024", "--plan", "十四五规划纲要"]
    call_command("progress", *options, stdout=out)
    rows = {row["indicator"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert len(rows) == 9
    assert (rows["高新技术企业"]["status"], rows["高新技术企业"]["target"]) == (
        "achieved",
        "增加到4000家以上",
    )
    assert rows["全社会研究与试验发展经费投入"]["target_type"] == "average_growth"
    ocean = rows["海洋生产总值"]
    assert ocean["status"] == "needs_judgement" and "2020" in ocean["explanation"]
    assert rows["机场旅客吞吐量"]["status"] == "pending"
