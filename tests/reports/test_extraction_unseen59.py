"""Forms found in round fifty-nine, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen47 import all_values


def test_a_press_conference_held_on_the_lead_date_dates_the_transcript():
    text = (
        "某市经济社会发展成就新闻发布会\n\n"
        "2021年8月26日上午，某市人民政府新闻办公室举行经济社会发展成就系列新闻发布会，"
        "市发改委主任介绍有关情况。\n\n"
        "张主任：2020年，全市地区生产总值达到1502.3亿元，增长4.1%。\n"
    )
    assert report_metadata(text).date_text == "2021-08-26"
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "final"), "1502.3") in found
    assert (("地区生产总值", "%", 2020, "final"), "4.1") in found


def test_a_multiple_of_an_early_years_level_dates_nothing_after_it():
    text = (
        "2023年，全县地区生产总值达到386.2亿元，是1985年的200多倍；"
        "一般公共预算收入21.4亿元，增长6.3%；城镇居民人均可支配收入41820元，增长5.1%。"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("地方一般公共预算收入", "亿元", 2023, "expected"), "21.4"),
        (("城镇居民人均可支配收入", "元", 2023, "expected"), "41820"),
        (("城镇居民人均可支配收入", "%", 2023, "expected"), "5.1"),
    ):
        assert (key, value) in found, key
    assert not any(key[2] == 1985 for key, _value in found)


def test_a_sub_header_with_a_blank_too_many_stands_over_the_rows_by_its_right_end():
    text = (
        "表1 全区主要指标执行情况\n"
        "指标名称|单位|2022年|||2021年\n"
        "|||目标|完成|增长（%）|完成\n"
        "地区生产总值|亿元|560|548.6|5.3|512.3\n"
        "社会消费品零售总额|亿元|186|171.5|1.6|168.8\n"
        "城镇居民人均可支配收入|元|60500|61236|6.1|57716\n"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("地区生产总值", "亿元", 2022, "target"), "560"),
        (("地区生产总值", "亿元", 2022, "expected"), "548.6"),
        (("地区生产总值", "%", 2022, "expected"), "5.3"),
        (("社会消费品零售总额", "亿元", 2022, "target"), "186"),
        (("城镇居民人均可支配收入", "元", 2022, "expected"), "61236"),
    ):
        assert (key, value) in found, key
    assert (("地区生产总值", "亿元", 2022, "expected"), "560") not in found


def test_a_sub_header_over_a_group_row_keeps_its_cells_in_their_columns():
    text = (
        "| 序号 | 指标 | 单位 | 2023年 | | 2024年 |\n"
        "| | | | 计划 | 完成 | 计划 |\n"
        "| | 一、经济发展 | | | | |\n"
        "| 1 | 地区生产总值增长 | % | 7 | 6.4 | 6.5 |\n"
        "| 2 | 固定资产投资增长 | % | 10 | 8.9 | 10 |\n"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("地区生产总值", "%", 2023, "target"), "7"),
        (("地区生产总值", "%", 2023, "expected"), "6.4"),
        (("地区生产总值", "%", 2024, "target"), "6.5"),
        (("固定资产投资", "%", 2023, "expected"), "8.9"),
    ):
        assert (key, value) in found, key


def test_a_dash_bulleted_item_headed_by_a_series_name_alone_reads_its_figures_as_that_series():
    text = (
        "一、2019年计划执行情况\n"
        "——社会消费品零售总额。年初计划增长10%，预计完成86.4亿元，增长9.2%。\n"
        "——全社会固定资产投资。预计完成152.7亿元，增长11.5%。\n"
    )
    found = all_values(text, 2019)
    for key, value in (
        (("社会消费品零售总额", "%", 2019, "target"), "10"),
        (("社会消费品零售总额", "亿元", 2019, "expected"), "86.4"),
        (("社会消费品零售总额", "%", 2019, "expected"), "9.2"),
        (("固定资产投资", "亿元", 2019, "expected"), "152.7"),
        (("固定资产投资", "%", 2019, "expected"), "11.5"),
    ):
        assert (key, value) in found, key


def test_targets_listed_among_those_set_at_the_years_start_are_that_years_targets():
    text = (
        "一、2018年计划执行情况\n"
        "2018年，全市经济运行总体平稳。年初确定的主要目标中，地区生产总值增长7.5%、"
        "社会消费品零售总额增长10%两项指标未达预期。\n"
        "全市实现地区生产总值862.4亿元，增长6.8%；社会消费品零售总额312.5亿元，增长9.1%。\n"
    )
    found = all_values(text, 2018)
    for key, value in (
        (("地区生产总值", "%", 2018, "target"), "7.5"),
        (("社会消费品零售总额", "%", 2018, "target"), "10"),
        (("地区生产总值", "%", 2018, "expected"), "6.8"),
        (("社会消费品零售总额", "%", 2018, "expected"), "9.1"),
    ):
        assert (key, value) in found, key


def test_a_table_one_cell_a_line_under_a_dated_caption_reads_headers_of_a_kind_and_a_measure():
    text = (
        "表1　2020年全县主要经济指标完成情况\n"
        "指标名称\n计量单位\n年度目标增长（%）\n预计完成\n预计增长（%）\n"
        "地区生产总值\n亿元\n6.5\n121.8\n5.9\n"
        "规模以上工业增加值\n%\n8\n—\n-2.4\n"
        "社会消费品零售总额\n亿元\n7\n38.6\n4.1\n"
    )
    found = all_values(text, 2020)
    for key, value in (
        (("地区生产总值", "%", 2020, "target"), "6.5"),
        (("地区生产总值", "亿元", 2020, "expected"), "121.8"),
        (("地区生产总值", "%", 2020, "expected"), "5.9"),
        (("规上工业增加值", "%", 2020, "target"), "8"),
        (("规上工业增加值", "%", 2020, "expected"), "-2.4"),
        (("社会消费品零售总额", "亿元", 2020, "expected"), "38.6"),
    ):
        assert (key, value) in found, key


def test_a_year_after_the_statistics_attribution_dates_every_clause_of_its_sentence():
    text = (
        "一、对上半年计划执行情况的总体评价\n"
        "常委会组成人员认为，2022年，全区经济稳中有进。经统计部门最终核实，2022年全区地区生产总值"
        "912.4亿元，增长3.6%；一般公共预算收入48.3亿元，增长2.2%；固定资产投资增长8.1%。\n"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("地区生产总值", "亿元", 2022, "final"), "912.4"),
        (("地区生产总值", "%", 2022, "final"), "3.6"),
        (("地方一般公共预算收入", "亿元", 2022, "final"), "48.3"),
        (("固定资产投资", "%", 2022, "final"), "8.1"),
    ):
        assert (key, value) in found, key


def test_a_year_after_a_view_attributed_opens_the_line_and_dates_its_sentence():
    text = (
        "一、关于上半年计划执行情况\n"
        "委员们认为，2015年全市经济稳中向好，全年生产总值1320.5亿元，增长8.1%；"
        "社会消费品零售总额602.3亿元，增长11.4%。\n"
    )
    found = all_values(text, 2016)
    for key, value in (
        (("地区生产总值", "亿元", 2015, "final"), "1320.5"),
        (("地区生产总值", "%", 2015, "final"), "8.1"),
        (("社会消费品零售总额", "亿元", 2015, "final"), "602.3"),
        (("社会消费品零售总额", "%", 2015, "final"), "11.4"),
    ):
        assert (key, value) in found, key


def test_a_paragraph_opening_on_an_attribution_and_the_year_ends_a_look_back_over_five_years():
    text = (
        "过去五年，全市生产总值年均增长11.2%，财政总收入年均增长16.5%。\n\n"
        "报告显示，2012年全市主要指标全面完成。预计全年实现生产总值1210亿元，增长11.8%；"
        "社会消费品零售总额完成402.6亿元，增长15.1%。\n"
    )
    found = all_values(text, 2012)
    for key, value in (
        (("地区生产总值", "亿元", 2012, "expected"), "1210"),
        (("地区生产总值", "%", 2012, "expected"), "11.8"),
        (("社会消费品零售总额", "%", 2012, "expected"), "15.1"),
    ):
        assert (key, value) in found, key
    assert not any(value == "11.2" for _key, value in found)


def test_a_bound_held_through_a_run_of_years_gives_way_to_the_years_level_after_it():
    text = (
        "2021年工作回顾\n"
        "粮食总产量连续五年稳定在120万吨以上，2021年达到128.4万吨；"
        "优良天数比例连续三年保持在85%以上。\n"
    )
    found = all_values(text, 2021)
    assert (("粮食产量", "万吨", 2021, "expected"), "128.4") in found
    assert (("粮食产量", "万吨", 2021, "expected"), "120万吨以上") not in found
    # with no level of the year after it, the bound held is the year's too
    assert (("优良空气天数比例", "%", 2021, "expected"), "85%以上") in found


def test_the_sectors_value_added_said_after_their_verb_is_shared_out_over_them():
    text = (
        "2009年，全县经济平稳较快发展。三次产业分别实现增加值21.4亿元、58.2亿元和40.6亿元，"
        "分别增长4.1%、15.3%和10.2%。"
    )
    found = all_values(text, 2009)
    for key, value in (
        (("第一产业增加值", "亿元", 2009, "expected"), "21.4"),
        (("第二产业增加值", "亿元", 2009, "expected"), "58.2"),
        (("第三产业增加值", "亿元", 2009, "expected"), "40.6"),
        (("第二产业增加值", "%", 2009, "expected"), "15.3"),
    ):
        assert (key, value) in found, key


def test_a_quota_met_by_pollutants_counted_as_such_is_each_ones():
    text = (
        "2013年，全市万元生产总值能耗下降3.9%，化学需氧量、氨氮、二氧化硫、氮氧化物"
        "四项主要污染物减排完成省下达任务。"
    )
    found = all_values(text, 2013)
    for name in ("化学需氧量", "氨氮", "二氧化硫", "氮氧化物"):
        assert ((name, "%", 2013, "expected"), "完成省下达任务") in found, name


def test_results_under_a_line_announcing_the_annual_reports_final_count_are_final():
    text = (
        "某县统计局2019年度工作总结\n\n"
        "根据年报审定数据，2019年全县经济社会发展主要情况如下：\n\n"
        "全县实现地区生产总值215.6亿元，比上年增长6.9%。\n\n"
        "城镇常住居民人均可支配收入达到35120元，增长8.1%。\n"
    )
    found = all_values(text, 2019)
    for key, value in (
        (("地区生产总值", "亿元", 2019, "final"), "215.6"),
        (("地区生产总值", "%", 2019, "final"), "6.9"),
        (("城镇居民人均可支配收入", "元", 2019, "final"), "35120"),
    ):
        assert (key, value) in found, key


def test_a_counts_threshold_gives_way_to_its_exact_count_after_it():
    text = (
        "2021年，全市高新技术企业突破800家，达到836家；地区生产总值1862.3亿元。"
        "2022年，力争高新技术企业超过900家。"
    )
    found = all_values(text, 2021)
    assert (("高新技术企业", "家", 2021, "expected"), "836") in found
    assert (("高新技术企业", "家", 2021, "expected"), "突破800") not in found
    # a threshold with no exact count after it is the count's figure, as the corpus labels it
    assert (("高新技术企业", "家", 2022, "target"), "超过900") in found


def test_a_party_committees_plenary_names_the_reports_own_place():
    text = (
        "——在中共某某旗委十三届七次全委（扩大）会议上的报告\n"
        "（2014年1月8日）\n\n"
        "一、2013年工作回顾\n"
        "预计全旗地区生产总值达到263亿元，增长9.2%。"
        "全市地区生产总值增长9.7%，我旗比全市低0.5个百分点。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2013, "expected"), "9.2") in found
    assert (("地区生产总值", "%", 2013, "expected"), "9.7") not in found


def test_this_year_opening_a_paragraph_of_a_december_speech_is_the_year_reviewed():
    text = (
        "在全市经济工作会议上的讲话\n"
        "（2015年12月20日）\n\n"
        "一、关于全市经济运行的基本情况\n"
        "今年是“十二五”规划的收官之年。预计全年全市地区生产总值完成1260亿元，增长8.2%；"
        "社会消费品零售总额增长11.5%。\n"
    )
    found = all_values(text, 2015)
    for key, value in (
        (("地区生产总值", "亿元", 2015, "expected"), "1260"),
        (("地区生产总值", "%", 2015, "expected"), "8.2"),
        (("社会消费品零售总额", "%", 2015, "expected"), "11.5"),
    ):
        assert (key, value) in found, key


def test_what_the_congress_set_at_the_years_start_is_that_years_target():
    review = (
        "一、2006年经济工作回顾\n"
        "今年经济平稳。年初人代会确定地区生产总值增长8%，实际增长9%。"
        "年初省人代会确定万元GDP能耗下降4.3%，全年预计下降2.9%。\n"
    )
    found = all_values(review, 2006)
    for key, value in (
        (("地区生产总值", "%", 2006, "target"), "8"),
        (("地区生产总值", "%", 2006, "expected"), "9"),
        (("万元生产总值能耗", "%", 2006, "target"), "下降4.3"),
    ):
        assert (key, value) in found, key
    # in prose under no heading, the congress's word is the target's cue
    found = all_values("2006年，全省经济平稳。年初省人代会确定万元GDP能耗下降4.3%。", 2006)
    assert (("万元生产总值能耗", "%", 2006, "target"), "下降4.3") in found


def test_targets_named_one_by_one_under_a_heading_of_estimates_are_the_years_targets():
    text = (
        "关于某市2012年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "一、上半年计划执行情况\n\n"
        "上半年全市生产总值增长百分之十二点一。\n\n"
        "二、全年预计和存在的问题\n\n"
        "从上半年的运行情况和下半年的走势看，年初市五届人大五次会议确定的全年主要预期目标，"
        "即生产总值增长百分之十一，规模以上工业增加值增长百分之十五，均有望全面完成。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "target"), "百分之十一") in found
    assert (("规上工业增加值", "%", 2012, "target"), "百分之十五") in found


def test_a_result_cue_in_the_heading_over_a_sentence_cues_none_of_its_figures():
    text = (
        "关于某市2012年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "二、全年预计和存在的问题\n\n"
        "从上半年的运行情况和下半年的走势看，年初市人代会确定的全年主要预期目标，"
        "即生产总值增长11%，规模以上工业增加值增长15%，均有望全面完成。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "target"), "11") in found
    assert (("规上工业增加值", "%", 2012, "target"), "15") in found


def test_a_ceiling_set_at_the_years_start_after_a_result_is_the_years_target():
    text = "2013年，居民消费价格总水平上涨2.6%，控制在年初确定的3.5%以内；城镇登记失业率3.1%。"
    found = all_values(text, 2013)
    assert (("居民消费价格指数", "%", 2013, "expected"), "2.6") in found
    assert (("居民消费价格指数", "%", 2013, "target"), "3.5%以内") in found
