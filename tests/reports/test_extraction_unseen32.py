"""Forms found in the corpus read again in round thirty-five, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_list_of_names_takes_the_values_shared_out_in_the_clause_after_it():
    text = (
        "2021年，全县生产总值、工业开票销售、全社会固定资产投资和农村居民人均可支配收入，"
        "预计分别增长6.2%、9%、4.5%和8.1%。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.2"
    assert found[("固定资产投资", "%", 2021, "expected")] == "4.5"
    assert found[("农村居民人均可支配收入", "%", 2021, "expected")] == "8.1"


def test_an_unknown_name_broken_over_a_line_still_holds_its_place_in_the_list():
    text = "2021年，全区生产总值、全社会用电\n量、社会消费品零售总额分别增长7.1%、12%、9.4%。"
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.1"
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "9.4"


def test_the_budgets_name_before_difang_is_the_local_revenue():
    found = candidates("2022年，全区一般公共预算地方收入完成8.4亿元，增长6%。", 2022)
    assert found[("地方一般公共预算收入", "亿元", 2022, "expected")] == "8.4"


def test_the_carbon_intensity_fall_said_with_xiajiang_is_the_catalogue_series():
    text = "2024年主要预期目标：地区生产总值增长5.5%，单位GDP二氧化碳排放下降3.2%左右。"
    found = candidates(text, 2023)
    assert found[("单位地区生产总值二氧化碳排放降低", "%", 2024, "target")] == "3.2%左右"


def test_a_quota_of_the_level_above_with_its_task_left_unsaid_is_a_worded_target():
    text = "2024年主要预期目标：地区生产总值增长6%，单位地区生产总值能耗降低完成省下达。"
    found = candidates(text, 2023)
    assert found[("万元生产总值能耗", "%", 2024, "target")] == "完成省下达"


def test_a_local_revenue_holding_another_named_after_qizhong_is_the_total():
    text = "2009年，全区地方财政收入完成21.3亿元，增长12%，其中，一般预算收入完成14.2亿元，增长9%。"
    found = candidates(text, 2009)
    assert found[("一般公共预算总收入", "亿元", 2009, "expected")] == "21.3"
    assert found[("地方一般公共预算收入", "亿元", 2009, "expected")] == "14.2"
    assert found[("地方一般公共预算收入", "%", 2009, "expected")] == "9"


def test_a_growth_after_an_aside_of_a_hundred_million_passed_is_the_levels():
    text = "2007年，全区财政收入完成86.2亿元，首次超过八十亿大关，同比增长16.4%。"
    found = candidates(text, 2007)
    assert found[("一般公共预算总收入", "%", 2007, "expected")] == "16.4"


def test_a_numbered_heading_naming_a_task_as_its_motto_heads_no_targets():
    text = (
        "政府工作报告\n\n各位代表：\n\n2009年政府工作回顾\n\n"
        "一、以保增长为首要任务，狠抓项目建设，综合实力不断增强\n\n"
        "全年，完成地区生产总值180.5亿元，增长12.1%；社会消费品零售总额76.3亿元，增长18%。\n"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "亿元", 2009, "expected")] == "180.5"
    assert found[("社会消费品零售总额", "%", 2009, "expected")] == "18"
    assert not any(key[3] == "target" for key in found)


def test_a_known_name_heading_a_longer_unknown_name_in_a_list_holds_its_place():
    text = "2021年，全区生产总值、服务业营业收入、社会消费品零售总额分别增长7.1%、12%、9.4%。"
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.1"
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "9.4"
    assert ("服务业增加值", "%", 2021, "expected") not in found


def test_a_rank_bracketed_after_a_shared_value_does_not_end_the_list():
    text = (
        "2022年，城乡居民人均可支配收入分别为31200元、12800元，"
        "增速分别为5.1%（全省第二）、7.3%（全省第六）。"
    )
    found = candidates(text, 2022)
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "5.1"
    assert found[("农村居民人均可支配收入", "%", 2022, "expected")] == "7.3"


def test_research_spending_with_its_measure_unsaid_as_a_share_of_gdp_is_its_intensity():
    text = "2020年，全省研发经费占生产总值的比重达到2.41%，地区生产总值增长6.1%。"
    found = candidates(text, 2020)
    assert found[("研究与试验发展经费投入强度", "%", 2020, "expected")] == "2.41"


def test_a_list_closed_by_its_kind_before_a_quota_gives_each_name_the_quota():
    text = (
        "2015年主要预期目标：地区生产总值增长8%左右；人口自然增长率、单位生产总值能耗和"
        "主要污染物排放削减率等约束性指标，确保完成省下达的任务。"
    )
    found = candidates(text, 2014)
    assert found[("人口自然增长率", "‰", 2015, "target")] == "完成省下达的任务"
    assert found[("万元生产总值能耗", "%", 2015, "target")] == "完成省下达的任务"


def test_a_figure_held_within_the_bounds_set_above_is_a_worded_quota():
    text = (
        "2015年主要预期目标：地区生产总值增长8%左右；城镇登记失业率、人口自然增长率等指标"
        "严格控制在省、市确定的范围内。"
    )
    found = candidates(text, 2014)
    assert found[("城镇登记失业率", "%", 2015, "target")] == "严格控制在省、市确定的范围内"
    assert found[("人口自然增长率", "‰", 2015, "target")] == "严格控制在省、市确定的范围内"
    found = candidates("2015年，单位地区生产总值能耗控制在市政府下达目标内。", 2015)
    assert found[("万元生产总值能耗", "%", 2015, "expected")] == "控制在市政府下达目标内"


def test_a_target_word_inside_a_slogans_quoted_name_is_no_target_cue():
    text = (
        "2022年某县政府工作报告\n\n2022年某县政府工作报告 各位代表： 现在，我代表县人民政府，"
        "向大会报告工作。 2021年工作回顾 2021年，全县坚定实施“两大战略”，加速奋进"
        "“三大目标”，各项事业平稳发展。全年实现地区生产总值150.2亿元、增长6.1%；"
        "社会消费品零售总额60.3亿元。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "150.2"
    assert found[("社会消费品零售总额", "亿元", 2021, "expected")] == "60.3"
    assert not any(key[3] == "target" for key in found)


def test_a_year_whose_amount_a_multiple_is_taken_of_dates_nothing_after_it():
    text = (
        "2021年地区生产总值达98亿元，是2012年31亿元的3.2倍，年均增长12.1%；"
        "农村常住居民人均可支配收入从5210元增加至14120元。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "98"
    assert found[("农村居民人均可支配收入", "元", 2021, "expected")] == "14120"


def test_a_span_from_one_level_to_another_without_a_verb_gives_the_end_years_level():
    text = "2020年，全区生产总值从2015年的520亿元到2020年806.3亿元，年均增长7.9%。"
    found = candidates(text, 2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "806.3"
    assert ("地区生产总值", "亿元", 2015, "expected") not in found
