"""Forms found in round sixty-nine, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_line_of_years_goes_on_past_a_target_unset_or_worded_and_a_bound_named_control():
    text = (
        "附件\n\n青禾区2016—2020年主要指标计划与完成情况\n\n"
        "一、一般公共预算收入增长（%）：2018年计划6、完成6.9；2019年计划未设、完成-2.4；"
        "2020年计划5、完成3.1。\n"
        "二、居民人均可支配收入增长（%）：2018年计划与经济增长同步、完成8.9；"
        "2019年计划与经济增长基本同步、完成7.6；2020年计划6、完成4.2。\n"
        "三、城镇登记失业率（%）：2018年控制目标3以内、实际2.15；2019年控制目标3以内、实际2.31。\n"
        "四、地区生产总值增长（%）：2019年目标7、完成7.3；2020年目标6.5、完成3.8。\n"
    )
    found = all_values(text, 2021)
    for year, target, result in ((2018, "6", "6.9"), (2020, "5", "3.1")):
        assert (("地方一般公共预算收入", "%", year, "target"), target) in found
        assert (("地方一般公共预算收入", "%", year, "final"), result) in found
    assert (("地方一般公共预算收入", "%", 2019, "final"), "-2.4") in found
    assert not any(key[:4] == ("地方一般公共预算收入", "%", 2019, "target") for key, _ in found)
    income = "居民人均可支配收入"
    assert ((income, "%", 2018, "target"), "与经济增长同步") in found
    assert ((income, "%", 2018, "final"), "8.9") in found
    assert ((income, "%", 2019, "target"), "与经济增长基本同步") in found
    assert ((income, "%", 2019, "final"), "7.6") in found
    assert ((income, "%", 2020, "target"), "6") in found
    assert ((income, "%", 2020, "final"), "4.2") in found
    for year, result in ((2018, "2.15"), (2019, "2.31")):
        assert (("城镇登记失业率", "%", year, "target"), "3以内") in found
        assert (("城镇登记失业率", "%", year, "final"), result) in found
    assert (("地区生产总值", "%", 2019, "target"), "7") in found
    assert (("地区生产总值", "%", 2020, "target"), "6.5") in found
    assert (("地区生产总值", "%", 2020, "final"), "3.8") in found


def test_a_bound_named_as_the_control_target_is_the_years_target():
    text = (
        "青禾县2023年国民经济和社会发展计划执行情况\n\n"
        "城镇登记失业率控制目标3.5%以内，实际为2.9%。\n"
    )
    found = all_values(text, 2023)
    assert (("城镇登记失业率", "%", 2023, "target"), "3.5%以内") in found
    assert (("城镇登记失业率", "%", 2023, "expected"), "2.9") in found


def test_cells_pairing_a_years_target_with_its_result_under_a_legend_are_read_as_both():
    text = (
        "青禾区人民政府工作报告\n——2024年1月10日在青禾区第五届人民代表大会第三次会议上\n\n"
        "附表　2019—2023年主要经济指标目标与完成情况（目标／完成，单位：%）\n\n"
        "年份 | 地区生产总值增长 | 一般公共预算收入增长 | 固定资产投资增长\n"
        "2020 | 与全市同步／3.9 | —／-3.1 | 6／7.1\n"
        "2021 | 7以上／7.8 | 6／9.2 | 8／10.8\n"
        "2023 | 6.5／6.9 | 6／11.5 | 7／8.2\n"
        "注：2023年完成数为预计数。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2020, "target"), "与全市同步") in found
    assert (("地区生产总值", "%", 2020, "final"), "3.9") in found
    assert (("地方一般公共预算收入", "%", 2020, "final"), "-3.1") in found
    assert (("固定资产投资", "%", 2020, "target"), "6") in found
    assert (("地区生产总值", "%", 2021, "target"), "7以上") in found
    assert (("固定资产投资", "%", 2021, "final"), "10.8") in found
    assert (("地区生产总值", "%", 2023, "target"), "6.5") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.9") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "11.5") in found
    names = {key[0] for key, _ in found}
    assert names <= {"地区生产总值", "地方一般公共预算收入", "固定资产投资"}


def test_a_legend_with_the_result_first_reads_the_pairs_the_other_way_round():
    text = (
        "青禾县2016—2018年主要指标完成与计划对照（完成值/计划值）\n\n"
        "年份\t地区生产总值增长（%）\t社会消费品零售总额增长（%）\n"
        "2016\t8.2/8.5\t11.3/12\n"
        "2017\t7.9/8\t10.6/11\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2016, "final"), "8.2") in found
    assert (("地区生产总值", "%", 2016, "target"), "8.5") in found
    assert (("社会消费品零售总额", "%", 2017, "final"), "10.6") in found
    assert (("社会消费品零售总额", "%", 2017, "target"), "11") in found


def test_a_guides_text_dated_in_brackets_with_its_venue_or_as_a_revised_draft_gives_final_results():
    for date_line in ("（2019年6月　青禾市规划展览馆）", "（2019年6月修订稿）"):
        text = (
            f"青禾市规划展览馆讲解词\n{date_line}\n\n序　厅\n各位来宾，大家好！\n"
            "请看这块展板：2018年，全市地区生产总值2750.7亿元，增长7.6%；"
            "一般公共预算收入230.6亿元，增长6.1%。\n"
        )
        found = all_values(text, 2018)
        assert (("地区生产总值", "亿元", 2018, "final"), "2750.7") in found, date_line
        assert (("地方一般公共预算收入", "%", 2018, "final"), "6.1") in found, date_line


def test_a_briefs_masthead_dates_it_and_its_contents_list_heads_nothing():
    text = (
        "青禾政务信息\n第21期\n\n青禾市人民政府办公室编　　　　　　　　2023年5月12日\n\n"
        "【本期导读】\n◎2022年全市主要统计指标最终核实数据发布\n◎对照全年目标　下阶段需加力\n"
        "◎下阶段工作安排\n\n"
        "一、2022年全市主要统计指标最终核实数据发布\n\n"
        "2022年，全市地区生产总值3109.3亿元，比上年增长1.0%。"
        "其中，第一产业增加值258.2亿元，增长4.6%。固定资产投资比上年下降12.9%。\n\n"
        "二、对照全年目标　下阶段需加力\n\n"
        "今年1月召开的市人代会确定，2023年全市主要预期目标为：地区生产总值增长6%左右；"
        "固定资产投资增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("第一产业增加值", "亿元", 2022, "final"), "258.2") in found
    assert (("固定资产投资", "%", 2022, "final"), "下降12.9") in found
    assert (("地区生产总值", "%", 2023, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2023, "target"), "8") in found
    assert not any(key[3] == "target" and key[2] != 2023 for key, _ in found)


def test_a_heading_asking_whether_the_years_targets_will_be_met_opens_no_section_of_targets():
    text = (
        "市人大常委会专题询问（会议纪实）\n\n"
        "11月22日上午，青禾市第十三届人大常委会第三十九次会议举行联组会议，开展专题询问。\n\n"
        "【询问一】经济增长能否实现年初目标？\n\n"
        "市发改委主任：预计全年地区生产总值可达4450亿元，增长12%左右；"
        "全社会固定资产投资预计完成3050亿元，增长19.5%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 2012, "expected"), "4450") in found
    assert (("固定资产投资", "%", 2012, "expected"), "19.5") in found
    assert not any(key[3] == "target" for key, _ in found)


def test_last_years_figures_in_a_text_dated_late_in_the_year_are_final():
    text = (
        "市人大常委会专题询问（会议纪实）\n\n"
        "11月22日上午，青禾市第十三届人大常委会第三十九次会议举行联组会议，开展专题询问。\n\n"
        "【询问二】\n\n"
        "市统计局局长：从全年看，去年全市地区生产总值是4003.1亿元，增长12.1%。"
        "去年城镇居民人均可支配收入是20526元。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 2011, "final"), "4003.1") in found
    assert (("地区生产总值", "%", 2011, "final"), "12.1") in found
    assert (("城镇居民人均可支配收入", "元", 2011, "final"), "20526") in found


def test_a_broadcasts_airing_date_dates_its_transcript():
    text = (
        "2013年度青禾电视问政（年终专场）文字实录\n\n"
        "播出时间：2013年12月26日 19:30 青禾电视台新闻综合频道\n"
        "主持人：某某\n\n"
        "主持人：去年全市地区生产总值是803.8亿元，增长11.4%。统计局局长，今年怎么样？\n\n"
        "市统计局局长：预计全年地区生产总值增长10%，城镇居民人均可支配收入29800元，增长10.5%。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "亿元", 2012, "final"), "803.8") in found
    assert (("地区生产总值", "%", 2013, "expected"), "10") in found
    assert (("城镇居民人均可支配收入", "元", 2013, "expected"), "29800") in found


def test_targets_a_session_of_the_congress_set_are_quoted_targets_outside_any_section():
    text = (
        "青禾电视问政文字实录\n\n"
        "主持人：先请看一段短片。（短片播放：年初，市十三届人大三次会议确定，"
        "2013年全市地区生产总值增长11%左右，地方公共财政预算收入增长15%。）\n\n"
        "市统计局局长：预计全年地方公共财政预算收入978亿元，增长17.6%。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2013, "target"), "11%左右") in found
    assert (("地方一般公共预算收入", "%", 2013, "target"), "15") in found
    assert (("地方一般公共预算收入", "%", 2013, "expected"), "17.6") in found


def test_a_new_areas_own_text_calling_it_the_new_area_gives_its_figures():
    text = (
        "青禾新区城市规划展示中心\n讲解词\n（2021年7月版　庆祝建党100周年接待专用）\n\n"
        "2020年，新区地区生产总值增长4.6%，高于全市0.9个百分点；全新区一般公共预算收入"
        "267.3亿元，增长1.1%。同年，邻近的天府新区地区生产总值增长6.8%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "final"), "4.6") in found
    assert (("地方一般公共预算收入", "亿元", 2020, "final"), "267.3") in found
    assert (("地区生产总值", "%", 2020, "final"), "6.8") not in found


def test_an_arrow_after_a_target_word_gives_the_target():
    text = (
        "青禾市人大会议　听会笔记\n时间：2016年1月26日（星期二）上午\n\n"
        "▌第一块　2015年\n·GDP 553.8亿元　↑8.6%\n\n"
        "去年年初定的几个目标：\n　GDP目标↑10%　　→实际8.6，没完成\n"
        "　一般公共预算收入目标↑12%　→实际12.4\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "target"), "10") in found
    assert (("地区生产总值", "%", 2015, "expected"), "8.6") in found
    assert (("地方一般公共预算收入", "%", 2015, "target"), "12") in found


def test_a_line_opening_on_the_years_targets_ends_the_reach_of_a_goal_by_a_later_year():
    text = (
        "青禾市人大会议　听会笔记\n时间：2016年1月26日（星期二）上午\n\n"
        "▌第三块　“十三五”和2016年\n"
        "（1）“十三五”主要目标\n·到2020年，GDP达到850亿元\n"
        "（2）2016年主要预期目标\n·GDP ↑8%\n·社零 ↑10%\n·城镇登记失业率 4%以内\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "亿元", 2020, "target"), "850") in found
    assert (("地区生产总值", "%", 2016, "target"), "8") in found
    assert (("社会消费品零售总额", "%", 2016, "target"), "10") in found
    assert (("城镇登记失业率", "%", 2016, "target"), "4%以内") in found
    assert not any(key[2] == 2020 and key[1] == "%" for key, _ in found)


def test_a_heading_over_the_targets_of_an_older_five_year_plan_dates_them_its_last_year():
    text = (
        "青禾省人民政府工作报告\n——1986年4月20日在青禾省第六届人民代表大会第四次会议上\n\n"
        "二、“七五”期间我省经济和社会发展的主要目标\n\n"
        "　　——到1990年，财政收入达到24亿元，粮食总产量稳定在110亿斤以上。\n\n"
        "　　力争农民人均纯收入达到400元左右。\n\n"
        "三、一九八六年的主要任务\n\n"
        "　　今年国民经济和社会发展计划的主要指标是：财政收入增长7%。\n"
    )
    found = all_values(text, 1985)
    assert (("一般公共预算总收入", "亿元", 1990, "target"), "24") in found
    assert (("农村居民人均纯收入", "元", 1990, "target"), "400元左右") in found
    assert (("一般公共预算总收入", "%", 1986, "target"), "7") in found


def test_a_campaigns_sixth_five_year_plan_in_a_report_of_today_dates_nothing_by_1985():
    text = (
        "青禾市人民政府工作报告\n——2013年1月10日在青禾市第十五届人民代表大会第二次会议上\n\n"
        "五、“六五”普法规划的主要任务\n\n"
        "　　全市地区生产总值增长10%左右。\n"
    )
    found = all_values(text, 2012)
    assert not any(key[2] == 1985 for key, _ in found)


def test_a_long_table_of_the_years_plans_reads_rows_under_a_merged_year_and_past_targets():
    text = (
        "附表　2009—2011年青禾市主要指标计划与完成情况\n\n"
        "年份 | 指标 | 计划（%） | 完成（%） | 总量（亿元）\n"
        "2009 | 地区生产总值 | 16 | 23.1 | 2161.0\n"
        " | 固定资产投资 | 25 | 31.5 | 1601.2\n"
        "2010 | 地区生产总值 | 16 | 19.2 | 2643.2\n"
        " | 固定资产投资 | 20 | 21.9 | 1951.9\n"
    )
    found = all_values(text, 2012)
    assert (("固定资产投资", "%", 2009, "target"), "25") in found
    assert (("固定资产投资", "%", 2009, "final"), "31.5") in found
    assert (("固定资产投资", "亿元", 2010, "final"), "1951.9") in found
    assert (("地区生产总值", "%", 2010, "target"), "16") in found
    assert (("地区生产总值", "亿元", 2010, "final"), "2643.2") in found


def test_a_targets_result_in_brackets_under_a_legend_is_its_years_result():
    text = (
        "青禾日报　2022年10月10日　第3版\n"
        "【增长目标与实际增速】\n"
        "地区生产总值增长目标（括号内为实际增速）：\n"
        "2012年13%（12.1%）、2013年12%（10.5%）、2020年6%左右（2.3%）。\n"
    )
    found = all_values(text, 2022)
    for year, target, result in (
        (2012, "13", "12.1"),
        (2013, "12", "10.5"),
        (2020, "6%左右", "2.3"),
    ):
        assert (("地区生产总值", "%", year, "target"), target) in found
        assert (("地区生产总值", "%", year, "final"), result) in found


def test_a_levels_growth_in_brackets_under_its_legend_is_still_its_growth():
    text = "青禾市2022年经济运行情况\n\n全市主要指标（括号内为比上年增长）：地区生产总值348.6亿元（14.8%）。\n"
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "348.6") in found
    assert (("地区生产总值", "%", 2022, "expected"), "14.8") in found


def test_pairs_are_read_only_in_the_columns_holding_them_and_a_blank_line_ends_the_table():
    text = (
        "青禾县政府工作报告附件\n\n附表　2021—2023年地区生产总值\n\n"
        "年份 | 地区生产总值增长（目标/完成，%） | 地区生产总值（亿元） | 一般公共预算收入（亿元）\n"
        "2021 | 7/7.8 | 280.5 | 16.2\n"
        "2022 | 4.1 | 294.6 | 17.0\n"
        "2023 | 6.5/6.9 | 312.5 | 18.6\n\n"
        "注：2023年为初步核算数。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2021, "target"), "7") in found
    assert (("地区生产总值", "%", 2021, "final"), "7.8") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    assert (("地区生产总值", "亿元", 2022, "final"), "294.6") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "18.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.9") in found
    assert not any(key[2] == 2022 and key[3] == "target" for key, _ in found)


def test_a_legend_over_columns_of_their_own_doubles_nothing():
    text = (
        "青禾县2024年国民经济和社会发展计划草案\n\n附表　2021—2023年地区生产总值增长计划与实际（计划/实际）\n\n"
        "年份 | 地区生产总值增长计划（%） | 地区生产总值增长实际（%）\n"
        "2021 | 8 | 8.4\n2022 | 6 | 4.1\n2023 | 6.5 | 6.1\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2022, "target"), "6") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found


def test_a_numbered_heading_over_marked_items_of_figures_still_heads_them():
    text = (
        "青禾县人民政府工作报告\n——2024年1月10日在青禾县第十八届人民代表大会第三次会议上\n\n"
        "一、2023年工作回顾\n\n全县地区生产总值增长6.1%。\n\n"
        "二、2024年主要预期目标\n\n"
        "◆ 地区生产总值增长6.5%左右\n◆ 固定资产投资增长10%\n◆ 城镇登记失业率控制在4.5%以内\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("地区生产总值", "%", 2024, "target"), "6.5%左右") in found
    assert (("固定资产投资", "%", 2024, "target"), "10") in found
    assert (("城镇登记失业率", "%", 2024, "target"), "4.5%以内") in found


def test_quoted_targets_end_at_a_result_clause_and_carry_nothing_into_the_next_sentence():
    for after in ("，经过全县上下共同努力，全县", "。一年来，全县"):
        text = (
            "青禾县经济社会发展再上新台阶\n\n"
            "年初，县十八届人大二次会议确定，2023年全县地区生产总值增长7%左右"
            f"{after}地区生产总值达到312.5亿元，增长6.1%，一般公共预算收入18.6亿元，增长9.2%。\n"
        )
        found = all_values(text, 2023)
        assert (("地区生产总值", "%", 2023, "target"), "7%左右") in found, after
        assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found, after
        assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "18.6") in found, after
        assert (("地方一般公共预算收入", "%", 2023, "expected"), "9.2") in found, after


def test_accounts_a_session_approved_are_no_targets():
    text = (
        "市人大常委会审查批准2022年市级决算\n\n"
        "6月28日，市十七届人大常委会第十二次会议批准了2022年市级决算，"
        "全市一般公共预算收入112.4亿元，增长6.3%。\n"
    )
    found = all_values(text, 2022)
    assert not any(key[3] == "target" for key, _ in found)


def test_a_goal_by_a_year_still_dates_lines_opening_on_that_year_or_a_base_year():
    text = (
        "青禾县2024年政府工作报告\n\n二、今后两年的主要目标\n\n到2025年，全县要实现以下目标：\n"
        "（1）2025年地区生产总值达到380亿元；\n（2）一般公共预算收入达到22亿元；\n"
        "（3）城镇居民人均可支配收入达到5万元。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2025, "target"), "380") in found
    assert (("地方一般公共预算收入", "亿元", 2025, "target"), "22") in found


def test_a_new_area_named_in_a_citys_report_is_not_the_city():
    text = (
        "青禾市人民政府工作报告\n——2024年1月10日在青禾市第十五届人民代表大会第三次会议上\n\n"
        "全市地区生产总值增长5.6%。支持青禾新区高质量发展。2023年，新区地区生产总值增长9.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "9.5") not in found


def test_a_bracketed_airing_date_with_its_hour_and_a_marked_time_field_date_a_transcript():
    for head in (
        "《市民与市长面对面》年终特别节目直播实录\n（2005年12月20日晚19:35 青禾电视台新闻综合频道 青禾人民广播电台同步直播）\n",
        "青禾市人大常委会专题询问会\n（实录摘编）\n\n□时间：2005年12月20日上午\n□地点：市人大常委会机关会议室\n",
    ):
        text = (
            head + "\n市统计局局长：预计今年全市城镇居民人均可支配收入10150元，比上年增长11.2%。\n"
        )
        found = all_values(text, 2005)
        assert (("城镇居民人均可支配收入", "元", 2005, "expected"), "10150") in found, head
        assert not any(key[2] == 2006 for key, _ in found), head


def test_a_years_line_of_its_plan_then_its_result_gives_that_years_targets_and_results():
    text = (
        "青禾市2013年计划执行情况与2014年计划草案的报告\n\n"
        "二、2004—2013年年度计划主要指标执行情况回顾\n\n"
        "2004年　计划：生产总值增长13%，地方财政收入增长15%。"
        "完成：生产总值236.5亿元，增长16.2%；地方财政收入8.12亿元，增长21.3%。\n"
        "2013年　计划：生产总值增长10%。预计完成：生产总值775.3亿元，增长10.2%。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2004, "target"), "13") in found
    assert (("地方一般公共预算收入", "%", 2004, "target"), "15") in found
    assert (("地区生产总值", "亿元", 2004, "final"), "236.5") in found
    assert (("地方一般公共预算收入", "%", 2004, "final"), "21.3") in found
    assert (("地区生产总值", "%", 2013, "target"), "10") in found
    assert (("地区生产总值", "亿元", 2013, "expected"), "775.3") in found


def test_quoted_targets_go_on_past_words_a_target_or_a_name_holds():
    for opening in ("2023年全县", "全年"):
        text = (
            "青禾县经济社会发展再上新台阶\n\n"
            f"年初，县十八届人大二次会议确定，{opening}地区生产总值增长7%左右，"
            "实际利用外资增长5%，一般公共预算收入增长6%。\n"
        )
        found = all_values(text, 2023)
        assert (("地区生产总值", "%", 2023, "target"), "7%左右") in found, opening
        assert (("实际利用外资", "%", 2023, "target"), "5") in found, opening
        assert (("地方一般公共预算收入", "%", 2023, "target"), "6") in found, opening


def test_a_bracketed_subheading_after_an_open_announcement_goes_on_with_it():
    text = (
        "青禾县第十八届人民代表大会第三次会议开幕\n\n"
        "1月10日，青禾县第十八届人民代表大会第三次会议开幕。"
        "报告提出，2024年全县经济社会发展的主要预期目标是：\n【经济发展】\n"
        "地区生产总值增长6.5%左右，固定资产投资增长10%；\n【民生改善】\n"
        "城镇居民人均可支配收入增长6%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6.5%左右") in found
    assert (("城镇居民人均可支配收入", "%", 2024, "target"), "6") in found


def test_brackets_of_the_year_befores_results_or_under_anothers_legend_are_no_result():
    text = (
        "青禾县2024年国民经济和社会发展计划草案（摘要）\n\n"
        "2024年全县主要预期目标（括号内为上年实际完成数）：地区生产总值增长6%左右（5.8%）。\n\n"
        "【增长目标与实际增速】\n地区生产总值增长目标（括号内为实际增速）：\n2022年6.5%（4.1%）。\n\n"
        "【2024年目标】\n一般公共预算收入增长目标（括号内为全省目标）：5%（5.5%）。\n"
    )
    found = all_values(text, 2023)
    assert any(key[:3] == ("地区生产总值", "%", 2022) and key[3] != "target" for key, _ in found)
    assert not any(value in ("5.8", "5.5") for _key, value in found)


def test_a_posting_line_in_brackets_and_a_deadline_field_date_nothing():
    text = (
        "青禾县2024年政府工作报告\n（2024年8月2日10:15 来源：青禾县人民政府办公室）\n\n"
        "●时间：2024年12月底前\n\n各位代表：\n过去一年，全县地区生产总值312.5亿元，增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.5") in found


def test_an_amount_in_brackets_after_a_target_word_is_the_target_not_a_legend():
    text = "青禾县2023年民生实事完成情况\n\n2023年，全县城镇新增就业目标（5000人）完成5320人。\n"
    found = all_values(text, 2023)
    assert not any(key[3] == "target" and value == "5320人" for key, value in found)


def test_a_data_sets_plan_end_target_is_no_past_years_target():
    text = (
        "青禾市公共数据开放平台　接口返回示例\n\n[\n"
        ' {"indicator": "地区生产总值", "unit": "亿元", "year": 2021, "value": 455.6, "target": 600},\n'
        ' {"indicator": "地区生产总值", "unit": "亿元", "year": 2022, "value": 478.9, "target": 600}\n'
        "]\n\n字段说明：target 为“十四五”规划期末（2025年）目标值。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2022, "final"), "478.9") in found
    assert not any(key[3] == "target" and key[2] < 2023 for key, _ in found)


def test_a_joint_reports_new_area_and_a_part_after_qizhong_are_not_the_place():
    text = (
        "关于青禾市和青禾新区2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全市地区生产总值512.3亿元，增长5.8%。其中，新区地区生产总值128.6亿元，增长9.5%。\n"
    )
    found = all_values(text, 2023)
    assert not any(key[0] == "地区生产总值" and value in ("128.6", "9.5") for key, value in found)
