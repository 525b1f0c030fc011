"""Forms found in round sixty, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen47 import all_values


def test_a_news_lead_naming_the_meeting_before_its_day_dates_the_report():
    text = (
        "某县十届人大四次会议开幕\n\n"
        "本报讯（记者 李明）因故推迟召开的某县第十届人民代表大会第四次会议，6月2日上午在县会议中心"
        "开幕。县长代表县人民政府作政府工作报告。\n\n"
        "报告显示，2019年全县地区生产总值达到158.3亿元，增长7.2%；固定资产投资增长9.5%。\n"
    )
    assert report_metadata(text, 2019).date_text == "2020-06-02"
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "final"), "158.3") in found
    assert (("固定资产投资", "%", 2019, "final"), "9.5") in found


def test_a_bare_quarter_opening_its_clause_dates_the_figures_after_it():
    text = (
        "2022年，全市地区生产总值增长4.6%。\n"
        "一季度，全市规模以上工业增加值增长2.1%，社会消费品零售总额下降3.4%。\n"
        "2023年主要预期目标是：地区生产总值增长6%左右；社会消费品零售总额增长7%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "expected"), "4.6") in found
    assert (("社会消费品零售总额", "%", 2023, "target"), "7") in found
    assert not any(value in ("2.1", "下降3.4") for _key, value in found)


def test_a_quarter_named_in_passing_dates_nothing_after_it():
    text = (
        "2022年，全县地区生产总值增长3.8%，获得二季度全省投资“赛马”激励；"
        "社会消费品零售总额121.7亿元，增长4.5%；外贸进出口总额36.6亿元，增长12%。"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("社会消费品零售总额", "亿元", 2022, "expected"), "121.7"),
        (("社会消费品零售总额", "%", 2022, "expected"), "4.5"),
        (("进出口总额", "亿元", 2022, "expected"), "36.6"),
    ):
        assert (key, value) in found, key


def test_the_planned_years_first_months_give_no_targets():
    text = (
        "二、2020年工作安排\n"
        "今年1-4月，受疫情冲击，全县地区生产总值同比下降5.1%，规模以上工业增加值下降8.7%。"
        "今年全县经济社会发展主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长6.5%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2020, "target"), "6%左右") in found
    assert (("规上工业增加值", "%", 2020, "target"), "6.5") in found
    assert not any(value.startswith("下降") for _key, value in found)


def test_a_report_adjusting_the_years_plan_reviews_and_plans_that_year():
    text = (
        "关于调整某市2016年国民经济和社会发展计划部分指标的报告\n"
        "——2016年8月25日在某市第九届人民代表大会常务委员会第三十次会议上\n"
        "一、上半年计划执行的基本情况\n"
        "1—6月份，全市完成地区生产总值402.3亿元，同比增长5.6%。\n"
        "二、调整的主要指标\n"
        "（一）全社会固定资产投资。建议将全年全社会固定资产投资由650亿元调减为600亿元，"
        "增幅由15%调整为8%左右。\n"
        "（二）地区生产总值。年初计划增长8%，建议调整为增长6.5%，总量达到880亿元左右。\n"
        "按照调整后的计划测算，预计全年全市地区生产总值可达到885亿元，增长6.8%左右。\n"
    )
    metadata = report_metadata(text)
    assert (metadata.review_year, metadata.plan_year, metadata.mid_year) == (2016, 2016, True)
    found = all_values(text, 2016)
    for key, value in (
        (("固定资产投资", "亿元", 2016, "target"), "650"),
        (("固定资产投资", "亿元", 2016, "target"), "600"),
        (("固定资产投资", "%", 2016, "target"), "15"),
        (("固定资产投资", "%", 2016, "target"), "8%左右"),
        (("地区生产总值", "%", 2016, "target"), "8"),
        (("地区生产总值", "%", 2016, "target"), "6.5"),
        (("地区生产总值", "亿元", 2016, "target"), "880亿元左右"),
        (("地区生产总值", "亿元", 2016, "expected"), "885"),
        (("地区生产总值", "%", 2016, "expected"), "6.8%左右"),
    ):
        assert (key, value) in found, (key, value)
    assert not any(value in ("402.3", "5.6") for _key, value in found)


def test_an_adjustment_titled_with_its_year_is_of_that_year_whatever_plan_it_quotes():
    text = (
        "关于某区2020年国民经济和社会发展计划部分指标调整情况的报告\n"
        "（2020年8月25日在某区第十八届人民代表大会常务委员会第三十一次会议上）\n"
        "今年1月，区十八届人大五次会议审议批准了《某区2019年国民经济和社会发展计划执行情况与"
        "2020年国民经济和社会发展计划草案》。\n"
        "建议将地区生产总值增长目标由6.5%左右调整为3%左右。\n"
    )
    metadata = report_metadata(text)
    assert (metadata.review_year, metadata.plan_year) == (2020, 2020)
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "target"), "6.5%左右") in found
    assert (("地区生产总值", "%", 2020, "target"), "3%左右") in found


def test_a_review_quoting_the_years_adjusted_targets_keeps_its_results():
    text = (
        "一、2022年工作回顾\n"
        "面对严峻形势，区政府于7月对年度计划进行了调整，将地区生产总值增长目标由7%调整为3%左右，"
        "全社会固定资产投资增长目标由12%调整为5%。\n"
        "预计全年实现地区生产总值406.3亿元，增长1.2%；全社会固定资产投资下降4.3%。\n"
        "二、2023年工作安排\n"
        "今年主要预期目标是：地区生产总值增长6%左右。\n"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("地区生产总值", "%", 2022, "target"), "7"),
        (("地区生产总值", "%", 2022, "target"), "3%左右"),
        (("固定资产投资", "%", 2022, "target"), "12"),
        (("固定资产投资", "%", 2022, "target"), "5"),
        (("地区生产总值", "%", 2022, "expected"), "1.2"),
        (("固定资产投资", "%", 2022, "expected"), "下降4.3"),
        (("地区生产总值", "%", 2023, "target"), "6%左右"),
    ):
        assert (key, value) in found, (key, value)
    assert (("地区生产总值", "%", 2022, "expected"), "7") not in found


def test_figures_revised_or_a_boundary_changed_are_no_adjusted_targets():
    text = (
        "2019年，全市地区生产总值293.6亿元，增长7.3%；社会消费品零售总额158.2亿元，增长9.1%。\n"
        "注：本报告2019年数据均为统计年报数，与快报数相比，地区生产总值由290.1亿元调整为293.6亿元，"
        "社会消费品零售总额由156.9亿元调整为158.2亿元。自2018年起，固定资产投资统计口径调整为"
        "500万元以上项目。\n"
    )
    found = all_values(text, 2019)
    # (final: the note says the year's figures are the annual statistics, 统计年报数 — round 65)
    assert (("地区生产总值", "亿元", 2019, "final"), "293.6") in found
    assert not any(key[3] == "target" for key, _value in found)
    assert not any(value in ("290.1", "156.9") for _key, value in found)


def test_a_heading_on_the_years_months_is_dated_by_no_paragraph_under_it():
    text = (
        "关于提请审议调整2009年国民经济和社会发展计划部分指标的报告\n"
        "一、1—7月份经济运行情况\n"
        "上半年，全市实现地区生产总值392.6亿元，增长8.1%。\n"
        "2008年，全市实现地区生产总值772.4亿元，增长13.6%。\n"
        "二、调整的主要指标\n"
        "以上指标以外的其他指标维持年初计划不变，即：全社会固定资产投资增长15%，"
        "社会消费品零售总额增长16%。\n"
    )
    found = all_values(text, 2009)
    assert (("固定资产投资", "%", 2009, "target"), "15") in found
    assert (("社会消费品零售总额", "%", 2009, "target"), "16") in found
    assert not any(key[2] == 2008 and key[3] == "target" for key, _value in found)


def test_a_notice_issuing_the_years_targets_to_be_carried_out_is_of_the_year_it_plans():
    text = (
        "某区人民政府关于印发2021年全区经济社会发展主要目标任务分解方案的通知\n\n"
        "现将《2021年全区经济社会发展主要目标任务分解方案》印发给你们，请认真贯彻执行。\n\n"
        "2020年，全区生产总值预计增长3.1%，规模以上工业增加值增长4.2%。\n\n"
        "2021年主要目标任务分解如下：\n"
        "（一）生产总值增长7.5%左右。（牵头：区发改局）\n"
    )
    assert report_metadata(text, 2020).review_year == 2020
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "expected"), "3.1") in found
    assert (("规上工业增加值", "%", 2020, "expected"), "4.2") in found
    assert (("地区生产总值", "%", 2021, "target"), "7.5%左右") in found


def test_a_table_drawn_with_box_characters_reads_as_a_barred_one():
    text = (
        "2023年全市主要经济指标目标任务表\n"
        "┌──────────┬────┬────┬──────┐\n"
        "│指标名称　　　　　│单位│2022年完成│2023年全年目标│\n"
        "├──────────┼────┼────┼──────┤\n"
        "│地区生产总值增速　│%　 │4.6　 │6以上　　　 │\n"
        "│一般公共预算收入　│亿元│105.6 │110　　　　 │\n"
        "└──────────┴────┴────┴──────┘\n"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("地区生产总值", "%", 2022, "expected"), "4.6"),
        (("地区生产总值", "%", 2023, "target"), "6以上"),
        (("地方一般公共预算收入", "亿元", 2022, "expected"), "105.6"),
        (("地方一般公共预算收入", "亿元", 2023, "target"), "110"),
    ):
        assert (key, value) in found, (key, value)


def test_a_communique_closing_on_its_date_gives_results_of_that_date():
    text = (
        "某市2018年国民经济和社会发展统计公报\n\n"
        "一、综合\n"
        "初步核算，全市实现地区生产总值810.2亿元，比上年增长7.1%。\n\n"
        "二、农业\n"
        + "全年粮食播种面积412.6万亩，油料播种面积36.2万亩，蔬菜播种面积58.7万亩。\n"
        * 6
        + "\n注：本公报中数据均为初步统计数。\n\n"
        "某市统计局\n"
        "二〇一九年四月八日\n"
    )
    assert report_metadata(text, 2018).date_text == "2019-04-08"
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "final"), "810.2") in found
    assert (("地区生产总值", "%", 2018, "final"), "7.1") in found


def test_a_date_line_of_a_month_alone_under_the_issuer_dates_the_text():
    text = (
        "某市2021年国民经济和社会发展统计公报\n\n"
        "某市统计局\n"
        "2022年8月\n\n"
        "2021年全市实现地区生产总值289.40亿元，按可比价计算，比上年增长8.1%。\n"
    )
    assert report_metadata(text, 2021).date_text == "2022-08"
    assert (("地区生产总值", "%", 2021, "final"), "8.1") in all_values(text, 2021)


def test_a_closing_date_years_after_the_plan_is_a_page_dates_nothing():
    text = "2018年，全市实现地区生产总值810.2亿元，比上年增长7.1%。\n\n2023年7月23日\n"
    assert report_metadata(text, 2018).date_text == ""
    assert (("地区生产总值", "%", 2018, "expected"), "7.1") in all_values(text, 2018)


def test_a_footnote_mark_after_a_figure_lets_its_growth_be_read():
    text = (
        "2018年，全市实现地区生产总值412.6亿元△，增长6.1%△；一般公共预算收入870.9亿元²，"
        "增长6.0%；全社会固定资产投资68.5亿元②，增长40.2%；社会消费品零售总额118.6亿元*，"
        "比上年增长15.3%*；城镇居民人均可支配收入35120元[1]，增长7.2%；外贸进出口总额4.12亿美元2，"
        "下降15.4%。\n"
    )
    found = all_values(text, 2018)
    for key, value in (
        (("地区生产总值", "%", 2018, "expected"), "6.1"),
        (("地方一般公共预算收入", "%", 2018, "expected"), "6.0"),
        (("固定资产投资", "%", 2018, "expected"), "40.2"),
        (("社会消费品零售总额", "%", 2018, "expected"), "15.3"),
        (("城镇居民人均可支配收入", "%", 2018, "expected"), "7.2"),
        (("进出口总额", "%", 2018, "expected"), "下降15.4"),
    ):
        assert (key, value) in found, (key, value)


def test_a_pages_links_to_other_articles_give_no_figures():
    text = (
        "2018年，全县地区生产总值达到215.3亿元，增长7.6%。\n"
        "上一篇：某县2018年政府工作报告（2017年全县GDP增长8.6%）\n"
        "下一篇：某县2020年政府工作报告\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "7.6") in found
    assert not any(value == "8.6" for _key, value in found)


def test_a_sentence_opening_on_the_whole_year_after_a_look_back_gives_the_years_changes():
    text = (
        "一、2015年和“十二五”工作回顾\n"
        "2015年，全区实现地区生产总值412.6亿元，增长7.6%。\n\n"
        "过去五年，全区地区生产总值年均增长9.1%，累计完成固定资产投资1215亿元。\n\n"
        "（三）生态环境明显好转。全年空气质量优良天数比例为68.5%；单位GDP能耗下降3.6%，"
        "化学需氧量、氨氮排放量分别削减2.9%和3.1%。\n"
    )
    found = all_values(text, 2015)
    for key, value in (
        (("万元生产总值能耗", "%", 2015, "expected"), "下降3.6"),
        (("化学需氧量", "%", 2015, "expected"), "削减2.9"),
        (("氨氮", "%", 2015, "expected"), "3.1"),
    ):
        assert (key, value) in found, (key, value)


def test_a_motions_attached_plan_is_read_as_the_report_not_as_an_annex():
    text = (
        "关于提请审议某区2023年国民经济和社会发展计划调整方案的议案\n"
        "区人大常委会：\n"
        "区人民政府编制了调整方案，现提请区人大常委会审议。\n"
        "附件：某区2023年国民经济和社会发展计划调整方案\n"
        "某区人民政府\n"
        "2023年8月16日\n"
        "附件\n"
        "某区2023年国民经济和社会发展计划调整方案\n"
        "一、调整的主要指标\n"
        "1．地区生产总值：由增长6.5%调整为增长5%左右。\n"
        "2．全社会固定资产投资：由增长10%调整为下降12%左右。\n"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("地区生产总值", "%", 2023, "target"), "6.5"),
        (("地区生产总值", "%", 2023, "target"), "5%左右"),
        (("固定资产投资", "%", 2023, "target"), "10"),
        (("固定资产投资", "%", 2023, "target"), "下降12%左右"),
    ):
        assert (key, value) in found, (key, value)


def test_the_targets_an_adjustment_leaves_as_they_were_are_the_years_targets():
    text = (
        "关于调整某区2023年国民经济和社会发展计划部分指标的报告\n"
        "一、调整的主要指标\n"
        "1．地区生产总值：由增长6.5%调整为增长5%左右。\n"
        "（二）保持不变的指标\n"
        "规模以上工业增加值增长8%；社会消费品零售总额增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2023, "target"), "8") in found
    assert (("社会消费品零售总额", "%", 2023, "target"), "8") in found


def test_a_work_reports_box_captions_its_table_with_the_year():
    text = (
        "专栏1  2024年主要指标完成情况\n"
        "指标名称　　　　　　单位　　　年度目标　　　　完成情况\n"
        "地区生产总值增长　　%　　　　6　　　　　　　6.3\n"
        "规模以上工业增加值增长　%　　　7　　　　　　　8.9\n"
    )
    found = all_values(text, 2024)
    for key, value in (
        (("地区生产总值", "%", 2024, "target"), "6"),
        (("地区生产总值", "%", 2024, "expected"), "6.3"),
        (("规上工业增加值", "%", 2024, "target"), "7"),
        (("规上工业增加值", "%", 2024, "expected"), "8.9"),
    ):
        assert (key, value) in found, (key, value)


def test_a_spaced_rows_note_with_a_comma_in_its_last_cell_does_not_end_the_table():
    text = (
        "表2  2025年主要预期目标\n"
        "指标名称　　　　　　单位　　　2025年目标　　　　说明\n"
        "地区生产总值增长　　%　　　　5.5左右　　　　与全市目标衔接，力争更好结果\n"
        "规模以上工业增加值增长　%　　　7　　　　　　　\n"
        "社会消费品零售总额增长　%　　　5　　　　　　　全市目标为5.5%左右\n"
    )
    found = all_values(text, 2024)
    for key, value in (
        (("地区生产总值", "%", 2025, "target"), "5.5左右"),
        (("规上工业增加值", "%", 2025, "target"), "7"),
        (("社会消费品零售总额", "%", 2025, "target"), "5"),
    ):
        assert (key, value) in found, (key, value)


def test_a_transcripts_spoken_asides_leave_the_sentence_reading_on():
    text = (
        "主持人：请介绍一下去年的情况。\n\n"
        "王主任：2008年全市实现地区生产总值900.6亿元——应该说900亿元这个坎我们是刚刚跨过去——"
        "按可比价格计算增长14.8%。进出口总额——我看一下——56.1亿美元，增长48.9%。"
        "城镇登记失业率保持在……3.2%的较低水平。\n"
    )
    found = all_values(text, 2008)
    for key, value in (
        (("地区生产总值", "亿元", 2008, "expected"), "900.6"),
        (("地区生产总值", "%", 2008, "expected"), "14.8"),
        (("进出口总额", "亿美元", 2008, "expected"), "56.1"),
        (("进出口总额", "%", 2008, "expected"), "48.9"),
        (("城镇登记失业率", "%", 2008, "expected"), "3.2"),
    ):
        assert (key, value) in found, (key, value)


def test_an_adjusted_target_on_the_comparable_basis_is_no_revised_figure():
    text = (
        "2022年，区政府于7月对年度计划进行了调整，按同口径计算，将一般公共预算收入增长目标"
        "由5%调整为3%。\n"
    )
    found = all_values(text, 2022)
    assert (("地方一般公共预算收入", "%", 2022, "target"), "5") in found
    assert (("地方一般公共预算收入", "%", 2022, "target"), "3") in found


def test_a_base_year_of_the_paragraph_before_a_blank_line_dates_no_target_after_it():
    text = (
        "■ “十一五”前四年回顾\n"
        "全县生产总值年均增长12.6%，比2005年增长60.8%\n\n"
        "■ 2010年主要预期目标\n"
        "★生产总值增长11%，力争12%\n"
        "★规模以上工业增加值增长20%\n"
    )
    found = all_values(text, 2009)
    assert (("地区生产总值", "%", 2010, "target"), "11") in found
    assert (("规上工业增加值", "%", 2010, "target"), "20") in found


def test_a_digests_slash_before_the_growth_goes_on_about_the_level():
    text = (
        "◆ 投资与消费\n"
        "全社会固定资产投资　98.6亿元 ／ 增长35.2%\n"
        "社会消费品零售总额　58.7亿元 / 增长19.6%\n"
    )
    found = all_values(text, 2009)
    assert (("固定资产投资", "%", 2009, "expected"), "35.2") in found
    assert (("社会消费品零售总额", "%", 2009, "expected"), "19.6") in found


def test_the_investment_a_zone_completed_is_not_the_places():
    text = (
        "2009年，产业集聚区入驻企业136家，完成投资32.4亿元。"
        "全社会固定资产投资98.6亿元，增长35.2%。\n"
    )
    found = all_values(text, 2009)
    assert (("固定资产投资", "亿元", 2009, "expected"), "98.6") in found
    assert (("固定资产投资", "亿元", 2009, "expected"), "32.4") not in found


def test_a_levels_growth_in_brackets_under_a_legend_saying_so_is_read():
    text = (
        "2006年主要经济指标完成情况\n"
        "（括号内为比上年增长）\n\n"
        "生产总值　　　　　　348.6亿元（14.8%）\n"
        "全社会固定资产投资　162亿元（8.6%）\n"
    )
    found = all_values(text, 2006)
    assert (("地区生产总值", "%", 2006, "expected"), "14.8") in found
    assert (("固定资产投资", "%", 2006, "expected"), "8.6") in found


def test_a_percent_in_brackets_after_a_level_with_no_legend_is_no_growth():
    text = "2006年，全市生产总值348.6亿元（占全省的14.8%），全社会固定资产投资162亿元（8.6%）。\n"
    found = all_values(text, 2006)
    assert not any(key[1] == "%" for key, _value in found)


def test_an_items_target_set_at_the_years_start_and_adjusted_after_its_reasons():
    text = (
        "关于某省2008年国民经济和社会发展计划调整方案的报告\n"
        "三、主要指标的调整建议\n"
        "1．全省生产总值增长速度。年初确定增长11%，考虑到地震导致灾区企业停产、农业受灾严重，"
        "下半年恢复生产需要一个过程，建议调整为增长9%左右。\n"
        "2．全社会固定资产投资。年初确定增长20%，考虑到灾后恢复重建将全面展开，"
        "建议调整为增长30%以上。\n"
    )
    found = all_values(text, 2008)
    for key, value in (
        (("地区生产总值", "%", 2008, "target"), "11"),
        (("地区生产总值", "%", 2008, "target"), "9%左右"),
        (("固定资产投资", "%", 2008, "target"), "20"),
        (("固定资产投资", "%", 2008, "target"), "30%以上"),
    ):
        assert (key, value) in found, (key, value)


def test_an_item_headed_by_the_whole_places_series_and_its_measure_names_it():
    text = (
        "一、2018年计划执行情况\n"
        "1．全市生产总值增长速度。年度目标为增长8%，预计全年增长8.3%。\n"
        "2．全市固定资产投资。年度目标为增长12%，预计全年增长13.1%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "target"), "8") in found
    assert (("地区生产总值", "%", 2018, "expected"), "8.3") in found
    assert (("固定资产投资", "%", 2018, "expected"), "13.1") in found


def test_a_december_plenarys_lead_dates_its_report_and_its_next_year():
    text = (
        "省委全体（扩大）会议暨全省经济工作会议召开\n\n"
        "本报讯　12月18日至19日，中共某省委十二届七次全体（扩大）会议暨全省经济工作会议召开。\n\n"
        "会议指出，今年全省生产总值预计增长13%。明年全省经济社会发展的主要预期目标是：全省生产总值"
        "增长11%左右；社会消费品零售总额增长17%。\n"
    )
    assert report_metadata(text, 2008).date_text == "2008-12-18"
    found = all_values(text, 2008)
    assert (("地区生产总值", "%", 2008, "expected"), "13") in found
    assert (("地区生产总值", "%", 2009, "target"), "11%左右") in found
    assert (("社会消费品零售总额", "%", 2009, "target"), "17") in found


def test_the_nations_plan_report_gives_its_revenue_as_the_total():
    text = (
        "关于2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告\n"
        "——2017年3月5日在第十二届全国人民代表大会第五次会议上\n"
        "国家发展和改革委员会\n\n"
        "各位代表：\n受国务院委托，现将2016年国民经济和社会发展计划执行情况报告如下。\n"
        "全国一般公共预算收入159552亿元，同口径增长4.5%。\n"
    )
    found = all_values(text, 2016)
    assert (("一般公共预算总收入", "亿元", 2016, "expected"), "159552") in found
    assert (("一般公共预算总收入", "%", 2016, "expected"), "4.5") in found
    assert not any(key[0] == "地方一般公共预算收入" for key, _value in found)


def test_a_tables_english_glosses_after_its_chinese_cells_are_read_past():
    text = (
        "预计全年主要指标完成情况如下：\n\n"
        "指标 Indicator,单位 Unit,2021年目标 Target,2021年预计 Est.,2022年目标 Target\n"
        "地区生产总值增速 GDP growth,%,7,8.5左右,6左右\n"
        "固定资产投资 FAI,%,8,6左右,5\n"
        "R&D经费投入强度 R&D intensity,%,3.2,3.3,3.4\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "%", 2021, "target"), "7"),
        (("地区生产总值", "%", 2021, "expected"), "8.5左右"),
        (("地区生产总值", "%", 2022, "target"), "6左右"),
        (("固定资产投资", "%", 2022, "target"), "5"),
        (("研究与试验发展经费投入强度", "%", 2021, "expected"), "3.3"),
    ):
        assert (key, value) in found, (key, value)


def test_an_english_header_cell_after_a_tab_keeps_its_column():
    text = (
        "表1  2023年主要指标完成情况\n"
        "指标\t单位\tTarget\t2023年完成\n"
        "地区生产总值增速\t%\t6\t5.2\n"
        "规模以上工业增加值增速\t%\t7\t8.9\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6") not in found
