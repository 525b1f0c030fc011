"""Forms found in the corpus read again in round forty, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_growth_kept_in_step_with_gdp_named_in_full_is_the_incomes_target_not_gdps():
    text = (
        "2024年主要预期目标是：地区生产总值增长5%；"
        "居民人均可支配收入增长与地区生产总值增长基本同步；"
        "城镇居民人均可支配收入增速与地区生产总值增速保持同步；"
        "社会消费品零售总额增长6%。"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2024, "target")] == "5"
    assert found[("居民人均可支配收入", "%", 2024, "target")] == "与地区生产总值增长基本同步"
    assert found[("城镇居民人均可支配收入", "%", 2024, "target")] == "与地区生产总值增速保持同步"
    assert found[("社会消费品零售总额", "%", 2024, "target")] == "6"


def test_an_urban_unemployment_rate_of_unsaid_kind_is_the_registered_rate():
    text = (
        "2021年，全县城镇新增就业2150人，城镇失业率控制在3.5%以内。"
        "2022年城镇调查失业率控制在5.5%以内。"
    )
    found = candidates(text, 2021)
    assert found[("城镇登记失业率", "%", 2021, "expected")] == "3.5%以内"
    assert found[("城镇调查失业率", "%", 2022, "target")] == "5.5%以内"


def test_a_quoted_list_named_after_an_ellipsis_as_the_plan_years_targets_is_targets():
    text = (
        "地区生产总值增长8%，规模以上工业增加值增长9%，CPI涨幅控制在3%左右……"
        "市长在政府工作报告中提出的2016年一系列发展目标，引起代表们热议。\n"
        "过去一年，全市固定资产投资增长12%，圆满完成了年初确定的目标任务。"
    )
    found = candidates(text, 2015)
    assert found[("地区生产总值", "%", 2016, "target")] == "8"
    assert found[("规上工业增加值", "%", 2016, "target")] == "9"
    assert found[("居民消费价格指数", "%", 2016, "target")] == "3%左右"
    assert found[("固定资产投资", "%", 2015, "expected")] == "12"


def test_a_review_broken_off_before_it_says_the_years_targets_were_met_stays_the_review():
    text = (
        "2015年，地区生产总值增长8%，规模以上工业增加值增长9%……全面完成了2015年确定的各项目标任务。"
    )
    found = candidates(text, 2015)
    assert found[("地区生产总值", "%", 2015, "expected")] == "8"
    assert found[("规上工业增加值", "%", 2015, "expected")] == "9"


def test_the_years_growth_after_its_quarters_running_totals_is_the_years_figure():
    text = (
        "2023年，经济逐季回升，地区生产总值一季度累计增长4.1%、上半年累计增长5.2%、"
        "前三季度累计增长5.8%，全年累计增长6.2%；规模以上工业增加值增长8.4%。"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "6.2"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "8.4"


def test_the_amount_of_investment_completed_after_investment_is_named_is_the_fixed_investment():
    text = (
        "2024年，全区固定资产投资稳中提质。投资完成额达860亿元、增长5.2%。"
        "重点项目120个，项目投资完成额320亿元。"
    )
    found = candidates(text, 2024)
    assert found[("固定资产投资", "亿元", 2024, "expected")] == "860"
    assert found[("固定资产投资", "%", 2024, "expected")] == "5.2"
    assert [key for key, value in found.items() if value == "320"] == [
        ("项目投资完成额", "亿元", 2024, "expected")
    ]


def test_growths_after_a_base_compared_with_at_the_sentences_start_are_over_the_span():
    text = (
        "过去五年，综合实力显著增强。与“十一五”末相比，2015年全市生产总值完成1260亿元，增长58%；"
        "财政总收入完成210.5亿元，增长87.2%。与2010年相比，城镇居民人均可支配收入达到26830元，"
        "增长71.4%。与2014年相比，2015年社会消费品零售总额增长11.2%。"
    )
    found = candidates(text, 2015)
    assert found[("地区生产总值", "亿元", 2015, "expected")] == "1260"
    assert found[("一般公共预算总收入", "亿元", 2015, "expected")] == "210.5"
    assert found[("城镇居民人均可支配收入", "元", 2015, "expected")] == "26830"
    assert found[("社会消费品零售总额", "%", 2015, "expected")] == "11.2"
    assert [key for key in found if key[1] == "%"] == [
        ("社会消费品零售总额", "%", 2015, "expected")
    ]


def test_an_earlier_year_named_in_the_figures_clause_in_a_years_review_is_that_years():
    text = (
        "政府工作报告\n一、2024年工作回顾\n"
        "三年来综合实力大幅提升。2022年地区生产总值增长8.6%、增速居全省首位。"
        "2024年，全市地区生产总值增长5.2%；比2022年提高一个位次，固定资产投资增长6%。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2022, "final")] == "8.6"
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.2"
    assert found[("固定资产投资", "%", 2024, "expected")] == "6"


def test_a_fall_with_no_figure_and_no_word_of_pace_is_no_value():
    text = (
        "2023年，单位生产总值能耗进一步下降，化学需氧量排放量下降2.1%。"
        "2024年，单位地区生产总值能耗降低，二氧化硫排放量持续下降。"
    )
    found = candidates(text, 2023)
    assert found[("化学需氧量", "%", 2023, "expected")] == "下降2.1"
    assert found[("二氧化硫", "%", 2024, "target")] == "持续下降"
    assert not [key for key in found if key[0] == "万元生产总值能耗"]


def test_the_whole_years_figure_a_part_of_the_years_figure_moved_to_is_the_years_figure():
    text = (
        "一、2020年工作回顾\n经济运行逐季回暖，增速好于预期。地区生产总值由一季度下降6.2%拉升至"
        "全年增长3.1%；社会消费品零售总额从上半年下降9%收窄到全年下降1.5%。"
    )
    found = candidates(text, 2020)
    assert found[("地区生产总值", "%", 2020, "expected")] == "3.1"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "下降1.5"


def test_a_list_closed_by_the_years_own_target_met_as_planned_shares_it():
    text = (
        "2023年，全市生产总值增长6.1%；城镇登记失业率、人口自然增长率、节能减排等约束性指标"
        "按计划完成年初预期目标。"
    )
    found = candidates(text, 2023)
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "按计划完成年初预期目标"
    assert found[("人口自然增长率", "‰", 2023, "expected")] == "按计划完成年初预期目标"
