"""Forms found in round seventy-six, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values

_WORK_REPORT = "青禾市2025年政府工作报告\n（2025年1月15日）\n一、2024年工作回顾\n"


def test_a_real_growth_after_a_semicolon_replaces_the_nominal_one_before_it():
    text = _WORK_REPORT + (
        "全市地区生产总值1856.3亿元，名义增长8.1%；按可比价格计算，实际增长5.2%。"
        "第三产业增加值912亿元，名义增长7.4%；扣除价格因素，增长6.0%；占比提高0.8个百分点。"
        "城镇居民人均可支配收入52310元，名义增长5.1%；扣除价格因素，实际增长4.6%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2024, "expected"), "8.1") not in found
    assert (("第三产业增加值", "%", 2024, "expected"), "6.0") in found
    assert (("第三产业增加值", "%", 2024, "expected"), "7.4") not in found
    # (an income's nominal growth is its series' figure)
    assert (("城镇居民人均可支配收入", "%", 2024, "expected"), "5.1") in found


def test_a_work_plans_tasks_are_its_years_targets_its_preamble_the_year_before():
    text = (
        "青禾区2021年区政府工作要点\n"
        "2020年是极不平凡的一年。全区地区生产总值612.3亿元，增长3.1%；固定资产投资增长5.6%。\n"
        "2021年是“十四五”开局之年。全区主要预期目标为：地区生产总值增长7.5%以上。\n"
        "一、坚持创新驱动，厚植发展新动能\n"
        "（一）高新技术企业突破300家。（牵头单位：区科技局）\n"
        "（二）实际利用外资1.5亿美元，进出口总额增长8%。（牵头单位：区商务局）\n"
        "（三）城镇新增就业1.2万人。（牵头单位：区人社局）\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "expected"), "612.3") in found
    assert (("固定资产投资", "%", 2020, "expected"), "5.6") in found
    assert (("地区生产总值", "%", 2021, "target"), "7.5%以上") in found
    assert (("实际利用外资", "亿美元", 2021, "target"), "1.5") in found
    assert (("进出口总额", "%", 2021, "target"), "8") in found
    assert (("城镇新增就业", "万人", 2021, "target"), "1.2") in found


def test_a_work_plan_looks_back_on_last_year_and_then_on_this_ones_targets():
    text = (
        "中共青禾县委二〇一四年工作要点\n\n"
        "去年以来，全县经济社会发展取得新成绩。全县地区生产总值达到68.5亿元，增长12.6%。\n"
        "今年全县经济社会发展的主要目标是：地区生产总值增长12%；城镇新增就业2100人。\n"
        "一、全力以赴抓发展\n"
        "1.坚持工业强县，力争规模以上工业增加值增长16%。（牵头：县经信局）\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "亿元", 2013, "expected"), "68.5") in found
    assert (("地区生产总值", "%", 2013, "expected"), "12.6") in found
    assert (("地区生产总值", "%", 2014, "target"), "12") in found
    assert (("城镇新增就业", "万人", 2014, "target"), "2100人") in found
    assert (("规上工业增加值", "%", 2014, "target"), "16") in found


def test_a_wording_replaced_from_gives_way_to_the_new_one_a_target_adjusted_to_both():
    text = (
        "关于《政府工作报告》修改情况的说明\n（2023年1月7日）\n"
        "一、根据统计快报，去年全区一般公共预算收入由“185亿元”调整为“187.6亿元，同口径增长3.1%”，"
        "地区生产总值由“预计增长2.5%左右”修改为“预计增长2.8%”，全社会固定资产投资由“增长30%左右”"
        "更新为“76.8亿元，增长28.3%”。\n"
        "二、今年固定资产投资增长目标由“5%”修改为“6%以上”。\n"
    )
    found = all_values(text, 2022)
    assert (("地方一般公共预算收入", "亿元", 2022, "expected"), "187.6") in found
    assert (("地方一般公共预算收入", "%", 2022, "expected"), "3.1") in found
    assert (("地区生产总值", "%", 2022, "expected"), "2.8") in found
    assert (("固定资产投资", "亿元", 2022, "expected"), "76.8") in found
    assert (("固定资产投资", "%", 2023, "target"), "6%以上") in found
    values = {value for _, value in found}
    assert not values & {"185", "2.5%左右", "30%左右", "5"}
    # (a plan adjusted in the year: the target approved stands beside the new one)
    text = (
        "青禾市2023年国民经济和社会发展计划调整方案\n（2023年8月7日）\n"
        "将全市地区生产总值增长目标由“6%”调整为“5%左右”。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6") in found
    assert (("地区生产总值", "%", 2023, "target"), "5%左右") in found


def test_a_life_expectancy_in_years_of_age_is_read_with_its_unit():
    catalogue = [("人均预期寿命", "岁", (), ""), ("地区生产总值", "亿元", (), "")]
    text = (
        "青禾市2026年政府工作报告\n（2026年1月20日）\n一、2025年工作回顾\n"
        "全市地区生产总值1856亿元，人均预期寿命达到79.1岁，60岁以上老年人口占比18%。\n"
        "表1 主要指标\n指标 | 2024年 | 2025年\n人均预期寿命（岁） | 78.8 | 79.1\n"
    )
    found = {c.key for c in extract(text, report_year=2025, indicators=catalogue)}
    assert ("人均预期寿命", "岁", 2025, "expected", "79.1") in found
    assert ("人均预期寿命", "岁", 2024, "final", "78.8") in found


def test_a_corps_divisions_company_residents_are_its_rural_residents():
    text = (
        "第八师石河子市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n"
        "城镇常住居民人均可支配收入48620元，增长5.2%；连队常住居民人均可支配收入31260元，增长7.8%。\n"
        "二、2024年主要预期目标\n城镇、连队常住居民人均可支配收入分别增长6%和7.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("农村居民人均可支配收入", "元", 2023, "expected"), "31260") in found
    assert (("农村居民人均可支配收入", "%", 2023, "expected"), "7.8") in found
    assert (("农村居民人均可支配收入", "%", 2024, "target"), "7.5") in found
    assert (("城镇居民人均可支配收入", "%", 2024, "target"), "6") in found


def test_review_two_dated_columns_five_years_apart_are_annual_unless_past_the_year_planned():
    text = _WORK_REPORT + (
        "表1 五年来主要指标对比\n指标 | 2019年 | 2024年 | 年均增长（%）\n"
        "地区生产总值（亿元） | 1856.2 | 2456.7 | 5.8\n"
    )
    assert (("地区生产总值", "亿元", 2024, "expected"), "2456.7") in all_values(text, 2024)
    text = (
        "青禾市2025年国民经济和社会发展计划\n（2025年1月15日）\n表2 2025年主要预期目标\n"
        "指标 | 2020年 | 2025年 | 属性\n地区生产总值增长（%） | 3.2 | 5.5左右 | 预期性\n"
    )
    assert (("地区生产总值", "%", 2025, "target"), "5.5左右") in all_values(text, 2024)
    text = (
        "青禾市2025年国民经济和社会发展计划\n（2025年1月15日）\n"
        "指标 | 2024年实绩 | 2025年规划值 | 增长%\n地区生产总值（亿元） | 212.5 | 226 | 6.4\n"
    )
    assert (("地区生产总值", "亿元", 2025, "target"), "226") in all_values(text, 2024)


def test_review_a_task_opening_on_last_year_is_the_work_plans_target_and_prices_clauses():
    text = (
        "青禾区2025年区政府工作要点\n"
        "2024年，全区地区生产总值增长5.1%。\n"
        "一、扩大有效投资\n"
        "去年未开工的项目今年全部开工，全年固定资产投资增长8%。\n"
    )
    found = all_values(text, 2024)
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    text = (
        _WORK_REPORT
        + "全市地区生产总值2456.7亿元，按现行价格计算，增长7.9%；按可比价格计算，增长5.6%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.6") in found
    assert (("地区生产总值", "%", 2024, "expected"), "7.9") not in found
    text = (
        "青禾市2025年国民经济和社会发展计划调整方案\n（2025年8月7日）\n"
        "将全市地区生产总值增长目标由原定的“7%”调整为“6%左右”。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "target"), "7") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found


def test_a_plans_sums_in_square_brackets_give_no_years_figure_nor_shift_a_spaced_row():
    text = (
        "青禾市“十四五”规划实施情况总结评估报告\n（2025年12月）\n"
        "指标 | 单位 | 2020年 | 2025年目标 | 2025年预计 | 完成情况\n"
        "全社会固定资产投资 | 亿元 | 1016.9 | [10000] | [12200] | 超额完成\n"
        "单位地区生产总值能耗降低 | % | — | ［14.5］ | ［15.1］ | 完成\n"
    )
    found = all_values(text, 2025)
    assert not [key for key, value in found if value[0] in "[［"]
    text = (
        "青禾市“十四五”规划实施情况总结评估报告\n（2025年12月）\n"
        "指标名称　　　单位　　2023年　　2024年　　2025年预计　　2025年目标\n"
        "城镇新增就业　万人　　1.55　　　1.57　　　1.6　　　〔7.5〕\n"
    )
    assert (("城镇新增就业", "万人", 2025, "expected"), "1.6") in all_values(text, 2025)


def test_a_growth_goes_on_past_the_total_passing_a_threshold_or_the_place_it_became():
    text = _WORK_REPORT + (
        "全市地区生产总值达到3010.08亿元，总量突破3000亿元，增长4.3%。"
        "一般公共预算收入达到201.5亿元，成为全省第二个收入超过200亿元的市，同比增长6.1%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "4.3") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "6.1") in found


def test_a_notice_issuing_the_years_targets_is_a_work_plan_but_not_one_on_their_results():
    text = (
        "中共青禾区委 青禾区人民政府\n关于下达2008年度目标任务的通知\n"
        "2007年，全区生产总值预计增长14.2%。现将2008年度目标任务下达如下：\n"
        "一、主要经济指标\n地区生产总值增长13%。\n"
        "二、约束性指标\n万元生产总值能耗下降4.2%，城镇登记失业率控制在4%以内。\n"
    )
    found = all_values(text, 2007)
    assert (("地区生产总值", "%", 2007, "expected"), "14.2") in found
    assert (("万元生产总值能耗", "%", 2008, "target"), "下降4.2") in found
    assert (("城镇登记失业率", "%", 2008, "target"), "4%以内") in found
    text = (
        "关于2008年度目标任务考核结果的通报\n（2009年3月10日）\n"
        "一、总体情况\n全区生产总值增长13.6%，城镇登记失业率为3.8%。\n"
    )
    found = all_values(text, 2008)
    assert (("城镇登记失业率", "%", 2008, "expected"), "3.8") in found


def test_review_a_real_growth_after_its_scope_and_a_target_adjusted_after_a_comma():
    text = (
        _WORK_REPORT
        + "全市地区生产总值2688.4亿元，按现行价格计算增长6.8%；按可比价格计算，全年增长5.1%。\n"
    )
    assert (("地区生产总值", "%", 2024, "expected"), "5.1") in all_values(text, 2024)
    text = (
        "青禾市2025年国民经济和社会发展计划调整方案\n（2025年8月7日）\n"
        "地区生产总值增长目标，由原来的“7%”调整为“6%左右”；"
        "社会消费品零售总额增长目标由“8%”调低至“6%”。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "target"), "7") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("社会消费品零售总额", "%", 2025, "target"), "6") in found


def test_a_first_drafts_wordings_and_several_deleted_give_way_to_the_revised_targets():
    text = (
        "关于《政府工作报告》修改情况的说明\n——2020年6月10日在市人民代表大会主席团会议上\n"
        "三、关于2020年主要预期目标\n原稿提出“地区生产总值增长7.5%左右”。经研究，将“地区生产总值增长"
        "7.5%左右”修改为“地区生产总值力争实现正增长”；删去“固定资产投资增长10%”“社会消费品零售总额"
        "增长10%”、“外贸出口增长8%”等3项速度指标。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2020, "target"), "实现正增长") in found
    assert not {value for _, value in found} & {"7.5%左右", "10", "8"}


def test_a_bound_on_a_falls_rate_keeps_the_fall_in_its_value():
    text = (
        "青禾市2020年政府工作报告\n（2020年6月10日）\n二、2020年主要预期目标\n"
        "地方一般公共预算收入降幅控制在20%以内，固定资产投资降幅控制在5%以内。\n"
    )
    found = all_values(text, 2019)
    assert (("地方一般公共预算收入", "%", 2020, "target"), "降幅控制在20%以内") in found
    assert (("固定资产投资", "%", 2020, "target"), "降幅控制在5%以内") in found


def test_targets_set_at_the_years_start_after_目标是_a_dash_or_对照_in_brackets_in_a_review():
    head = "青禾区2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n"
    head += "全区地区生产总值增长6%左右，一般公共预算收入32.5亿元、增长8.1%。\n"
    for quoted in (
        "年初确定的目标是地区生产总值增长6.5%，一般公共预算收入增长6%。",
        "对照年初目标（地区生产总值增长6.5%，一般公共预算收入增长6%），收入有望超额完成。",
        "对照区人大会议确定的主要预期目标——地区生产总值增长6.5%、一般公共预算收入增长6%，"
        "主要指标较好完成。",
    ):
        found = all_values(head + quoted + "\n", 2023)
        assert (("地区生产总值", "%", 2023, "target"), "6.5") in found, quoted
        assert (("地方一般公共预算收入", "%", 2023, "target"), "6") in found, quoted
        assert (("地方一般公共预算收入", "%", 2023, "expected"), "8.1") in found, quoted


def test_review_a_motto_after_目标是_and_a_first_draft_kept_are_no_targets_set_aside():
    head = "青禾区2025年政府工作报告\n（2025年1月10日）\n一、2024年工作回顾\n"
    text = head + "年初确定的目标是稳中求进、进中提质，全年地区生产总值增长5.6%，收入增长4.2%。\n"
    assert (("地区生产总值", "%", 2024, "expected"), "5.6") in all_values(text, 2024)
    text = head + "年初确定的目标是实现地区生产总值增长6.5%，全年实际增长6.2%。\n"
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "6.5") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.2") in found
    head = "关于《政府工作报告》修改情况的说明\n（2025年1月10日）\n二、关于2025年主要预期目标\n"
    for kept in (
        "原稿提出“地区生产总值增长6%左右”，多数代表认为符合实际，予以保留。",
        "删去“力争”，“地区生产总值增长6%左右”不作调整。",
    ):
        assert (("地区生产总值", "%", 2025, "target"), "6%左右") in all_values(head + kept, 2024)
    text = "青禾市2025年国民经济和社会发展计划\n（2025年1月10日）\n二、2025年主要目标\n"
    text += "化学需氧量排放量降幅在3%以上。\n"
    assert (("化学需氧量", "%", 2025, "target"), "降幅在3%以上") in all_values(text, 2024)


def test_a_years_growth_goes_on_past_the_average_over_the_years_but_not_its_comparison():
    text = (
        "青禾区国民经济和社会发展第十三个五年规划纲要\n（2016年1月12日区人民代表大会批准）\n"
        "第一章　“十二五”发展回顾\n"
        "2015年全区预计实现地区生产总值486.3亿元，是2010年的1.7倍，年均增长10.2%，全年增长8.6%。"
        "居民人均可支配收入年均增长7.9%，高于经济增速。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "expected"), "8.6") in found
    assert not any(key[0] == "居民人均可支配收入" for key, _ in found)
