"""Forms found in round seventy-eight, reading what probe texts and the notes of earlier rounds
still miss, each in a text of our own wording: classes of layout and wording, not the probes'
texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values

PLAN_REPORT = (
    "关于青禾市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
    "（2025年1月10日）\n一、2024年计划执行情况\n"
)
_BUDGET_REPORT = "关于青禾市2024年预算执行情况和2025年预算草案的报告\n（2025年1月9日）\n"


def test_the_result_after_a_targets_word_and_its_adjustment_is_the_years():
    text = PLAN_REPORT + (
        "年初确定的地区生产总值增长7%的目标，年中由7%调低至6%，实际增长6.1%。"
        "社会消费品零售总额增长8%的预期目标，全年实际增长5.2%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "%", 2024, "target"), "7") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") in found
    assert (("社会消费品零售总额", "%", 2024, "target"), "8") in found
    assert (("社会消费品零售总额", "%", 2024, "expected"), "5.2") in found


def test_when_a_target_was_adjusted_may_come_before_its_from_and_to():
    text = PLAN_REPORT + "地区生产总值增长目标9月份由7%调整为6%，全年实际增长6.1%。\n"
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "%", 2024, "target"), "7") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") in found


def test_this_years_results_beside_its_budget_are_the_year_reviewed():
    text = _BUDGET_REPORT + (
        "表1　一般公共预算收入执行情况\n"
        "项目\t本年预算\t本年执行\t执行率%\t上年实际\t增长%\n"
        "一般公共预算收入\t95.0\t97.3\t102.4\t92.6\t5.1\n"
    )
    found = delivered_values(text, 2024, "2025-01-09")
    # a table naming no unit: its budget and results beside their growth are levels
    assert (("地方一般公共预算收入", "亿元", 2024, "target"), "95.0") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "97.3") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "final"), "92.6") in found
    # the growth after the year before's results is the latest results'
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "5.1") in found
    values = {value for _key, value in found}
    assert "102.4" not in values  # the share of the budget done


def test_this_years_plan_beside_its_running_total_is_the_year_reviewed():
    text = PLAN_REPORT + (
        "附表　2024年主要指标完成情况\n"
        "指标\t单位\t本年计划\t本年累计\t上年同期\t同比增长%\n"
        "地区生产总值\t亿元\t1300\t1286.4\t1218.2\t5.6\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地区生产总值", "亿元", 2024, "target"), "1300") in found
    assert (("地区生产总值", "亿元", 2024, "expected"), "1286.4") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.6") in found
    assert not any(key[2] == 2025 for key, _value in found)


def test_a_trackers_years_target_beside_its_months_is_the_year_in_course():
    text = (
        "青禾县2023年重点指标推进台账\n县发改局　2023年11月16日更新\n"
        "说明：表中为统计快报数，序时进度按10/12计。\n\n"
        "序号\t指标名称\t单位\t年度目标\t1—10月完成\t同比增长（%）\t完成年度目标（%）\t2022年完成\n"
        "1\t地区生产总值\t亿元\t235\t—\t—\t—\t221.6\n"
        "2\t社会消费品零售总额\t亿元\t96\t80.7\t6.8\t84.1\t88.35\n"
        "3\t固定资产投资增速\t%\t10以上\t—\t11.6\t—\t12.9\n"
    )
    found = delivered_values(text, 2023, "2023-11-16")
    assert (("地区生产总值", "亿元", 2023, "target"), "235") in found
    assert (("社会消费品零售总额", "亿元", 2023, "target"), "96") in found
    assert (("固定资产投资", "%", 2023, "target"), "10以上") in found
    assert (("社会消费品零售总额", "亿元", 2022, "final"), "88.35") in found
    values = {value for _key, value in found}
    assert "80.7" not in values and "84.1" not in values  # ten months', and the pace


def test_a_trackers_years_target_heads_a_table_pasted_one_cell_a_line():
    text = (
        "青禾区2019年主要经济指标督办清单（二季度）\n区政府督查室　2019年7月26日印发\n\n"
        "序号\n指标\n年度目标\n上半年完成\n同比增长\n完成年度目标\n牵头单位\n督办意见\n"
        "1\n地区生产总值（亿元）\n412\n196.3\n7.1%\n47.6%\n区发改局\n关注\n"
        "2\n规模以上工业增加值增速（%）\n8\n8.6\n—\n—\n区工信局\n正常\n"
        "3\n社会消费品零售总额（亿元）\n228\n109.5\n8.9%\n48.0%\n区商务局\n正常\n"
    )
    found = delivered_values(text, 2019, "2019-07-26")
    assert (("地区生产总值", "亿元", 2019, "target"), "412") in found
    assert (("规上工业增加值", "%", 2019, "target"), "8") in found
    assert (("社会消费品零售总额", "亿元", 2019, "target"), "228") in found
    values = {value for _key, value in found}
    assert not values & {"47.6", "48.0"}  # the share of the year's target done


def test_a_table_typed_with_slashes_is_read_under_its_header():
    text = (
        "青禾市2024年前三季度重点指标推进情况通报\n市政府督查室\n2024年10月28日\n\n"
        "一、年度目标推进情况\n"
        "指标／单位／年度目标／前三季度完成／序时差距／2023年全年\n"
        "地区生产总值（亿元）／—／1892.4／—／2418.6\n"
        "地区生产总值增速（%）／6／5.4／-0.6／5.9\n"
        "规上工业增加值增速（%）／8／7.6／-0.4／7.2\n"
        "固定资产投资增速（%）／7／4.3／-2.7／6.1\n\n"
        "二、全年走势研判\n预计全年全市地区生产总值增长5.5%左右，规上工业增加值预计增长7.8%。\n"
    )
    found = delivered_values(text, 2024, "2024-10-28")
    # the rows name their unit in brackets, and leave the header's 单位 column out
    assert (("地区生产总值", "%", 2024, "target"), "6") in found
    assert (("地区生产总值", "亿元", 2023, "final"), "2418.6") in found
    assert (("规上工业增加值", "%", 2024, "target"), "8") in found
    assert (("固定资产投资", "%", 2023, "final"), "6.1") in found
    # a report on the targets' progress in the year's course: its estimates are the year's
    assert (("地区生产总值", "%", 2024, "expected"), "5.5%左右") in found
    assert (("规上工业增加值", "%", 2024, "expected"), "7.8") in found


def test_an_undated_page_is_dated_by_when_its_source_was_published():
    text = (
        "当前位置：首页 >> 魅力青禾 >> 区情概况\n\n青禾区区情概况\n\n"
        "青禾区位于海州湾西岸，辖9个街道。\n"
        "【经济综述】2015年，全区实现地区生产总值765.43亿元，增长8.3%。"
        "一般公共预算收入58.72亿元，增长10.6%。\n\n"
        "注：本页数据来源于青禾区统计局2016年4月发布的《2015年青禾区国民经济和社会发展统计公报》。\n"
    )
    found = delivered_values(text, 2015, "")
    assert (("地区生产总值", "亿元", 2015, "final"), "765.43") in found
    assert (("地方一般公共预算收入", "%", 2015, "final"), "10.6") in found


def test_an_undated_page_giving_the_next_years_months_was_written_after_them():
    text = (
        "首页 > 走进青禾 > 县情简介\n\n青禾县县情简介\n\n"
        "2011年，全县完成生产总值72.8亿元，比上年增长13.2%。\n"
        "今年以来，全县经济继续保持平稳较快发展。1—6月，全县完成生产总值33.9亿元，增长12.8%。"
        "按照县人代会确定的目标，2012年全县生产总值增长13%。\n"
    )
    found = delivered_values(text, 2011, "")
    assert (("地区生产总值", "亿元", 2011, "final"), "72.8") in found
    assert (("地区生产总值", "%", 2011, "final"), "13.2") in found
    assert (("地区生产总值", "%", 2012, "target"), "13") in found
    # a page within its year, estimating the whole of it, says 今年 of the year it reviews
    text = (
        "青禾县2012年政府工作报告\n一、2011年工作回顾\n"
        "今年前三季度增速居全省第1位，全年地区生产总值预计达72.8亿元、增长13.2%。\n"
    )
    found = delivered_values(text, 2011, "")
    assert (("地区生产总值", "%", 2011, "expected"), "13.2") in found


def test_a_task_lists_tasks_are_targets_and_its_deliveries_the_tasks_results():
    text = (
        "青禾区2016年经济社会发展主要目标任务清单销号表\n（区政府办公室　2016年12月28日）\n\n"
        "1．任务：全年地区生产总值增长8.5%左右。责任单位：区发改局。"
        "完成情况：预计全年实现地区生产总值862亿元，增长8.2%。状态：未销号。\n"
        "2．任务：一般公共预算收入同口径增长7%。责任单位：区财政局。"
        "完成情况：预计完成52.6亿元，同口径增长7.4%。状态：已销号。\n"
    )
    found = delivered_values(text, 2016, "2016-12-28")
    assert (("地区生产总值", "%", 2016, "target"), "8.5%左右") in found
    assert (("地区生产总值", "%", 2016, "expected"), "8.2") in found
    assert (("地方一般公共预算收入", "%", 2016, "target"), "7") in found
    # the delivery names no series: its task's
    assert (("地方一般公共预算收入", "亿元", 2016, "expected"), "52.6") in found
    assert (("地方一般公共预算收入", "%", 2016, "expected"), "7.4") in found


def test_a_growths_row_beside_a_growth_column_holds_rates_and_a_targets_large_cells_levels():
    text = PLAN_REPORT + (
        "附表　主要指标完成情况\n"
        "指标\t年度目标\t实际完成\t同比增长（%）\n"
        "规上工业增加值增速\t8\t7.6\t—\n"
        "地区生产总值\t1350\t1320\t5.8\n"
        "社会消费品零售总额\t6左右\t1286\t5.6\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("规上工业增加值", "%", 2024, "expected"), "7.6") in found
    assert (("地区生产总值", "亿元", 2024, "target"), "1350") in found
    assert (("地区生产总值", "亿元", 2024, "expected"), "1320") in found
    assert (("社会消费品零售总额", "%", 2024, "target"), "6左右") in found


def test_a_budget_set_at_the_years_start_is_its_target():
    text = _BUDGET_REPORT + (
        "项目\t年初预算数\t本年执行\t完成预算%\t上年实际\t增长%\n"
        "一般公共预算收入\t60.0\t62.3\t103.8\t59.1\t5.4\n"
    )
    found = delivered_values(text, 2024, "2025-01-09")
    assert (("地方一般公共预算收入", "亿元", 2024, "target"), "60.0") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "62.3") in found


def test_a_row_with_its_unit_cell_is_not_moved_for_the_unit_in_its_name():
    text = (
        "关于青禾市2024年上半年国民经济和社会发展计划执行情况的报告\n（2024年7月25日）\n"
        "指标\t单位\t年度目标\t1—6月完成\t2023年全年\n"
        "地区生产总值（亿元）\t亿元\t1400\t652.3\n"
        "规上工业增加值增速（%）\t%\t8\t7.9\t8.1\n"
    )
    found = delivered_values(text, 2024, "2024-07-25")
    assert (("地区生产总值", "亿元", 2024, "target"), "1400") in found
    assert (("规上工业增加值", "%", 2023, "final"), "8.1") in found
    assert (("地区生产总值", "亿元", 2023, "final"), "652.3") not in found


def test_a_source_published_before_the_pages_year_dates_nothing():
    text = (
        "首页 > 走进青禾 > 区情概况\n\n青禾区区情概况\n\n"
        "2022年，全区实现地区生产总值512.6亿元，增长4.9%。\n\n"
        "注：人口数据来源于2021年5月发布的第七次全国人口普查公报，其余数据来源于区统计局。\n"
    )
    found = delivered_values(text, 2022, "")
    assert (("地区生产总值", "亿元", 2022, "target"), "512.6") not in found
    assert any(key[:3] == ("地区生产总值", "亿元", 2022) for key, _value in found)


def test_a_news_leads_yearless_date_takes_the_year_the_analyst_gave():
    text = (
        "中共青禾县委十四届八次全体会议召开\n"
        "7月26日，中国共产党青禾县第十四届委员会第八次全体会议召开。\n"
        "全会认为，今年以来，全县经济运行总体平稳。上半年，全县地区生产总值同比增长7.9%。\n"
        "全会强调，要咬定年初县人代会确定的目标不放松，确保全年地区生产总值增长8%以上，"
        "固定资产投资增长12%。\n"
    )
    found = delivered_values(text, 2019, "2019-07-26")
    assert (("地区生产总值", "%", 2019, "target"), "8%以上") in found
    assert (("固定资产投资", "%", 2019, "target"), "12") in found
    assert not any(key[2] == 2020 for key, _value in found)


def test_goals_announced_by_a_year_date_the_paragraphs_later_sentences():
    text = (
        "在中国共产党青禾市第八次代表大会上的报告\n（2021年9月26日）\n二、今后五年的目标任务\n"
        "今后五年全市经济社会发展的主要目标是：综合实力再上新台阶，到2026年（即本届末），"
        "全市地区生产总值突破4000亿元。创新能力显著增强，全社会研发经费投入强度达到2.8%。"
        "城乡融合发展，常住人口城镇化率达到68%左右。\n"
    )
    found = delivered_values(text, 2020, "2021-09-26")
    assert (("地区生产总值", "亿元", 2026, "target"), "突破4000") in found
    assert (("研究与试验发展经费投入强度", "%", 2026, "target"), "2.8") in found
    assert (("常住人口城镇化率", "%", 2026, "target"), "68%左右") in found


def test_a_year_named_in_an_aside_dates_neither_a_lead_nor_the_clause_after_its_semicolon():
    text = (
        "贵州GDP增速连续几年全国前三，是真的吗？\n\n青禾山水\n发布于 2016-06-12\n\n"
        "拿数据说话。2015年青禾统计公报（今年3月发的）里：\n"
        "全省地区生产总值10502.56亿元，比上年增长10.7%。\n"
    )
    found = delivered_values(text, 2015, "2016-06-12")
    assert (("地区生产总值", "亿元", 2015, "final"), "10502.56") in found
    assert (("地区生产总值", "%", 2015, "final"), "10.7") in found
    text = (
        "关于提升开放型经济发展水平的大会发言\n（2014年2月18日）\n"
        "2013年，全市开放型经济保持平稳增长。全年外贸进出口总额完成128.6亿美元，增长9.2%，"
        "扭转了2012年进出口下降3.4%的局面；实际利用外资12.5亿美元，增长8.7%。\n"
    )
    found = delivered_values(text, 2013, "2014-02-18")
    assert (("实际利用外资", "亿美元", 2013, "expected"), "12.5") in found
    assert (("实际利用外资", "%", 2013, "expected"), "8.7") in found


def test_a_forecast_of_the_year_planned_given_late_in_it_is_its_result():
    text = (
        "青禾区“十四五”教育事业发展规划\n（2021年12月28日）\n一、发展基础\n"
        "2020年，全区实现地区生产总值682.3亿元，增长4.1%。2021年，全区地区生产总值预计增长8.5%。\n"
    )
    found = delivered_values(text, 2020, "2021-12-28")
    assert (("地区生产总值", "%", 2021, "expected"), "8.5") in found
    assert (("地区生产总值", "%", 2020, "final"), "4.1") in found
    # given at the year's start, the forecast of the year planned is its target
    text = text.replace("2021年12月28日", "2021年1月8日").replace("一、发展基础\n", "")
    found = delivered_values(text, 2020, "2021-01-08")
    assert (("地区生产总值", "%", 2021, "target"), "8.5") in found


def test_a_task_naming_its_own_year_or_left_blank_keeps_its_year():
    text = (
        "青禾县2025年重点指标任务推进台账\n（县政府督查室　2025年1月20日）\n\n"
        "1．任务：2025年地区生产总值增长6%左右。责任单位：县发改局。完成情况：（按季度填报）\n"
        "2．目标任务：2025年固定资产投资增长8%。完成情况：2024年增长5.8%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-20")
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert not any(key[2] == 2024 and key[3] == "target" for key, _value in found)


def test_a_delivery_is_of_the_task_nearest_before_it_on_its_line():
    text = (
        "青禾区2024年经济社会发展目标任务完成情况表\n（区政府办公室　2024年12月26日）\n\n"
        "1．任务：地区生产总值增长7%。完成情况：预计完成268亿元，增长6.6%。"
        "2．任务：一般公共预算收入增长6%。完成情况：预计完成18.2亿元，增长5.1%。\n"
    )
    found = delivered_values(text, 2024, "2024-12-26")
    assert (("地区生产总值", "亿元", 2024, "expected"), "268") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "18.2") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "5.1") in found


def test_a_yearless_date_after_the_analysts_date_is_of_the_year_before():
    text = (
        "青禾县委经济工作会议召开\n12月30日，县委经济工作会议召开。"
        "会议指出，今年全县地区生产总值预计增长5.8%。会议提出，明年全县地区生产总值增长6%左右。\n"
    )
    found = delivered_values(text, 2024, "2025-01-02")
    assert (("地区生产总值", "%", 2024, "expected"), "5.8") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found


def test_a_year_opening_its_own_clause_before_a_semicolon_dates_what_follows_it():
    for clause in ("2020年全县地区生产总值下降1.2%", "全县地区生产总值在2020年下降1.2%"):
        text = (
            "青禾县2025年政府工作报告\n（2025年1月16日）\n"
            f"2024年，全县经济平稳增长。{clause}；一般公共预算收入下降5.3%。\n"
        )
        found = delivered_values(text, 2024, "2025-01-16")
        assert (("地方一般公共预算收入", "%", 2020, "final"), "下降5.3") in found, clause
    text = (
        "青禾县2023年政府工作报告\n（2023年1月12日）\n"
        "2022年，全县旅游业逐步复苏，接待游客恢复到2019年的85%；社会消费品零售总额完成112亿元。\n"
    )
    found = delivered_values(text, 2022, "2023-01-12")
    assert (("社会消费品零售总额", "亿元", 2022, "expected"), "112") in found


def test_a_request_adjusting_the_years_targets_under_its_issuer_is_within_the_year():
    text = (
        "青禾区人民政府\n关于调整2020年部分经济社会发展预期目标的请示\n青府文〔2020〕41号\n\n"
        "区人大常委会：\n2020年1月，区人大会议审议批准了《关于青禾区2019年国民经济和社会发展计划执行"
        "情况与2020年国民经济和社会发展计划草案的报告》。上半年，全区地区生产总值同比下降2.3%。\n\n"
        "附件\n2020年部分预期目标调整对照表\n"
        "指标 | 年初目标 | 上半年完成 | 调整后目标\n"
        "地区生产总值 | 增长7%左右 | -2.3% | 增长3%左右\n"
        "全社会固定资产投资 | 增长10% | 2.8% | 增长5%\n"
    )
    found = delivered_values(text, 2020, "2020-08-14")
    assert (("地区生产总值", "%", 2020, "target"), "7%左右") in found
    assert (("固定资产投资", "%", 2020, "target"), "10") in found
    assert (("固定资产投资", "%", 2020, "target"), "5") in found
    assert not any(key[2] == 2019 for key, _value in found)


def test_a_tasks_deadline_column_holds_no_figure():
    text = (
        "青禾区人民政府关于下达2025年国民经济和社会发展计划的通知\n（2025年2月10日）\n"
        "序号 | 指标 | 单位 | 2025年目标 | 牵头单位 | 完成时限\n"
        "1 | 地区生产总值增速 | % | 5.5左右 | 区发展改革局 | 12月底\n"
    )
    found = delivered_values(text, 2024, "2025-02-10")
    assert (("地区生产总值", "%", 2025, "target"), "5.5左右") in found
    assert not any("12月底" in value for _key, value in found)


def test_an_annex_listing_a_years_targets_is_read_as_them():
    text = (
        "关于1—8月全市重点经济指标序时进度情况的通报\n（2014年9月22日）\n"
        "一、全市总体情况\n1—8月，全市完成全社会固定资产投资568.3亿元。\n\n"
        "附件：2014年全市主要指标年度目标（市十四届人大三次会议确定）\n"
        "地区生产总值增长11%；全社会固定资产投资900亿元；城镇登记失业率控制在4.2%以内。\n"
    )
    found = delivered_values(text, 2014, "2014-09-22")
    assert (("地区生产总值", "%", 2014, "target"), "11") in found
    assert (("固定资产投资", "亿元", 2014, "target"), "900") in found
    assert (("城镇登记失业率", "%", 2014, "target"), "4.2%以内") in found


def test_a_task_compared_with_a_year_is_still_the_year_reviewed_target():
    text = (
        "青禾县2024年目标任务完成情况表\n（2025年1月10日）\n\n"
        "1．任务：一般公共预算收入比2023年增长5%。完成情况：完成23.1亿元，增长5.3%。\n"
    )
    found = delivered_values(text, 2024, "2025-01-10")
    assert (("地方一般公共预算收入", "%", 2024, "target"), "5") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "23.1") in found


def test_an_annex_breaking_the_targets_down_over_the_places_is_not_the_places_own():
    text = (
        "青禾市人民政府关于下达2024年国民经济和社会发展计划的通知\n（2024年2月5日）\n"
        "请各县区认真贯彻落实。\n\n"
        "附件：2024年各县区主要经济指标预期目标分解表\n东城区：地区生产总值增长6%；西城区：地区生产总值增长5%。\n"
    )
    found = delivered_values(text, 2023, "2024-02-05")
    assert (("地区生产总值", "%", 2024, "target"), "6") not in found
    text = (
        "关于1—8月全县重点经济指标进度情况的通报\n（2014年9月22日）\n\n"
        "附件：2014年度全县主要经济指标目标\n地区生产总值增长10%；全社会固定资产投资增长18%。\n"
    )
    found = delivered_values(text, 2014, "2014-09-22")
    assert (("地区生产总值", "%", 2014, "target"), "10") in found
