"""Forms found in the corpus read again in round thirty-seven, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_bound_held_through_the_years_a_paragraph_looks_back_over_is_no_years_figure():
    text = (
        "政府工作报告\n——2023年1月16日在某省人民代表大会上\n一、过去五年工作回顾\n"
        "过去五年，全省综合实力明显增强。地区生产总值年均增长6%；粮食产量稳定在600亿斤以上，"
        "城镇登记失业率控制在4%以内。\n2022年，地区生产总值增长3.5%。"
    )
    found = candidates(text, 2022)
    assert ("粮食产量", "万吨", 2022, "expected") not in found
    assert ("城镇登记失业率", "%", 2022, "expected") not in found
    assert found[("地区生产总值", "%", 2022, "expected")] == "3.5"


def test_a_bound_held_in_a_year_named_after_the_look_back_is_that_years():
    text = (
        "政府工作报告\n——2023年1月16日在某省人民代表大会上\n一、过去五年工作回顾\n"
        "过去五年，全省综合实力明显增强。2022年，粮食产量稳定在600亿斤以上，"
        "城镇登记失业率控制在4%以内。"
    )
    found = candidates(text, 2022)
    assert found[("粮食产量", "万吨", 2022, "expected")] == "600亿斤以上"
    assert found[("城镇登记失业率", "%", 2022, "expected")] == "4%以内"


def test_a_year_since_which_is_no_span_of_years_so_its_bound_held_is_that_years():
    text = (
        "政府工作报告\n——2024年1月10日在某区人民代表大会上\n一、2023年工作回顾\n"
        "2023年以来，全区经济运行总体平稳：城镇登记失业率控制在3%以内；地区生产总值增长5%。"
    )
    found = candidates(text, 2023)
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "3%以内"


def test_a_copy_spelling_each_characters_pinyin_after_it_reads_as_its_words():
    text = (
        "2021年，全县地(di)区生(sheng)(sheng)产总值增(zeng)长(zhang)6.5%；"
        "固定资产投(tou)资增(zeng)(zeng)长(zhang)(zhang)9.2%。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.5"
    assert found[("固定资产投资", "%", 2021, "expected")] == "9.2"


def test_a_names_initials_in_brackets_inside_it_leave_the_name_whole():
    text = "2019年，环境空气质量（AQI）优良率达到81.2%，研究与试验发展（R&D）经费投入强度达到2.4%。"
    found = candidates(text, 2019)
    assert found[("优良空气天数比例", "%", 2019, "expected")] == "81.2"
    assert found[("研究与试验发展经费投入强度", "%", 2019, "expected")] == "2.4"


def test_a_districts_energy_use_per_ten_thousand_yuan_of_its_value_added_is_its_intensity():
    text = "2019年，全区万元增加值综合能耗比上年下降2.1%，农村居民家庭人均可支配收入25810元。"
    found = candidates(text, 2019)
    assert found[("万元生产总值能耗", "%", 2019, "expected")] == "下降2.1"
    assert found[("农村居民人均可支配收入", "元", 2019, "expected")] == "25810"


def test_the_three_sectors_run_together_share_out_their_growths():
    text = "2023年，全区一二三产业增加值分别增长3.9%、7.2%、5.5%。"
    found = candidates(text, 2023)
    assert found[("第一产业增加值", "%", 2023, "expected")] == "3.9"
    assert found[("第二产业增加值", "%", 2023, "expected")] == "7.2"
    assert found[("第三产业增加值", "%", 2023, "expected")] == "5.5"


def test_a_rank_between_an_increase_and_the_total_keeps_the_count_it_totals():
    text = "2022年，新获批认定国家高新技术企业18家，居全市第二，总量达64家。"
    found = candidates(text, 2022)
    assert found[("高新技术企业", "家", 2022, "expected")] == "64"


def test_a_target_the_government_makes_sure_of_is_the_target():
    text = (
        "2021年经济社会发展的主要预期目标是：地区生产总值确保增长9%，力争增长12%；"
        "一般公共预算收入争取增长6%。"
    )
    found = candidates(text, 2020)
    assert found[("地区生产总值", "%", 2021, "target")] == "9"
    assert found[("地方一般公共预算收入", "%", 2021, "target")] == "6"


def test_firms_counted_as_households_are_a_count_of_firms():
    text = "2024年，全市国家高新技术企业净增800户以上，总数达到5200户。"
    found = candidates(text, 2024)
    assert found[("高新技术企业", "家", 2024, "expected")] == "5200户"


def test_a_plan_of_action_carried_out_announces_no_targets():
    text = (
        "2024年某县人民政府工作报告\n2023年，在县委的坚强领导下\n深入实施“五大行动”三年行动计划\n"
        "一年来，我们主要抓了以下工作：\n\n稳增长，经济向好态势更加稳固\n\n"
        "固定资产投资增长9.6%，规上工业增加值增长7.4%。"
    )
    found = candidates(text, 2023)
    assert found[("固定资产投资", "%", 2023, "expected")] == "9.6"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "7.4"


def test_a_rank_among_the_first_few_stands_aside_before_the_growth():
    text = "2025年，全省地区生产总值达到3.2万亿元、稳居全国前十五位、增长5.1%；地方财政预算收入增长3%。"
    found = candidates(text, 2025)
    assert found[("地区生产总值", "%", 2025, "expected")] == "5.1"
    assert found[("地方一般公共预算收入", "%", 2025, "expected")] == "3"


def test_a_sentence_opening_with_a_span_of_years_totals_them():
    text = (
        "2017年1月在某区人民代表大会上\n一、过去五年工作回顾\n"
        "2012年—2016年，预计完成地区生产总值2150亿元，年均增长7%；固定资产投资980亿元。"
        "2012年至2016年，全区地方一般公共预算收入从20亿元增长到31亿元。"
    )
    found = candidates(text, 2016)
    assert ("地区生产总值", "亿元", 2016, "expected") not in found
    assert ("固定资产投资", "亿元", 2016, "expected") not in found
    assert found[("地方一般公共预算收入", "亿元", 2016, "expected")] == "31"


def test_a_threshold_passed_first_among_its_peers_is_a_milestone_before_the_figure():
    text = "2020年，全区地区生产总值在全市率先突破800亿元，达到812.6亿元、是2015年的1.6倍。"
    found = candidates(text, 2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "812.6"


def test_a_list_closed_by_its_main_binding_kind_shares_the_quota_held_to():
    text = (
        "2022年主要预期目标是：地区生产总值增长6%以上；"
        "城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内。"
    )
    found = candidates(text, 2021)
    quota = "控制在省、市下达的目标以内"
    assert found[("城镇登记失业率", "%", 2022, "target")] == quota
    assert found[("万元生产总值能耗", "%", 2022, "target")] == quota


def test_the_grain_output_expected_after_its_sown_area():
    text = "2022年，全县粮食种植面积48.2万亩，预计总产27.6万吨，实现稳中有增。"
    found = candidates(text, 2022)
    assert found[("粮食产量", "万吨", 2022, "expected")] == "27.6"


def test_a_goal_the_years_work_went_around_announces_no_targets():
    text = (
        "2月1日上午，某区人民代表大会开幕，区长代表区人民政府作政府工作报告。\n\n"
        "2023年，全区围绕省委“3815”战略发展目标，持续开展高质量发展大竞赛活动，"
        "地区生产总值完成180.2亿元，同比增长6.4%，一般公共预算收入完成9.8亿元。"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "6.4"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "9.8"


def test_a_page_number_left_inside_a_sentence_is_passed_over():
    text = (
        "2021年，全县城镇常住居民人均可支配收入 38120 元，同比增长 6.1%，农村常住居民人均可支配收入 15240\n"
        "- 3 -\n元，同比增长 9.2%。\n"
    )
    found = candidates(text, 2021)
    assert found[("农村居民人均可支配收入", "元", 2021, "expected")] == "15240"
    assert found[("农村居民人均可支配收入", "%", 2021, "expected")] == "9.2"


def test_a_growth_on_the_same_basis_over_last_year_goes_on_from_the_level():
    found = candidates(
        "2016年，一般公共预算收入42.3亿元，同比口径增长5.2%；固定资产投资380亿元。", 2016
    )
    assert found[("地方一般公共预算收入", "%", 2016, "expected")] == "5.2"


def test_foreign_capital_paid_in_is_the_foreign_investment_used():
    found = candidates("2022年，实现外贸进出口6.2亿美元、外资到账5600万美元。", 2022)
    assert found[("实际利用外资", "万美元", 2022, "expected")] == "5600"
