"""Forms found in round seventy-four, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values

_REVIEW = "青禾市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n"


def test_a_change_in_brackets_going_on_past_a_comma_is_the_levels_growth():
    text = _REVIEW + (
        "全年实现地区生产总值2568.3亿元（增长6.7%，增速居全省第3位），"
        "地方一般公共预算收入86.2亿元（同比增长4.5%，其中税收收入增长3.2%）。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.7") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "4.5") in found


def test_the_year_befores_change_in_the_same_brackets_is_of_that_year():
    text = _REVIEW + (
        "全年实现地区生产总值2568.3亿元（增长6.7%，上年为5.1%），"
        "社会消费品零售总额1024.6亿元（增长7.2%，上年增长-3.9%）。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.7") in found
    assert (("地区生产总值", "%", 2022, "final"), "5.1") in found
    assert (("社会消费品零售总额", "%", 2022, "final"), "-3.9") in found


def test_a_growth_resumed_after_a_fall_is_the_years_growth():
    text = "青禾市2011年政府工作报告\n（2011年1月8日）\n一、“十一五”回顾\n" + (
        "全市生产总值2008年下降3.2%，2009年恢复增长9.7%，2010年实现恢复性增长12.1%。"
        "进出口总额反弹增长21.5%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "%", 2009, "final"), "9.7") in found
    assert (("地区生产总值", "%", 2010, "expected"), "12.1") in found
    assert (("进出口总额", "%", 2010, "expected"), "21.5") in found


def test_a_share_of_the_level_recovered_is_no_growth():
    text = "青禾县2021年政府工作报告\n（2021年1月12日）\n一、2020年工作回顾\n" + (
        "一般公共预算收入13.79亿元，恢复66.7%；固定资产投资304亿元，恢复71.6%。\n"
    )
    found = all_values(text, 2020)
    assert not [key for key, _value in found if key[1] == "%"]


def test_values_shared_out_again_for_a_year_after_a_semicolon_are_that_years():
    text = _REVIEW + (
        "城镇和农村居民人均可支配收入分别为48120元、22650元；2022年分别为45210元、21030元。\n"
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "48120") in found
    assert (("城镇居民人均可支配收入", "元", 2022, "final"), "45210") in found
    assert (("农村居民人均可支配收入", "元", 2022, "final"), "21030") in found
