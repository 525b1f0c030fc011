"""Forms found in round sixty-four, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_targets_listed_after_a_lists_results_go_to_the_same_names_in_order():
    text = (
        "2019年，全县化学需氧量、氨氮、二氧化硫排放量分别比上年削减3.1%、2.4%、5.2%，"
        "市下达我县的年度减排目标分别为削减2%、1.8%、3%，均超额完成。\n"
    )
    found = all_values(text, 2019)
    assert (("化学需氧量", "%", 2019, "target"), "削减2") in found
    assert (("氨氮", "%", 2019, "target"), "1.8") in found
    assert (("二氧化硫", "%", 2019, "target"), "3") in found
    assert (("氨氮", "%", 2019, "expected"), "2.4") in found


def test_targets_a_lists_results_beat_go_to_the_same_names_in_order():
    text = (
        "2020年，全市二氧化硫、氮氧化物排放量分别下降4.6%和3.3%，"
        "超额完成市政府下达的2.5%和3%的年度任务。\n"
    )
    found = all_values(text, 2020)
    assert (("二氧化硫", "%", 2020, "target"), "2.5") in found
    assert (("氮氧化物", "%", 2020, "target"), "3") in found
    assert (("氮氧化物", "%", 2020, "expected"), "3.3") in found


def test_a_lists_results_with_a_count_of_other_things_after_them_stay_results_only():
    text = (
        "2019年，全县化学需氧量、氨氮排放量分别比上年削减3.1%、2.4%，"
        "完成省下达的12个和8个减排项目。\n"
    )
    found = all_values(text, 2019)
    assert (("氨氮", "%", 2019, "expected"), "2.4") in found
    assert not any(key[3] == "target" for key, _ in found)


def test_a_review_section_naming_the_year_planned_states_that_years_targets():
    text = (
        "某市人民政府关于2018年度节能目标责任考核结果的通报\n\n"
        "一、全市节能目标完成情况\n"
        "2018年，全市单位地区生产总值能耗下降4.1%，超额完成年度目标。\n"
        "2019年，省下达我市单位地区生产总值能耗下降3.6%的年度目标，各县（区）要认真落实。\n\n"
        "某市人民政府\n2019年6月12日\n"
    )
    found = all_values(text, 2018)
    assert (("万元生产总值能耗", "%", 2018, "final"), "下降4.1") in found
    assert (("万元生产总值能耗", "%", 2019, "target"), "下降3.6") in found
    assert (("万元生产总值能耗", "%", 2018, "target"), "下降3.6") not in found


def test_a_news_pages_posting_line_in_words_with_its_hour_dates_the_interview():
    text = (
        "某市市长做客网络访谈：抓项目促发展\n"
        "2015年07月16日10:25　　来源：某某网\n\n"
        "[主持人] 请您介绍一下去年的经济情况。\n\n"
        "[市长] 好的。去年全市地区生产总值完成1208.6亿元，增长8.9%。\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "亿元", 2014, "final"), "1208.6") in found
    assert (("地区生产总值", "%", 2014, "final"), "8.9") in found


def test_a_papers_date_line_with_its_page_and_byline_dates_the_article():
    for line in (
        "某某日报　2019年9月20日　第A03版　　记者　某某",
        "某某日报　2019年9月20日　本报记者",
    ):
        text = (
            "成就巡礼｜某县七十年巨变\n"
            f"{line}\n\n"
            "1949年，全县工农业总产值仅0.8亿元。2018年，全县地区生产总值达到312.5亿元，"
            "比上年增长7.6%。\n"
        )
        found = all_values(text, 2018)
        assert (("地区生产总值", "亿元", 2018, "final"), "312.5") in found
        assert (("地区生产总值", "%", 2018, "final"), "7.6") in found


def test_a_charts_legend_of_marked_series_heads_no_section_of_targets():
    text = (
        "关于某市2018年计划执行情况与2019年计划草案的报告\n"
        "（2019年1月10日在某市第五届人民代表大会第三次会议上）\n"
        "一、2018年计划执行情况\n"
        "图1　2018年主要指标预期目标与预计完成情况\n"
        "7　7.2\n"
        "10　9.6\n"
        "地区生产总值　固定资产投资\n"
        "■年初预期目标　　■预计完成\n"
        "全市地区生产总值预计完成812.6亿元，增长7.2%；固定资产投资增长9.6%。\n"
        "二、2019年主要预期目标\n"
        "地区生产总值增长6.5%左右。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "812.6") in found
    assert (("固定资产投资", "%", 2018, "expected"), "9.6") in found
    assert (("地区生产总值", "亿元", 2019, "target"), "812.6") not in found
    assert (("地区生产总值", "%", 2019, "target"), "6.5%左右") in found


def test_a_history_opening_under_a_motto_heading_does_not_date_the_years_figures():
    text = (
        "辉煌四十年——改革开放40年某县经济社会发展成就综述\n"
        "某县统计局　2018年9月20日\n\n"
        "一、综合实力显著增强\n"
        "1978年，全县生产总值仅1.2亿元，1992年为8.6亿元。2017年，全县实现地区生产总值"
        "286.4亿元，按可比价格计算比上年增长7.9%，是1978年的52倍。\n\n"
        "二、人民生活持续改善\n"
        "1978年，全县农民人均纯收入仅98元。2017年，全县农村居民人均可支配收入15238元，"
        "比上年增长8.8%。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "亿元", 2017, "final"), "286.4") in found
    assert (("地区生产总值", "%", 2017, "final"), "7.9") in found
    assert (("农村居民人均可支配收入", "元", 2017, "final"), "15238") in found
    assert (("地区生产总值", "%", 1978, "final"), "7.9") not in found


def test_a_heading_naming_its_year_is_dated_by_the_paragraph_opening_on_it():
    text = (
        "关于某县2016年县级决算和2017年上半年预算执行情况的报告\n\n"
        "——2017年8月25日在某县第十八届人民代表大会常务委员会第五次会议上\n\n"
        "一、2016年县级决算情况\n\n"
        "2016年，全县一般公共预算收入决算数为58630万元，比上年增长8.7%。\n\n"
        "二、2017年上半年预算执行情况\n\n"
        "1—6月，全县一般公共预算收入完成32150万元，增长6.2%。\n"
    )
    found = all_values(text, 2016)
    assert (("地方一般公共预算收入", "%", 2016, "final"), "8.7") in found


def test_a_chat_exports_first_day_dates_its_messages():
    text = (
        "某区统计数据会商群（微信）聊天记录摘录\n\n"
        "————— 2020年5月12日 星期二 —————\n\n"
        "李股长（区统计局）10:05\n"
        "2019年年报数据已经最终审定：全区地区生产总值最终核实为865.2亿元，比上年增长6.9%。\n"
        "社会消费品零售总额312.6亿元，增长7.4%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "final"), "6.9") in found
    assert (("社会消费品零售总额", "亿元", 2019, "final"), "312.6") in found


def test_a_chats_first_message_stamped_with_its_hour_dates_the_thread():
    for stamp in ("2017/6/5 17:22  统计局·许", "2017年6月5日 下午05:22\n统计局·许："):
        text = (
            "某市经济运行分析工作群消息记录\n\n"
            f"{stamp}\n"
            "各位，2016年全市地区生产总值3160.3亿元，增长7.1%。\n"
        )
        found = all_values(text, 2016)
        assert (("地区生产总值", "%", 2016, "final"), "7.1") in found


def test_a_research_reports_summary_and_keywords_in_other_brackets_mark_it_written_later():
    for summary, keywords in (("【内容提要】", "【关 键 词】"), ("［摘　要］", "［关键词］")):
        text = (
            "资源型县域经济转型研究——基于某市的调查\n\n"
            "中共某市委党校课题组\n\n"
            f"{summary}本文分析了某市产业结构的形成机理，提出转型对策。\n"
            f"{keywords}资源型经济　县域经济\n\n"
            "一、基本态势\n\n"
            "2005年，全市实现地区生产总值128.6亿元，比上年增长17.3%。\n"
        )
        found = all_values(text, 2005)
        assert (("地区生产总值", "亿元", 2005, "final"), "128.6") in found
        assert (("地区生产总值", "%", 2005, "final"), "17.3") in found


def test_a_records_starting_year_does_not_date_the_figures_after_it():
    text = (
        "新年贺词\n\n"
        "过去的一年，全市生产总值增长12.6%，增幅为2004年以来最高，比全省平均水平高出3个百分点；"
        "财政收入完成40.2亿元，增长24.5%；全社会固定资产投资142亿元，增长38.3%。\n\n"
        "2012年12月31日\n"
    )
    found = all_values(text, 2012)
    assert (("一般公共预算总收入", "亿元", 2012, "expected"), "40.2") in found
    assert (("固定资产投资", "%", 2012, "expected"), "38.3") in found
    assert not any(key[2] == 2004 for key, _ in found)


def test_a_charts_sector_shares_are_not_the_sectors_growth():
    text = (
        "某市2019年国民经济和社会发展统计公报\n\n"
        "图2　2019年三次产业增加值构成\n"
        "第二产业　45.2%　　第三产业　40.1%　　第一产业　14.7%\n"
        "全年全市地区生产总值3382.4亿元，增长7.1%。其中，第一产业增加值497.1亿元，增长3.8%；"
        "第二产业增加值1527.2亿元，增长8.5%；第三产业增加值1358.1亿元，增长7.9%。\n"
    )
    found = all_values(text, 2019)
    assert (("第二产业增加值", "%", 2019, "final"), "8.5") in found
    assert (("第三产业增加值", "%", 2019, "final"), "7.9") in found
    assert not any(value in ("45.2", "40.1", "14.7") for _, value in found)


def test_a_figures_change_is_read_past_what_affected_it():
    text = (
        "2015年，全市完成进出口总额270.3亿美元，受大宗商品价格下跌影响，比上年下降6.2%，"
        "其中出口153.2亿美元。\n"
    )
    found = all_values(text, 2015)
    assert (("进出口总额", "%", 2015, "expected"), "下降6.2") in found


def test_the_years_growth_after_a_level_ending_a_span_is_the_years():
    text = (
        "全市一般公共预算收入由1986年的1.68亿元增至2015年的190.1亿元，2015年比上年增长5.5%。"
        "全市生产总值从2010年的41.2亿元增长到2015年的95亿元，增长131%。\n"
    )
    found = all_values(text, 2015)
    assert (("地方一般公共预算收入", "%", 2015, "expected"), "5.5") in found
    assert (("地区生产总值", "%", 2015, "expected"), "131") not in found


def test_a_follow_up_ratings_date_dates_its_regions_figures():
    text = (
        "某市城市发展投资有限公司2013年跟踪信用评级报告\n\n"
        "跟踪评级结果：主体长期信用等级AA，评级展望稳定\n"
        "跟踪评级日期：2013年6月25日\n\n"
        "二、区域经济与财政\n\n"
        "2012年，某市全年实现地区生产总值1,108.23亿元，按可比价计算增长10.6%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "final"), "10.6") in found


def test_a_messages_time_stamp_does_not_date_the_figures_in_it():
    text = (
        "某县政府工作报告起草专班微信群记录（节选）\n\n"
        "[2021年2月1日 下午 14:05] 财政局 令狐：\n"
        "财政数据核对：一般公共预算收入8.93亿元，增长2.6%。\n\n"
        "[2021年2月1日 下午 15:30] 统计局 田局长：\n"
        "补充收入数：城镇常住居民人均可支配收入36850元，增长6.6%。\n"
    )
    found = all_values(text, 2020)
    assert (("地方一般公共预算收入", "亿元", 2020, "expected"), "8.93") in found
    assert (("城镇居民人均可支配收入", "%", 2020, "expected"), "6.6") in found
    assert not any(key[3] == "target" for key, _ in found)


def test_a_review_of_a_plans_years_turns_to_the_year_on_a_sentence_opening_on_it():
    text = (
        "一、“十一五”及2010年计划执行情况\n"
        "“十一五”期间，全市生产总值年均增长11.5%，五年累计完成全社会固定资产投资865亿元。"
        "2010年，在全市上下的共同努力下，市人大确定的主要目标任务全面完成。"
        "预计全市生产总值完成300.5亿元，增长12.1%；全社会固定资产投资253.6亿元，增长33.7%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "%", 2010, "expected"), "12.1") in found
    assert (("固定资产投资", "%", 2010, "expected"), "33.7") in found


def test_a_sentence_opening_on_the_year_with_the_years_change_keeps_the_review_of_years():
    text = (
        "一、“十一五”时期经济社会发展回顾\n"
        "五年来，我们攻坚克难。2010年，预计实现本市生产总值9500亿元，比2005年增长86%。"
        "规模以上工业增加值、地方财政一般预算收入跃上新台阶，分别为4050亿元、1106.8亿元，"
        "增长88%、168%。\n"
    )
    found = all_values(text, 2010)
    assert (("规上工业增加值", "%", 2010, "expected"), "88") not in found


def test_the_result_a_target_is_set_from_in_brackets_after_it_is_that_years():
    text = (
        "某县2019年主要经济指标目标任务分解方案\n\n"
        "二、目标任务及责任分工\n"
        "（一）地区生产总值。目标增长9.5%（2018年预计完成175.6亿元，增长10.2%）。牵头单位：县发改局。\n"
        "（二）城镇化。常住人口城镇化率达到50.5%（2018年预计49.2%）。牵头单位：县住建局。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2019, "target"), "9.5") in found
    assert (("地区生产总值", "亿元", 2018, "expected"), "175.6") in found
    assert (("地区生产总值", "%", 2018, "expected"), "10.2") in found
    assert (("常住人口城镇化率", "%", 2018, "expected"), "49.2") in found


def test_what_was_set_at_the_years_start_said_plainly_is_the_years_target():
    text = (
        "魏科长：去年全市生产总值预计增长15.3%，全部财政收入增长24.6%。\n"
        "齐局长：去年年初定的是：生产总值增长13%，全部财政收入增长15%，超额完成。\n"
    )
    found = all_values(text, 2006)
    assert (("地区生产总值", "%", 2006, "target"), "13") in found
    assert (("一般公共预算总收入", "%", 2006, "target"), "15") in found
    assert (("地区生产总值", "%", 2006, "expected"), "15.3") in found


def test_the_paragraphs_after_a_table_one_cell_a_line_are_read_as_prose():
    text = (
        "某区建设投资有限公司主体信用评级报告\n"
        "评级日期：2018年11月16日\n\n"
        "表1 2015—2017年某区主要经济指标\n"
        "项目\n2015年\n2016年\n2017年\n"
        "地区生产总值（亿元）\n383.60\n422.37\n467.92\n"
        "地区生产总值增速（%）\n8.2\n8.4\n8.9\n"
        "一般公共预算收入（亿元）\n30.82\n35.07\n40.26\n"
        "资料来源：某区统计局\n\n"
        "（二）区域财政\n\n"
        "2017年，全区一般公共预算收入40.26亿元，同比增长14.8%，其中税收收入32.71亿元，"
        "占一般公共预算收入的比重为81.2%。\n\n"
        "2018年1—9月，全区完成一般公共预算收入33.62亿元，增长12.9%。\n\n"
        "总体来看，某区经济和财政实力处于中等水平，对公司发展形成一定支撑。\n"
    )
    found = all_values(text, 2017)
    assert (("地方一般公共预算收入", "%", 2017, "final"), "14.8") in found


def test_a_review_sentence_naming_the_year_planned_states_its_targets_in_every_clause():
    text = (
        "某市城市建设投资有限公司2018年跟踪评级报告\n"
        "评级日期：2018年7月16日\n\n"
        "一、区域经济\n"
        "2017年，全区地区生产总值同比增长8.9%。根据《2018年某区政府工作报告》，2018年全区地区生产总值"
        "预期增长8.5%，全社会固定资产投资增长10%以上，社会消费品零售总额增长11%。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "%", 2017, "final"), "8.9") in found
    assert (("固定资产投资", "%", 2018, "target"), "10%以上") in found
    assert (("社会消费品零售总额", "%", 2018, "target"), "11") in found


def test_an_infographics_figure_over_a_name_ending_on_its_change_is_that_names():
    text = (
        "一图读懂｜某区2024年政府工作报告\n"
        "2023年成绩单\n"
        "6.1%\n地区生产总值增长\n高于全市0.8个百分点\n"
        "12.3%\n规上工业增加值增长\n"
        "7.9%\n社会消费品零售总额增长\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "12.3") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "7.9") in found
    assert (("地区生产总值", "%", 2023, "expected"), "12.3") not in found


def test_a_growth_is_read_past_a_long_note_on_its_levels_scope():
    text = (
        "全市农民人均纯收入7118元（因庐江、巢湖两地农村人口计入，较原口径的7826元有所降低），"
        "同口径增长20.9%。\n"
    )
    found = all_values(text, 2011)
    assert (("农村居民人均纯收入", "%", 2011, "expected"), "20.9") in found


_REVIEW_HEAD = (
    "关于某市2018年国民经济和社会发展计划执行情况的报告\n"
    "（2019年1月10日在某市第十届人民代表大会第三次会议上）\n"
    "一、2018年工作回顾\n"
)


def test_a_year_ahead_named_in_a_review_as_a_date_or_a_list_sets_no_targets():
    for sentence in (
        "全年实施重点项目320个，列入2019年省重点项目28个，全社会固定资产投资增长10.5%。",
        "全市一般公共预算收入增长8.2%，为2019年财政平稳运行奠定了基础，"
        "城镇居民人均可支配收入增长8.5%。",
        "自2019年1月1日起提高城乡低保标准，全年城镇新增就业1.8万人，城镇登记失业率3.2%。",
    ):
        found = all_values(_REVIEW_HEAD + sentence + "\n", 2018)
        assert found and not any(key[2] == 2019 for key, _ in found), sentence


def test_the_years_start_words_in_other_senses_cue_no_target():
    for sentence in (
        "去年，我县年初确定的为民办实事项目全部完成，城镇居民人均可支配收入增长8.5%。",
        "局长：年初定的是保持平稳增长，全市地区生产总值增长7.5%，都超过了年初目标。",
    ):
        found = all_values(sentence, 2018)
        assert found and not any(key[3] == "target" for key, _ in found), sentence


def test_a_table_one_cell_a_line_keeps_its_rows_whose_notes_are_sentences():
    text = (
        "关于某县2018年计划执行情况与2019年计划草案的报告\n\n附表\n"
        "指标名称\n单位\n2018年计划\n2018年预计\n2019年计划\n备注\n"
        "地区生产总值\n亿元\n235\n241.3\n260\n按可比价计算，增速为名义增速，下同\n"
        "一般公共预算收入\n亿元\n15.2\n15.8\n16.8\n不含土地出让收入。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "241.3") in found
    assert (("地方一般公共预算收入", "亿元", 2019, "target"), "16.8") in found


def test_sectors_growth_shared_on_after_a_growth_word_stays_the_sectors_growth():
    for sentence in (
        "分产业看，第一产业增长3.8%，第二产业8.5%，第三产业7.9%。",
        "三次产业增速分别为：第一产业3.8%，第二产业8.5%，第三产业7.9%。",
    ):
        found = all_values(sentence, 2019)
        assert (("第二产业增加值", "%", 2019, "expected"), "8.5") in found, sentence


def test_a_bracket_after_a_target_naming_no_year_gives_no_target():
    text = "2019年，全县一般公共预算收入力争增长6%（上年预计完成12.3亿元，增长5.1%）。\n"
    found = all_values(text, 2018)
    assert (("地方一般公共预算收入", "亿元", 2019, "target"), "12.3") not in found


def test_a_five_year_plans_targets_after_a_list_of_results_are_not_the_years():
    text = (
        "2019年，全县化学需氧量、氨氮排放量分别比上年削减3.1%、2.4%，"
        "“十三五”目标分别为削减10%、12%，完成进度良好。\n"
    )
    found = all_values(text, 2019)
    assert (("氨氮", "%", 2019, "expected"), "2.4") in found
    assert not any(value in ("削减10", "12") for _, value in found)


def test_a_reports_posting_line_in_words_months_after_the_congress_does_not_date_it():
    text = (
        "某市2019年政府工作报告\n"
        "2019年08月21日15:32　来源：某市人民政府网\n\n"
        "过去一年，全市地区生产总值完成1208.6亿元，增长7.5%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "7.5") in found
