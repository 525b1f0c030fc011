"""Forms found in round eighty-one, reading what probe texts and the notes of earlier rounds still
miss, each in a text of our own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values


def test_digits_grouped_with_a_typeset_space_are_one_amount():
    for space in ("\u2009", "\u202f", "\xa0"):
        text = (
            f"预计全年实现地区生产总值3{space}418.6亿元，增长6.2%；城镇居民人均可支配收入"
            f"41{space}205元，增长5.1%。"
        )
        found = delivered_values(text, 2023, "2024-01-16")
        assert (("地区生产总值", "亿元", 2023, "expected"), f"3{space}418.6") in found, repr(space)
        assert (("城镇居民人均可支配收入", "元", 2023, "expected"), f"41{space}205") in found


def test_a_range_joined_by_a_wave_dash_is_one_target():
    found = delivered_values("今年全县地区生产总值增长5%〜6%。", 2023, "2024-01-16")
    assert (("地区生产总值", "%", 2024, "target"), "5%〜6%") in found


def test_a_base_year_does_not_reach_past_an_item_that_lost_its_stop():
    for bullet in ("", "★", "● "):
        text = (
            "2023年成绩单\n"
            f"{bullet}研发经费投入强度达到2.31%，比2020年提高0.37个百分点\n"
            f"{bullet}常住人口城镇化率达到58.6%\n"
        )
        found = delivered_values(text, 2023, "2024-01-16")
        assert (("常住人口城镇化率", "%", 2023, "expected"), "58.6") in found, bullet
    # (a base said for the sentence still reaches the growths after it, and one heading the lines
    # under it all of them)
    for text in (
        "规上工业增加值比2020年增长21.3%，社会消费品零售总额增长16.2%。",
        "与2020年相比：\n规上工业增加值增长21.3%\n社会消费品零售总额增长16.2%\n",
        "与2020年相比，主要指标较快增长：\n● 规上工业增加值增长21.3%\n● 社会消费品零售总额增长16.2%\n",
    ):
        found = delivered_values(text, 2023, "2024-01-16")
        assert not any(key[0] == "社会消费品零售总额" for key, _value in found), text


def test_a_plans_last_year_after_a_qualified_average_growth():
    text = (
        "今后五年的主要目标是：地区生产总值年均增长7%以上，到2025年达到420亿元；"
        "一般公共预算收入年均增长6%左右，2025年达到31亿元。"
    )
    found = delivered_values(text, 2020, "2021-01-20")
    assert (("地区生产总值", "亿元", 2025, "target"), "420") in found
    assert (("地方一般公共预算收入", "亿元", 2025, "target"), "31") in found
    assert not any(value.startswith(("7", "6")) for _key, value in found)  # (the averages)


def test_a_series_named_over_lines_of_its_years_gives_each_years_figure():
    text = (
        "【展板一 经济总量】\n"
        "地区生产总值\n"
        "2013年：312.8亿元\n"
        "2022年：705.6亿元\n"
        "2022年增速：4.1%（全市第2）\n"
        "十年年均增长：9.2%\n"
        "城镇居民人均可支配收入\n"
        "2013年：24160元\n"
        "2022年：51380元\n"
        "2022年全社会研究与试验发展经费投入强度：3.12%\n"
    )
    found = delivered_values(text, 2022, "2023-06-10")
    assert (("地区生产总值", "亿元", 2013, "final"), "312.8") in found
    assert (("地区生产总值", "亿元", 2022, "final"), "705.6") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    assert (("城镇居民人均可支配收入", "元", 2022, "final"), "51380") in found
    assert (("研究与试验发展经费投入强度", "%", 2022, "final"), "3.12") in found
    assert not any(value == "9.2" for _key, value in found)  # (the ten years' average)
    # (a share of it on a line of its year is no growth)
    text = "第三产业增加值\n2013年：168.2亿元\n2022年：346.5亿元\n2022年占比：52.3%\n"
    found = delivered_values(text, 2022, "2023-06-10")
    assert (("第三产业增加值", "亿元", 2022, "final"), "346.5") in found
    assert not any(value == "52.3" for _key, value in found)
    # (a heading over lines of years names no series)
    found = delivered_values("主要成就\n2013年：312.8亿元\n2022年：705.6亿元\n", 2022, "2023-06-10")
    assert not found


def test_a_level_of_long_ago_said_as_small_is_that_years():
    text = "1978年，全县地区生产总值仅2.14亿元，农民人均纯收入只有103元。"
    found = delivered_values(text, 2018, "2018-12-10")
    assert (("地区生产总值", "亿元", 1978, "final"), "2.14") in found
    assert (("农村居民人均纯收入", "元", 1978, "final"), "103") in found


def test_a_months_own_figure_is_not_the_years():
    text = (
        "全年外贸进出口总额386.2亿元，增长9.4%。今年以来外需走弱，1月份全市进出口同比下降3.1%；"
        "去年12月当月出口下降6.2%。"
    )
    found = delivered_values(text, 2018, "2019-02-20")
    assert (("进出口总额", "%", 2018, "expected"), "9.4") in found
    assert not any(value.startswith("下降") for _key, value in found)
    # (1–12月 is the whole year)
    found = delivered_values("1–12月，全市规模以上工业增加值增长7.6%。", 2023, "2024-01-12")
    assert (("规上工业增加值", "%", 2023, "expected"), "7.6") in found


def test_a_goal_by_a_later_year_in_a_review_is_that_years_target():
    text = (
        "一、2025年工作回顾\n"
        "2025年，全区地区生产总值612.4亿元，增长5.4%。\n"
        "根据“十五五”规划建议，到2030年，全区地区生产总值达到800亿元以上，常住人口城镇化率"
        "达到72%左右。\n"
    )
    found = delivered_values(text, 2025, "2026-02-10")
    assert (("地区生产总值", "亿元", 2030, "target"), "800亿元以上") in found
    assert (("常住人口城镇化率", "%", 2030, "target"), "72%左右") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "612.4") in found


def test_targets_the_government_set_at_the_years_start_are_that_years():
    text = (
        "去年年初，市政府确定了粮食总产稳定在240万吨以上、第一产业增加值增长4%。一年来，全市"
        "粮食总产251.3万吨，第一产业增加值增长4.3%。"
    )
    found = delivered_values(text, 2013, "2014-01-20")
    assert (("粮食产量", "万吨", 2013, "target"), "240万吨以上") in found
    assert (("第一产业增加值", "%", 2013, "target"), "4") in found
    assert (("第一产业增加值", "%", 2013, "expected"), "4.3") in found
    # (not a motto nor projects set then, nor the results after them)
    for then in ("“稳中求进”的工作基调", "重点项目120个"):
        text = f"去年年初，县政府确定了{then}。一年来，全县地区生产总值增长6.5%。"
        found = delivered_values(text, 2023, "2024-01-12")
        assert (("地区生产总值", "%", 2023, "expected"), "6.5") in found, then
        assert not any(key[3] == "target" for key, _value in found), then


def test_a_higher_scope_beside_the_one_a_report_names_its_whole_by_is_not_its_own():
    text = (
        "建市二十年发展成就报告\n青禾市统计局\n"
        "2005年，全市实现生产总值268.2亿元，比上年增长13.6%。全市规模以上工业增加值102.6亿元，"
        "增长19.8%。全市粮食产量86.4万吨。同年全省生产总值增长12.1%。\n"
    )
    found = delivered_values(text, 2005, "2006-06-18")
    assert (("地区生产总值", "%", 2005, "final"), "13.6") in found
    assert not any(value == "12.1" for _key, value in found)
    # (全区域 and 全市场 name no scope)
    text = (
        "2023年经济工作总结\n坚持全区域统筹、全区域覆盖、全区域推进。全市地区生产总值增长6.2%。\n"
    )
    found = delivered_values(text, 2023, "2024-01-12")
    assert (("地区生产总值", "%", 2023, "expected"), "6.2") in found


def test_clauses_going_on_from_a_higher_places_figures_are_that_places():
    text = (
        "青禾县2024年政府工作报告\n预计全年全县地区生产总值增长5.8%。全州地区生产总值增长5.1%，"
        "一般公共预算收入增长3.4%，规模以上工业增加值增长6%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "%", 2024, "expected"), "5.8") in found
    assert not any(value in ("5.1", "3.4", "6") for _key, value in found)
    # (and inside a bracket of the higher place's targets)
    text = (
        "青禾县2008年度目标责任书\n为确保完成全市经济社会发展目标（全市生产总值增长12%，"
        "地方财政一般预算收入增长15%，农民人均纯收入增长10%），签订如下目标责任书。\n"
    )
    assert not delivered_values(text, 2008, "2008-02-12")


def test_a_higher_places_figure_in_brackets_is_not_the_places_own():
    text = (
        "青禾县2025年政府工作报告\n全年实现社会消费品零售总额212.8亿元，增长5.6%，高于全市1.2个"
        "百分点（全市社会消费品零售总额增长4.4%）。\n"
    )
    found = delivered_values(text, 2025, "2026-01-20")
    assert (("社会消费品零售总额", "%", 2025, "expected"), "5.6") in found
    assert not any(value == "4.4" for _key, value in found)
    # (the place's own clauses after it stay its own)
    text = (
        "青禾县2025年政府工作报告\n全县社会消费品零售总额增长5.6%（全市社会消费品零售总额增长4.4%），"
        "城镇居民人均可支配收入增长5.9%。\n"
    )
    found = delivered_values(text, 2025, "2026-01-20")
    assert (("城镇居民人均可支配收入", "%", 2025, "expected"), "5.9") in found
