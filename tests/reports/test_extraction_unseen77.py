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
