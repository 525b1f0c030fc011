"""Forms found in round sixty-six, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_heads_office_names_the_reports_own_place_so_the_provinces_growth_is_left_out():
    text = (
        "某山市市长2019年度述职报告\n"
        "（2020年1月10日）\n\n"
        "一、主要工作\n"
        "全年完成地区生产总值516.2亿元，增长6.6%。\n\n"
        "二、存在的不足\n"
        "三是全省地区生产总值增长6.9%，我市增速低于全省。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "expected"), "6.6") in found
    assert (("地区生产总值", "%", 2019, "expected"), "6.9") not in found


def test_an_items_number_and_a_year_before_a_higher_place_still_leave_its_figure_out():
    text = (
        "关于青禾县2019年国民经济和社会发展计划执行情况的报告\n\n"
        "一、2019年计划执行情况\n"
        "全年完成地区生产总值216.2亿元，增长7.1%。\n"
        "二是2019年全市地区生产总值增长6.8%，我县增速略高于全市。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "expected"), "7.1") in found
    assert (("地区生产总值", "%", 2019, "expected"), "6.8") not in found


def test_the_city_a_districts_head_names_before_it_is_another_place():
    text = (
        "2021年度述职报告\n\n"
        "江州市青禾区人民政府区长\n"
        "（2022年1月8日）\n\n"
        "一、工作回顾\n"
        "预计全区实现地区生产总值1180亿元，增长8.1%。\n\n"
        "二、存在的问题\n"
        "从全市看，2021年江州市地区生产总值增长7.4%，我区增速略高于全市。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "expected"), "8.1") in found
    assert (("地区生产总值", "%", 2021, "expected"), "7.4") not in found


def test_targets_announced_after_a_sentence_naming_the_year_to_come_are_that_years():
    text = (
        "一、2015年度考核情况及2016年全区目标\n"
        "2015年，全区实现地区生产总值2597.5亿元，比上年增长7.6%。\n"
        "2016年是“十三五”开局之年。全区主要预期目标为：地区生产总值增长7.5%；"
        "固定资产投资增长12%。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "expected"), "7.6") in found
    assert (("地区生产总值", "%", 2016, "target"), "7.5") in found
    assert (("固定资产投资", "%", 2016, "target"), "12") in found


def test_an_announcement_naming_its_own_year_keeps_it_under_a_paragraph_on_this_year():
    text = (
        "在全县经济工作推进会上的讲话\n（2026年2月26日）\n\n"
        "一、去年成绩\n"
        "2025年，预计全年全县生产总值增长6%左右。\n\n"
        "二、锚定全年目标\n"
        "今年是“十五五”开局之年。县人大会议确定的2026年主要预期目标是：生产总值增长5.5%左右，"
        "粮食总产稳定在46万吨。\n"
    )
    found = all_values(text, 2026)
    assert (("地区生产总值", "%", 2026, "target"), "5.5%左右") in found
    assert (("地区生产总值", "%", 2027, "target"), "5.5%左右") not in found


def test_a_growth_target_restated_in_a_later_account_stays_a_target():
    text = (
        "某州市人民政府市长向市人大常委会的述职报告\n"
        "——2015年4月28日在市人大常委会会议上\n\n"
        "一、基本情况\n"
        "2014年，全市经济总体平稳。市第十届人大三次会议确定的2014年地区生产总值增长目标为10%左右，"
        "全年增速比预期目标低1个百分点。"
        "经最终核实，2014年全市实现地区生产总值1611.8亿元，增长9%。\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "%", 2014, "target"), "10%左右") in found
    assert (("地区生产总值", "%", 2014, "final"), "9") in found
    assert (("地区生产总值", "%", 2014, "final"), "10%左右") not in found


def test_a_paragraph_on_the_year_reviewed_under_a_heading_of_targets_gives_its_results():
    text = (
        "某山市人民政府关于下达2018年经济社会发展主要指标目标任务的通知\n\n"
        "一、充分认识完成全年目标任务的重要意义\n"
        "2017年，全市上下感恩奋进，经济社会发展取得显著成绩。预计全年地区生产总值达2748.6亿元，"
        "同比增长12.4%；规模以上工业增加值增长11.2%。\n"
        "2018年，全市经济社会发展的主要预期目标是：地区生产总值增长11%左右；"
        "规模以上工业增加值增长10.5%。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "亿元", 2017, "expected"), "2748.6") in found
    assert (("规上工业增加值", "%", 2017, "expected"), "11.2") in found
    assert (("地区生产总值", "%", 2018, "target"), "11%左右") in found
    assert (("规上工业增加值", "%", 2018, "target"), "11.2") not in found


def test_a_target_cued_sentence_in_a_paragraph_on_the_year_reviewed_stays_a_target():
    text = (
        "一、总体目标\n"
        "2019年，全区经济保持良好态势，全区完成地区生产总值408.6亿元。"
        "全区力争固定资产投资增长9.5%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "expected"), "408.6") in found
    assert (("固定资产投资", "%", 2020, "target"), "9.5") in found


def test_a_newspapers_date_line_with_its_weekday_or_its_pages_column_dates_the_story():
    for line in (
        "江城日报  2009年5月21日  星期四  第1版",
        "江城日报 2009年5月21日 第5版：人物",
        "江城日报 2009年5月21日 第1版：改革开放30周年",
    ):
        text = (
            f"{line}\n\n市长的两本账\n\n"
            "“经济账”的第一页抄着一组数字：去年，全市生产总值完成188.6亿元，增长15.6%。\n"
        )
        found = all_values(text, 2008)
        assert (("地区生产总值", "%", 2008, "final"), "15.6") in found, line


def test_a_final_budgets_year_in_the_body_does_not_make_the_report_review_that_year():
    text = (
        "青禾市人民代表大会常务委员会工作报告\n"
        "——2019年2月21日在青禾市第十七届人民代表大会第三次会议上\n\n"
        "各位代表：\n我受委托，向大会报告工作，请予审议。\n\n"
        "一、依法监督计划和预算执行\n"
        "从全年情况看，全市经济稳中有进，预计实现地区生产总值568.4亿元，增长7.1%。"
        "8月，审查批准2017年财政决算，听取审议2017年度本级预算执行和其他财政收支的审计工作报告。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "7.1") in found
    assert (("地区生产总值", "%", 2017, "expected"), "7.1") not in found


def test_a_speech_whose_head_gives_only_its_level_leaves_the_provinces_growth_out():
    text = (
        "在县委经济工作会议上的讲话\n"
        "县委副书记、县长  某某\n"
        "2022年12月30日\n\n"
        "同志们：\n"
        "一、今年经济运行情况\n"
        "具体来看：地区生产总值预计增长5.3%左右。\n"
        "二、明年目标任务\n"
        "从全省看，省委经济工作会议提出全省经济增长6.5%左右。"
        "明年主要预期目标建议为：地区生产总值增长7%以上。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2023, "target"), "7%以上") in found
    assert (("地区生产总值", "%", 2023, "target"), "6.5%左右") not in found


def test_a_deputy_secretarys_title_in_the_head_names_the_reports_own_place():
    text = (
        "在全市经济工作会议上的讲话\n"
        "青禾市委副书记、市长  某某\n"
        "（2013年1月10日）\n\n"
        "同志们：\n"
        "去年，全省地区生产总值增长10%，我们顶住压力，全市地区生产总值增长11.2%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "expected"), "11.2") in found
    assert (("地区生产总值", "%", 2012, "expected"), "10") not in found


def test_the_whole_places_row_of_a_table_of_its_parts_gives_the_captions_year():
    text = (
        "青禾市人民政府办公室\n关于2014年度全市经济社会发展主要指标完成情况的通报\n\n"
        "二、各县（市、区）主要指标完成情况\n\n"
        "表：2014年各县（市、区）主要经济指标增速及位次\n"
        "地区 | 地区生产总值增速(%) | 位次 | 规上工业增加值增速(%) | 位次\n"
        "全市 | 13.5 | — | 14.3 | —\n"
        "东坡区 | 12.4 | 2 | 12.8 | 2\n"
        "西岭县 | 13.9 | 1 | 15.1 | 1\n\n"
        "从通报情况看，各地发展势头良好。\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "%", 2014, "expected"), "13.5") in found
    assert (("规上工业增加值", "%", 2014, "expected"), "14.3") in found
    # the parts' rows are other places', and their ranks no series
    assert (("地区生产总值", "%", 2014, "expected"), "12.4") not in found
    assert not any(key[0].startswith("位次") for key, _ in found)


def test_the_whole_places_row_under_a_caption_of_targets_gives_targets():
    text = (
        "青禾市人民政府关于下达2018年县（市、区）经济社会发展主要指标目标任务的通知\n\n"
        "附件：2018年各县（市、区）经济社会发展主要指标目标任务分解表\n"
        "县（市、区）\t地区生产总值增速（%）\t规上工业增加值增速（%）\t城镇新增就业（万人）\n"
        "全市\t11左右\t10.5\t6.5\n"
        "东坡区\t10.5\t9.5\t1.05\n"
        "西岭县\t12\t12\t0.38\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "%", 2018, "target"), "11左右") in found
    assert (("规上工业增加值", "%", 2018, "target"), "10.5") in found
    assert (("城镇新增就业", "万人", 2018, "target"), "6.5") in found


def test_a_table_of_parts_over_part_of_the_year_gives_no_whole_years_figure():
    text = (
        "表：2021年1—6月各县（市、区）主要经济指标增速及位次\n"
        "地区 | 地区生产总值增速（%） | 位次 | 规上工业增加值增速（%） | 位次\n"
        "全市 | 13.8 | — | 16.2 | —\n"
        "东坡区 | 13.2 | 2 | 15.4 | 2\n"
    )
    found = all_values(text, 2021)
    assert not any(key[0] == "地区生产总值" for key, _ in found)
    assert not any(key[0] == "规上工业增加值" for key, _ in found)


def test_a_countys_table_of_its_citys_counties_gives_the_citys_whole_row_to_none():
    text = (
        "关于东坡县2017年国民经济和社会发展计划执行情况的报告\n\n"
        "表：2017年全市各县（市、区）主要经济指标\n"
        "地区 | 地区生产总值（亿元） | 增长（%）\n"
        "全市 | 7548.02 | 8.9\n"
        "东坡县 | 1981.50 | 9.1\n"
        "西岭县 | 1210.30 | 8.2\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "亿元", 2017, "expected"), "7548.02") not in found


QUIZ_HEAD = (
    "学习贯彻市人代会精神知识测试题\n\n"
    "说明：本试题依据2024年1月21日市长在青禾市第九届人民代表大会第四次会议上所作的"
    "政府工作报告编制。\n\n"
)


def test_a_choice_read_with_its_answer_gives_the_option_chosen_and_no_other():
    text = QUIZ_HEAD + (
        "2. 2023年，全市规模以上工业增加值增长（  ）。\n"
        "A. 6.8%  B. 7.4%  C. 8.5%  D. 9.1%\n"
        "【答案】C\n\n"
        "4. 报告提出，2024年全市地区生产总值增长的预期目标是（  ）。\n"
        "A. 5%左右  B. 5.5%左右  C. 6%左右  D. 6.5%左右\n"
        "答案：C\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2023, "expected"), "8.5") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert not any(value in ("6.8", "7.4", "9.1", "5%左右", "6.5%左右") for _, value in found)


def test_the_letter_in_a_stems_brackets_chooses_the_option():
    text = QUIZ_HEAD + (
        "12. 2023年，全市进出口总额8081.9亿元，增长（ D ）。\n"
        "A. 11.3%  B. 14.7%  C. 17.2%  D. 19.0%\n\n"
        "13. 2023年全市粮食总产量达到（ A ）万吨，实现“十四连丰”。\n"
        "A. 3527.4  B. 3498.5  C. 3451.7  D. 3600.2\n"
    )
    found = all_values(text, 2023)
    assert (("进出口总额", "%", 2023, "expected"), "19.0") in found
    assert not any(value in ("11.3", "14.7", "17.2", "3498.5") for _, value in found)


def test_the_statements_chosen_in_a_multiple_choice_read_as_the_stems_list():
    text = QUIZ_HEAD + (
        "11. 报告提出，2024年全市经济社会发展的主要预期目标包括（  ）。\n"
        "A. 规模以上工业增加值增长8%\n"
        "B. 一般公共预算收入增长4%\n"
        "C. 固定资产投资增长7%\n"
        "D. 城镇调查失业率控制在5%以内\n"
        "【答案】ABD\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2024, "target"), "8") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "4") in found
    assert (("城镇调查失业率", "%", 2024, "target"), "5%以内") in found
    assert not any(key[0] == "固定资产投资" for key, _ in found)


def test_an_open_question_reads_on_into_its_answer():
    text = QUIZ_HEAD + (
        "4. 2023年，全市规模以上工业增加值增长多少？\n"
        "答案：9.9%。\n\n"
        "5. 2023年，全市固定资产投资完成多少亿元，增长多少？\n"
        "答案：1067.7亿元，增长21.6%。\n\n"
        "19. 2024年全市单位生产总值能耗降低多少？\n"
        "答案：3.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2023, "expected"), "9.9") in found
    assert (("固定资产投资", "亿元", 2023, "expected"), "1067.7") in found
    assert (("固定资产投资", "%", 2023, "expected"), "21.6") in found
    # a fall's word would stand apart from its figure: no value spans the question
    assert not any("？" in value for _, value in found)


def test_a_fill_ins_answers_in_brackets_and_a_key_at_the_end():
    text = QUIZ_HEAD + (
        "一、填空题（答案在括号内）\n\n"
        "1. 2023年，全市实现生产总值（1245亿元），比上年增长（14.5%）。\n\n"
        "二、单项选择题\n\n"
        "3. 2023年，全市社会消费品零售总额增长（  ）。\n"
        "A. 16%  B. 17%  C. 18%  D. 20%\n"
        "4. 2023年，全市城镇登记失业率控制在（  ）以内。\n"
        "A. 3%  B. 3.5%  C. 4%  D. 4.5%\n"
        "5. 2023年，全市人口自然增长率控制在（  ）。\n"
        "A. 4‰以内  B. 5‰以内  C. 6‰以内  D. 7‰以内\n"
        "答案：3.C  4.B  5.B\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1245") in found
    assert (("地区生产总值", "%", 2023, "expected"), "14.5") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "18") in found
    assert (("人口自然增长率", "‰", 2023, "expected"), "5‰以内") in found
    assert not any(value in ("16", "17", "20", "4‰以内") for _, value in found)


def test_a_statement_marked_false_gives_nothing():
    text = QUIZ_HEAD + (
        "三、判断题\n\n"
        "16. 2023年，全市粮食产量稳定在107万吨以上。（√）\n\n"
        "17. 2023年，全市城镇新增就业4.56万人。（×）\n"
    )
    found = all_values(text, 2023)
    assert (("粮食产量", "万吨", 2023, "expected"), "107万吨以上") in found
    assert not any(value == "4.56" for _, value in found)


def test_the_statements_not_chosen_where_the_stem_asks_for_the_wrong_one_are_the_true_ones():
    text = QUIZ_HEAD + (
        "13. 下列关于2024年全市主要预期目标的表述，错误的是（  ）。\n"
        "A. 一般公共预算收入增长3%左右\n"
        "B. 城镇调查失业率控制在6%以内\n"
        "C. 居民消费价格涨幅3%左右\n"
        "正确答案：B\n"
    )
    found = all_values(text, 2023)
    assert (("地方一般公共预算收入", "%", 2024, "target"), "3%左右") in found
    assert (("居民消费价格指数", "%", 2024, "target"), "3%左右") in found
    assert not any(key[0] == "城镇调查失业率" for key, _ in found)


def test_the_targets_a_years_work_plan_quotes_as_approved_are_that_years():
    text = (
        "青禾县人大常委会2026年工作要点\n\n"
        "（2026年4月8日青禾县人民代表大会常务委员会第三十三次会议通过）\n\n"
        "2025年，全县地区生产总值增长5.6%。\n\n"
        "二、精准实施监督\n\n"
        "（一）计划和预算监督。紧扣县人大五次会议确定的地区生产总值增长5.5%左右、"
        "固定资产投资增长3%的目标，适时听取审议专项工作报告。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "final"), "5.6") in found
    assert (("地区生产总值", "%", 2026, "target"), "5.5%左右") in found
    assert (("固定资产投资", "%", 2026, "target"), "3") in found


def test_a_reviews_title_naming_the_plan_after_it_leaves_its_results_the_years():
    text = (
        "青禾区2018年项目建设工作总结及2019年工作计划\n"
        "（2019年1月15日）\n\n"
        "2018年是项目建设提速年。\n"
        "一、全区经济运行情况\n"
        "初步核算，全区实现地区生产总值232.6亿元，增长6.2%。规模以上工业增加值增长7.6%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "6.2") in found
    assert (("规上工业增加值", "%", 2018, "expected"), "7.6") in found


def test_marks_and_answers_outside_a_quizs_shape_leave_the_text_as_it_was():
    text = (
        "关于青禾市2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全市地区生产总值增长5.8%，固定资产投资增长3.2%，未完成年度目标。（×）\n\n"
        "记者问：为什么2024年全市地区生产总值预期增长6%左右？\n"
        "答：这一目标与全省目标相衔接，体现了稳中求进。\n\n"
        "1. 明年主要预期目标\n"
        "A. 规模以上工业增加值增长7%\n"
        "B. 社会消费品零售总额增长6%\n"
        "答：以上为建议数。\n"
    )
    found = all_values(text, 2023)
    assert (("固定资产投资", "%", 2023, "expected"), "3.2") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert any(key[0] == "规上工业增加值" for key, _ in found)


def test_a_county_level_citys_table_of_its_prefectures_counties_gives_no_whole_row():
    text = (
        "晋江市人民政府关于2023年国民经济和社会发展计划执行情况的报告\n\n"
        "表：2023年泉州市各县（市、区）主要经济指标\n"
        "地区 | 地区生产总值增速(%) | 位次 | 规上工业增加值增速(%)\n"
        "全市 | 5.7 | — | 6.1\n"
        "晋江市 | 6.2 | 2 | 6.8\n"
        "石狮市 | 5.5 | 5 | 5.9\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.7") not in found


def test_the_whole_row_of_a_table_of_an_earlier_year_is_final():
    text = (
        "青禾县人民政府关于2023年国民经济和社会发展计划执行情况的报告\n\n"
        "附表：2022年各乡镇主要经济指标\n"
        "乡镇 | 一般公共预算收入（亿元） | 增长（%） | 地区生产总值增速(%)\n"
        "全县 | 12.5 | 5.2 | 4.1\n"
        "城关镇 | 3.2 | 6.1 | 4.5\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    assert (("地方一般公共预算收入", "%", 2022, "final"), "5.2") in found


def test_a_head_at_the_provinces_meeting_of_mayors_still_names_the_citys_own_place():
    text = (
        "在全省市长座谈会上的发言\n"
        "青禾市人民政府市长 某某\n"
        "（2024年1月5日）\n\n"
        "2023年，全省地区生产总值增长5.0%，全市地区生产总值增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.0") not in found


def test_a_paragraph_on_the_year_reviewed_goes_on_to_the_targets_without_a_cue():
    text = (
        "青禾市人民政府关于下达2024年经济社会发展主要指标目标任务的通知\n\n"
        "一、2024年主要指标目标\n"
        "2023年，全市地区生产总值增长5.8%。综合考虑，全市地区生产总值增长6%左右，"
        "固定资产投资增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.8") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2024, "target"), "8") in found


def test_the_countrys_figure_said_as_ours_is_left_out_of_a_local_report():
    text = (
        "在全市经济工作会议上的讲话\n"
        "青禾市委副书记、市长  某某\n\n"
        "同志们：\n"
        "去年，我国国内生产总值增长5.2%，全市地区生产总值增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") not in found
