"""Forms found in the thirty-fifth set and after (blind35 …), each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import csv
import io
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from indicators.models import Jurisdiction
from reports.extraction import extract, report_metadata
from reports.extraction.sections import EXPECTED, FINAL
from reports.models import Report
from reports.services import report_extract
from tests.reports.test_extraction_unseen import candidates

# A stored web page's table, one cell a line, each cell closed by a bar, the header's characters
# spaced out, a serial number and an attribute column, years from the caption alone.
BARRED_TABLE = """表2：2019年某区计划主要指标执行情况
序 号 |
指 标 名 称 |
属 性 |
年度预期目标 |
全年完成情况 |
1 |
地区生产总值 |
预期性 |
增长7%左右 |
增长7.4% |
2 |
服务业增加值占比 |
预期性 |
稳步提升 |
比上年提高1.5个百分点 |
3 |
全社会固定资产投资 |
预期性 |
900亿元以上 |
935.2亿元 |
"""


def test_a_web_table_of_one_cell_a_line_with_closing_bars_is_read():
    found = candidates(BARRED_TABLE, report_year=2019)
    assert found[("地区生产总值", "%", 2019, "target")] == "7%左右"
    assert found[("地区生产总值", "%", 2019, "expected")] == "7.4"
    assert found[("固定资产投资", "亿元", 2019, "target")] == "900亿元以上"
    assert found[("固定资产投资", "亿元", 2019, "expected")] == "935.2"


def test_a_worded_value_after_a_rows_attribute_is_no_rows_name():
    found = candidates(BARRED_TABLE, report_year=2019)
    assert not any(key[0] in ("稳步提升", "比上年提高1.5个百分点") for key in found)
    assert ("服务业增加值占比", "个百分点", 2019, "expected") in found


@pytest.mark.parametrize("issuing", ["印发", "下达"])
def test_the_date_of_a_notice_issuing_the_approved_plan_is_not_when_it_was_delivered(issuing):
    text = (
        f"某市人民政府关于{issuing}某市2023年国民经济和社会发展计划的通知\n"
        "各区县人民政府，市政府各部门：\n"
        "《某市2023年国民经济和社会发展计划》已经市人民代表大会审议通过，现印发给你们。\n"
        "某市人民政府\n"
        "2023年5月8日\n"
        "一、2022年国民经济和社会发展计划执行情况\n"
        "全市地区生产总值完成3200亿元，增长4.1%。\n"
    )
    metadata = report_metadata(text)
    assert (metadata.date_text, metadata.results_kind) == ("", EXPECTED)
    assert candidates(text)[("地区生产总值", "亿元", 2022, "expected")] == "3200"


def test_a_date_line_whose_meeting_goes_on_over_the_next_line_dates_the_report():
    text = (
        "2021年4月26日在某市\n第九届人民代表大会第二次会议上\n某市发展和改革委员会\n各位代表：\n"
        "一、2020年国民经济和社会发展计划执行情况\n全市地区生产总值增长3.6%。\n"
    )
    metadata = report_metadata(text)
    assert metadata.date_text == "2021-04-26"
    assert metadata.meeting.endswith("第九届人民代表大会第二次会议")
    assert metadata.results_kind == FINAL
    assert ("地区生产总值", "%", 2020, "final") in candidates(text)


def test_a_total_over_several_years_is_no_figure_of_the_year():
    found = candidates(
        "2020年，全区预计完成地区生产总值560亿元。五年累计完成固定资产投资2100亿元、"
        "社会消费品零售总额1300亿元；全年社会消费品零售总额280亿元。",
        report_year=2020,
    )
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "560"
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "280"
    assert ("固定资产投资", "亿元", 2020, "expected") not in found


def test_household_and_in_place_wordings_name_their_indicators():
    found = candidates(
        "城镇居民家庭人均可支配收入增长6.1%，农村居民家庭人均纯收入增长8.0%，"
        "外商直接投资实际到位金额12.5亿美元，财政一般公共预算收入30.2亿元。",
        report_year=2012,
    )
    assert found[("城镇居民人均可支配收入", "%", 2012, "expected")] == "6.1"
    assert found[("农村居民人均纯收入", "%", 2012, "expected")] == "8.0"
    assert found[("实际利用外资", "亿美元", 2012, "expected")] == "12.5"
    assert found[("地方一般公共预算收入", "亿元", 2012, "expected")] == "30.2"


def test_a_notes_column_gives_the_results_level_and_its_words_are_left_out():
    text = (
        "表1：2023年全县主要指标完成情况\n指标名称\n预期目标\n实际完成\n备注\n"
        "1.地区生产总值\n增长7%\n增长5.2%\n410.6亿元\n"
        "2.社会消费品零售总额\n增长8%\n增长6.1%\n超额完成\n"
    )
    found = candidates(text, report_year=2023)
    assert found[("地区生产总值", "%", 2023, "target")] == "7"
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.2"
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "410.6"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "6.1"
    assert sum(key[0] == "社会消费品零售总额" for key in found) == 2


def test_a_target_aside_in_a_paragraph_of_results_leaves_the_next_sentence_a_result():
    found = candidates(
        "2022年，全市地区生产总值增长4.5%。今冬接待游客力争突破3000万人次。"
        "社会消费品零售总额达到980亿元、增长6%。",
        report_year=2022,
    )
    assert found[("社会消费品零售总额", "亿元", 2022, "expected")] == "980"
    assert found[("社会消费品零售总额", "%", 2022, "expected")] == "6"


def test_targets_completed_announce_the_results_after_them():
    found = candidates(
        "2016年，圆满完成了市人代会确定的目标任务：实现地区生产总值830亿元，增长8.2%。",
        report_year=2016,
    )
    assert found[("地区生产总值", "亿元", 2016, "expected")] == "830"
    assert found[("地区生产总值", "%", 2016, "expected")] == "8.2"


def test_one_level_for_urban_and_rural_residents_together_is_all_residents():
    found = candidates(
        "全年城乡居民人均可支配收入48200元、增长5.1%；城乡居民人均可支配收入分别增长4.6%和6.8%。",
        report_year=2021,
    )
    assert found[("居民人均可支配收入", "元", 2021, "expected")] == "48200"
    assert found[("居民人均可支配收入", "%", 2021, "expected")] == "5.1"
    assert ("城镇居民人均可支配收入", "元", 2021, "expected") not in found
    assert found[("城镇居民人均可支配收入", "%", 2021, "expected")] == "4.6"
    assert found[("农村居民人均可支配收入", "%", 2021, "expected")] == "6.8"


def test_more_wordings_name_their_indicators():
    found = candidates(
        "2024年主要预期目标：物价涨幅控制在3%左右，直接利用外资增长5%，研发经费支出占比提高到2.5%，"
        "商品进出口总值增长4%。",
        report_year=2023,
    )
    assert found[("居民消费价格指数", "%", 2024, "target")] == "3%左右"
    assert found[("实际利用外资", "%", 2024, "target")] == "5"
    assert found[("研究与试验发展经费投入强度", "%", 2024, "target")] == "2.5"
    assert found[("进出口总额", "%", 2024, "target")] == "4"
    found = candidates("2015年居民消费价格上涨幅度控制在3.5%以内，进出口贸易额实现20亿元。", 2014)
    assert found[("居民消费价格指数", "%", 2015, "target")] == "3.5%以内"
    assert found[("进出口总额", "亿元", 2015, "target")] == "20"


def test_the_japanese_form_of_zeng_reads_as_growth_and_is_quoted_as_written():
    text = "2021年全市地区生产总值4500亿元，増长7.5%。"
    found = candidates(text, report_year=2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.5"


def test_a_name_right_after_the_unit_of_the_figure_before_stands_alone():
    found = candidates(
        "2022年，地方一般公共预算收入9.6亿元城镇居民人均可支配收入35120元，增长4.2%；"
        "社会消费品零售总额86.3亿元固定资产投资增长6%。",
        report_year=2022,
    )
    assert found[("城镇居民人均可支配收入", "元", 2022, "expected")] == "35120"
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "4.2"
    assert found[("固定资产投资", "%", 2022, "expected")] == "6"


def test_a_place_named_right_after_the_year_opens_the_indicator():
    found = candidates("报告提出，2024年某某市GDP增长6%左右，固定资产投资增长8%。", 2023)
    assert found[("地区生产总值", "%", 2024, "target")] == "6%左右"


def test_the_sides_named_after_the_shared_name_with_their_verb_are_each_a_series():
    found = candidates(
        "——居民人均可支配收入预计城镇完成38200元，同比增长6.5%；农村完成19050元，同比增长8%。", 2022
    )
    assert found[("城镇居民人均可支配收入", "元", 2022, "expected")] == "38200"
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "6.5"
    assert found[("农村居民人均可支配收入", "元", 2022, "expected")] == "19050"
    assert found[("农村居民人均可支配收入", "%", 2022, "expected")] == "8"


def test_public_finance_revenue_alone_is_the_local_revenue_and_beside_it_the_total():
    alone = candidates("全年实现地区生产总值增长8%；公共财政收入12.5亿元，增长9%。", 2018)
    assert alone[("地方一般公共预算收入", "亿元", 2018, "expected")] == "12.5"
    both = candidates("公共财政收入12.5亿元，增长9%；地方公共财政收入7.2亿元，增长6%。", 2018)
    assert both[("一般公共预算总收入", "亿元", 2018, "expected")] == "12.5"
    assert both[("地方一般公共预算收入", "亿元", 2018, "expected")] == "7.2"


def test_the_districts_own_level_is_the_local_revenue():
    found = candidates("全年区本级一般公共预算收入达到120.5亿元、增长7%。", 2023)
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "120.5"


UNDATED = "一、2024年国民经济和社会发展计划执行情况\n全区地区生产总值完成860亿元，增长4.1%。\n"


def test_the_analysts_delivery_date_decides_the_kind_when_the_text_gives_none():
    assert ("地区生产总值", "亿元", 2024, "expected") in candidates(UNDATED, 2024)
    given = extract(UNDATED, report_year=2024, delivered="2025-04-17")
    assert {(c.indicator, c.unit, c.kind) for c in given} >= {("地区生产总值", "亿元", FINAL)}
    assert {c.kind for c in extract(UNDATED, report_year=2024, delivered="2025-01")} == {EXPECTED}
    dated = "（2025年1月10日在某区第三届人民代表大会第五次会议上）\n" + UNDATED
    assert {c.kind for c in extract(dated, report_year=2024, delivered="2025-05")} == {EXPECTED}


@pytest.mark.django_db
def test_a_stored_reports_delivery_date_decides_the_kind_of_its_candidates(demo):
    report = Report.objects.create(
        jurisdiction=Jurisdiction.objects.get(division_code="350104"),
        title="某区计划执行情况报告",
        delivered_on=date(2025, 4, 17),
        text=UNDATED,
    )
    report_extract(report=report)
    assert {(c.indicator, c.kind) for c in report.candidates.all()} == {("地区生产总值", FINAL)}


@pytest.mark.django_db
def test_extract_figures_reads_results_as_final_after_the_report_date_given(demo, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(UNDATED, encoding="utf-8")
    out = io.StringIO()
    call_command(
        "extract_figures", str(path), "--jurisdiction", "仓山区", "--report-year", "2024",
        "--report-date", "2025-04", stdout=out,
    )  # fmt: skip
    assert {row["kind"] for row in csv.DictReader(io.StringIO(out.getvalue()))} == {FINAL}
    with pytest.raises(CommandError, match="is not a date"):
        call_command(
            "extract_figures", str(path), "--jurisdiction", "仓山区", "--report-date", "四月",
            stdout=io.StringIO(),
        )  # fmt: skip


def test_a_year_in_chinese_numerals_dates_the_targets_under_a_title_naming_them():
    text = (
        "某县二〇一〇年国民经济和社会发展奋斗目标\n"
        "一、保持经济平稳较快发展\n"
        "1、地区生产总值增长11%。\n"
        "2、全社会固定资产投资增长18%。\n"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "%", 2010, "target")] == "11"
    assert found[("固定资产投资", "%", 2010, "target")] == "18"
    title = "关于某市二〇二三年国民经济和社会发展计划执行情况与二〇二四年计划草案的报告\n"
    metadata = report_metadata(title)
    assert (metadata.review_year, metadata.plan_year) == (2023, 2024)
