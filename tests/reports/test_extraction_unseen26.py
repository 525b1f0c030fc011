"""Forms found in the corpus read again in round twenty-nine, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from tests.reports.test_extraction_unseen import candidates

GDP = "地区生产总值"


def test_the_plan_a_share_done_is_of_is_the_years_target():
    found = candidates(
        "2023年，全县地区生产总值412亿元，完成年度计划430亿元的95.8%（主要是工业未达预期目标），"
        "增长4.1%；固定资产投资96亿元，完成年计划120亿元的80%，下降6.3%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "412"
    assert found[(GDP, "亿元", 2023, "target")] == "430"
    assert found[("固定资产投资", "亿元", 2023, "target")] == "120"


def test_a_growth_after_the_share_of_a_plan_done_stays_a_result():
    found = candidates(
        "2023年，全县地区生产总值412亿元，完成年度计划430亿元的95.8%（主要是工业未达预期目标），"
        "增长4.1%；固定资产投资96亿元，完成年计划120亿元的80%，下降6.3%。"
    )
    assert found[(GDP, "%", 2023, "expected")] == "4.1"
    assert found[("固定资产投资", "%", 2023, "expected")] == "下降6.3"
    assert not any(year == 2024 for _name, _unit, year, _kind in found)


def test_the_reports_own_place_by_its_short_name_leaves_the_name_whole():
    found = candidates(
        "关于南平市建阳区2023年国民经济和社会发展计划执行情况的报告\n"
        "一、2023年计划执行情况\n"
        "初步统计，建阳地区生产总值318亿元，增长5.2%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "318"
    assert found[(GDP, "%", 2023, "expected")] == "5.2"


def test_a_short_word_the_report_names_as_no_place_does_not_open_a_name():
    found = candidates(
        "关于南平市建阳区2023年国民经济和社会发展计划执行情况的报告\n"
        "一、2023年计划执行情况\n"
        "初步统计，山区地区生产总值118亿元，增长5.2%。"
    )
    assert (GDP, "亿元", 2023, "expected") not in found


def test_a_range_of_rates_keeps_its_unit_as_written():
    found = candidates("2024年主要预期目标是：地区生产总值增长5-5.5%，固定资产投资增长6%。", 2023)
    assert found[(GDP, "%", 2024, "target")] == "5-5.5%"
    assert found[("固定资产投资", "%", 2024, "target")] == "6"


def test_a_space_beside_the_decimal_point_leaves_one_number():
    found = candidates(
        "2023年，一般公共预算收入完成 31 .6 亿元，社会消费品零售总额完成 142 . 7 亿元。"
    )
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "31 .6"
    assert found[("社会消费品零售总额", "亿元", 2023, "expected")] == "142 . 7"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年一般公共预算地方本级收入38.2亿元。", ("地方一般公共预算收入", "亿元"), "38.2"),
        ("2023年实际使用外资额2.6亿美元。", ("实际利用外资", "亿美元"), "2.6"),
        ("2023年城镇居民登记失业率为2.9%。", ("城镇登记失业率", "%"), "2.9"),
        ("2023年区级增加值预计达到912亿元。", (GDP, "亿元"), "912"),
    ],
)
def test_a_wording_of_a_place_names_the_standard_indicator(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


def test_levels_shared_out_after_a_word_of_reporting_are_each_ones():
    found = candidates("2023年，城镇、农村常住居民人均可支配收入分别上报完成45210元、20988元。")
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "45210"
    assert found[("农村居民人均可支配收入", "元", 2023, "expected")] == "20988"


def test_value_added_after_the_output_named_as_subject_is_the_industrys():
    found = candidates("2023年，规上工业总产值迈上800亿元台阶、增加值增长7.9%。")
    assert found[("规上工业增加值", "%", 2023, "expected")] == "7.9"


def test_value_added_after_another_output_named_later_is_not_the_industrys():
    found = candidates(
        "2023年，规模以上工业总产值560亿元，战略性新兴产业总产值130亿元、增加值31亿元。"
    )
    assert ("规上工业增加值", "亿元", 2023, "expected") not in found


def test_the_start_of_a_span_does_not_date_its_end():
    found = candidates(
        "五年来，地区生产总值预计跨过2000亿元，由2018年的1420亿元增长到2105亿元，"
        "区级财政收入由61亿元增长到97亿元。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "2105"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "97"
    assert not any(year == 2018 for _name, _unit, year, _kind in found)


def test_value_added_opening_a_list_of_results_is_the_places():
    found = candidates(
        "2023年主要指标完成情况如下：\n实现增加值96.40亿元，同比增长6.2%；实现财政总收入40.1亿元。\n"
        "全年完成区级财政收入15.2亿元，同比增长3.3%；完成增加值97亿元，可比增长6%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "96.40"
    assert found[(GDP, "%", 2023, "expected")] == "6.2"


def test_value_added_after_a_clause_on_enterprises_is_the_industrys():
    found = candidates(
        "2023年，全区规模以上工业企业实现产值120亿元，增长5%；实现增加值33亿元，增长6%。"
    )
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "33"
    assert (GDP, "亿元", 2023, "expected") not in found


def test_a_worded_result_in_a_level_column_is_a_growth():
    found = candidates(
        "2023年主要指标完成情况\n\n指标名称\n\n2023年预期目标\n\n2023年完成情况（预计）\n\n绝对值\n\n"
        "增速\n\n地区生产总值\n\n6%\n\n980亿元\n\n6.3%\n\n城镇居民人均可支配收入\n\n"
        "增长高于经济增长\n\n与经济增长基本同步\n\n"
    )
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "与经济增长基本同步"
    assert ("城镇居民人均可支配收入", "元", 2023, "expected") not in found


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年人口自增率控制在4.5‰以内。", ("人口自然增长率", "‰"), "4.5‰以内"),
        ("2023年地方公共预算财政收入增长6%。", ("地方一般公共预算收入", "%"), "6"),
    ],
)
def test_a_shortened_wording_names_the_standard_indicator(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


def test_the_reports_own_place_after_a_relative_year_leaves_the_name_whole():
    found = candidates(
        "韶关市第十届人民代表大会第五次会议开幕\n"
        "去年韶关城镇居民人均可支配收入31200元，农村居民人均可支配收入19800元，"
        "分别增长5.1%和6.8%。"
    )
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "31200"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5.1"


def test_the_places_value_added_after_its_forecast_year_is_its_gdp():
    found = candidates("区域经济稳步增长。预计2023年实现增加值1320亿元，是2018年的1.4倍。")
    assert found[(GDP, "亿元", 2023, "expected")] == "1320"


def test_the_level_last_year_after_a_growth_averaged_over_years_is_the_years():
    found = candidates(
        "五年来，全市地区生产总值年均增长7.2%，去年达到6120亿元，比2018年增长40%。",
        2023,
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "6120"


def test_a_growth_after_a_multiple_of_a_year_before_is_the_years():
    found = candidates(
        "2023年，全年完成地区生产总值512亿元，是“十三五”末的1.4倍，增长6.1%；"
        "地方财政收入41亿元，是2020年的1.2倍，增长4%。"
    )
    assert found[(GDP, "%", 2023, "expected")] == "6.1"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "4"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年全体居民人均可支配收入初步测算达41230元。", ("居民人均可支配收入", "元"), "41230"),
        ("2023年外贸出口总值88.6亿美元。", ("出口总额", "亿美元"), "88.6"),
    ],
)
def test_an_estimate_word_or_an_old_trade_name_still_reads_the_figure(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


def test_the_local_part_after_the_total_revenue_is_the_local_revenue():
    found = candidates(
        "2023年，一般公共预算总收入180.5亿元，增长4.2%，其中本级收入102.3亿元，增长5.1%。"
    )
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "180.5"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "102.3"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "5.1"


def test_one_growth_said_to_keep_pace_over_two_levels_is_each_ones():
    found = candidates(
        "2023年，城镇居民人均可支配收入和农民人均纯收入分别达到38120元、20460元，同步增长6%。"
    )
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "6"
    assert found[("农村居民人均纯收入", "%", 2023, "expected")] == "6"


def test_grain_output_after_the_sowing_without_its_area_word():
    found = candidates("2023年，完成粮食播种12.6万亩，总产量9120万斤。")
    assert found[("粮食产量", "万吨", 2023, "expected")] == "9120万斤"


def test_grain_output_paired_with_its_sown_area_takes_the_second_value():
    found = candidates("2024年主要目标：粮食播种面积和产量分别稳定在402万亩、126万吨以上。")
    assert found[("粮食产量", "万吨", 2024, "target")] == "126万吨以上"


def test_a_pollutants_fall_after_the_word_for_its_emission():
    found = candidates("2023年，二氧化硫排放量下降1.2%、化学需氧量排放减少0.4%。")
    assert found[("化学需氧量", "%", 2023, "expected")] == "减少0.4"


def test_the_level_after_an_averaged_growth_and_the_milestones_passed_on_the_way():
    found = candidates("五年来，地区生产总值年均增长5.8%，总量跨过3个千亿级台阶、达6420亿元。")
    assert found[(GDP, "亿元", 2023, "expected")] == "6420"


def test_the_total_after_a_counts_increase_is_its_level():
    found = candidates("2023年，高新技术企业新认定412家、总量达到2150家。")
    assert found[("高新技术企业", "家", 2023, "expected")] == "2150"


def test_the_total_after_the_increase_of_a_count_named_after_its_verb_is_its_level():
    found = candidates("2023年，新增国家级高新技术企业96家，总数达2246家。")
    assert found[("高新技术企业", "家", 2023, "expected")] == "2246"


def test_a_quota_the_province_set_is_a_worded_target_of_each_series_named():
    found = candidates(
        "2024年主要目标：外贸出口、实际利用外资完成省定目标；完成市下达的节能指标任务。", 2023
    )
    assert found[("出口总额", "%", 2024, "target")] == "完成省定目标"
    assert found[("实际利用外资", "%", 2024, "target")] == "完成省定目标"
    assert found[("万元生产总值能耗", "%", 2024, "target")] == "完成市下达的节能指标任务"


def test_consumer_prices_without_residents_and_exports_of_goods_by_their_old_name():
    found = candidates("2023年，全年消费价格涨幅回落至2.1%；出口商品总值31.5亿元下降12%。")
    assert found[("居民消费价格指数", "%", 2023, "expected")] == "2.1"
    assert found[("出口总额", "亿元", 2023, "expected")] == "31.5"
    assert found[("出口总额", "%", 2023, "expected")] == "下降12"


def test_levels_shared_out_after_a_verb_of_increase_to():
    found = candidates(
        "2023年，地区生产总值、财政总收入、地方一般公共预算收入分别增加至612.4亿元、70.2亿元、41.6亿元。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "612.4"
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "70.2"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "41.6"


def test_the_level_after_an_averaged_growth_its_standing_and_a_threshold():
    found = candidates(
        "五年来，全省地区生产总值年均增长7.1%，增速连续保持全国前列，总量突破万亿元、达到1.12万亿元。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "1.12万亿元"


def test_figures_after_a_target_named_as_met_are_results():
    found = candidates(
        "一年来，全面实现“三个千亿”发展目标，地区生产总值3120亿元、总量排全省第五，增长5.4%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "3120"
    assert found[(GDP, "%", 2023, "expected")] == "5.4"


def test_figures_after_a_target_still_to_meet_are_targets():
    found = candidates("2024年，力争全面实现“三个千亿”发展目标，地区生产总值增长5.5%。")
    assert found[(GDP, "%", 2024, "target")] == "5.5"


def test_the_level_reached_on_the_base_of_an_earlier_year():
    found = candidates("五年来，全省生产总值在2018年4120亿元的基础上，2023年达到5680亿元。")
    assert found[(GDP, "亿元", 2023, "expected")] == "5680"
    assert "4120" not in found.values()


def test_levels_shared_out_after_a_clause_saying_they_doubled():
    found = candidates(
        "2023年，来源于本市的财政总收入和地方公共财政预算收入均实现翻番，分别达820亿元和436亿元。"
    )
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "820"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "436"


def test_the_revenue_raised_in_the_place_after_the_word_for_its_source():
    found = candidates(
        "韶关市第十届人民代表大会第五次会议\n"
        "2023年，一般公共预算收入96亿元、增长5%；来源于韶关财政总收入301亿元、增长6.2%。"
    )
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "301"


def test_a_bare_revenue_before_the_local_one_named_with_its_level_is_the_total():
    found = candidates(
        "2023年，一般公共预算收入152.3亿元，增长2.4%；地方一般公共预算收入98.7亿元，增长1.1%。"
    )
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "152.3"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "98.7"


def test_a_paragraph_looking_back_over_years_under_the_planned_years_heading_gives_results():
    found = candidates(
        "二、奋进2024年：开拓进取、再创新局\n"
        "2024年是建区30周年。三十年来，我们始终坚持发展第一要务。"
        "地区生产总值、地方一般公共预算收入分别增加至688亿元、45.2亿元。\n"
        "2024年，地区生产总值增长6%左右。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "688"
    assert found[(GDP, "%", 2024, "target")] == "6%左右"
    assert (GDP, "亿元", 2024, "target") not in found


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        (
            "2024年：万元GDP能耗和水耗完成市下达目标任务。",
            ("万元生产总值能耗", "%"),
            "完成市下达目标任务",
        ),
        (
            "2024年：能耗强度和减排指标完成自治区下达任务。",
            ("万元生产总值能耗", "%"),
            "完成自治区下达任务",
        ),
        (
            "2024年：空气质量优良天数比率和地表水水质优良率均完成省下达的目标任务。",
            ("优良空气天数比例", "%"),
            "完成省下达的目标任务",
        ),
    ],
)
def test_a_quota_met_by_a_known_series_and_one_the_catalogue_lacks(text, key, value):
    assert candidates(text)[(*key, 2024, "target")] == value


def test_the_years_target_after_its_result_keeps_the_results_year():
    found = candidates("居民消费价格指数上涨1.1%，控制在省定目标3%以内。")
    assert found[("居民消费价格指数", "%", 2023, "expected")] == "1.1"
    assert found[("居民消费价格指数", "%", 2023, "target")] == "3%以内"


def test_the_years_target_in_brackets_after_the_word_target_and_a_verb():
    found = candidates(
        "2023年，预计研发经费支出占地区生产总值比重达3.05%，高于预期目标（达到2.9%）。"
    )
    assert found[("研究与试验发展经费投入强度", "%", 2023, "target")] == "2.9"


def test_the_years_target_right_after_its_result_with_no_comma():
    found = candidates("2023年，城镇登记失业率为2.61%实现控制在3.5%以内的预期目标。")
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "2.61"
    assert found[("城镇登记失业率", "%", 2023, "target")] == "3.5%以内"


def test_value_added_right_after_a_clause_describing_its_sector():
    found = candidates("2023年，服务业提档升级，增加值增长7.2%。")
    assert found[("第三产业增加值", "%", 2023, "expected")] == "7.2"


def test_farming_alone_is_not_the_first_sector():
    found = candidates("2023年，农业较快发展，增加值增长4.5%。")
    assert ("第一产业增加值", "%", 2023, "expected") not in found


def test_the_level_after_a_growth_summed_over_years_is_the_years():
    found = candidates(
        "五年来，预计全市地区生产总值累计增长31.2%，达到2860亿元；"
        "居民人均可支配收入累计增长48%，达到41200元。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "2860"
    assert found[("居民人均可支配收入", "元", 2023, "expected")] == "41200"
    assert "31.2" not in found.values() and "48" not in found.values()


def test_a_target_said_to_be_the_indicators_target():
    found = candidates("2024年，地区生产总值的目标为增长6.5%以上。")
    assert found[(GDP, "%", 2024, "target")] == "6.5%以上"


def test_a_worded_growth_with_a_word_of_measure_inside():
    found = candidates("2023年，地区生产总值保持合理正增长，规模以上工业增加值增长4%。")
    assert found[(GDP, "%", 2023, "expected")] == "保持合理正增长"


def test_the_level_after_milestones_passed_and_an_estimate_of_its_year():
    found = candidates(
        "五年来，国内生产总值先后跨越1500亿元、2000亿元台阶，初步核算2023年达到2240亿元。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "2240"


def test_per_capita_disposable_income_with_no_residents_named_is_all_residents():
    found = candidates("2023年，人均可支配收入达58200元，增长6.1%。")
    assert found[("居民人均可支配收入", "元", 2023, "expected")] == "58200"
    assert found[("居民人均可支配收入", "%", 2023, "expected")] == "6.1"
