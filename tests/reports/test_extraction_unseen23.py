"""Forms found in the sixty-seventh set and after (blind62 … blind66 read again, blind67 …), each in
a text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

INCOME = "居民人均可支配收入"
URBAN = "城镇居民人均可支配收入"
RURAL = "农村居民人均可支配收入"


def test_residents_income_named_short_is_the_income_per_head_of_all_residents():
    found = candidates("2024年主要预期目标：地区生产总值增长6%左右，居民收入增长5.5%左右。")
    assert found[(INCOME, "%", 2024, "target")] == "5.5%左右"


def test_an_urban_or_rural_income_named_short_keeps_its_side():
    found = candidates("2023年，城镇居民收入增长4.8%，农村居民收入增长6.9%。")
    assert found[(URBAN, "%", 2023, "expected")] == "4.8"
    assert found[(RURAL, "%", 2023, "expected")] == "6.9"
    assert (INCOME, "%", 2023, "expected") not in found


def test_a_target_keeping_pace_with_growth_reads_with_basically_and_with_and():
    found = candidates("2024年主要预期目标：居民收入增长与经济增长基本同步，完成省下达的节能任务。")
    assert found[(INCOME, "%", 2024, "target")] == "与经济增长基本同步"
    found = candidates("2024年主要预期目标：城镇居民人均可支配收入和经济增长同步。")
    assert found[(URBAN, "%", 2024, "target")] == "和经济增长同步"


def test_a_news_headline_summing_up_the_year_yields_to_the_body():
    text = (
        "2024年某省政府工作报告出炉 GDP增长5.6%\n\n"
        "2023年，全省地区生产总值增长5.6%。\n"
        "2024年主要预期目标是：地区生产总值增长5%—5.5%。\n"
    )
    found = candidates(text)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"
    assert found[("地区生产总值", "%", 2024, "target")] == "5%—5.5%"


def test_a_first_line_that_is_a_sentence_is_read():
    found = candidates("2023年，全省地区生产总值增长5.6%\n\n2024年目标：地区生产总值增长5%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"


def test_a_target_outrunning_the_economy_reads_in_every_wording_of_its_growth():
    found = candidates("2024年主要预期目标：居民人均可支配收入增速高于经济增速。")
    assert found[(INCOME, "%", 2024, "target")] == "高于经济增速"
    found = candidates("2024年主要预期目标：城镇居民人均可支配收入增长快于GDP增速。")
    assert found[(URBAN, "%", 2024, "target")] == "快于GDP增速"


def test_incomes_growing_in_step_with_the_economy_read_with_their_closing_words():
    found = candidates("2023年，城乡居民收入与经济基本同步增长。")
    assert found[(URBAN, "%", 2023, "expected")] == "与经济基本同步增长"
    assert found[(RURAL, "%", 2023, "expected")] == "与经济基本同步增长"


def test_a_fall_held_to_the_quota_set_above_is_a_worded_target():
    found = candidates("2024年主要目标：单位地区生产总值能耗降低完成省下达的目标任务。")
    assert found[("万元生产总值能耗", "%", 2024, "target")] == "完成省下达的目标任务"
    found = candidates("2024年主要目标：化学需氧量、氨氮减排完成国家下达任务。")
    assert found[("化学需氧量", "%", 2024, "target")] == "完成国家下达任务"
    assert found[("氨氮", "%", 2024, "target")] == "完成国家下达任务"


def test_energy_use_written_out_and_a_carbon_fall_named_by_its_size_are_their_series():
    found = candidates("2023年，单位地区生产总值能源消耗下降3.2%，单位GDP二氧化碳排放降幅4.1%。")
    assert found[("万元生产总值能耗", "%", 2023, "expected")] == "下降3.2"
    assert found[("单位地区生产总值二氧化碳排放降低", "%", 2023, "expected")] == "4.1"


def test_a_short_second_name_with_its_own_value_takes_the_first_names_head():
    found = candidates("2023年，实际使用内资85.6亿元、外资2140万美元，分别增长9.2%、6.5%。")
    assert found[("实际利用外资", "万美元", 2023, "expected")] == "2140"
    assert found[("实际利用外资", "%", 2023, "expected")] == "6.5"


def test_a_short_second_name_the_catalogue_cannot_head_is_left_alone():
    found = candidates("2023年，出口总额100亿元、进口50亿元。")
    assert found[("出口总额", "亿元", 2023, "expected")] == "100"
    assert len(found) == 1


def test_investment_above_the_reporting_threshold_is_the_fixed_asset_investment():
    found = candidates("2024年主要目标：限额以上固定资产投资增长12%。")
    assert found[("固定资产投资", "%", 2024, "target")] == "12"


def test_a_budgets_revenue_and_spending_named_together_share_out_in_that_order():
    found = candidates("2023年，一般公共预算收支分别增长4.2%、8.9%。")
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "4.2"
    assert len(found) == 1


def test_an_amount_abbreviated_in_brackets_before_its_share_of_gdp_is_the_intensity():
    found = candidates("2023年，研发经费支出（R&D）占GDP比重达到2.8%。")
    assert found[("研究与试验发展经费投入强度", "%", 2023, "expected")] == "2.8"


def test_a_list_of_figures_one_a_line_keeps_its_first():
    text = "2023年主要指标\n\n地区生产总值增长5.6%\n\n固定资产投资增长8%\n\n"
    found = candidates(text)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"
    found = candidates("地区生产总值增长5.6%\n\n固定资产投资增长8%\n\n", report_year=2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"
