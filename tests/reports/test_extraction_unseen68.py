"""Forms found in round sixty-eight, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_year_between_an_indicators_name_and_its_value_dates_the_value():
    text = (
        "青禾市“十三五”规划纲要实施中期评估报告\n\n"
        "（一）经济实力稳步增强。全市地区生产总值2017年达到1286.4亿元，增长8.2%；"
        "规模以上工业增加值2017年达到402.7亿元，增长9.1%。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "亿元", 2017, "expected"), "1286.4") in found
    assert (("地区生产总值", "%", 2017, "expected"), "8.2") in found
    assert (("规上工业增加值", "亿元", 2017, "expected"), "402.7") in found


def test_a_year_priced_at_between_a_name_and_its_growth_is_no_year_of_the_figure():
    text = (
        "青禾县2007年国民经济和社会发展计划执行情况\n\n"
        "全年实现地区生产总值24.9亿元，按2005年可比价格计算，比上年增长10.0%。\n"
    )
    found = all_values(text, 2007)
    assert (("地区生产总值", "%", 2007, "expected"), "10.0") in found
    assert not any(key[2] == 2005 for key, _ in found)


def test_a_line_of_an_indicators_values_year_by_year_gives_each_its_year():
    text = (
        "青禾市“十一五”规划中期评估报告\n\n"
        "二、主要指标完成情况\n"
        "——全市生产总值：2005年418.6亿元，2010年目标820亿元，2007年566.3亿元，进度符合预期。\n"
        "——城镇登记失业率：2010年控制在4.5%以内，2007年3.8%，进度符合预期。\n"
    )
    found = all_values(text, 2007)
    assert (("地区生产总值", "亿元", 2005, "final"), "418.6") in found
    assert (("地区生产总值", "亿元", 2010, "target"), "820") in found
    assert (("地区生产总值", "亿元", 2007, "expected"), "566.3") in found
    assert (("城镇登记失业率", "%", 2010, "target"), "4.5%以内") in found
    assert (("城镇登记失业率", "%", 2007, "expected"), "3.8") in found


def test_a_year_before_said_after_a_figure_is_not_carried_to_the_next_sentence():
    text = (
        "青禾区“十四五”规划实施中期评估报告\n\n"
        "2022年全区一般公共预算收入86.4亿元，同比下降3.1%，2021年为89.2亿元、增长7.5%。"
        "社会消费品零售总额612.8亿元，下降2.6%。全社会固定资产投资增长5.4%。\n"
    )
    found = all_values(text, 2022)
    assert (("地方一般公共预算收入", "亿元", 2021, "final"), "89.2") in found
    assert (("地方一般公共预算收入", "%", 2021, "final"), "7.5") in found
    assert (("社会消费品零售总额", "亿元", 2022, "expected"), "612.8") in found
    assert (("固定资产投资", "%", 2022, "expected"), "5.4") in found


def test_the_year_before_given_for_comparison_is_not_carried_to_the_sentences_after():
    text = (
        "致全县在外乡亲的一封信\n\n"
        "过去的一年，全县实现地区生产总值318.4亿元，增长6.2%；2023年，全县地区生产总值为"
        "297.6亿元。一般公共预算收入21.3亿元，增长5.1%；固定资产投资增长8.4%。\n\n"
        "青禾县人民政府\n2025年1月18日\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2023, "final"), "297.6") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "21.3") in found
    assert (("固定资产投资", "%", 2024, "expected"), "8.4") in found


def test_a_table_of_years_reads_its_columns_of_targets_as_targets():
    text = (
        "附件：青禾市2016—2020年主要指标计划与完成情况\n"
        "单位：%\n"
        "年份\t地区生产总值增长（计划）\t（完成）\t一般公共预算收入增长（计划）\t（完成）\n"
        "2018\t7.5左右\t7.1\t7\t8.4\n"
        "2019\t7.5左右\t7.9\t6\t2.1\n"
        "2020\t—\t3.3\t—\t1.8\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2018, "target"), "7.5左右") in found
    assert (("地区生产总值", "%", 2018, "final"), "7.1") in found
    assert (("地方一般公共预算收入", "%", 2019, "target"), "6") in found
    assert (("地方一般公共预算收入", "%", 2019, "final"), "2.1") in found
    assert (("地区生产总值", "%", 2020, "expected"), "3.3") in found


def test_a_block_of_years_under_its_indicators_heading_reads_plan_and_result():
    text = (
        "青禾区2006—2010年年度计划主要指标执行情况\n\n"
        "（一）地区生产总值\n"
        "年份　计划增长（%）　实际增长（%）　总量（亿元）\n"
        "2009　9　10.1　1710.9\n"
        "2010　11　13.0　1977.0\n\n"
        "（二）社会消费品零售总额\n"
        "年份　计划增长（%）　实际增长（%）　总量（亿元）\n"
        "2009　14　16.2　512.4\n"
        "2010　15　17.6　596.3\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "%", 2009, "target"), "9") in found
    assert (("地区生产总值", "%", 2009, "final"), "10.1") in found
    assert (("地区生产总值", "亿元", 2010, "expected"), "1977.0") in found
    assert (("社会消费品零售总额", "%", 2010, "target"), "15") in found
    assert (("社会消费品零售总额", "亿元", 2009, "final"), "512.4") in found


def test_a_table_of_years_captioned_as_the_targets_gives_targets_not_results():
    text = (
        "青禾省历年年度计划主要指标完成情况（2011—2013年）\n\n"
        "（1）计划增长速度（%）\n"
        "年份\t生产总值\t财政总收入\t固定资产投资\n"
        "2011\t11\t15\t25\n"
        "2012\t11\t15\t25\n"
        "（2）实际增长速度（%）\n"
        "年份\t生产总值\t财政总收入\t固定资产投资\n"
        "2011\t12.5\t32.0\t27.2\n"
        "2012\t11.0\t20.1\t27.5\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2011, "target"), "11") in found
    assert (("固定资产投资", "%", 2012, "target"), "25") in found
    assert (("地区生产总值", "%", 2011, "final"), "12.5") in found
    assert (("一般公共预算总收入", "%", 2012, "final"), "20.1") in found
    assert (("地区生产总值", "%", 2011, "final"), "11") not in found


def test_a_rows_kind_cell_reads_its_years_as_targets_and_the_row_under_it_as_results():
    text = (
        "青禾县2008—2011年主要指标年度目标与完成情况对照表\n\n"
        "指标名称 | 类别 | 2009 | 2010 | 2011\n"
        "地区生产总值增长（%） | 目标 | 12 | 13 | 14\n"
        " | 完成 | 12.6 | 14.1 | 15.2\n"
        "地区生产总值（亿元） | 完成 | 36.80 | 42.75 | 52.3\n"
        "农民人均纯收入增长（%） | 目标 | 8 | 10 | 12\n"
        " | 完成 | 12.9 | 23.1 | 19.9\n"
    )
    found = all_values(text, 2011)
    assert (("地区生产总值", "%", 2009, "target"), "12") in found
    assert (("地区生产总值", "%", 2009, "final"), "12.6") in found
    assert (("地区生产总值", "%", 2011, "expected"), "15.2") in found
    assert (("地区生产总值", "亿元", 2010, "final"), "42.75") in found
    assert (("农村居民人均纯收入", "%", 2011, "target"), "12") in found
    assert (("农村居民人均纯收入", "%", 2010, "final"), "23.1") in found
    assert (("地区生产总值", "%", 2009, "final"), "12") not in found


def test_a_numbered_table_of_one_indicator_under_a_rule_reads_plan_and_result_not_the_share():
    text = (
        "青禾市“十五”时期年度计划主要指标执行情况（2001—2005年）\n\n"
        "表2　财政总收入\n\n"
        "年份 | 计划（亿元） | 完成（亿元） | 完成计划（%）\n"
        "———————————————\n"
        "2004 | 40.2 | 42.86 | 106.6\n"
        "2005 | 48 | 51.2 | 106.7\n"
    )
    found = all_values(text, 2005)
    assert (("一般公共预算总收入", "亿元", 2004, "target"), "40.2") in found
    assert (("一般公共预算总收入", "亿元", 2004, "final"), "42.86") in found
    assert (("一般公共预算总收入", "亿元", 2005, "expected"), "51.2") in found
    assert not any(value == "106.6" for _, value in found)


def test_results_below_a_line_naming_their_years_communique_as_source_are_final():
    text = (
        "青禾市2012年经济数据（对话导出）\n"
        "导出时间：2024-06-14\n\n"
        "用户：青禾市2012年的经济数据能整理一下吗？\n\n"
        "助手：好的，以下根据《青禾市2012年国民经济和社会发展统计公报》整理。\n\n"
        "## 一、综合\n\n"
        "- 地区生产总值**1759.4亿元**，增长**11.8%**\n"
        "- 社会消费品零售总额**612.3亿元**，增长**15.2%**\n\n"
        "## 二、2013年目标\n\n"
        "- 地区生产总值增长11%左右\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 2012, "final"), "1759.4") in found
    assert (("社会消费品零售总额", "%", 2012, "final"), "15.2") in found
    assert (("地区生产总值", "%", 2013, "target"), "11%左右") in found


def test_a_source_line_that_says_the_figures_are_estimates_leaves_them_expected():
    text = (
        "青禾县2023年经济情况问答\n\n"
        "助手：以下数据为初步统计数，最终以《青禾县2023年国民经济和社会发展统计公报》为准：\n\n"
        "- 地区生产总值**318.6亿元**，增长**5.9%**\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "318.6") in found


def test_a_bullet_of_one_indicator_gives_last_years_target_and_result_and_this_years_target():
    text = (
        "两会观察丨青禾市今年目标为何定在“6%以上”\n\n"
        "■一张表看懂两年目标\n\n"
        "▲地区生产总值：2022年目标5.5%左右，完成2.6%；2023年目标6%以上\n\n"
        "▲城镇调查失业率：2022年目标5.5%以内，全年平均5.4%；2023年目标5.5%以内\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "5.5%左右") in found
    assert (("地区生产总值", "%", 2022, "expected"), "2.6") in found
    assert (("地区生产总值", "%", 2023, "target"), "6%以上") in found
    assert (("城镇调查失业率", "%", 2022, "target"), "5.5%以内") in found
    assert (("城镇调查失业率", "%", 2022, "expected"), "5.4") in found
    assert (("城镇调查失业率", "%", 2023, "target"), "5.5%以内") in found


def test_unitless_values_take_the_unit_their_name_says_in_brackets():
    text = (
        "青禾区2013—2014年主要指标计划与完成情况\n\n"
        "一、地区生产总值增长（%）：2013年计划8、完成8.2；2014年计划7.5、完成7.3。\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "%", 2013, "target"), "8") in found
    assert (("地区生产总值", "%", 2013, "final"), "8.2") in found
    assert (("地区生产总值", "%", 2014, "target"), "7.5") in found
    assert (("地区生产总值", "%", 2014, "expected"), "7.3") in found
    assert not any(key[1] == "亿元" for key, _ in found)


def test_a_plans_target_for_its_last_year_said_in_a_review_keeps_that_year():
    text = (
        "青禾市“十二五”规划纲要实施中期评估报告\n\n"
        "三、主要指标完成情况\n"
        "具体为：实际利用外资2015年目标6亿美元，进度滞后；城镇化率2015年目标68%，进度基本符合预期。\n"
    )
    found = all_values(text, 2013)
    assert (("实际利用外资", "亿美元", 2015, "target"), "6") in found
    assert (("常住人口城镇化率", "%", 2015, "target"), "68") in found


def test_a_rhymes_line_of_a_name_then_a_line_of_its_value_reads_as_one_figure():
    text = (
        "快板书《青禾县这一年》\n\n"
        "（甲）乡亲们最关心这一条：\n"
        "城镇居民人均可支配收入，\n"
        "两万四千五百二十元，\n"
        "增长百分之八点六；\n"
        "全县城镇新增就业，五千二百人，\n"
    )
    found = all_values(text, 2018)
    assert (("城镇居民人均可支配收入", "元", 2018, "expected"), "两万四千五百二十") in found
    assert (("城镇居民人均可支配收入", "%", 2018, "expected"), "百分之八点六") in found


def test_a_comma_after_a_name_bridges_no_count_of_another_thing():
    text = "青禾县2018年工作总结\n\n全县地区生产总值，在全市排名第3位，比上年前移一位。\n"
    found = all_values(text, 2018)
    assert not found


def test_the_share_of_town_residents_is_the_urbanisation_rate():
    text = "青禾市全面建成小康社会统计监测报告\n\n2008年，全市城镇人口比重为47.3%，比上年提高1.2个百分点。\n"
    found = all_values(text, 2008)
    assert (("常住人口城镇化率", "%", 2008, "expected"), "47.3") in found


def test_a_papers_bracketed_date_line_dates_a_signed_article_in_the_year_in_course():
    text = (
        "绿水青山就是金山银山\n"
        "——青禾县践行新发展理念的十年探索\n"
        "中共青禾县委书记　林青\n\n"
        "《人民日报》（2015年08月12日　07版）\n\n"
        "　　十年前，青禾还是全省经济相对欠发达的县。十年来，历届县委、县政府坚持一张蓝图绘到底，"
        "走出了一条生态美、产业兴、百姓富的绿色发展之路。习近平总书记指出：“我们既要绿水青山，"
        "也要金山银山。”回望十年历程，我们深切体会到，生态优势可以转化为发展优势。"
        "我们坚持把生态保护放在首位，关停了一批污染企业，发展起竹产业、白茶产业和休闲旅游业，"
        "乡村面貌焕然一新，群众的获得感显著增强。\n\n"
        "　　2014年，全县地区生产总值303.9亿元，增长7.5%。\n\n"
        "　　今年以来，全县经济运行平稳。"
        "年初县人大会议确定的全年地区生产总值增长8%左右、财政总收入增长8%的目标，上半年完成情况良好。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "亿元", 2014, "final"), "303.9") in found
    assert (("地区生产总值", "%", 2015, "target"), "8%左右") in found
    assert (("一般公共预算总收入", "%", 2015, "target"), "8") in found


def test_results_below_a_sentence_saying_they_are_the_final_count_are_final():
    text = (
        "青禾县经济情况咨询（对话复制）\n"
        "2025-01-08 16:22\n\n"
        "用户：青禾县去年GDP多少？\n\n"
        "助手：县级年度数据一般要到次年统计公报才发布。我先为您整理最近一个完整年度，即2023年的数据"
        "（来源：《青禾县2023年国民经济和社会发展统计公报》，2024年4月发布），供您参考：\n\n"
        "- 地区生产总值：**918.6亿元**，增长**6.4%**\n\n"
        "用户：再说说2022年的。\n\n"
        "助手：好的，以下内容依据当年统计公报整理，数据均为最终公布数。\n\n"
        "- 2022年全县地区生产总值866.5亿元，增长4.7%\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "918.6") in found
    assert (("地区生产总值", "%", 2023, "final"), "6.4") in found
    assert (("地区生产总值", "亿元", 2022, "final"), "866.5") in found


def test_a_line_of_kinds_under_a_header_of_years_splits_each_name_into_target_and_result():
    text = (
        "附表　2016—2018年青禾省年度计划主要指标及完成情况\n\n"
        "年份　　地区生产总值增长（%）　　一般公共预算收入增长（%）\n"
        "　　　　计划　　实际　　计划　　实际\n"
        "2017　　7.5—8　　7.8　　7　　10.5\n"
        "2018　　7—7.5　　7.6　　7　　10.5\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2017, "target"), "7.5—8") in found
    assert (("地区生产总值", "%", 2017, "final"), "7.8") in found
    assert (("地方一般公共预算收入", "%", 2018, "target"), "7") in found
    assert (("地方一般公共预算收入", "%", 2018, "expected"), "10.5") in found
    assert (("地区生产总值", "%", 2017, "target"), "7.8") not in found


def test_a_table_of_years_under_a_heading_of_the_plan_carried_out_gives_results():
    text = (
        "关于青禾区2023年计划执行情况与2024年计划草案的报告\n\n"
        "一、2023年计划执行情况\n\n"
        "年份 | 地区生产总值增长（%） | 地区生产总值（亿元）\n"
        "2022年 | 3.5 | 672.8\n"
        "2023年 | 6.2 | 705.6\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2022, "final"), "3.5") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "705.6") in found
    assert not any(key[3] == "target" for key, _ in found)


def test_a_column_whose_name_holds_a_plans_word_keeps_its_name_and_kind():
    text = (
        "青禾市2019—2023年主要指标\n\n"
        "年份 | 实际利用外资（亿美元） | 人均预期寿命（岁） | 地区生产总值（亿元）\n"
        "2022年 | 3.2 | 79.1 | 672.8\n"
        "2023年 | 3.5 | 79.4 | 705.6\n"
    )
    found = all_values(text, 2023)
    assert (("实际利用外资", "亿美元", 2022, "final"), "3.2") in found
    assert not any(key[3] == "target" for key, _ in found)
    assert not any("人均寿命" in key[0] for key, _ in found)


def test_an_attribute_columns_expected_cell_makes_no_row_of_targets():
    text = (
        "青禾市“十四五”规划主要指标\n\n"
        "指标 | 属性 | 2020年 | 2025年 | 年均增长\n"
        "地区生产总值（亿元） | 预期 | 462.8 | 650 | 7%\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2020, "final"), "462.8") in found


def test_a_communique_the_figures_await_is_not_their_source():
    text = (
        "青禾县2023年国民经济和社会发展计划执行情况\n（2024年1月10日）\n\n"
        "以下数据如与《2023年青禾县国民经济和社会发展统计公报》不一致，以统计公报为准。\n\n"
        "全县地区生产总值318.6亿元，增长5.9%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "318.6") in found


def test_the_plan_carried_out_before_the_years_targets_does_not_date_them():
    text = (
        "青禾市2024年国民经济和社会发展计划草案的报告\n\n"
        "二、2024年经济社会发展的主要预期目标\n\n"
        "综合考虑2023年计划执行情况和发展条件，主要预期目标建议为：地区生产总值增长6%左右，"
        "一般公共预算收入增长6%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "6") in found


def test_an_increment_after_a_comma_is_no_level():
    text = "青禾县2023年财政运行分析\n\n同比增量最大的是一般公共预算收入，3.2亿元。\n"
    found = all_values(text, 2023)
    assert not any(value == "3.2" for _, value in found)


def test_the_share_of_the_target_done_after_a_target_is_no_result():
    text = "青禾县2023年计划执行情况\n\n一般公共预算收入目标增长8%，完成106%。\n"
    found = all_values(text, 2023)
    assert not any(value == "106" for _, value in found)


def test_a_sentence_on_the_same_year_goes_on_about_the_year_before():
    text = (
        "青禾区2024年政府工作报告\n\n一、2023年工作回顾\n\n"
        "过去一年，全区地区生产总值705.6亿元，增长6.1%。2022年，全区地区生产总值为650.2亿元，"
        "增长3.1%。这一年，受疫情影响，社会消费品零售总额下降2.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("社会消费品零售总额", "%", 2022, "final"), "下降2.5") in found


def test_an_offices_byline_with_the_date_dates_a_mid_year_analysis():
    text = (
        "时间过半看目标：上半年全市主要经济指标与年度目标对照分析\n\n"
        "青禾市统计局综合处　　2022年7月25日\n\n"
        "今年1月召开的市人大会议审议通过了2022年政府工作报告，确定了全年主要预期目标。"
        "上半年已经过去，全市经济运行情况与年度目标相比进度如何？\n\n"
        "一、两年目标对照\n\n"
        "2022年政府工作报告确定的全年主要预期目标是：地区生产总值增长6.5%左右，"
        "规模以上工业增加值增长6%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "6.5%左右") in found
    assert (("规上工业增加值", "%", 2022, "target"), "6") in found


def test_a_name_labelled_in_brackets_then_last_years_target_and_result():
    text = (
        "青禾市2026年政府工作报告解读\n\n"
        "二、去年的目标，交出了怎样的答卷\n\n"
        "【固定资产投资】去年目标增长8%，实际增长3.5%，未完成。\n\n"
        "【社会消费品零售总额】去年目标增长5%左右，实际完成748.6亿元，增长5.1%。\n"
    )
    found = all_values(text, 2025)
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert (("固定资产投资", "%", 2025, "expected"), "3.5") in found
    assert (("社会消费品零售总额", "%", 2025, "target"), "5%左右") in found
    assert (("社会消费品零售总额", "亿元", 2025, "expected"), "748.6") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "5.1") in found


def test_the_targets_a_congress_session_put_forward_are_quoted_targets():
    text = (
        "新起点　新目标\n——今年市政府工作报告与去年对比解读\n\n"
        "青禾日报　2006年2月16日　星期四　第三版\n\n"
        "■去年的目标全面超额完成\n\n"
        "去年2月召开的市二届人大三次会议提出，2005年全市生产总值增长15%，财政总收入增长20%。\n\n"
        "报告显示，2005年全市生产总值达到346.6亿元，增长18.7%；财政总收入80.2亿元，增长56.6%。\n"
    )
    found = all_values(text, 2005)
    assert (("地区生产总值", "%", 2005, "target"), "15") in found
    assert (("一般公共预算总收入", "%", 2005, "target"), "20") in found
    assert (("地区生产总值", "%", 2005, "expected"), "18.7") in found
    assert (("一般公共预算总收入", "%", 2005, "expected"), "56.6") in found
