"""Forms found in round seventy-nine, reading what probe texts and the notes of earlier rounds
still miss, each in a text of our own wording: classes of layout and wording, not the probes'
texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values
from tests.reports.test_extraction_unseen78 import PLAN_REPORT


def test_a_growth_forecast_with_can_is_read():
    text = "青禾县2024年经济运行情况\n预计2025年全县地区生产总值可增长6%左右，一般公共预算收入增长4%。\n"
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    text = (
        "青禾县经济运行情况通报\n今年以来全县经济运行平稳，预计全年地区生产总值可增长5.5%左右。\n"
    )
    found = delivered_values(text, 2024, "2024-11-12")
    assert (("地区生产总值", "%", 2024, "expected"), "5.5%左右") in found


def test_the_years_target_after_a_part_of_the_years_result_is_read():
    text = (
        "青禾区1—9月经济运行情况\n（2024年10月25日）\n"
        "前三季度，全区地区生产总值增长5.8%，年度目标为增长6%。"
        "规模以上工业增加值增长7.1%，年度预期目标为增长7%。\n"
    )
    found = delivered_values(text, 2024, "2024-10-25")
    assert (("地区生产总值", "%", 2024, "target"), "6") in found
    assert (("规上工业增加值", "%", 2024, "target"), "7") in found
    values = {value for _key, value in found}
    assert "5.8" not in values and "7.1" not in values  # the months' results


def test_targets_a_memoir_says_were_proposed_are_that_years():
    text = (
        "在青禾区的那些日子\n"
        "2017年初的区人代会上，我们在政府工作报告里把“老城更新”作为一号工程，"
        "提出全年地区生产总值增长8%、一般公共预算收入增长6%。那一年干得很辛苦。"
        "全年地区生产总值增长8.3%，达到478.2亿元。\n"
        "2005年县人代会定全年国内生产总值增长11%。结果全年国内生产总值增长12.3%。\n"
        "2022年8月记于江城\n"
    )
    found = delivered_values(text, 2020, "2022-08-01")
    assert (("地区生产总值", "%", 2017, "target"), "8") in found
    assert (("地方一般公共预算收入", "%", 2017, "target"), "6") in found
    # the year's account after its targets is that year's result, not a target carried on
    assert (("地区生产总值", "%", 2017, "final"), "8.3") in found
    assert (("地区生产总值", "亿元", 2017, "final"), "478.2") in found
    assert (("地区生产总值", "%", 2005, "target"), "11") in found
    assert (("地区生产总值", "%", 2005, "final"), "12.3") in found


def test_a_diarys_entries_are_read_as_of_their_own_days():
    text = (
        "在县政府办的日子——工作日记选编\n"
        "前言：这些日记写于2008年至2010年，今年整理出来。\n"
        "2008年12月29日　晴\n"
        "统计局汇报，今年全县生产总值预计45亿元左右，增长11%。\n"
        "2009年1月6日（星期二）\n"
        "县委经济工作会议定下今年全县生产总值增长13%，财政收入增长10%。\n"
        "2010年1月20日　小雨转阴\n"
        "统计局报来去年的数：全县生产总值预计完成51.6亿元，增长13.4%。\n"
        "2017年9月\n"
    )
    found = delivered_values(text, 2016, "2017-09-01")
    assert (("地区生产总值", "亿元", 2008, "expected"), "45亿元左右") in found
    assert (("地区生产总值", "%", 2009, "target"), "13") in found
    assert (("一般公共预算总收入", "%", 2009, "target"), "10") in found
    assert (("地区生产总值", "亿元", 2009, "expected"), "51.6") in found
    assert (("地区生产总值", "%", 2009, "expected"), "13.4") in found
    years = {key[2] for key, _value in found}
    assert 2016 not in years and 2017 not in years


def test_a_goal_proposed_by_its_year_is_that_years_target_in_a_later_memoir():
    text = (
        "青禾五年——我的县长岁月\n"
        "三、“十一五”开局\n"
        "2006年初，县里编制“十一五”规划纲要，提出到2010年全县地区生产总值达到55亿元、"
        "城镇居民人均可支配收入达到12000元。\n"
        "2019年10月于省城\n"
    )
    found = delivered_values(text, 2018, "2019-10-01")
    assert (("地区生产总值", "亿元", 2010, "target"), "55") in found
    assert (("城镇居民人均可支配收入", "元", 2010, "target"), "12000") in found


def test_a_table_of_years_takes_its_series_from_its_caption():
    text = (
        "2021年青禾市财政收入运行情况分析\n（2022年1月18日）\n"
        "表　2017—2021年青禾市一般公共预算收入\n"
        "年份　收入（亿元）　增速（%）\n"
        "2019　50.38　12.2\n"
        "2020　53.96　7.1\n"
        "表2　2019—2021年青禾市居民人均可支配收入\n"
        "单位：元、%\n"
        "年份\t城镇居民\t增速\t农村居民\t增速\n"
        "2020\t35151\t2.6\t17364\t5.8\n"
    )
    found = delivered_values(text, 2021, "2022-01-18")
    assert (("地方一般公共预算收入", "亿元", 2019, "final"), "50.38") in found
    assert (("地方一般公共预算收入", "%", 2020, "final"), "7.1") in found
    # the groups a caption's series is counted for, each growth its group's
    assert (("城镇居民人均可支配收入", "元", 2020, "final"), "35151") in found
    assert (("城镇居民人均可支配收入", "%", 2020, "final"), "2.6") in found
    assert (("农村居民人均可支配收入", "元", 2020, "final"), "17364") in found
    assert (("农村居民人均可支配收入", "%", 2020, "final"), "5.8") in found


def test_a_phones_screenshots_read_as_one_text_past_their_bars_and_overlaps():
    text = (
        "9:41  ull 4G 80%\n"
        "<  青禾发布\n"
        "关于青禾区2023年国民经济和社会\n发展计划执行情况与2024年计划草\n案的报告\n"
        "表1 2023年主要指标完成情况\n指标\n单位\n年度目标\n预计完成\n增长（%）\n"
        "地区生产总值\n亿元\n增长6.5%\n1021.6\n6.8\n"
        "固定资产投资\n亿元\n增长8%\n"
        "9:42  ull 4G 79%\n"
        "关于青禾区2023年国民经济和社...\n"
        "亿元\n增长8%\n"
        "337.2\n9.6\n"
        "社会消费品零售总额\n亿元\n增长7%\n275.4\n7.4\n"
    )
    found = delivered_values(text, 2023, "2024-01-16")
    assert (("地区生产总值", "%", 2023, "target"), "6.5") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "1021.6") in found
    # the row the screen's edge cut, its repeated cells read once
    assert (("固定资产投资", "%", 2023, "target"), "8") in found
    assert (("固定资产投资", "亿元", 2023, "expected"), "337.2") in found
    assert (("固定资产投资", "%", 2023, "expected"), "9.6") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "275.4") in found


def test_a_spatial_plans_horizons_date_their_targets():
    text = (
        "青禾区分区规划（2007—2020年）简介\n（2008年3月10日区规划委员会审议通过）\n"
        "一、发展现状\n2007年预计实现地区生产总值368.5亿元，增长15.2%。\n"
        "二、发展目标\n"
        "近期（2010年）：地区生产总值达到600亿元，城镇居民人均可支配收入达到22000元。\n"
        "远期（2020年）：地区生产总值达到1500亿元，城市化水平达到95%以上。\n"
    )
    found = delivered_values(text, 2007, "2008-03-10")
    assert (("地区生产总值", "亿元", 2010, "target"), "600") in found
    assert (("城镇居民人均可支配收入", "元", 2010, "target"), "22000") in found
    assert (("地区生产总值", "亿元", 2020, "target"), "1500") in found
    assert (("常住人口城镇化率", "%", 2020, "target"), "95%以上") in found


def test_a_plans_goal_for_a_year_named_after_its_verb_is_a_target_in_its_evaluation():
    text = (
        "青禾市国土空间总体规划实施评估报告（2025年度）\n（2026年1月20日）\n"
        "二、近期目标实现情况\n"
        "规划提出2025年全市地区生产总值达到5200亿元，预计全年实现地区生产总值5268亿元，增长5.6%。\n"
    )
    found = delivered_values(text, 2025, "2026-01-20")
    assert (("地区生产总值", "亿元", 2025, "target"), "5200") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "5268") in found


def test_times_of_day_and_a_meetings_days_are_no_screens_nor_diary():
    transcript = (
        "青禾市2023年经济运行情况新闻发布会实录\n"
        "10:02\n主持人：下面请市统计局介绍情况……\n"
        "10:05\n统计局：去年全市地区生产总值增长5.8%。\n"
    )
    found = delivered_values(transcript, 2023, "2024-01-20")
    assert (("地区生产总值", "%", 2023, "expected"), "5.8") in found
    notice = (
        "关于召开青禾市经济工作会议的通知\n会议时间：\n"
        "2024年1月9日（星期二）\n至\n2024年1月10日（星期三）\n"
        "今年全市地区生产总值预计增长5.6%，一般公共预算收入增长4%。\n"
    )
    found = delivered_values(notice, 2023, "2023-12-20")
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "4") in found
    assert 2024 not in {key[2] for key, _value in found}


def test_an_experts_proposal_is_no_target():
    text = "青禾市统计局召开经济形势座谈会\n座谈会上，有专家提出今年全市地区生产总值增长5%左右较为合理。\n"
    found = delivered_values(text, 2024, "2024-02-20")
    assert not [key for key, _value in found if key[3] == "target"]


def test_an_undated_briefing_is_dated_by_the_year_its_last_year_names_and_its_months():
    text = (
        "青禾市经济社会发展情况汇报\n尊敬的各位领导：\n"
        "去年（2011年），全市实现地区生产总值1388.5亿元，增长12.1%。\n"
        "1—9月，全市实现地区生产总值1126.4亿元，同比增长10.6%。"
        "对照年初市人代会确定的目标（生产总值增长11%），生产总值略低于预期。"
        "预计全年实现地区生产总值1560亿元左右，增长10.8%。\n"
        "初步考虑，明年全市生产总值预期增长10.5%左右。\n"
    )
    found = delivered_values(text, 2012, "")
    assert (("地区生产总值", "亿元", 2011, "final"), "1388.5") in found
    assert (("地区生产总值", "%", 2012, "target"), "11") in found
    assert (("地区生产总值", "亿元", 2012, "expected"), "1560亿元左右") in found
    assert (("地区生产总值", "%", 2012, "expected"), "10.8") in found
    assert (("地区生产总值", "%", 2013, "target"), "10.5%左右") in found


def test_a_tables_results_are_of_the_part_of_the_year_its_caption_names():
    text = (
        "青禾市经济社会发展情况汇报\n（2010年9月16日）\n二、今年以来经济运行情况\n"
        "2010年主要经济指标完成情况（截至8月底，地区生产总值为上半年数）\n"
        "指标名称  单位  全年目标  累计完成  增长（%）\n"
        "地区生产总值  亿元  增长13%  468.2  14.1\n"
        "地方财政一般预算收入  亿元  增长20%  42.6  26.8\n"
        "按照目前态势，预计全年地区生产总值增长13.5%左右。\n"
    )
    found = delivered_values(text, 2010, "2010-09-16")
    assert (("地区生产总值", "%", 2010, "target"), "13") in found
    assert (("地区生产总值", "%", 2010, "expected"), "13.5%左右") in found
    assert (("地方一般公共预算收入", "%", 2010, "target"), "20") in found
    values = {value for _key, value in found}
    assert not values & {"468.2", "14.1", "42.6", "26.8"}  # the months' results


def test_an_items_plan_for_the_year_and_its_growth_are_targets_before_its_result():
    text = PLAN_REPORT + (
        "——地区生产总值：年计划增长6.5%，预计完成286.4亿元、增长6.1%。\n"
        "——固定资产投资：年计划完成142亿元以上、增长6%，预计完成138.7亿元、增长3.6%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "%", 2024, "target"), "6.5") in found
    assert (("地区生产总值", "亿元", 2024, "expected"), "286.4") in found
    assert (("固定资产投资", "亿元", 2024, "target"), "142亿元以上") in found
    assert (("固定资产投资", "%", 2024, "target"), "6") in found
    assert (("固定资产投资", "亿元", 2024, "expected"), "138.7") in found
    assert (("固定资产投资", "%", 2024, "expected"), "3.6") in found


def test_a_year_opening_its_clause_after_a_semicolon_dates_the_figures_after_it():
    text = (
        "在青禾县妇女代表大会上的工作报告\n（2006年11月8日）\n一、五年来的工作回顾\n"
        "全县生产总值由2000年的203亿元增加到2005年的405.6亿元，年均增长11.6%；"
        "2005年，全县财政总收入达到42.5亿元，城镇居民人均可支配收入8620元，增长11.0%。\n"
    )
    found = delivered_values(text, 2006, "2006-11-08")
    assert (("一般公共预算总收入", "亿元", 2005, "final"), "42.5") in found
    assert (("城镇居民人均可支配收入", "元", 2005, "final"), "8620") in found
    assert (("城镇居民人均可支配收入", "%", 2005, "final"), "11.0") in found


def test_a_horizon_spanning_years_dates_its_targets_by_its_last():
    text = (
        "青禾新区总体规划（2021—2035年）\n（2021年6月1日）\n三、发展目标\n"
        "近期（2021—2025年）：地区生产总值达到800亿元，常住人口城镇化率达到70%。\n"
        "远期（2026—2035年）：地区生产总值达到2000亿元。\n"
    )
    found = delivered_values(text, 2020, "2021-06-01")
    assert (("地区生产总值", "亿元", 2025, "target"), "800") in found
    assert (("常住人口城镇化率", "%", 2025, "target"), "70") in found
    assert (("地区生产总值", "亿元", 2035, "target"), "2000") in found


def test_an_undated_summary_estimating_the_year_it_names_as_now_is_of_that_year():
    text = (
        "青禾县2024年工作总结\n去年（2023年），全县地区生产总值完成215亿元。"
        "今年全县地区生产总值预计完成228亿元，增长6.2%。明年全县地区生产总值预期增长6%左右。\n"
    )
    found = delivered_values(text, 2024, "")
    assert (("地区生产总值", "亿元", 2023, "final"), "215") in found
    assert (("地区生产总值", "亿元", 2024, "expected"), "228") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found


def test_a_plans_goal_set_against_its_last_years_estimate_is_its_target():
    text = (
        "关于青禾省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
        "（2026年1月26日）\n一、2025年计划执行情况\n"
    ) + (
        "“十四五”规划确定的主要指标总体完成。地区生产总值规划目标为2025年达到2.4万亿元左右，"
        "预计为2.35万亿元；常住人口城镇化率规划目标为60%，预计达到58.6%。\n"
    )
    found = delivered_values(text, 2025, "2026-01-26")
    assert (("地区生产总值", "亿元", 2025, "target"), "2.4万亿元左右") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "2.35万亿元") in found
    assert (("常住人口城镇化率", "%", 2025, "target"), "60") in found
    assert (("常住人口城镇化率", "%", 2025, "expected"), "58.6") in found


def test_review_c_mends_a_place_in_a_caption_this_years_months_and_a_netizens_proposal():
    table = (
        "表2　2021—2024年全县居民人均可支配收入\n单位：元、%\n"
        "年份 | 全体居民 | 增速 | 城镇居民 | 增速\n2023 | 42100 | 5.3 | 52380 | 4.7\n"
    )
    found = delivered_values(table, 2024, "2025-03-01")
    assert (("城镇居民人均可支配收入", "元", 2023, "final"), "52380") in found
    assert (("城镇居民人均可支配收入", "%", 2023, "final"), "4.7") in found
    profile = (
        "青禾县县情简介\n去年（2023年），全县实现地区生产总值186.5亿元，增长6.2%。"
        "今年1—6月，全县地区生产总值增长6.8%。\n"
    )
    found = delivered_values(profile, 2023, "")
    assert (("地区生产总值", "亿元", 2023, "final"), "186.5") in found
    post = "青禾论坛热帖\n网友提出今年全市地区生产总值增长6%左右是可以实现的。\n"
    found = delivered_values(post, 2024, "2024-02-10")
    assert not [key for key, _value in found if key[3] == "target"]


def test_a_lists_plan_shared_out_over_its_names_is_the_plans():
    text = PLAN_REPORT + (
        "城镇居民人均可支配收入和农村居民人均可支配收入计划分别增长5.5%和7%，"
        "预计分别增长5.1%和6.9%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("城镇居民人均可支配收入", "%", 2024, "target"), "5.5") in found
    assert (("农村居民人均可支配收入", "%", 2024, "target"), "7") in found
    assert (("城镇居民人均可支配收入", "%", 2024, "expected"), "5.1") in found
    assert (("农村居民人均可支配收入", "%", 2024, "expected"), "6.9") in found


def test_a_log_entry_of_july_reads_its_year_in_course_not_a_plan():
    text = (
        "青禾县防汛值班日志\n2024年7月10日　中到大雨\n"
        "全县平均降雨量86毫米。今年以来全县粮食产量预计可达52万吨。\n"
        "2024年7月11日　阴转多云\n水位回落。全县地区生产总值上半年增长5.9%。\n"
    )
    found = delivered_values(text, 2024, "2024-07-12")
    assert not [key for key, _value in found if key[3] == "target"]


def test_that_year_in_a_memoir_is_the_year_named_before_it():
    text = (
        "青禾开放往事（口述）\n整理时间：2017年11月至2018年2月\n"
        "2005年市里下了狠心，成立了招商局，我兼局长。那年市政府工作报告定的目标是出口增长25%。"
        "年底一算，出口总额6.3亿美元，增长31.2%。\n"
    )
    found = delivered_values(text, 2012, "2018-02-01")
    assert (("出口总额", "%", 2005, "target"), "25") in found
    assert (("出口总额", "亿美元", 2005, "final"), "6.3") in found
    assert (("出口总额", "%", 2005, "final"), "31.2") in found
