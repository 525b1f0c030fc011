"""Forms found in round sixty-two, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_header_of_the_years_start_targets_dates_its_kinds_by_the_year_reviewed():
    text = (
        "表2　目标完成情况对照\n"
        "指标\t年初目标\t预计完成\n"
        "地区生产总值\t增长7%\t增长5.1%\n"
        "全社会固定资产投资\t增长12%\t下降3.4%\n"
        "一般公共预算收入\t增长6%\t增长6.8%\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "target"), "7") in found
    assert (("地区生产总值", "%", 2019, "expected"), "5.1") in found
    assert (("固定资产投资", "%", 2019, "expected"), "下降3.4") in found
    assert (("地方一般公共预算收入", "%", 2019, "target"), "6") in found


def test_a_years_start_header_pasted_one_cell_a_line_reads_as_a_table():
    text = (
        "主要指标一览\n"
        "指标\n"
        "年初计划\n"
        "预计完成\n"
        "地区生产总值\n"
        "增长8.5%\n"
        "增长7.9%\n"
        "社会消费品零售总额\n"
        "增长10%\n"
        "增长11.2%\n"
        "城镇居民人均可支配收入\n"
        "增长8%\n"
        "增长8.3%\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "8.5") in found
    assert (("地区生产总值", "%", 2016, "expected"), "7.9") in found
    assert (("社会消费品零售总额", "%", 2016, "expected"), "11.2") in found
    assert (("城镇居民人均可支配收入", "%", 2016, "target"), "8") in found
    assert (("地区生产总值", "%", 2016, "expected"), "8.5") not in found


def test_a_unit_cell_naming_the_growth_makes_the_rows_figures_rates():
    text = (
        "| 指标 | 单位 | 2020年计划 | 2020年预计 | 2021年计划 |\n"
        "|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 410 | 402.3 | 430 |\n"
        "| 地区生产总值 | 增长% | 6 | 3.2 | 7 |\n"
        "| 社会消费品零售总额 | 比上年增长（%） | 8 | -2.5 | 9 |\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "expected"), "3.2") in found
    assert (("地区生产总值", "%", 2021, "target"), "7") in found
    assert (("社会消费品零售总额", "%", 2020, "expected"), "-2.5") in found
    assert (("地区生产总值", "亿元", 2021, "target"), "430") in found


def test_a_header_cell_spanning_the_last_columns_covers_the_measures_under_it():
    text = (
        "<table>\n"
        '<tr><td rowspan="2">指标</td><td rowspan="2">单位</td>'
        '<td colspan="2">2019年预计</td><td colspan="2">2020年目标</td></tr>\n'
        "<tr><td>总量</td><td>增长%</td><td>总量</td><td>增长%</td></tr>\n"
        "<tr><td>地区生产总值</td><td>亿元</td><td>520</td><td>6.8</td>"
        "<td>560</td><td>6.5左右</td></tr>\n"
        "<tr><td>固定资产投资</td><td>亿元</td><td>300</td><td>9.1</td>"
        "<td>330</td><td>10</td></tr>\n"
        "</table>\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2020, "target"), "6.5左右") in found
    assert (("固定资产投资", "%", 2020, "target"), "10") in found
    assert (("固定资产投资", "亿元", 2020, "target"), "330") in found


def test_a_converters_html_table_on_one_line_reads_row_by_row():
    text = (
        "附表：主要指标\n"
        "<table><tr><td>指标</td><td>单位</td><td>2015年预计</td><td>2016年目标</td></tr>"
        "<tr><td>地区生产总值</td><td>%</td><td>8.1</td><td>7.5左右</td></tr>"
        "<tr><td>一般公共预算收入</td><td>亿元</td><td>61.2</td><td>65</td></tr></table>\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "expected"), "8.1") in found
    assert (("地区生产总值", "%", 2016, "target"), "7.5左右") in found
    assert (("地方一般公共预算收入", "亿元", 2016, "target"), "65") in found


def test_figures_a_converter_set_in_latex_read_as_the_figures_they_show():
    text = (
        "# 政府工作报告\n\n"
        "全市地区生产总值达到 $1 2 0 5 . 6$ 亿元、增长 $\\mathbf{7 . 8 \\%}$，"
        "社会消费品零售总额增长\\(9.2\\%\\)，城镇登记失业率 $3.1\\%$。"
        "居民消费价格上涨 $2 . 1 \\%$。\n\n"
        "今年主要预期目标是：地区生产总值增长 $7\\%$ 左右；城镇登记失业率控制在\\(4\\%\\)以内。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "亿元", 2017, "expected"), "1 2 0 5 . 6") in found
    assert (("地区生产总值", "%", 2017, "expected"), "7 . 8") in found
    assert (("社会消费品零售总额", "%", 2017, "expected"), "9.2") in found
    assert (("城镇登记失业率", "%", 2017, "expected"), "3.1") in found
    assert (("居民消费价格指数", "%", 2017, "expected"), "2 . 1") in found
    assert (("地区生产总值", "%", 2018, "target"), "7\\%$ 左右") in found
    assert (("城镇登记失业率", "%", 2018, "target"), "4\\%\\)以内") in found


def test_a_latex_tabular_reads_as_a_barred_table():
    text = (
        "\\begin{tabular}{l c c c}\n"
        "\\hline\n"
        "指标名称 & 单位 & 2009年预计 & 2010年计划 \\\\\n"
        "\\hline\n"
        "地区生产总值 & 亿元 & 850 & 930 \\\\\n"
        " & \\% & 11.5 & 10 \\\\\n"
        "地方财政收入 & 亿元 & 61 & 67 \\\\\n"
        "\\hline\n"
        "\\end{tabular}\n"
    )
    found = all_values(text, 2009)
    assert (("地区生产总值", "亿元", 2010, "target"), "930") in found
    assert (("地区生产总值", "%", 2009, "expected"), "11.5") in found
    assert (("地方一般公共预算收入", "亿元", 2009, "expected"), "61") in found


def test_a_row_with_no_name_and_a_rate_unit_holds_the_growth_of_the_row_above():
    text = (
        "指标名称\t单位\t2012年预计\t2013年计划\n"
        "地区生产总值\t亿元\t850\t930\n"
        "\t%\t11.5\t10\n"
        "城镇登记失业率\t%\t3.2\t4以内\n"
        "\t%\t0.1\t—\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "expected"), "11.5") in found
    assert (("地区生产总值", "%", 2013, "target"), "10") in found
    # a rate's row holds no level: the row under it is not its growth
    assert (("城镇登记失业率", "%", 2012, "expected"), "0.1") not in found


def test_results_whose_yearly_count_awaits_verification_stay_expected():
    text = (
        "关于县人民政府2015年度目标任务完成情况的评估报告\n"
        "（2016年3月20日在某县第十六届人民代表大会常务委员会第三十次会议上）\n"
        "根据县统计局提供的初步统计数据（年报数据待市统计局审定），主要指标完成情况如下：\n"
        "全县实现地区生产总值156.2亿元，增长9.1%；社会消费品零售总额48.3亿元，增长12.2%。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "亿元", 2015, "expected"), "156.2") in found
    assert (("社会消费品零售总额", "%", 2015, "expected"), "12.2") in found


def test_what_the_report_the_congress_approved_proposed_is_the_years_targets():
    text = (
        "关于市人民政府2012年度目标任务完成情况的评估报告\n"
        "一、目标任务完成的基本情况\n"
        "2012年是“十二五”承上启下之年。市十四届人大一次会议批准的政府工作报告提出，"
        "全年地区生产总值增长11%，全社会固定资产投资增长20%，城镇登记失业率控制在4.2%以内。\n"
        "评估组认为，主要指标完成情况较好。全市实现地区生产总值1210亿元，增长11.6%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "target"), "11") in found
    assert (("固定资产投资", "%", 2012, "target"), "20") in found
    assert (("城镇登记失业率", "%", 2012, "target"), "4.2%以内") in found
    assert (("地区生产总值", "%", 2012, "expected"), "11.6") in found


def test_an_undated_review_done_over_months_of_the_next_year_gives_final_results():
    text = (
        "某市2020年《政府工作报告》目标任务完成情况第三方评估报告（摘要）\n"
        "受市政府办公室委托，评估组于2021年3月至5月对2020年《政府工作报告》确定的主要预期目标"
        "完成情况开展了第三方评估。\n"
        "经核算，全市实现地区生产总值2456.3亿元，比上年增长3.1%；"
        "城镇居民人均可支配收入41230元，增长4.2%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "final"), "2456.3") in found
    assert (("城镇居民人均可支配收入", "%", 2020, "final"), "4.2") in found


def test_an_undated_text_on_work_to_be_done_in_the_next_year_keeps_results_expected():
    text = (
        "某县2020年工作总结\n"
        "全县实现地区生产总值156.3亿元，比上年增长3.6%。\n"
        "下一步，县里将于2021年3月至6月组织开展项目集中攻坚。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "expected"), "156.3") in found


def test_a_planned_amount_then_its_actual_amount_gives_the_target_and_the_result():
    text = (
        "一、2011年计划执行情况\n"
        "（三）投资。计划完成全社会固定资产投资350亿元，实际完成326.4亿元，增长15.2%。\n"
    )
    found = all_values(text, 2011)
    assert (("固定资产投资", "亿元", 2011, "target"), "350") in found
    assert (("固定资产投资", "亿元", 2011, "expected"), "326.4") in found


def test_a_heading_over_the_targets_met_or_missed_opens_their_review():
    text = (
        "关于2013年县人民政府工作报告确定目标任务落实情况的评估报告\n"
        "二、超额完成的目标任务\n"
        "（一）经济总量。全县地区生产总值完成186.4亿元，增长11.2%。\n"
        "三、未完成的目标任务\n"
        "（一）进出口总额。进出口总额下降8.5%，主要是出口订单减少。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "亿元", 2013, "expected"), "186.4") in found
    assert (("地区生产总值", "%", 2013, "expected"), "11.2") in found
    assert (("进出口总额", "%", 2013, "expected"), "下降8.5") in found


def test_a_sentence_giving_the_years_account_after_a_target_gives_results():
    text = (
        "二、分项评估\n"
        "1.地区生产总值。年初目标增长7%左右。全年实现地区生产总值832.6亿元，按可比价格计算增长"
        "5.2%，比目标低1.8个百分点。评估：未完成。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "target"), "7%左右") in found
    assert (("地区生产总值", "亿元", 2019, "expected"), "832.6") in found
    assert (("地区生产总值", "%", 2019, "expected"), "5.2") in found


def test_a_header_setting_targets_before_results_with_no_year_is_of_the_year_reviewed():
    text = (
        "各项指标监测评估结果如下：\n\n"
        "指标　　　　　　　　　　目标　　　　　　实绩　　　　　　评估\n"
        "地区生产总值　　　　　　增长9%　　　　 增长8.1%　　　　B\n"
        "社会消费品零售总额　　　增长12%　　　　增长12.6%　　　 A\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "%", 2014, "target"), "9") in found
    assert (("地区生产总值", "%", 2014, "expected"), "8.1") in found
    assert (("社会消费品零售总额", "%", 2014, "expected"), "12.6") in found


def test_a_header_setting_results_before_targets_with_no_year_is_not_the_year_reviewed():
    text = "指标\t预计完成\t目标\n地区生产总值\t增长7.1%\t增长7%左右\n"
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "target"), "7%左右") not in found


def test_an_evaluation_tables_verdict_weight_and_score_columns_are_no_figures_of_the_series():
    text = (
        "表1　2016年度主要指标完成情况评价表\n"
        "序号\n指标名称\n单位\n年度目标\n完成值\n完成情况\n权重（分）\n得分\n"
        "1\n地区生产总值\n亿元\n560\n548.2\n基本完成\n6\n5.6\n"
        "2\n城镇新增就业\n万人\n1.2\n1.31\n完成\n3\n3\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "亿元", 2016, "target"), "560") in found
    assert (("地区生产总值", "亿元", 2016, "expected"), "548.2") in found
    assert (("城镇新增就业", "万人", 2016, "expected"), "1.31") in found
    assert not any(value in ("5.6", "6") for _key, value in found)


def test_a_column_of_the_progress_toward_the_years_target_holds_no_figures_of_the_series():
    text = (
        "主要指标完成情况见下表。\n"
        "指标\t单位\t全年预期目标\t上半年完成\t同比增长（%）\t全年目标进度（%）\n"
        "固定资产投资\t亿元\t980\t452.6\t11.8\t46.2\n"
        "社会消费品零售总额\t亿元\t610\t288.1\t7.3\t47.2\n"
    )
    found = all_values(text, 2018)
    assert (("固定资产投资", "亿元", 2018, "target"), "980") in found
    assert not any(value in ("46.2", "47.2") for _key, value in found)


def test_a_minutes_item_heading_on_what_the_meeting_heard_heads_results_and_targets_alike():
    text = (
        "某县人民政府常务会议纪要\n"
        "一、会议审议了《2019年县人民政府工作报告（送审稿）》和计划草案\n"
        "会议认为，2018年全县预计完成地区生产总值186.2亿元，增长7.1%；"
        "社会消费品零售总额增长9.6%。\n"
        "会议原则同意2019年主要预期目标：地区生产总值增长7%左右，社会消费品零售总额增长10%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "186.2") in found
    assert (("社会消费品零售总额", "%", 2018, "expected"), "9.6") in found
    assert (("地区生产总值", "%", 2019, "target"), "7%左右") in found


def test_minutes_are_dated_by_the_line_of_the_office_issuing_them():
    text = (
        "某市人民政府常务会议纪要\n\n"
        "第5期\n\n"
        "某市人民政府办公室　　　　　　　　　　2017年4月26日\n\n"
        "4月24日上午，市长主持召开市政府常务会议，听取2016年全市经济运行情况的汇报。"
        "现纪要如下：\n"
        "会议认为，2016年全市实现地区生产总值1208.6亿元，增长8.1%，"
        "城镇居民人均可支配收入32150元，增长8.3%。\n"
        "会议要求，各地各部门要抓好一季度经济运行的分析研判，确保全年目标任务完成。" * 3
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "亿元", 2016, "final"), "1208.6") in found
    assert (("城镇居民人均可支配收入", "%", 2016, "final"), "8.3") in found


def test_an_undated_research_article_with_its_abstract_and_keywords_gives_final_results():
    text = (
        "投资驱动下某省经济增长的特征与可持续性\n\n"
        "张××\n（某省社会科学院 区域经济研究所）\n\n"
        "摘　要：本文分析了2012年某省经济增长的特征与动力。\n"
        "关键词：经济增长；投资驱动\n\n"
        "一、2012年经济运行的基本特征\n"
        "2012年，全省生产总值6802.2亿元，增长13.6%；社会消费品零售总额2047.8亿元，增长16.1%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 2012, "final"), "6802.2") in found
    assert (("社会消费品零售总额", "%", 2012, "final"), "16.1") in found


def test_a_communique_issued_again_after_revision_gives_final_results():
    text = (
        "某市2019年国民经济和社会发展统计公报（修订版）\n"
        "某市统计局\n"
        "【说明】本公报首次发布于2020年3月12日。根据省统计局反馈的地区生产总值初步核实结果，"
        "现对有关数据进行修订后重新发布。\n"
        "初步核实，全年全市地区生产总值3562.7亿元，比上年增长6.6%。"
        "全年社会消费品零售总额1368.2亿元，增长7.9%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "final"), "3562.7") in found
    assert (("社会消费品零售总额", "%", 2019, "final"), "7.9") in found


def test_a_list_of_the_years_targets_as_adjusted_gives_targets_kept_beside_those_approved():
    text = (
        "关于某区2020年国民经济和社会发展计划执行情况的报告\n"
        "一、2020年计划执行情况\n"
        "年初，区人代会确定了地区生产总值增长8%、社会消费品零售总额增长10%的预期目标。"
        "受疫情影响，经区人大常委会审议批准，全年主要预期目标调整为：地区生产总值下降5%以内，"
        "社会消费品零售总额下降15%以内。预计全年地区生产总值下降3.6%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "target"), "下降5%以内") in found
    assert (("社会消费品零售总额", "%", 2020, "target"), "下降15%以内") in found
    assert (("地区生产总值", "%", 2020, "target"), "8") in found
    assert (("地区生产总值", "%", 2020, "expected"), "下降3.6") in found


def test_a_heading_on_a_goal_the_work_went_around_heads_no_targets():
    text = (
        "某县人民政府领导班子2018年度述职报告\n"
        "一、聚焦总目标，社会大局持续稳定\n"
        "全年全县地区生产总值完成102.6亿元，同比增长6.8%；一般公共预算收入7.35亿元，增长10.2%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "102.6") in found
    assert (("地方一般公共预算收入", "%", 2018, "expected"), "10.2") in found


def test_an_initial_estimate_the_text_revises_gives_way_to_the_revised_count():
    text = (
        "关于2015年国民经济和社会发展计划执行情况最终核实情况的报告\n"
        "（一）地区生产总值。2015年全市地区生产总值初步核算为604.3亿元，增长9.5%；"
        "经最终核实，全市地区生产总值为598.6亿元，按可比价格计算增长9.2%。\n"
    )
    found = all_values(text, 2015)
    values = {value for key, value in found if key[0] == "地区生产总值"}
    assert {"598.6", "9.2"} <= values
    assert not {"604.3", "9.5"} & values
