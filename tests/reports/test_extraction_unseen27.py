"""Forms found in the corpus read again in round thirty, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import re

import pytest

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates

REVENUE = "地方一般公共预算收入"


def _growths(text, name, report_year=2023):
    return sorted(
        (c.value_text, "同口径" in c.flags)
        for c in extract(text, report_year=report_year)
        if (c.indicator, c.unit) == (name, "%")
    )


def test_a_comparable_growth_in_brackets_after_the_growth_is_proposed_beside_it():
    text = (
        "2023年，全县一般公共预算收入完成31.2亿元，增长0.8%（同口径增长6.5%）；固定资产投资增长4%。"
    )
    assert _growths(text, REVENUE) == [("0.8", False), ("6.5", True)]
    assert candidates(text)[("固定资产投资", "%", 2023, "expected")] == "4"


def test_a_comparable_growth_in_brackets_counts_also_after_a_growth_alone():
    text = "2023年，地方一般公共预算收入下降2.1%（按可比口径增长3.3%），其中税收收入增长5%。"
    assert _growths(text, REVENUE) == [("3.3", True), ("下降2.1", False)]


def test_a_note_in_brackets_after_a_growth_is_no_second_growth():
    text = "2023年，地方一般公共预算收入增长4.2%（预计数，下同），税收占比78%。"
    assert _growths(text, REVENUE) == [("4.2", False)]


def test_a_years_work_arrangements_heading_opens_its_targets():
    found = candidates(
        "2023年工作回顾\n"
        "2023年，全市生产总值完成820亿元，增长5.1%。\n"
        "2024年工作安排\n"
        "今年经济社会发展的主要目标是：全市生产总值增长5.5%左右，城镇新增就业2万人。",
        report_year=2023,
    )
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.1"
    assert found[("地区生产总值", "%", 2024, "target")] == "5.5%左右"
    assert found[("城镇新增就业", "万人", 2024, "target")] == "2"


def test_a_years_tasks_heading_with_a_motto_after_its_colon_opens_its_targets():
    found = candidates(
        "2025年工作任务：稳中求进 奋勇争先\n"
        "今年政府工作的总体要求是：坚持稳中求进工作总基调。\n"
        "地区生产总值增长6%以上，固定资产投资增长7%，居民人均可支配收入与经济增长同步。",
        report_year=2024,
    )
    assert found[("地区生产总值", "%", 2025, "target")] == "6%以上"
    assert found[("固定资产投资", "%", 2025, "target")] == "7"
    assert not any(year == 2024 for _name, _unit, year, _kind in found)


def test_a_year_line_over_a_sentence_with_figures_is_no_heading():
    found = candidates("2023年：全市生产总值增长5%，固定资产投资增长3%。", report_year=2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5"


def test_a_level_hoped_for_is_read_as_the_years_figure():
    for hope in ("有望", "可望"):
        found = candidates(f"初步预计，2023年全市生产总值{hope}达到1200亿元，增长6%；投资增长4%。")
        assert found[("地区生产总值", "亿元", 2023, "expected")] == "1200"
        assert found[("地区生产总值", "%", 2023, "expected")] == "6"


def test_incomes_in_step_with_gdp_are_a_worded_value_of_each_side():
    found = candidates("2024年主要目标：地区生产总值增长6%，城乡居民人均可支配收入与GDP基本同步。")
    for side in ("城镇", "农村"):
        assert found[(f"{side}居民人均可支配收入", "%", 2024, "target")] == "与GDP基本同步"


def test_value_added_after_the_output_joined_by_and_takes_its_place_in_the_list():
    found = candidates("2023年，全县规模以上工业总产值和增加值同比分别增长12.4%、9.8%，结构优化。")
    assert found[("规上工业增加值", "%", 2023, "expected")] == "9.8"


def test_value_added_in_a_list_of_three_measures_of_industry_takes_its_place():
    found = candidates(
        "2023年，全市规模以上工业总产值、增加值、利润分别完成900亿元、260亿元、41亿元，"
        "分别增长11.2%、8.4%和5%。"
    )
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "260"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "8.4"


def test_the_revenue_of_a_citys_own_tier_is_no_figure_of_the_city():
    found = candidates(
        "2023年，全市地区生产总值完成900亿元，增长5%；市本级全口径财政收入实现45亿元，增长3%。"
    )
    assert not [key for key in found if key[0] in ("一般公共预算总收入", REVENUE)]


def test_a_bare_revenue_of_the_districts_own_level_is_the_local_revenue():
    found = candidates(
        "2023年，全区生产总值完成88亿元，区本级财政收入5.2亿元，同比分别增长6%和9%。"
    )
    assert found[(REVENUE, "亿元", 2023, "expected")] == "5.2"
    assert found[(REVENUE, "%", 2023, "expected")] == "9"


def test_a_new_indicators_name_leaves_out_the_verb_before_its_value():
    found = extract("2023年，全市工业用电量实现63.6亿千瓦时，增长6.1%。", report_year=2023)
    assert [c.indicator for c in found if c.new_indicator] == ["工业用电量"]


def test_figures_after_a_plan_named_as_carried_out_are_its_results():
    found = candidates(
        "2023年是极不平凡的一年。全市上下认真执行市人大审议批准的2023年国民经济和社会发展计划，"
        "统筹发展和安全，全年实现地区生产总值5120亿元，增长5.6%；城镇新增就业8.1万人。",
        report_year=2023,
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "5120"
    assert found[("城镇新增就业", "万人", 2023, "expected")] == "8.1"
    assert not [key for key in found if key[3] == "target"]


def test_a_plan_to_carry_out_is_still_a_target_cue():
    found = candidates("2024年计划：地区生产总值增长5.5%左右。", report_year=2023)
    assert found[("地区生产总值", "%", 2024, "target")] == "5.5%左右"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年外贸自营进出口总额9800亿元，增长4%。", ("进出口总额", "亿元"), "9800"),
        ("2013年完成公共财政预算总收入235.6亿元。", ("一般公共预算总收入", "亿元"), "235.6"),
        ("2023年利用外资实际到位资金3.4亿美元。", ("实际利用外资", "亿美元"), "3.4"),
    ],
)
def test_a_wording_of_a_place_names_the_standard_indicator(text, key, value):
    year = int(text[:4])
    assert candidates(text, report_year=year)[(*key, year, "expected")] == value


def test_incomes_growing_faster_than_gdp_are_a_worded_value():
    found = candidates("2023年，城乡居民人均可支配收入增速超过GDP增速，城镇新增就业2万人。")
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "超过GDP增速"


def test_growths_listed_after_a_list_of_levels_go_one_to_each_without_fenbie():
    found = candidates(
        "2023年，全县完成生产总值120.5亿元、财政一般预算收入6.2亿元，同比增长6.1%、8%，增速居全市前列。"
    )
    assert found[("地区生产总值", "%", 2023, "expected")] == "6.1"
    assert found[(REVENUE, "%", 2023, "expected")] == "8"


def test_a_year_whose_figure_a_multiple_in_words_is_taken_of_dates_nothing():
    found = candidates(
        "2023年，全县财政收入完成5.6亿元，是2018年的近三倍；全社会固定资产投资完成90亿元，"
        "是2018年的两倍以上。",
        report_year=2023,
    )
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "5.6"
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "90"
    assert not any(year == 2018 for _name, _unit, year, _kind in found)


def test_the_years_of_a_reports_title_and_date_line_date_no_figure_of_its_body():
    found = candidates(
        "2024年某市政府工作报告\n"
        "——2024年1月10日在某市第十五届人民代表大会第三次会议上\n"
        "市长 某某\n\n"
        "  预计全市生产总值完成820亿元，增长5.5%；全社会固定资产投资完成300亿元，增长4%。",
        report_year=2023,
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "820"
    assert found[("固定资产投资", "%", 2023, "expected")] == "4"
    assert not [key for key in found if key[3] == "target"]


def test_a_news_lead_with_figures_before_the_meetings_date_is_read():
    found = candidates(
        "全市生产总值突破千亿元，达到1020亿元，增长6%。1月27日，某市第十八届人民代表大会第五次会议"
        "召开，市长作政府工作报告。",
        report_year=2023,
    )
    assert found[("地区生产总值", "%", 2023, "expected")] == "6"


def test_a_heading_saying_the_targets_were_met_heads_the_review():
    found = candidates(
        "2011年某市政府工作报告\n"
        "一、全市人民团结奋斗，“十一五”目标任务胜利完成\n"
        "市人民政府团结带领全市人民，全市地区生产总值完成180亿元，增长12%。\n"
        "二、2011年的主要目标\n"
        "地区生产总值增长12%左右。",
        report_year=2010,
    )
    assert found[("地区生产总值", "亿元", 2010, "expected")] == "180"
    assert found[("地区生产总值", "%", 2011, "target")] == "12%左右"


def test_a_heading_resolving_to_meet_the_targets_still_heads_targets():
    found = candidates(
        "某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "二、确保2024年目标任务全面完成\n"
        "地区生产总值增长5%左右。",
        report_year=2023,
    )
    assert found[("地区生产总值", "%", 2024, "target")] == "5%左右"


def test_a_comparable_basis_qualifies_its_own_figure_not_those_after_it():
    found = extract(
        "预计2023年全市地区生产总值突破900亿元，同口径增长5.6%；一般公共预算收入75亿元，下降2%"
        "（剔除减税降费因素，同口径增长6.2%）。",
        report_year=2023,
    )
    flagged = {(c.indicator, c.value_text): "同口径" in c.flags for c in found}
    assert flagged[("地区生产总值", "5.6")]
    assert not flagged[(REVENUE, "75")]
    assert not flagged[(REVENUE, "下降2")]
    assert flagged[(REVENUE, "6.2")]


def test_a_comparable_growth_glued_to_the_growth_before_it_is_read():
    text = "2023年，一般公共预算收入完成8.3亿元，同比下降12.4%按可比口径同比增长5.7%；固定资产投资增长3%。"
    assert _growths(text, REVENUE) == [("5.7", True), ("下降12.4", False)]


def test_a_rank_with_no_verb_between_a_level_and_its_growth_is_passed_over():
    found = candidates(
        "2023年，全市地区生产总值达到4163亿元、全省第三，增长5.2%、全省第二；固定资产投资增长3%。"
    )
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.2"


def test_a_growth_on_the_year_before_written_with_a_note_is_read():
    found = candidates("2023年全市生产总值394.13亿元，比上一年增长（下同）6.6%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "6.6"


def test_residents_disposable_income_without_per_capita_is_all_residents():
    found = candidates("2023年，全区居民可支配收入增长5.5%，城镇新增就业1万人。")
    assert found[("居民人均可支配收入", "%", 2023, "expected")] == "5.5"


MID_YEAR = (
    "关于2023年上半年某区国民经济和社会发展计划执行情况的报告\n"
    "——2023年7月25日在某区人民代表大会常务委员会第十次会议上\n"
    "一、上半年计划执行情况\n"
    "上半年，全区地区生产总值完成410亿元，同比增长6.2%；固定资产投资增长8%。\n"
    "二、下半年工作安排\n"
    "下半年，确保完成地区生产总值430亿元，全年达到840亿元，增长6%左右。\n"
)


def test_a_mid_year_report_proposes_the_years_targets_only():
    found = candidates(MID_YEAR, report_year=2023)
    assert found[("地区生产总值", "亿元", 2023, "target")] == "840"
    assert found[("地区生产总值", "%", 2023, "target")] == "6%左右"
    assert not [key for key in found if key[3] != "target" or key[2] != 2023]


def test_a_mid_year_report_is_known_by_its_title():
    from reports.extraction import report_metadata

    metadata = report_metadata(MID_YEAR, 2023)
    assert metadata.mid_year
    assert (metadata.review_year, metadata.plan_year) == (2023, 2023)
    assert not report_metadata("关于2023年国民经济和社会发展计划执行情况的报告\n", 2023).mid_year


def test_values_shared_out_after_a_threshold_both_names_passed_go_to_their_places():
    found = candidates(
        "2023年，工业增加值和社会消费品零售总额均突破5000亿元，分别增长6.8%、5.9%；投资增长3%。"
    )
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "5.9"
    assert ("社会消费品零售总额", "亿元", 2023, "expected") not in found


def test_an_unknown_first_name_of_a_long_list_keeps_its_place():
    found = candidates(
        "2023年，规模以上工业总产值、全社会固定资产投资额、社会消费品零售总额分别达到"
        "1887.4亿元、361.7亿元、830.4亿元。"
    )
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "361.7"
    assert found[("社会消费品零售总额", "亿元", 2023, "expected")] == "830.4"


def test_a_mid_year_reports_date_without_its_year_is_of_the_year_it_reviews():
    from reports.extraction import report_metadata

    metadata = report_metadata(
        "7月28日，某省第十二届人民代表大会常务委员会第十次会议举行，听取省人民政府关于今年上半年"
        "经济工作情况和下半年经济工作安排的报告。\n上半年，全省生产总值增长7%。",
        2014,
    )
    assert metadata.mid_year
    assert metadata.date_text == "2014-07-28"


def test_a_ragged_tables_shifted_cells_are_no_new_indicator():
    rows = [
        "指标", "单位", "2023年主要预期目标", "绝对值（亿元）", "增长（%）", "进度（%）",
        "1.增加值增长", "%", "6左右", "820.5", "6.4", "50.2",
        "#增加值（属地）增长", "%", "6左右", "560.1", "6.0", "49.1",
        "2.第三产业增加值比重", "%", "45左右", "0.3:54.1:45.6",
        "3.规模以上工业总产值", "%", "5", "2100.7", "8.1", "49.9",
        "#规模以上工业总产值（属地）", "%", "5", "1300.2", "7.7", "48.8",
        "4.社会消费品零售总额", "%", "8", "420.3", "4.1", "47.0",
        "5.一般公共预算财政收入增长", "%", "6", "150.2", "9.3", "60.1",
        "6.固定资产投资", "亿元", "280", "150.6", "-10.2", "53.8",
        "7.城镇登记失业人数", "控制在市下达指标内", "5100", "控制在市下达指标内",
    ]  # fmt: skip
    text = "表1 上半年主要预期目标完成情况\n\n" + "\n\n".join(rows) + "\n"
    names = [c.indicator for c in extract(text, report_year=2023) if c.new_indicator]
    assert all(re.search(r"[\u4e00-\u9fff]{2}", name) for name in names), names
