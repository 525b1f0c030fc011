"""Forms found in the seventh blind set (blind7), each in sentences of our own wording: classes of
wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_sector_named_alone_before_its_growth_is_its_value_added():
    found = candidates(
        "2010年全市生产总值增长11%。第一产业增长4.2%，第二产业增长15%，第三产业增长9.8%。"
    )
    assert found[("第一产业增加值", "%", 2010, "expected")] == "4.2"
    assert found[("第二产业增加值", "%", 2010, "expected")] == "15"
    assert found[("第三产业增加值", "%", 2010, "expected")] == "9.8"


def test_a_sector_named_alone_before_another_measure_is_not_its_value_added():
    found = candidates(
        "2010年第一产业投资增长10%，第二产业比重提高到45%，第三产业占比提高1个百分点。"
    )
    assert not any(key[0].endswith("产业增加值") for key in found)


def test_a_milestone_passed_gives_way_to_the_level_reached_and_its_growth():
    found = candidates("2010年，全市生产总值突破3000亿元大关，达到3125亿元，增长11.5%。")
    assert found[("地区生产总值", "亿元", 2010, "expected")] == "3125"
    assert found[("地区生产总值", "%", 2010, "expected")] == "11.5"


def test_a_result_held_within_the_years_target_states_the_target():
    found = candidates("2010年居民消费价格上涨2.4%，控制在4%预期目标内。")
    assert found[("居民消费价格指数", "%", 2010, "expected")] == "2.4"
    assert found[("居民消费价格指数", "%", 2010, "target")] == "4"


def test_a_result_held_within_a_bound_states_that_bound_as_the_target():
    # 控制在 … 以内 is how a plan words a ceiling: after a result it is the year's target (a
    # labeller of blind55 read it so; this test said the opposite before round twenty-four)
    found = candidates("2010年城镇登记失业率为3.6%，控制在4.5%以内。")
    assert found[("城镇登记失业率", "%", 2010, "target")] == "4.5%以内"


def test_a_result_followed_by_the_target_the_congress_approved_states_that_target():
    found = candidates(
        "预计2021年全区地区生产总值增长8.5%，完成区人代会批准增长8%以上目标；"
        "城镇登记失业率2.9%，完成区人代会批准的控制在3.5%以内目标。"
    )
    assert found[("地区生产总值", "%", 2021, "expected")] == "8.5"
    assert found[("地区生产总值", "%", 2021, "target")] == "8%以上"
    assert found[("城镇登记失业率", "%", 2021, "target")] == "3.5%以内"


def test_the_past_year_of_a_work_report_is_the_year_before_it_was_delivered():
    text = (
        "1月20日，省长向大会报告工作。今年的主要预期目标是：地区生产总值增长5%以上。"
        "过去一年，全省地区生产总值达5.6万亿元、增长6%。"
    )
    found = candidates(text, report_year=2023)
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "5.6万亿元"
    assert ("地区生产总值", "亿元", 2024, "target") not in found


def test_the_three_sectors_named_as_one_share_the_values_after_fen_bie():
    found = candidates("2010年全市生产总值增长11%，其中三次产业分别增长4.1%、14.2%和10.3%。")
    assert found[("第一产业增加值", "%", 2010, "expected")] == "4.1"
    assert found[("第二产业增加值", "%", 2010, "expected")] == "14.2"
    assert found[("第三产业增加值", "%", 2010, "expected")] == "10.3"


def test_the_three_sectors_named_as_one_without_fen_bie_name_no_sector():
    found = candidates("2010年三次产业结构调整为10:45:45，三次产业协调发展。")
    assert not any(key[0].endswith("产业增加值") for key in found)


def test_trade_by_the_customs_statistics_or_as_a_value_is_the_same_series():
    found = candidates(
        "2010年海关出口总值512.3亿元，增长20.1%；海关进口值增长8%；进出口值增长15%。"
    )
    assert found[("出口总额", "亿元", 2010, "expected")] == "512.3"
    assert found[("出口总额", "%", 2010, "expected")] == "20.1"
    assert found[("进出口总额", "%", 2010, "expected")] == "15"
