"""Forms found in the corpus read again in round thirty-one, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import extract, report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_a_news_lead_naming_the_meeting_after_its_verb_dates_the_report():
    text = (
        "本报讯 4月28日，东山县隆重召开县第九届人民代表大会第三次会议。\n"
        "2019年，全县地区生产总值增长6.1%。2020年，全县地区生产总值增长6%左右。"
    )
    metadata = report_metadata(text, 2019)
    assert metadata.date_text == "2020-04-28"
    assert "人民代表大会" in metadata.meeting
    # given after April, the year reviewed is told in its final statistics
    assert candidates(text, 2019)[("地区生产总值", "%", 2019, "final")] == "6.1"


def test_a_lead_releasing_the_plan_dates_the_report_by_its_release():
    text = (
        "6月3日，某区发展和改革局发布《某区2024年国民经济和社会发展计划》。\n"
        "一、2023年国民经济和社会发展计划执行情况\n2023年，全区地区生产总值增长5.2%。"
    )
    assert report_metadata(text, 2023).date_text == "2024-06-03"
    assert candidates(text, 2023)[("地区生产总值", "%", 2023, "final")] == "5.2"


def test_a_lead_citing_a_release_inside_a_sentence_dates_nothing():
    text = "据报道，区里将于近期发布《2024年计划》。2023年，全区地区生产总值增长5.2%。"
    assert report_metadata(text, 2023).date_text == ""


def test_a_doubling_between_a_level_and_its_growth_leaves_the_growth_the_years():
    text = (
        "2011年，全市规模以上工业增加值420亿元，比2008年翻1.5番，同比增长21%；"
        "全社会固定资产投资800亿元，较2009年翻一番，增长30%。"
    )
    found = candidates(text, 2011)
    assert found[("规上工业增加值", "%", 2011, "expected")] == "21"
    assert found[("固定资产投资", "%", 2011, "expected")] == "30"


def test_a_base_year_said_once_for_the_sentence_holds_for_the_growths_after_it():
    text = (
        "2021年，预计全县生产总值280亿元，比2016年（下同）增长40%；固定资产投资150亿元，"
        "增长90%；社会消费品零售总额80亿元，增长50%。2021年，全县一般公共预算收入增长8%。"
    )
    found = candidates(text, 2021)
    assert found[("固定资产投资", "亿元", 2021, "expected")] == "150"
    assert ("固定资产投资", "%", 2021, "expected") not in found
    assert ("社会消费品零售总额", "%", 2021, "expected") not in found
    # the next sentence is over the year before again
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "8"


def test_a_growth_said_over_last_year_is_not_over_a_base_said_below():
    text = "2021年，全县生产总值比2016年（下同）增长40%，固定资产投资同比增长9%。"
    assert candidates(text, 2021)[("固定资产投资", "%", 2021, "expected")] == "9"


def test_a_goal_met_ahead_of_time_announces_no_target():
    text = (
        "2010年，全县财政总收入5亿元，增长30%，提前三年实现翻番目标；"
        "社会消费品零售总额9亿元，增长20%，提前完成“十一五”目标；全社会固定资产投资20亿元，增长35%。"
    )
    found = candidates(text, 2010)
    assert found[("社会消费品零售总额", "亿元", 2010, "expected")] == "9"
    assert found[("固定资产投资", "%", 2010, "expected")] == "35"
    assert not any(kind == "target" for (_n, _u, _y, kind) in found)


def test_resolving_to_meet_a_goal_ahead_of_time_is_still_a_target():
    text = "2011年，力争提前实现翻番目标，全社会固定资产投资增长30%。"
    assert candidates(text, 2010)[("固定资产投资", "%", 2011, "target")] == "30"


@pytest.mark.parametrize(
    ("sentence", "name", "unit", "value"),
    [
        ("完成社会固定资产投资88.5亿元，增长12%", "固定资产投资", "亿元", "88.5"),
        ("出口创汇2300万美元，增长41%", "出口总额", "%", "41"),
        ("合同外资、实到外资分别达到3.1亿美元、1.2亿美元", "实际利用外资", "亿美元", "1.2"),
        ("财政总收入6亿元，其中地方收入3.5亿元，增长18%", "地方一般公共预算收入", "亿元", "3.5"),
    ],
)
def test_older_and_regional_names_of_standard_indicators(sentence, name, unit, value):
    text = f"2009年，全县{sentence}。"
    assert candidates(text, 2009)[(name, unit, 2009, "expected")] == value


def test_a_quota_reached_is_the_quota_completed():
    text = "2024年主要预期目标是：地区生产总值增长5.5%，单位地区生产总值能耗达到省定目标。"
    assert candidates(text, 2023)[("万元生产总值能耗", "%", 2024, "target")] == "达到省定目标"


def test_a_growth_with_a_change_of_scope_deducted_is_a_comparable_one():
    text = "2022年，一般公共预算收入增长1.8%，扣除留抵退税因素，同比增长9.4%。"
    growths = sorted(
        (c.value_text, "同口径" in c.flags)
        for c in extract(text, report_year=2022)
        if (c.indicator, c.unit) == ("地方一般公共预算收入", "%")
    )
    assert growths == [("1.8", False), ("9.4", True)]


def test_a_growth_with_prices_deducted_is_no_second_growth():
    text = "2022年，城镇居民人均可支配收入增长7%，扣除价格因素，实际增长5%。"
    found = [c for c in extract(text, report_year=2022) if c.indicator == "城镇居民人均可支配收入"]
    assert [c.value_text for c in found] == ["7"]


def test_the_level_after_a_run_of_thresholds_passed_is_the_years():
    text = "2015年，全市生产总值相继突破800亿元、900亿元，预计2015年达到968亿元，增长8%。"
    found = candidates(text, 2015)
    assert found[("地区生产总值", "亿元", 2015, "expected")] == "968"
    assert "800" not in found.values()


def test_a_growth_written_bi_zeng_is_over_the_year_before():
    found = candidates(
        "2015年，全区地区生产总值880亿元，比增8.5%；固定资产投资120亿元,比增12%。", 2015
    )
    assert found[("地区生产总值", "%", 2015, "expected")] == "8.5"
    assert found[("固定资产投资", "%", 2015, "expected")] == "12"


def test_a_goal_passed_between_a_level_and_its_growth_is_no_target():
    text = (
        "初步统计，全市完成地区生产总值1210亿元，跨过千亿目标，增长9%；"
        "财政总收入130亿元，跨过百亿目标，增长12%；农民人均纯收入9800元，向万元目标迈进，增长15%。"
    )
    found = candidates(text, 2012)
    assert found[("地区生产总值", "%", 2012, "expected")] == "9"
    assert found[("一般公共预算总收入", "%", 2012, "expected")] == "12"
    assert found[("农村居民人均纯收入", "%", 2012, "expected")] == "15"
    assert not any(kind == "target" for (_n, _u, _y, kind) in found)


def test_a_figure_of_a_year_before_the_one_reviewed_is_final():
    text = (
        "2021年，全市生产总值增长7%。五年来，全市生产总值由2016年的380亿元增加到2020年的480亿元。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "亿元", 2020, "final")] == "480"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7"


def test_thresholds_passed_in_a_run_of_steps_leave_the_years_figure_after_them():
    text = "“十四五”以来，全省地区生产总值连跨3个千亿台阶，2024年达到8200亿元、增长5.6%。"
    found = candidates(text, 2024)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "8200"
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.6"


def test_values_shared_out_with_fen_bie_shi():
    text = "2010年，规模以上工业增加值、全社会固定资产投资分别是31亿元和70亿元，同比增长20%和25%。"
    found = candidates(text, 2010)
    assert found[("规上工业增加值", "亿元", 2010, "expected")] == "31"
    assert found[("固定资产投资", "%", 2010, "expected")] == "25"


def test_a_footnote_mark_between_a_name_and_its_value_is_passed_over():
    found = candidates(
        "2020年，一般公共预算收入[2]21.4亿元，同比增长9.1%；社会消费品零售总额①增长3%。", 2020
    )
    assert found[("地方一般公共预算收入", "亿元", 2020, "expected")] == "21.4"
    assert found[("地方一般公共预算收入", "%", 2020, "expected")] == "9.1"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "3"


def test_a_figure_the_year_can_reach_is_the_years():
    found = candidates("初步预计，2019年全市生产总值可达2100亿元，同口径增长约6%。", 2019)
    assert found[("地区生产总值", "亿元", 2019, "expected")] == "2100"
    found = candidates("初步预计，2019年全市生产总值可突破2000亿元，同口径增长约6%。", 2019)
    assert found[("地区生产总值", "%", 2019, "expected")] == "约6"
    assert ("地区生产总值", "亿元", 2019, "expected") not in found


@pytest.mark.parametrize(
    ("sentence", "name", "unit", "value"),
    [
        ("社会消费品零售92.2亿元，增长8.5%", "社会消费品零售总额", "亿元", "92.2"),
        ("全口径公共财政收入4502亿元，增长10%", "一般公共预算总收入", "亿元", "4502"),
        ("市区城镇居民人均可支配收入17806元，增长14.5%", "城镇居民人均可支配收入", "元", "17806"),
    ],
)
def test_more_names_of_standard_indicators(sentence, name, unit, value):
    assert candidates(f"2012年，全市{sentence}。", 2012)[(name, unit, 2012, "expected")] == value


def test_a_year_before_one_the_text_never_names_keeps_the_results_kind():
    # the year reviewed comes only from the analyst here: the text's own year is the one reported
    found = candidates("2010年，全市生产总值达到3125亿元，增长11.5%。", 2023)
    assert found[("地区生产总值", "亿元", 2010, "expected")] == "3125"


def test_a_date_line_running_on_into_the_speakers_line_dates_the_report():
    text = (
        "【某区资讯】2021年某区政府工作报告\n"
        "2021年1月20日在区第二届人民代表大会第五次会议上区人民政府区长；张三各位代表：现在，我代表区"
        "人民政府，向大会报告工作。一、过去一年全年实现地区生产总值210亿元，增长3%；"
        "社会消费品零售总额95亿元，增长2.5%。\n"
    )
    metadata = report_metadata(text, 2020)
    assert metadata.date_text == "2021-01-20"
    assert metadata.meeting == "区第二届人民代表大会第五次会议"
    found = candidates(text, 2020)
    # the title's year (2021) heads nothing: the review's figures stay results of 2020
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "210"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "2.5"
    assert not any(kind == "target" for (_n, _u, _y, kind) in found)


def test_urban_and_pastoral_residents_are_the_urban_and_rural_series():
    text = "2017年，城镇、牧区常住居民人均可支配收入分别达到24000元和19000元，增长7%和8%。"
    found = candidates(text, 2017)
    assert found[("农村居民人均可支配收入", "元", 2017, "expected")] == "19000"
    assert found[("农村居民人均可支配收入", "%", 2017, "expected")] == "8"


def test_a_level_caught_up_with_between_a_level_and_its_growth_dates_nothing():
    text = "2021年，实现地区生产总值420亿元，赶超邻市2020年的经济总量，增长12%，列全省县市第一。"
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "12"
    assert not any(year == 2020 for (_n, _u, year, _k) in found)


@pytest.mark.parametrize(
    ("sentence", "name", "unit", "value"),
    [
        ("一般财政收入20.4亿元，增长17.7%", "地方一般公共预算收入", "亿元", "20.4"),
        ("全社会投资增长3%以上", "固定资产投资", "%", "3%以上"),
    ],
)
def test_short_names_of_revenue_and_investment(sentence, name, unit, value):
    found = candidates(f"2020年，全区{sentence}。", 2020)
    assert found[(name, unit, 2020, "expected")] == value


def test_a_period_in_brackets_is_no_date_and_the_date_line_under_the_title_counts():
    text = (
        "政 府 工 作 报 告\n\n  2023年4月7日\n\n  在某市第十一届人民代表大会第二次会议上\n\n"
        "  2022年工作回顾\n\n  全年地区生产总值达500亿元、增长5%。编制国土空间规划（2021—2035年）。\n"
    )
    assert report_metadata(text, 2022).date_text == "2023-04-07"
    assert candidates(text, 2022)[("地区生产总值", "亿元", 2022, "final")] == "500"


def test_a_place_s_year_of_main_targets_heads_the_targets_one_a_line():
    text = (
        "记者梳理了报告内容。\n\n2019年全市经济社会发展主要预期目标\n\n地区生产总值增长7.5%\n\n"
        "全社会固定资产投资增长8%\n\n社会消费品零售总额增长10%\n"
    )
    found = candidates(text, 2018)
    assert found[("固定资产投资", "%", 2019, "target")] == "8"
    assert found[("社会消费品零售总额", "%", 2019, "target")] == "10"


def test_incomes_outrunning_the_economy_are_a_worded_result():
    found = candidates("2025年，城乡居民人均可支配收入持续跑赢经济增速。", 2025)
    assert found[("城镇居民人均可支配收入", "%", 2025, "expected")] == "跑赢经济增速"
    assert found[("农村居民人均可支配收入", "%", 2025, "expected")] == "跑赢经济增速"


def test_also_before_the_verb_of_a_target_is_passed_over():
    text = "2025年主要预期目标：地区生产总值增长5%左右，一般公共预算收入也将力争增长4%左右。"
    assert candidates(text, 2024)[("地方一般公共预算收入", "%", 2025, "target")] == "4%左右"


def test_all_of_the_scope_before_a_short_name_changes_no_series():
    found = candidates("2025年，全口径社零额增长5.5%；市本级全口径财政收入63亿元，增长6%。", 2025)
    assert found[("社会消费品零售总额", "%", 2025, "expected")] == "5.5"
    # the city's own tier is still no figure of the city
    assert ("一般公共预算总收入", "亿元", 2025, "expected") not in found
    assert ("地方一般公共预算收入", "亿元", 2025, "expected") not in found


def test_a_decimal_broken_by_a_fixed_width_line_is_one_number():
    found = candidates("2015年，地方公共财政预算收入达到10.2\n8亿元，增长12%。", 2015)
    assert found[("地方一般公共预算收入", "亿元", 2015, "expected")] == "10.2\n8"
    assert found[("地方一般公共预算收入", "%", 2015, "expected")] == "12"


def test_milestones_broken_over_two_lines_leave_the_figure_after_them():
    text = "2015年，规模以上工业增加值跨越70亿、\n80亿两个台阶，预计达到82.28亿元，增长9%。"
    found = candidates(text, 2015)
    assert found[("规上工业增加值", "亿元", 2015, "expected")] == "82.28"
    assert "70" not in found.values()


def test_a_yearly_growth_after_a_level_is_the_years_but_one_over_five_years_is_not():
    text = "2007年，全省生产总值达到9145亿元，年增长14.4%；固定资产投资五年增长80%。"
    found = candidates(text, 2007)
    assert found[("地区生产总值", "%", 2007, "expected")] == "14.4"
    assert ("固定资产投资", "%", 2007, "expected") not in found


def test_a_sector_a_verb_promotes_names_the_value_added_after_it():
    text = "2016年，积极发展现代服务业，促进第三产业多作贡献，实现增加值666亿元、增长12.2%。"
    found = candidates(text, 2016)
    assert found[("第三产业增加值", "亿元", 2016, "expected")] == "666"
    assert found[("第三产业增加值", "%", 2016, "expected")] == "12.2"
    # the modern services are a narrower series than the third sector
    found = candidates("2016年，加快发展现代服务业，实现增加值300亿元、增长12%。", 2016)
    assert ("第三产业增加值", "亿元", 2016, "expected") not in found


def test_growths_of_parts_of_the_year_lead_to_the_years_growth():
    text = "2023年，地区生产总值上半年增长3.2%、前三季度增长4.4%、全年预计增长5%左右。"
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5%左右"
    assert "3.2" not in found.values() and "4.4" not in found.values()


def test_a_years_growth_after_a_growth_averaged_over_years_is_the_years():
    found = candidates("五年来，全省生产总值年均增长12%，2007年比上年增长13.5%。", 2007)
    assert found[("地区生产总值", "%", 2007, "expected")] == "13.5"
    found = candidates("五年来，全省生产总值累计增长60%，增长13.5%。", 2007)
    assert ("地区生产总值", "%", 2007, "expected") not in found


def test_a_first_passing_in_figures_between_a_level_and_its_growth_is_an_aside():
    text = "2005年全市生产总值314.04亿元，首次突破300亿元，比上年增长7.8%。"
    found = candidates(text, 2005)
    assert found[("地区生产总值", "%", 2005, "expected")] == "7.8"
    assert found[("地区生产总值", "亿元", 2005, "expected")] == "314.04"


MARKED_COPY = (
    "（某省）2019年某县人民政府工作报告（全文）   政府工作报告xQz   "
    "2019年5月23日在某县第十四届人民代表大会第三次会议上xQz   某县人民政府县长xQz   "
    "各位代表：xQz   一、2018年工作回顾xQz   2018年，全县地区生产总值完成98.7亿元，增长8.2%。xQz   "
)


def test_a_document_sites_marks_of_its_line_ends_are_read_as_line_breaks():
    from reports.extraction.reading import as_read

    read = as_read(MARKED_COPY)
    assert len(read) == len(MARKED_COPY) and "xQz" not in read
    assert report_metadata(MARKED_COPY, 2018).date_text == "2019-05-23"
    # given in May, the year reviewed is told in its final statistics
    assert candidates(MARKED_COPY, 2018)[("地区生产总值", "亿元", 2018, "final")] == "98.7"


def test_a_word_of_the_text_that_ends_some_lines_is_no_mark():
    from reports.extraction.reading import as_read

    lines = "".join(f"第{i}季度增长GDP  \n" for i in range(6))
    text = lines + "地区生产总值（GDP）增长5%。"
    # the word stays at the lines' ends; only its gloss inside the name reads as spaces
    assert as_read(text) == lines + "地区生产总值     增长5%。"
