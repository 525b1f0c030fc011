"""Forms found in the tenth and eleventh blind sets (blind10, blind11), each in sentences of our
own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_the_first_sector_named_by_its_industries_is_its_value_added():
    found = candidates("2021年农林牧渔业增加值108.2亿元，同比增长2.5%；服务业增加值增长8%。")
    assert found[("第一产业增加值", "亿元", 2021, "expected")] == "108.2"
    assert found[("第一产业增加值", "%", 2021, "expected")] == "2.5"
    assert found[("第三产业增加值", "%", 2021, "expected")] == "8"


def test_a_sector_described_in_the_clause_before_its_value_added_is_its_series():
    found = candidates("2021年，服务业较快增长，实现增加值960.5亿元，同比增长8.1%，排名全省第5。")
    assert found[("第三产业增加值", "亿元", 2021, "expected")] == "960.5"
    assert found[("第三产业增加值", "%", 2021, "expected")] == "8.1"


def test_a_sector_inside_a_longer_name_before_the_value_added_is_not_the_sector():
    found = candidates("2021年，现代服务业，实现增加值50亿元；非公经济加快发展，实现增加值70亿元。")
    assert not any(key[0] == "第三产业增加值" for key in found)


def test_urban_and_rural_sides_named_in_full_share_their_growths():
    found = candidates(
        "2021年城镇新增就业4.2万人，城镇、农村居民人均可支配收入分别增长5.1%和8.2%，"
        "10件民生实事全面完成。"
    )
    assert found[("城镇居民人均可支配收入", "%", 2021, "expected")] == "5.1"
    assert found[("农村居民人均可支配收入", "%", 2021, "expected")] == "8.2"


def test_other_names_of_the_revenues_incomes_and_grain():
    found = candidates(
        "2021年全部财政收入增长9.5%，地方财政一般公共预算收入完成35.2亿元，增长6.1%；"
        "城镇人均可支配收入36100元，增长8%；全年生产粮食78万吨。"
    )
    assert found[("一般公共预算总收入", "%", 2021, "expected")] == "9.5"
    assert found[("地方一般公共预算收入", "亿元", 2021, "expected")] == "35.2"
    assert found[("城镇居民人均可支配收入", "元", 2021, "expected")] == "36100"
    assert found[("粮食产量", "万吨", 2021, "expected")] == "78"


def test_a_level_reached_right_after_the_growth_is_the_same_indicators():
    found = candidates("2021年全县地区生产总值增长12.1%达90.5亿元，第一产业增长9%达20.1亿元。")
    assert found[("地区生产总值", "%", 2021, "expected")] == "12.1"
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "90.5"
    assert found[("第一产业增加值", "亿元", 2021, "expected")] == "20.1"


def test_the_share_of_the_target_done_and_the_change_in_units_are_passed_over():
    found = candidates(
        "2021年地区生产总值预计实现1800亿元，完成全年总量目标的106%，同比增长14%；"
        "农民纯收入达到3100元，较上年增加400元，增长14.8%。"
    )
    assert found[("地区生产总值", "%", 2021, "expected")] == "14"
    assert found[("农村居民人均纯收入", "元", 2021, "expected")] == "3100"
    assert found[("农村居民人均纯收入", "%", 2021, "expected")] == "14.8"


def test_the_years_target_in_brackets_after_a_result_and_its_comparisons():
    found = candidates(
        "2021年全县地区生产总值增长6.1%，高于全市0.7个百分点，排名全市第2位（预期目标为8%以上）。"
    )
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.1"
    assert found[("地区生产总值", "%", 2021, "target")] == "8%以上"


def test_a_percent_written_as_care_of_is_a_percent():
    found = candidates("2010年固定资产投资增长超过60℅，地区生产总值增长14℅。")
    assert found[("固定资产投资", "%", 2010, "expected")] == "超过60"
    assert found[("地区生产总值", "%", 2010, "expected")] == "14"


def test_a_press_copys_lead_dates_the_report_and_so_the_kind_of_its_results():
    text = (
        "2018年4月20日，某某市第九届人民代表大会第二次会议开幕。\n"
        "2017年，全市地区生产总值达到2100亿元，城市化率提高到61.5%。\n"
    )
    found = candidates(text, report_year=2017)
    assert found[("地区生产总值", "亿元", 2017, "final")] == "2100"
    assert found[("常住人口城镇化率", "%", 2017, "final")] == "61.5"


def test_the_next_five_years_targets_are_the_fifth_years_until_the_next_years_heading():
    text = (
        "各位代表：\n一、过去五年工作回顾\n2017年全市地区生产总值增长7%。\n"
        "今后五年的重点目标\n地区生产总值突破3000亿元；\n"
        "2018年主要工作\n地区生产总值增长7.5%以上。\n"
    )
    found = candidates(text, report_year=2017)
    assert found[("地区生产总值", "亿元", 2022, "target")] == "突破3000"
    assert found[("地区生产总值", "%", 2018, "target")] == "7.5%以上"


def test_the_investment_of_a_part_or_of_projects_counted_is_not_the_fixed_asset_investment():
    found = candidates(
        "2023年实施重点项目15个，完成投资39.8亿元；基础设施建设累计完成投资1439.2亿元；"
        "全年完成投资200亿元，增长5%。"
    )
    assert {v for k, v in found.items() if k[0] == "固定资产投资"} == {"200", "5"}


def test_the_share_of_the_years_plan_done_with_its_reason_is_passed_over_before_the_growth():
    found = candidates(
        "2022年，全区地区生产总值600亿元，完成年计划650亿元的92.3%（主要是二产未达预期），增长2.5%。"
    )
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "600"
    assert found[("地区生产总值", "%", 2022, "expected")] == "2.5"


def test_older_names_of_the_urban_income_and_the_exports():
    found = candidates(
        "2006年城市居民人均可支配收入12000元，增长12%；自营出口总额95亿美元，增长6%。"
    )
    assert found[("城镇居民人均可支配收入", "元", 2006, "expected")] == "12000"
    assert found[("出口总额", "亿美元", 2006, "expected")] == "95"
