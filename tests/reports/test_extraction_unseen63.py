"""Forms found in round sixty-three, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_minutes_hearing_the_months_so_far_quote_the_years_own_targets():
    text = (
        "某县人民政府常务会议纪要\n\n"
        "〔2015〕第9期\n\n"
        "某县人民政府办公室　　　　　　　　　　2015年9月8日\n\n"
        "9月6日，县长主持召开县政府常务会议，听取了1—8月份全县经济运行情况汇报。现纪要如下：\n"
        "1—8月，全县规模以上工业增加值增长7.2%，社会消费品零售总额增长11.3%。\n"
        "会议指出，县人大会议确定的全年目标是：地区生产总值增长9%，"
        "全社会固定资产投资增长18%。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "target"), "9") in found
    assert (("固定资产投资", "%", 2015, "target"), "18") in found
    assert (("地区生产总值", "%", 2016, "target"), "9") not in found


def test_a_web_entry_is_dated_by_its_last_edit_line():
    text = (
        "某县\n\n"
        "某县，隶属某市，位于某省中部，总面积1820平方公里。\n\n"
        "历史沿革\n"
        + "秦置某县，属某郡。汉因之。唐初改属某州，宋元明清沿袭，民国初属某道。\n"
        * 6
        + "经济\n"
        "2018年，某县实现地区生产总值312.5亿元，比上年增长7.6%；"
        "社会消费品零售总额118.2亿元，增长9.1%。[2]\n\n"
        "参考资料\n"
        "1. 某县概况．某县人民政府［引用日期2019-06-20］\n\n"
        "词条统计\n"
        "最近更新：2019-06-20　编辑次数：31\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "final"), "312.5") in found
    assert (("社会消费品零售总额", "%", 2018, "final"), "9.1") in found


def test_json_records_of_an_open_data_portal_read_as_figures_of_their_years():
    text = (
        "某市公共数据开放平台\n"
        "数据集名称：某县主要经济指标（年度）\n"
        "数据提供单位：某县统计局\n\n"
        '{"code": "00", "data": [\n'
        '  {"指标名称": "地区生产总值", "单位": "亿元", "年份": "2020", "数值": "402.5", "增速": "3.1"},\n'
        '  {"指标名称": "地区生产总值", "单位": "亿元", "年份": "2021", "数值": "441.8", "增速": "8.2"},\n'
        '  {"指标名称": "社会消费品零售总额", "单位": "亿元", "年份": "2021", "数值": "160.3", '
        '"增速": "9.6"},\n'
        '  {"指标名称": "人均地区生产总值", "单位": "元", "年份": "2021", "数值": "86512", '
        '"增速": "7.9"},\n'
        '  {"指标名称": "地区生产总值增长", "单位": "%", "年份": "2022", "目标值": "6.5%左右"}\n'
        "]}\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "expected"), "441.8") in found
    assert (("地区生产总值", "%", 2021, "expected"), "8.2") in found
    assert (("社会消费品零售总额", "%", 2021, "expected"), "9.6") in found
    assert (("地区生产总值", "%", 2022, "target"), "6.5%左右") in found
    assert (("地区生产总值", "亿元", 2020, "final"), "402.5") in found
    assert not any(value == "86512" for _, value in found)


def test_xml_records_take_the_series_from_the_element_around_them():
    text = (
        "数据名称：某区国民经济主要指标（2019—2020年）\n\n"
        '<dataset region="某区">\n'
        '  <indicator name="地区生产总值" unit="亿元">\n'
        '    <value year="2019">310.2</value>\n'
        '    <value year="2020" growth="4.4">326.9</value>\n'
        "  </indicator>\n"
        '  <indicator name="城镇居民人均可支配收入" unit="元">\n'
        '    <value year="2020" growth="5.6">41263</value>\n'
        "  </indicator>\n"
        "</dataset>\n"
        "<ROW><ZBMC>全社会固定资产投资</ZBMC><JLDW>%</JLDW><ND>2020</ND><ZZL>6.3</ZZL></ROW>\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "expected"), "326.9") in found
    assert (("地区生产总值", "%", 2020, "expected"), "4.4") in found
    assert (("城镇居民人均可支配收入", "元", 2020, "expected"), "41263") in found
    assert (("固定资产投资", "%", 2020, "expected"), "6.3") in found


def test_yaml_records_with_maps_of_years_and_a_block_for_each_series():
    text = (
        "title: 某市主要统计指标\n"
        "records:\n"
        "  - indicator: 地区生产总值\n"
        "    unit: 亿元\n"
        "    value: {2017: 1502.6, 2018: 1611.9}\n"
        "    growth: {2018: 7.8}\n"
        '    target: {2019: "7.5%左右"}\n'
        "  - indicator: 社会消费品零售总额\n"
        "    unit: 亿元\n"
        "    value: {2018: 720.4}\n"
        "指标:\n"
        "  地方一般公共预算收入:\n"
        "    单位: 亿元\n"
        "    2018: 98.36\n"
        "    2018增长: 6.1%\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "1611.9") in found
    assert (("地区生产总值", "%", 2018, "expected"), "7.8") in found
    assert (("地区生产总值", "%", 2019, "target"), "7.5%左右") in found
    assert (("社会消费品零售总额", "亿元", 2018, "expected"), "720.4") in found
    assert (("地方一般公共预算收入", "亿元", 2018, "expected"), "98.36") in found
    assert (("地方一般公共预算收入", "%", 2018, "expected"), "6.1") in found


def test_records_in_a_portals_own_codes_read_by_its_explanation_of_them():
    text = (
        "返回字段说明：\n"
        "zbmc　指标名称\n"
        "jldw　计量单位\n"
        "tjsj　统计时间\n"
        "bnz　本年累计\n"
        "zs　比上年增长（%）\n"
        "ncjh　年初计划增长（%）\n\n"
        "返回结果：\n"
        "---\n"
        "zbmc: 地区生产总值\n"
        "jldw: 亿元\n"
        "tjsj: 2023\n"
        "bnz: 512.37\n"
        "zs: 5.2\n"
        "ncjh: 6.5\n"
        "---\n"
        "zbmc: 规模以上工业增加值\n"
        "jldw: %\n"
        "tjsj: 2023\n"
        "bnz: \n"
        "zs: 7.4\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "512.37") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2023, "target"), "6.5") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "7.4") in found


def test_a_long_table_of_a_row_per_series_and_year_reads_as_records():
    text = (
        "数据项信息\n"
        "| 字段名 | 中文名 |\n"
        "| MC | 指标名称 |\n"
        "| DW | 计量单位 |\n"
        "| NF | 统计年度 |\n"
        "| BNZ | 本年值 |\n"
        "| SNZ | 上年值 |\n"
        "| ZZ | 增长(%) |\n"
        "| CNMB | 次年预期目标 |\n\n"
        "| MC | DW | NF | BNZ | SNZ | ZZ | CNMB |\n"
        "| 地区生产总值 | 亿元 | 2024 | 2806.5 | 2671.3 | 5.4 | 5%左右 |\n"
        "| 社会消费品零售总额 | 亿元 | 2024 | 1120.8 | 1071.6 | 4.6 | 5% |\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "2806.5") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.4") in found
    assert (("地区生产总值", "%", 2025, "target"), "5%左右") in found
    assert (("社会消费品零售总额", "%", 2025, "target"), "5") in found
    assert not any(value in ("2671.3", "1071.6") for _, value in found)


def test_a_list_of_a_series_years_inside_its_record_is_not_a_drafts_note():
    text = (
        '{"zblist":[\n'
        '{"zbmc":"地区生产总值","jldw":"亿元","sjlist":[{"sj":"2015","z":"702.4"},'
        '{"sj":"2016","z":"756.1","zzl":"7.6"}]},\n'
        '{"zbmc":"粮食产量","jldw":"万吨","sjlist":[{"sj":"2016","z":"101.2","zzl":"1.3"}]}\n'
        "]}\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "亿元", 2016, "expected"), "756.1") in found
    assert (("地区生产总值", "%", 2016, "expected"), "7.6") in found
    assert (("粮食产量", "万吨", 2016, "expected"), "101.2") in found


def test_a_reports_lines_of_a_key_and_its_value_stay_prose():
    text = (
        "各位代表：\n"
        "　　2018年，全市地区生产总值增长7.4%，城镇居民人均可支配收入增长8.1%。\n"
        "　　2019年主要预期目标：地区生产总值增长7%左右，社会消费品零售总额增长9%。\n"
        "　　2020年：一期建成投产，二期开工建设。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "7.4") in found
    assert (("城镇居民人均可支配收入", "%", 2018, "expected"), "8.1") in found
    assert (("地区生产总值", "%", 2019, "target"), "7%左右") in found
    assert (("社会消费品零售总额", "%", 2019, "target"), "9") in found


def test_a_data_set_is_dated_by_its_last_update_not_its_first_release():
    text = (
        "某市政府数据开放平台　数据详情\n"
        "数据名称：某区国民经济主要指标（2020—2021年）\n"
        "发布日期：2022-02-25　　更新时间：2022-07-12\n"
        "更新说明：2021年数据已按统计年报正式数更新。\n\n"
        '<indicator name="地区生产总值" unit="亿元">\n'
        '  <value year="2021" growth="7.7">515.6</value>\n'
        "</indicator>\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "final"), "515.6") in found
    assert (("地区生产总值", "%", 2021, "final"), "7.7") in found


def test_a_data_sets_last_update_may_leave_out_the_word_for_time():
    text = (
        "数据集：某区国民经济主要指标（年报）\n"
        "创建日期：2020-05-10　　最后更新：2022-04-20　　更新周期：年度\n\n"
        '"序号","指标名称","计量单位","2021年","2020年","比上年增长(%)"\n'
        '"1","地区生产总值","亿元","386.72","371.35","4.4"\n'
        '"2","社会消费品零售总额","亿元","198.44","193.07","2.8"\n'
        '"3","城镇居民人均可支配收入","元","58962","56207","4.9"\n'
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "final"), "386.72") in found
    assert (("地区生产总值", "%", 2021, "final"), "4.4") in found


def test_a_growth_after_two_years_side_by_side_is_the_latest_years():
    text = (
        "2015年某市国民经济主要指标\n"
        "指标名称\t计量单位\t2015年\t2014年\t比上年增长（%）\n"
        "地区生产总值\t亿元\t812.4\t760.3\t7.6\n"
        "社会消费品零售总额\t亿元\t356.1\t318.9\t11.7\n"
        "城镇居民人均可支配收入\t元\t27841\t25860\t7.7\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "expected"), "7.6") in found
    assert (("社会消费品零售总额", "%", 2015, "expected"), "11.7") in found
    assert (("地区生产总值", "%", 2014, "final"), "7.6") not in found


def test_the_good_days_counted_then_their_share_give_the_share():
    text = (
        "2016年，全市环境空气质量优良天数为291天，占有效监测天数的79.7%，比上年增加12天。"
        "全市地区生产总值增长7.2%。"
    )
    found = all_values(text, 2016)
    assert (("优良空气天数比例", "%", 2016, "expected"), "79.7") in found


def test_a_result_beyond_the_target_set_from_above_states_that_target():
    text = (
        "2014年，全县单位地区生产总值能耗比上年下降3.9%，超额完成市下达的下降3.2%的年度目标；"
        "规模以上工业增加值增长9.6%，超额完成年初确定的9%的目标。"
    )
    found = all_values(text, 2014)
    assert (("万元生产总值能耗", "%", 2014, "target"), "下降3.2") in found
    assert (("规上工业增加值", "%", 2014, "target"), "9") in found
    assert (("规上工业增加值", "%", 2014, "expected"), "9.6") in found


def test_a_target_compared_with_names_the_session_that_set_it_at_length():
    text = (
        "2021年，全市地区生产总值增长6.3%，略低于市十五届人大六次会议确定的6.5%左右的预期目标；"
        "规模以上工业增加值增长8.4%。全省地区生产总值增长9.1%，实现了省十二届人大四次会议确定的"
        "增长9%以上的预期目标。"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "target"), "6.5%左右") in found
    assert (("规上工业增加值", "%", 2021, "expected"), "8.4") in found
    assert (("规上工业增加值", "%", 2021, "target"), "8.4") not in found


def test_a_speech_in_the_years_course_on_its_first_half_quotes_that_years_targets():
    text = (
        "在县委全体（扩大）会议上的讲话\n"
        "（2016年7月20日）\n\n"
        "同志们：\n\n"
        "这次全会的主要任务是，总结上半年工作，部署下半年任务。\n\n"
        "上半年，全县完成地区生产总值61.2亿元，增长8.1%。\n"
        "完成年初县人大会议确定的地区生产总值增长8.5%、社会消费品零售总额增长11%的目标，"
        "任务依然艰巨。要确保全年城镇新增就业4200人，城镇登记失业率控制在4%以内。\n"
    )
    found = all_values(text, 2016)
    assert (("城镇登记失业率", "%", 2016, "target"), "4%以内") in found
    assert (("城镇新增就业", "万人", 2016, "target"), "4200人") in found
    assert (("城镇登记失业率", "%", 2017, "target"), "4%以内") not in found


def test_a_review_of_the_months_so_far_that_estimates_the_whole_year_keeps_its_estimates():
    text = (
        "关于2018年1—10月份全区经济运行情况及全年预计的报告\n\n"
        "某区发展和改革局\n\n"
        "（2018年11月16日）\n\n"
        "区政府：\n\n"
        "今年以来，全区经济运行总体平稳。现将1—10月份全区经济运行情况及全年预计报告如下。\n\n"
        "一、1—10月份经济运行基本情况\n"
        "1—10月，全区规模以上工业增加值增长8.6%。\n\n"
        "二、全年主要指标预计\n"
        "预计全年地区生产总值增长7%左右，社会消费品零售总额增长10%左右。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "expected"), "7%左右") in found
    assert (("社会消费品零售总额", "%", 2018, "expected"), "10%左右") in found


def test_an_entry_taken_from_a_yearbook_is_dated_by_its_publication():
    text = (
        "某县概况\n\n"
        "【位置】某县位于某省中部，总面积3638平方公里。\n"
        + "【历史】秦置县，汉因之，唐宋元明清沿袭，民国属某道，历代多有更易。\n"
        * 6
        + "【经济发展】2011年，全县实现生产总值42.7亿元，比上年增长12.3%。"
        "社会消费品零售总额13.5亿元，增长17.6%。\n\n"
        "（资料来源：《某市年鉴2012》，某市年鉴编纂委员会编，某出版社，2012年9月出版。）\n"
    )
    found = all_values(text, 2011)
    assert (("地区生产总值", "亿元", 2011, "final"), "42.7") in found
    assert (("社会消费品零售总额", "%", 2011, "final"), "17.6") in found


def test_a_rate_held_within_the_ceiling_set_from_above_states_that_ceiling():
    text = (
        "2009年末城镇登记失业率为3.9%，控制在省政府下达的4.5%以内。"
        "居民消费价格总水平上涨2.1%，低于3%的年度调控目标。"
    )
    found = all_values(text, 2009)
    assert (("城镇登记失业率", "%", 2009, "target"), "4.5%以内") in found
    assert (("城镇登记失业率", "%", 2009, "expected"), "3.9") in found
    assert (("居民消费价格指数", "%", 2009, "target"), "3") in found


def test_the_share_done_of_a_target_whose_value_is_stated_states_that_target():
    text = (
        "2013年，全县城镇新增就业5210人，完成省下达目标任务（4800人）的108.5%；"
        "全社会固定资产投资完成182亿元，完成年计划200亿元的91%；"
        "社会消费品零售总额完成年度目标的103%。"
    )
    found = all_values(text, 2013)
    assert (("城镇新增就业", "万人", 2013, "target"), "4800人") in found
    assert (("固定资产投资", "亿元", 2013, "target"), "200") in found
    assert (("固定资产投资", "亿元", 2013, "expected"), "182") in found
    assert not any(value == "103" for _, value in found)


def test_records_listed_pair_by_pair_part_where_the_next_series_is_named():
    text = (
        "指标名称：地区生产总值\n单位：亿元\n年份：2020\n数值：500.2\n"
        "指标名称：社会消费品零售总额\n单位：亿元\n年份：2021\n数值：200.3\n增速：9.6\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2020, "final"), "500.2") in found
    assert (("社会消费品零售总额", "亿元", 2021, "expected"), "200.3") in found
    assert (("社会消费品零售总额", "%", 2021, "expected"), "9.6") in found
    assert (("地区生产总值", "亿元", 2021, "expected"), "200.3") not in found


def test_a_barred_long_table_is_read_once_as_records():
    text = (
        "| 指标名称 | 计量单位 | 统计年度 | 本年值 | 增长(%) |\n"
        "|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 2023 | 2671.3 | 5.0 |\n"
        "| 地区生产总值 | 亿元 | 2024 | 2806.5 | 5.4 |\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "2806.5") in found
    assert (("地区生产总值", "亿元", 2023, "final"), "2671.3") in found
    assert not any(key[3] == "target" for key, _ in found)


def test_a_header_cell_of_many_years_is_no_key():
    text = "指标名称\t" + "2013年" * 1200 + "\n地区生产总值\t5\n"
    assert all_values(text, 2021) is not None
