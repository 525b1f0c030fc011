"""Forms found in round sixty-seven, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_the_nations_targets_quoted_in_a_local_lecture_are_left_out_clause_after_clause():
    text = (
        "学习贯彻全国和省“两会”精神宣讲提纲\n"
        "中共青禾县委宣传部\n\n"
        "总理在政府工作报告中回顾，2015年全国国内生产总值达到67.7万亿元，增长6.9%。"
        "报告提出，今年国内生产总值增长6.5%—7%，居民消费价格涨幅3%左右；城镇新增就业1000万人以上。\n"
        "县“两会”确定，2016年全县主要预期目标是：生产总值增长8.5%；"
        "城镇居民人均可支配收入增长9%；城镇新增就业0.6万人。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2016, "target"), "8.5") in found
    assert (("城镇新增就业", "万人", 2016, "target"), "0.6") in found
    assert (("地区生产总值", "%", 2016, "target"), "6.5%—7%") not in found
    assert (("居民消费价格指数", "%", 2016, "target"), "3%左右") not in found
    assert (("城镇新增就业", "万人", 2016, "target"), "1000万人以上") not in found


def test_an_older_local_reports_own_gdp_by_the_nations_name_is_kept():
    text = (
        "青禾县2003年国民经济和社会发展计划执行情况的报告\n\n"
        "全年实现国内生产总值24.65亿元，同比增长13.5%，财政收入增长12%。\n"
    )
    found = all_values(text, 2003)
    assert (("地区生产总值", "亿元", 2003, "expected"), "24.65") in found
    assert (("地区生产总值", "%", 2003, "expected"), "13.5") in found


def test_a_comparison_with_the_nation_carries_no_scope_to_the_clauses_after_it():
    text = (
        "关于青禾市2025年国民经济和社会发展计划草案的报告\n\n"
        "2026年主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长3.7%，努力跑赢全国；"
        "固定资产投资增长3%，城镇调查失业率控制在5.5%左右。\n"
    )
    found = all_values(text, 2025)
    assert (("固定资产投资", "%", 2026, "target"), "3") in found
    assert (("城镇调查失业率", "%", 2026, "target"), "5.5%左右") in found


def test_a_lecture_speaking_for_its_city_leaves_out_the_provinces_figures():
    text = (
        "坚定信心 奋勇争先\n"
        "——学习贯彻全国和省市“两会”精神专题党课讲稿\n\n"
        "同志们：\n"
        "省人大会议报告，2023年全省地区生产总值达到50012.85亿元，增长4.6%。\n"
        "2023年，我市经济回升向好，全市地区生产总值5012.2亿元，增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "5012.2") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "50012.85") not in found


def test_a_national_lab_counted_before_a_figure_carries_no_scope_to_it():
    text = (
        "青禾市2024年政府工作报告\n\n"
        "新增全国重点实验室6家，国家企业技术中心2家，全社会研发经费投入占比达到2.88%。\n"
    )
    found = all_values(text, 2023)
    assert (("研究与试验发展经费投入强度", "%", 2023, "expected"), "2.88") in found


def test_a_yuan_sum_told_abroad_keeps_its_growth_past_its_currency_and_conversion():
    text = (
        "青禾省经济增长放缓\n\n"
        "省长在政府工作报告中表示，2023年该省地区生产总值达到3.57万亿元人民币(约合5000亿美元)，"
        "增长4.8%。全省社会消费品零售总额1.2万亿元人民币，增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "3.57万亿元") in found
    assert (("地区生产总值", "%", 2023, "expected"), "4.8") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "6.1") in found


def test_a_plans_cells_of_sums_over_its_years_give_no_years_figure():
    text = (
        "青禾市“十三五”规划纲要实施中期评估报告\n"
        "（2018年8月20日在市十五届人大常委会第十二次会议上）\n\n"
        "附表：主要指标进展情况\n"
        "| 指标 | 单位 | 2015年 | 2020年目标 | 年均增长（%） | 2017年 | 评价 |\n"
        "| 全社会固定资产投资 | 亿元 | 4105.2 | 〔2.6万亿元〕 | — | 5093.3 | 符合预期 |\n"
        "| 城镇新增就业 | 万人 | — | 〔60〕 | — | 〔27.1〕 | 符合预期 |\n"
        "| 常住人口城镇化率 | % | 45.3 | 50 | 〔4.7〕 | 47.6 | 符合预期 |\n"
        "注：〔 〕内为五年或两年累计数。\n"
    )
    found = all_values(text, 2017)
    assert (("常住人口城镇化率", "%", 2020, "target"), "50") in found
    assert (("常住人口城镇化率", "%", 2017, "final"), "47.6") in found
    assert not [key for key, value in found if value.startswith("〔")]


def test_a_date_line_naming_the_meeting_that_deliberated_the_report_dates_it():
    text = (
        "青禾县国民经济和社会发展第十四个五年规划纲要实施中期评估报告\n"
        "（2023年8月24日县十七届人大常委会第十三次会议审议）\n"
        "青禾县发展和改革局\n\n"
        "2022年全县地区生产总值达到681.9亿元，增长4.6%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "final"), "681.9") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.6") in found


def test_the_plan_reports_name_before_its_results_is_no_target_cue():
    text = (
        "青禾区十七届人大一次会议图文直播\n"
        "2012年2月14日\n\n"
        "【08:53】计划报告：初步统计，全区实现地区生产总值1093.6亿元，增长10.8%。\n"
        "【09:02】计划报告：规模以上工业增加值488.6亿元，增长9.9%。\n"
        "【09:20】2012年主要预期目标：地区生产总值增长10%。\n"
    )
    found = all_values(text, 2011)
    assert (("地区生产总值", "亿元", 2011, "expected"), "1093.6") in found
    assert (("规上工业增加值", "%", 2011, "expected"), "9.9") in found
    assert (("地区生产总值", "%", 2012, "target"), "10") in found


def test_results_a_statistical_communique_gives_are_final_however_early_quoted():
    text = (
        "青禾县北湖片区城市更新项目社会稳定风险评估报告\n"
        "报告日期：2023年3月\n\n"
        "根据《2022年青禾县国民经济和社会发展统计公报》，2022年全县实现地区生产总值612.7亿元，"
        "同比增长2.9%。\n"
        "上个月，县统计局发布了统计公报。对照公报数据，我们看一看这一年：\n"
        "社会消费品零售总额451.3亿元，增长1.2%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "final"), "612.7") in found
    assert (("地区生产总值", "%", 2022, "final"), "2.9") in found
    assert (("社会消费品零售总额", "亿元", 2022, "final"), "451.3") in found


def test_a_date_the_body_cites_in_brackets_does_not_date_the_text():
    text = (
        "青禾市青禾区北湖片区城市更新项目\n"
        "社会稳定风险评估报告\n\n"
        "报告日期：2023年5月\n\n"
        "第一章 评估事项概况\n"
        + "项目位于青禾区北湖街道，涉及征收房屋1236户，建设安置住房2860套。"
        * 24
        + "\n2022年全区实现地区生产总值612.7亿元，增长2.9%。\n"
        "二、评估依据\n"
        "（一）《青禾区政府工作报告》（2023年1月）；\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "final"), "612.7") in found


def test_a_promises_figures_are_the_year_reviewed_targets_and_the_deliverys_its_results():
    text = (
        "去年说的，今年做到了吗？——青禾市2017年政府工作报告承诺兑现情况\n\n"
        "承诺3：规模以上工业增加值增长8%。\n"
        "兑现：✗ 规模以上工业增加值增长7.2%。\n\n"
        "【承诺】社会消费品零售总额增长10%。\n"
        "【兑现】社会消费品零售总额569.8亿元，增长9.3%。\n"
        "【状态】未完成\n\n"
        "9．节能减排。目标：万元生产总值能耗下降3.5%。完成：万元生产总值能耗下降3.9%。✓\n"
    )
    found = all_values(text, 2017)
    assert (("规上工业增加值", "%", 2017, "target"), "8") in found
    assert (("规上工业增加值", "%", 2017, "expected"), "7.2") in found
    assert (("社会消费品零售总额", "%", 2017, "target"), "10") in found
    assert (("社会消费品零售总额", "%", 2017, "expected"), "9.3") in found
    assert (("万元生产总值能耗", "%", 2017, "target"), "下降3.5") in found
    assert (("万元生产总值能耗", "%", 2017, "expected"), "下降3.9") in found


def test_targets_announced_for_the_year_to_come_are_no_promise_of_the_year_reviewed():
    text = (
        "青禾市2017年国民经济和社会发展计划执行情况与2018年计划草案的报告\n\n"
        "2017年全市地区生产总值增长7.2%。\n"
        "2018年主要预期目标：地区生产总值增长7%左右。\n"
        "完成上述目标，要着力抓好以下工作。\n"
    )
    found = all_values(text, 2017)
    assert (("地区生产总值", "%", 2018, "target"), "7%左右") in found


def test_a_result_right_after_actual_follows_the_items_target():
    text = (
        "青禾省2010年政府工作报告目标完成情况\n\n"
        "● 城镇新增就业：目标30万人，实际36.8万人，已完成。\n"
        "● 城镇登记失业率：目标控制在4%以内，实际3.2%，已完成。\n"
    )
    found = all_values(text, 2010)
    assert (("城镇新增就业", "万人", 2010, "target"), "30") in found
    assert (("城镇新增就业", "万人", 2010, "expected"), "36.8") in found
    assert (("城镇登记失业率", "%", 2010, "target"), "4%以内") in found
    assert (("城镇登记失业率", "%", 2010, "expected"), "3.2") in found


def test_a_communique_awaited_or_a_plenums_or_another_years_leaves_results_expected():
    text = (
        "青禾县2024年政府工作报告\n"
        "（2024年1月10日在青禾县第十八届人民代表大会第四次会议上）\n\n"
        "过去一年，全县地区生产总值预计完成612.7亿元（最终数据以统计公报为准），增长6.1%。\n"
        "全会公报显示，去年全县规上工业增加值增长8.2%。\n"
        "据2022年统计公报，全县常住人口52.3万人。2023年，全县社会消费品零售总额186.3亿元，增长6.8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "8.2") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "186.3") in found


def test_an_older_reports_own_gdp_after_thanks_to_the_state_council_is_kept():
    text = (
        "青禾县2003年政府工作报告\n\n"
        "在国务院和省、市党委政府的正确领导下，全年实现国内生产总值24.65亿元，同比增长13.5%。\n"
    )
    found = all_values(text, 2003)
    assert (("地区生产总值", "亿元", 2003, "expected"), "24.65") in found


def test_the_speakers_own_clause_after_the_nations_figure_keeps_its_figures():
    text = (
        "在青禾县委经济工作会议上的讲话\n"
        "县委书记 张华\n\n"
        "过去一年，全国经济增长5.2%，我们顶住了多重压力，经济增长6.1%，规上工业增加值增长9.3%。\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2023, "expected"), "9.3") in found


def test_a_mayor_quoted_in_the_first_person_makes_no_level_of_a_national_release():
    text = (
        "国家统计局：2023年国民经济回升向好\n\n"
        "新华社北京1月17日电 全国城镇调查失业率平均值为5.2%。全国居民人均可支配收入39218元，"
        "比上年名义增长6.3%。\n"
        "义乌市相关负责人介绍：“我市去年外贸进出口总额突破5600亿元。”\n"
    )
    found = all_values(text, 2023)
    assert (("居民人均可支配收入", "元", 2023, "expected"), "39218") in found


def test_the_nations_targets_after_the_premiers_report_on_the_line_before_are_left_out():
    text = (
        "青禾县学习贯彻两会精神宣讲提纲\n\n"
        "李强总理在十四届全国人大二次会议上作政府工作报告。\n"
        "报告提出，今年国内生产总值增长5%左右；城镇新增就业1200万人以上。\n"
        "县“两会”确定，2024年全县地区生产总值增长6.5%，城镇新增就业0.8万人。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6.5") in found
    assert (("城镇新增就业", "万人", 2024, "target"), "0.8") in found


def test_a_plan_report_entry_of_bounded_figures_still_gives_targets():
    text = (
        "青禾市十七届人大四次会议图文直播\n"
        "2024年1月16日\n\n"
        "【09:10】计划报告：2023年全市地区生产总值5120.6亿元，增长6.1%。\n"
        "【09:20】计划报告：城镇新增就业6万人以上，居民消费价格涨幅3%左右。\n"
    )
    found = all_values(text, 2023)
    assert (("城镇新增就业", "万人", 2024, "target"), "6万人以上") in found


def test_a_plan_cited_in_the_body_with_its_deliberation_date_does_not_date_the_text():
    text = (
        "青禾县“十四五”规划纲要实施中期评估报告\n\n"
        "《青禾县国民经济和社会发展第十四个五年规划纲要》（2021年2月5日县十七届人大六次会议审议）"
        "实施两年多来，进展总体顺利。\n"
        "2022年，全县地区生产总值达到681.9亿元，增长4.6%。\n"
        "报告日期：2023年9月\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "target"), "681.9") not in found


def test_a_bracket_of_a_share_after_a_yuan_sum_is_read_as_written():
    text = (
        "青禾市2023年政府工作报告\n\n"
        "外贸进出口总额58.6亿元（约占全市12%，出口6.2亿美元），增长9.3%。\n"
    )
    found = all_values(text, 2023)
    assert (("出口总额", "亿美元", 2023, "expected"), "6.2") in found


def test_results_under_a_caption_naming_the_communique_are_final():
    text = (
        "大连2010年实际利用外资突破100亿美元\n\n"
        "日经中文网　2011/03/10\n\n"
        "主要经济指标（青禾市2010年统计公报）\n"
        "・全社会固定资产投资　4089亿元（增长30.4%）\n"
        "・社会消费品零售总额　1820.5亿元（增长18.6%）\n\n"
        "公报还显示，青禾2010年的居民消费价格上涨3.1%。\n"
    )
    found = all_values(text, 2010)
    assert (("固定资产投资", "亿元", 2010, "final"), "4089") in found
    assert (("居民消费价格指数", "%", 2010, "final"), "3.1") in found
