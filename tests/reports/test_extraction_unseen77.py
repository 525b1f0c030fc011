"""Forms found in round seventy-seven, reading what probe texts and the notes of earlier rounds
still miss, each in a text of our own wording: classes of layout and wording, not the probes'
texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values

_WORK_REPORT = "青禾市2025年政府工作报告\n（2025年1月15日）\n一、2024年工作回顾\n"


def test_years_named_right_after_a_series_share_out_its_values():
    text = _WORK_REPORT + (
        "过去五年，全市地区生产总值2021年至2024年分别增长8.1%、3.2%、6.0%和5.5%。"
        "一般公共预算收入2022年、2023年分别达到120.5亿元和131.2亿元。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2021, "final"), "8.1") in found
    assert (("地区生产总值", "%", 2023, "final"), "6.0") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.5") in found
    assert (("地方一般公共预算收入", "亿元", 2022, "final"), "120.5") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "final"), "131.2") in found


def test_the_growth_after_a_level_its_year_dates_is_that_years():
    text = _WORK_REPORT + (
        "全市地区生产总值2023年达到1756.3亿元，增长6.1%；"
        "一般公共预算收入2023年完成120.5亿元，比上年增长5.2%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2023, "final"), "1756.3") in found
    assert (("地区生产总值", "%", 2023, "final"), "6.1") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") not in found
    assert (("地方一般公共预算收入", "%", 2023, "final"), "5.2") in found


def test_a_target_cut_to_a_new_value_keeps_the_one_it_was_cut_from():
    text = (
        "关于调整青禾市2024年国民经济和社会发展计划部分指标的报告\n"
        "建议对部分预期目标作如下调整：地区生产总值增长目标由8%调减至6%左右，"
        "固定资产投资增长目标由12%下调到8%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "8") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2024, "target"), "12") in found
    assert (("固定资产投资", "%", 2024, "target"), "8") in found


def test_dashes_setting_off_a_list_of_changes_are_no_speakers_aside():
    text = _WORK_REPORT + (
        "主要经济指标——地区生产总值增长5.8%，一般公共预算收入增长5.1%——好于预期。\n"
        "进出口总额——我看一下——56.1亿美元。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.8") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "5.1") in found
    assert (("进出口总额", "亿美元", 2024, "expected"), "56.1") in found


def test_the_years_level_after_a_total_over_the_plans_years_is_read():
    text = (
        "青禾县2016年政府工作报告\n（2016年1月12日）\n一、“十二五”及2015年工作回顾\n"
        "“十二五”时期，全县固定资产投资五年累计完成860亿元，2015年完成210亿元，增长12%。"
        "社会消费品零售总额五年累计完成520亿元，年均增长11%。\n"
    )
    found = all_values(text, 2015)
    assert (("固定资产投资", "亿元", 2015, "expected"), "210") in found
    assert (("固定资产投资", "%", 2015, "expected"), "12") in found
    assert (("固定资产投资", "亿元", 2015, "expected"), "860") not in found
    assert not any(key[0] == "社会消费品零售总额" for key, _ in found)


def test_a_statistics_bulletins_running_total_of_this_year_is_the_year_reviewed():
    text = (
        "青禾县统计快报\n2025年第12期　　　　2026年1月22日\n\n表1　主要经济指标完成情况\n"
        "指标名称\t计量单位\t本年累计\t上年同期\t同比增长%\n"
        "地区生产总值\t亿元\t238.56\t225.14\t5.6\n"
        "规模以上工业增加值\t亿元\t—\t—\t7.4\n"
        "城镇常住居民人均可支配收入\t元\t41286\t39295\t5.1\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "238.56") in found
    assert (("地区生产总值", "%", 2025, "expected"), "5.6") in found
    assert (("规上工业增加值", "%", 2025, "expected"), "7.4") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "41286") in found
    assert not any(key[2] == 2026 for key, _ in found)


def test_a_statistics_forms_this_period_column_is_the_year_reviewed():
    text = (
        "Z01表　　　　区（县）主要经济指标综合表\n"
        "综合机关名称：青禾区统计局　　报告期：2025年1—12月　　计量单位：亿元、%\n\n"
        "指标名称　　　　　　代码　　本期　　　　上年同期　　增减（%）\n"
        "甲　　　　　　　　　乙　　　1　　　　　　2　　　　　3\n"
        "地区生产总值（亿元）　　101　　　356.82　　　347.91　　　2.3\n"
        "社会消费品零售总额（亿元）　301　　　162.45　　177.17　　　-8.3\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "expected"), "2.3") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "-8.3") in found
    assert not any(key[2] == 2026 for key, _ in found)


def test_a_form_pasted_one_cell_a_line_with_its_codes_and_column_letters():
    text = (
        "青禾市国民经济主要指标（年报）\n报告期：2025年\n\n"
        "指标名称\n计量单位\n代码\n2025年\n2024年\n2025年比2024年增长（%）\n"
        "甲\n乙\n丙\n1\n2\n3\n"
        "地区生产总值\n亿元\n01\n1286.43\n1190.15\n7.9\n"
        "固定资产投资\n亿元\n02\n1105.62\n981.03\n12.7\n"
        "城镇常住居民人均可支配收入\n元\n03\n31825\n29441\n8.1\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "1286.43") in found
    assert (("地区生产总值", "%", 2025, "expected"), "7.9") in found
    assert (("固定资产投资", "%", 2025, "expected"), "12.7") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "31825") in found
