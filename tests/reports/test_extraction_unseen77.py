"""Forms found in round seventy-seven, reading what probe texts and the notes of earlier rounds
still miss, each in a text of our own wording: classes of layout and wording, not the probes'
texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values
from tests.reports.test_extraction_unseen55 import delivered_values

_WORK_REPORT = "青禾市2025年政府工作报告\n（2025年1月15日）\n一、2024年工作回顾\n"


def test_years_named_right_after_a_series_share_out_its_values():
    text = _WORK_REPORT + (
        "过去五年，全市地区生产总值2021年至2024年分别增长8.1%、3.2%、6.0%和5.5%。"
        "一般公共预算收入2022年、2023年分别达到120.5亿元和131.2亿元。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2021, "final"), "8.1") in found
    assert (("地区生产总值", "%", 2023, "final"), "6.0") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.5") in found
    assert (("地方一般公共预算收入", "亿元", 2022, "final"), "120.5") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "final"), "131.2") in found


def test_the_growth_after_a_level_its_year_dates_is_that_years():
    text = _WORK_REPORT + (
        "全市地区生产总值2023年达到1756.3亿元，增长6.1%；"
        "一般公共预算收入2023年完成120.5亿元，比上年增长5.2%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2023, "final"), "1756.3") in found
    assert (("地区生产总值", "%", 2023, "final"), "6.1") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") not in found
    assert (("地方一般公共预算收入", "%", 2023, "final"), "5.2") in found


def test_a_target_cut_to_a_new_value_keeps_the_one_it_was_cut_from():
    text = (
        "关于调整青禾市2024年国民经济和社会发展计划部分指标的报告\n"
        "建议对部分预期目标作如下调整：地区生产总值增长目标由8%调减至6%左右，"
        "固定资产投资增长目标由12%下调到8%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "8") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2024, "target"), "12") in found
    assert (("固定资产投资", "%", 2024, "target"), "8") in found


def test_dashes_setting_off_a_list_of_changes_are_no_speakers_aside():
    text = _WORK_REPORT + (
        "主要经济指标——地区生产总值增长5.8%，一般公共预算收入增长5.1%——好于预期。\n"
        "进出口总额——我看一下——56.1亿美元。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.8") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "5.1") in found
    assert (("进出口总额", "亿美元", 2024, "expected"), "56.1") in found


def test_the_years_level_after_a_total_over_the_plans_years_is_read():
    text = (
        "青禾县2016年政府工作报告\n（2016年1月12日）\n一、“十二五”及2015年工作回顾\n"
        "“十二五”时期，全县固定资产投资五年累计完成860亿元，2015年完成210亿元，增长12%。"
        "社会消费品零售总额五年累计完成520亿元，年均增长11%。\n"
    )
    found = all_values(text, 2015)
    assert (("固定资产投资", "亿元", 2015, "expected"), "210") in found
    assert (("固定资产投资", "%", 2015, "expected"), "12") in found
    assert (("固定资产投资", "亿元", 2015, "expected"), "860") not in found
    assert not any(key[0] == "社会消费品零售总额" for key, _ in found)


def test_a_statistics_bulletins_running_total_of_this_year_is_the_year_reviewed():
    text = (
        "青禾县统计快报\n2025年第12期　　　　2026年1月22日\n\n表1　主要经济指标完成情况\n"
        "指标名称\t计量单位\t本年累计\t上年同期\t同比增长%\n"
        "地区生产总值\t亿元\t238.56\t225.14\t5.6\n"
        "规模以上工业增加值\t亿元\t—\t—\t7.4\n"
        "城镇常住居民人均可支配收入\t元\t41286\t39295\t5.1\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "238.56") in found
    assert (("地区生产总值", "%", 2025, "expected"), "5.6") in found
    assert (("规上工业增加值", "%", 2025, "expected"), "7.4") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "41286") in found
    assert not any(key[2] == 2026 for key, _ in found)


def test_a_statistics_forms_this_period_column_is_the_year_reviewed():
    text = (
        "Z01表　　　　区（县）主要经济指标综合表\n"
        "综合机关名称：青禾区统计局　　报告期：2025年1—12月　　计量单位：亿元、%\n\n"
        "指标名称　　　　　　代码　　本期　　　　上年同期　　增减（%）\n"
        "甲　　　　　　　　　乙　　　1　　　　　　2　　　　　3\n"
        "地区生产总值（亿元）　　101　　　356.82　　　347.91　　　2.3\n"
        "社会消费品零售总额（亿元）　301　　　162.45　　177.17　　　-8.3\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "expected"), "2.3") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "-8.3") in found
    assert not any(key[2] == 2026 for key, _ in found)


def test_a_form_pasted_one_cell_a_line_with_its_codes_and_column_letters():
    text = (
        "青禾市国民经济主要指标（年报）\n报告期：2025年\n\n"
        "指标名称\n计量单位\n代码\n2025年\n2024年\n2025年比2024年增长（%）\n"
        "甲\n乙\n丙\n1\n2\n3\n"
        "地区生产总值\n亿元\n01\n1286.43\n1190.15\n7.9\n"
        "固定资产投资\n亿元\n02\n1105.62\n981.03\n12.7\n"
        "城镇常住居民人均可支配收入\n元\n03\n31825\n29441\n8.1\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "1286.43") in found
    assert (("地区生产总值", "%", 2025, "expected"), "7.9") in found
    assert (("固定资产投资", "%", 2025, "expected"), "12.7") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "31825") in found


def test_a_byline_between_a_tables_caption_and_its_header_leaves_the_caption_its():
    text = (
        "青禾市2025年主要经济指标与全省、全国比较\n\n"
        "青禾市统计局　国家统计局青禾调查队　　　　发布时间：2026-02-18\n\n"
        "指标名称|计量单位|青禾市绝对值|青禾市增长（%）|全省增长（%）|增速在全省位次\n"
        "地区生产总值|亿元|3216.74|8.9|8.5|5\n"
        "社会消费品零售总额|亿元|1458.26|13.1|12.6|4\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "3216.74") in found
    assert (("地区生产总值", "%", 2025, "expected"), "8.9") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "13.1") in found
    assert (("地区生产总值", "%", 2025, "expected"), "8.5") not in found


def test_a_monthly_bulletin_one_cell_a_line_gives_the_years_running_total():
    text = (
        "青禾统计月报\n2025年12月\n\n一、全市主要经济指标\n\n"
        "指标\n单位\n12月\n同比增长%\n1—12月\n同比增长%\n"
        "社会消费品零售总额\n亿元\n186.35\n2.1\n2034.62\n4.7\n"
        "一般公共预算收入\n亿元\n18.26\n-6.5\n312.48\n1.8\n"
        "居民消费价格指数\n上年同期＝100\n100.2\n—\n99.9\n—\n"
        "全体居民人均可支配收入\n元\n—\n—\n52360\n5.2\n"
    )
    found = all_values(text, 2025)
    assert (("社会消费品零售总额", "亿元", 2025, "expected"), "2034.62") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "4.7") in found
    assert (("地方一般公共预算收入", "%", 2025, "expected"), "1.8") in found
    assert (("居民人均可支配收入", "元", 2025, "expected"), "52360") in found
    # (an index against its base: proposed as written, for the analyst to write the change)
    assert (("居民消费价格指数", "%", 2025, "expected"), "99.9") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "2.1") not in found


def test_a_tables_price_index_row_in_its_base_is_proposed_below_accept_all():
    text = (
        "表1　青禾市主要指标（2021—2025年）\n"
        "指标\t单位\t2024年\t2025年\n"
        "地区生产总值\t亿元\t386.52\t421.08\n"
        "居民消费价格指数\t上年＝100\t101.9\t102.4\n"
    )
    found = extract(text, report_year=2025)
    index = [c for c in found if c.indicator == "居民消费价格指数"]
    assert [(c.year, c.unit, c.value_text) for c in index] == [
        (2024, "%", "101.9"),
        (2025, "%", "102.4"),
    ]
    assert all(c.confidence < 0.6 for c in index)


def test_a_spaced_header_over_blank_names_with_its_measure_wrapped_under_it():
    text = (
        "青禾区2025年1-12月国民经济主要指标\n\n"
        "                                    单位        1-12月      第四季度     1-12月比上年\n"
        "                                                                         同期增长%\n"
        "一、生产总值                       亿元        186.54       52.31        13.6\n"
        "二、规模以上工业\n"
        "    增加值                         亿元         78.46       19.85        16.8\n"
        "三、城镇居民人均可支\n"
        "    配收入                         元           17286        —           12.9\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "186.54") in found
    assert (("地区生产总值", "%", 2025, "expected"), "13.6") in found
    assert (("规上工业增加值", "%", 2025, "expected"), "16.8") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "17286") in found
    assert not any(value in ("52.31", "19.85") for _, value in found)


def test_a_mid_year_table_one_cell_a_line_reads_the_years_targets_past_its_growth():
    text = (
        "青禾区2025年上半年经济运行情况\n\n2025年上半年主要指标完成情况\n\n"
        "指标名称\n\n全年预期目标\n\n上半年完成\n\n同比增长\n\n序时进度\n\n"
        "地区生产总值\n\n增长6%\n\n412.6亿元\n\n5.3%\n\n—\n\n"
        "一般公共预算收入\n\n58亿元\n\n31.6亿元\n\n12.5%\n\n54.5%\n\n"
        "城镇新增就业\n\n2.1万人\n\n1.16万人\n\n—\n\n55.2%\n\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "target"), "6") in found
    assert (("地方一般公共预算收入", "亿元", 2025, "target"), "58") in found
    assert (("城镇新增就业", "万人", 2025, "target"), "2.1") in found


def test_a_pacing_plans_whole_year_column_after_its_quarters_is_the_years_target():
    text = (
        "青禾市2025年主要经济指标全年目标分季度推进计划\n\n"
        "将全年目标分解如下（季度目标为累计数）：\n\n"
        "| 指标 | 单位 | 2024年预计完成 | 一季度 | 上半年 | 前三季度 | 全年 |\n"
        "| 地区生产总值增速 | % | 5.6 | 5.8 | 6.0 | 6.0 | 6%左右 |\n"
        "| 一般公共预算收入 | 亿元 | 186.2 | 58.5 | 104.3 | 150.1 | 193.6 |\n"
        "| 城镇新增就业 | 万人 | 6.8 | 1.6 | 3.5 | 5.3 | 6.5 |\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("地方一般公共预算收入", "亿元", 2025, "target"), "193.6") in found
    assert (("城镇新增就业", "万人", 2025, "target"), "6.5") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "186.2") in found
    assert not any(value in ("58.5", "104.3", "150.1", "5.3") for _, value in found)


def test_a_bulletins_whole_year_column_after_its_quarters_is_the_captions_year():
    text = (
        "表2　2025年分季度主要指标累计增速（%）\n"
        "指标\t一季度\t上半年\t前三季度\t全年\n"
        "地区生产总值\t6.6\t6.2\t5.9\t5.4\n"
        "规模以上工业增加值\t8.1\t7.4\t7.0\t6.8\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "expected"), "5.4") in found
    assert (("规上工业增加值", "%", 2025, "expected"), "6.8") in found
    assert not any(value in ("6.6", "6.2", "5.9") for _, value in found)


def test_a_pacing_plan_one_cell_a_line_with_its_answering_units():
    text = (
        "青禾县2025年主要经济指标分季度目标任务分解方案\n\n"
        "指标名称\n单位\n2024年预计完成\n一季度\n上半年\n前三季度\n全年\n牵头单位\n"
        "地区生产总值\n亿元\n156.3\n36\n78\n119\n170\n县统计局\n"
        "一般公共预算收入增速\n%\n1.6\n8\n7\n6.5\n6\n县财政局\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2025, "target"), "170") in found
    assert (("地区生产总值", "亿元", 2024, "expected"), "156.3") in found
    assert (("地方一般公共预算收入", "%", 2025, "target"), "6") in found
    assert not any(value in ("36", "78", "119") for _, value in found)


def test_round_seventy_sevens_review_cases_stay_read_as_meant():
    # a caption that ends on its byline is still the table's caption
    captioned = (
        "表1　青山县2025年主要经济指标　　　　制表单位：县统计局\n"
        "指标|单位|绝对数|比上年增长%\n地区生产总值|亿元|321.5|5.2\n"
    )
    found = all_values(captioned, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "321.5") in found
    # an index row's growth column is the change, read as it is
    indexed = captioned + "居民消费价格指数|上年=100|100.3|0.3\n"
    assert (("居民消费价格指数", "%", 2025, "expected"), "0.3") in all_values(indexed, 2025)
    # plain 本年 under a dated caption naming no target is the caption's year
    spaced = (
        "临江市2025年主要经济指标\n\n"
        "                    单位        本年        上年        增长%\n"
        "地区生产总值        亿元        1286.4      1218.2      5.6\n"
    )
    found = all_values(spaced, 2025)
    assert (("地区生产总值", "亿元", 2025, "expected"), "1286.4") in found
    assert (("地区生产总值", "%", 2025, "expected"), "5.6") in found
    assert not any(key[2] == 2026 for key, _ in found)
    # the year's level after a total over the years, led by 其中
    total = (
        "西岗区2026年政府工作报告\n（2026年1月12日）\n一、“十四五”及2025年工作回顾\n"
        "“十四五”时期，全区固定资产投资五年累计完成3200亿元，其中2025年完成720亿元，增长3.1%。\n"
    )
    found = all_values(total, 2025)
    assert (("固定资产投资", "亿元", 2025, "expected"), "720") in found
    assert (("固定资产投资", "%", 2025, "expected"), "3.1") in found


def test_a_colloquial_rise_is_a_growth():
    text = (
        "“先说去年，青禾的家人们！规上工业增加值涨了11.6%，"
        "社零总额432亿元，涨了12.1%，居民消费价格涨了1.8%。”\n"
    )
    found = all_values(text, 2025)
    assert (("规上工业增加值", "%", 2025, "expected"), "11.6") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "12.1") in found


def test_a_year_named_in_an_aside_dates_nothing_after_it():
    text = (
        "【今年怎么干？2026年目标来了】\n"
        "地区生产总值增长6%左右，社会消费品零售总额增长8%以上（要把去年“欠”的补回来），"
        "一般公共预算收入增长5%，居民人均可支配收入增长6%左右。\n"
    )
    found = delivered_values(text, 2025, "2026-02-03")
    assert (("地方一般公共预算收入", "%", 2026, "target"), "5") in found
    assert (("居民人均可支配收入", "%", 2026, "target"), "6%左右") in found
    assert not any(key[2] == 2025 for key, _ in found)


def test_a_result_after_an_arrow_from_its_target():
    text = (
        "一、去年的“小目标”，完成了几个？\n"
        "🎯地区生产总值：目标增长6.5%左右 → 预计完成增长3.8%，总量达到865.2亿元 ❌没完成\n"
        "🎯固定资产投资：目标增长10% → 完成增长10.7% ✅\n"
    )
    found = delivered_values(text, 2025, "2026-02-15")
    assert (("地区生产总值", "%", 2025, "target"), "6.5%左右") in found
    assert (("地区生产总值", "%", 2025, "expected"), "3.8") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "865.2") in found
    assert (("固定资产投资", "%", 2025, "expected"), "10.7") in found


def test_a_target_responsibility_contracts_items_are_its_years_targets():
    text = (
        "青禾县2026年度目标管理责任书\n（城关镇）\n"
        "根据县委、县政府关于2026年全县经济社会发展的总体部署，县人民政府（甲方）与城关镇人民政府"
        "（乙方）签订如下目标管理责任书。\n第一条  经济发展目标（50分）\n"
        "1.全镇生产总值增长6.5%，总量达到32亿元。\n"
        "2.全社会固定资产投资完成21亿元，增长8%。\n"
        "3.城镇新增就业850人，城镇登记失业率控制在4%以内。\n"
        "第二条  考核奖惩\n1.增速指标每低于目标1个百分点扣1分。\n"
        "甲方：青禾县人民政府（章）          乙方：城关镇人民政府（章）\n二〇二六年    月    日\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2026, "target"), "6.5") in found
    assert (("固定资产投资", "亿元", 2026, "target"), "21") in found
    assert (("城镇新增就业", "万人", 2026, "target"), "850人") in found
    assert (("城镇登记失业率", "%", 2026, "target"), "4%以内") in found
    assert not any(key[3] != "target" for key, _ in found)


def test_round_seventy_sevens_second_review_cases_stay_read_as_meant():
    # a bracket opening on its year dates what follows it
    dating = (
        "二、2026年主要目标\n先看上年执行情况（2025年，初步统计），地区生产总值增长5.3%，"
        "一般公共预算收入增长1.7%。今年目标：地区生产总值增长6%左右。\n"
    )
    found = delivered_values(dating, 2025, "2026-01-20")
    assert (("地区生产总值", "%", 2025, "expected"), "5.3") in found
    assert (("地方一般公共预算收入", "%", 2025, "expected"), "1.7") in found
    assert (("地区生产总值", "%", 2026, "target"), "6%左右") in found
    # …but one holding its own figure does not
    own = "二、2026年主要目标\n地区生产总值增长6%左右（2025年为5.3%），一般公共预算收入增长5%。\n"
    found = delivered_values(own, 2025, "2026-01-20")
    assert (("地方一般公共预算收入", "%", 2026, "target"), "5") in found
    # a rise by an amount is no level; the level reached after it is
    risen = "一、2025年工作回顾\n城镇居民人均可支配收入比上年涨了2100元，达到48600元，增长4.5%。\n"
    found = delivered_values(risen, 2025, "2026-01-20")
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "48600") in found
    assert (("城镇居民人均可支配收入", "元", 2025, "expected"), "2100") not in found
    # the whole year's column under a caption naming the year after the results before it
    paced = (
        "表1　南溪市2026年主要经济指标分季度目标\n"
        "指标\t单位\t2025年预计完成\t一季度\t上半年\t前三季度\t全年\n"
        "地区生产总值\t亿元\t1560\t380\t790\t1200\t1650\n"
    )
    found = all_values(paced, 2025)
    assert (("地区生产总值", "亿元", 2026, "target"), "1650") in found
    # a total's year clause opening on 其中 after a total named without its years
    total = "一、2025年工作回顾\n五年来，全市固定资产投资累计完成4100亿元，其中2025年完成860亿元，增长4.2%。\n"
    found = delivered_values(total, 2025, "2026-01-20")
    assert (("固定资产投资", "亿元", 2025, "expected"), "860") in found
    assert (("固定资产投资", "%", 2025, "expected"), "4.2") in found


def test_a_markdown_heading_numbered_in_figures_heads_its_section():
    text = (
        "# 青禾市2026年政府工作报告 · 主要指标摘要\n\n"
        "## 1. 2025年经济运行（预计数）\n- GDP：预计4180亿元，增长5.8%\n\n"
        "## 3. 2026年主要预期目标\n- GDP增长**6.5%以上**\n- 地方一般公共预算收入增长6%\n"
    )
    found = delivered_values(text, 2025, "2026-01-28")
    assert (("地区生产总值", "%", 2025, "expected"), "5.8") in found
    assert (("地区生产总值", "%", 2026, "target"), "6.5%以上") in found
    assert (("地方一般公共预算收入", "%", 2026, "target"), "6") in found


def test_a_budget_tables_units_in_its_lead_in_or_its_headers_are_its_levels():
    lead_in = (
        "二、2026年预算草案\n2026年全市一般公共预算收支预算如下（单位：亿元）：\n"
        "项目\n2025年执行数\n2026年预算数\n增长%\n"
        "一般公共预算收入\n142.7\n150.6\n5.5\n税收收入\n96.4\n102.3\n6.1\n"
    )
    found = all_values(lead_in, 2025)
    assert (("地方一般公共预算收入", "亿元", 2025, "expected"), "142.7") in found
    assert (("地方一般公共预算收入", "亿元", 2026, "target"), "150.6") in found
    assert (("地方一般公共预算收入", "%", 2026, "target"), "5.5") in found
    headed = (
        "表一 2026年区级一般公共预算收入预算表\n"
        "项目\n2025年执行数（亿元）\n2026年预算数（亿元）\n比上年增长（%）\n"
        "区级一般公共预算收入\n186.3\n196.5\n5.5\n增值税\n36.2\n48.9\n35.1\n"
    )
    found = all_values(headed, 2025)
    assert (("地方一般公共预算收入", "亿元", 2025, "expected"), "186.3") in found
    assert (("地方一般公共预算收入", "亿元", 2026, "target"), "196.5") in found
    assert (("地方一般公共预算收入", "%", 2026, "target"), "5.5") in found


def test_a_target_a_result_rose_above_names_no_target_for_the_figures_after_it():
    text = (
        "问：2025年全区经济总体情况怎样？\n答：根据区统计局最终核实数据，2025年全区实现地区生产总值"
        "612.8亿元，增长8.9%，高出年初确定的增长8.5%的目标0.4个百分点；区级一般公共预算收入58.3亿元，"
        "增长10.2%；固定资产投资增长15.6%。\n"
    )
    found = delivered_values(text, 2025, "2026-05-12")
    assert (("地方一般公共预算收入", "亿元", 2025, "final"), "58.3") in found
    assert (("固定资产投资", "%", 2025, "final"), "15.6") in found
    assert not any(key[3] == "target" and value != "8.5" for key, value in found)


def test_round_seventy_sevens_third_review_cases_stay_read_as_meant():
    # a markdown sub-heading numbered in figures heads no section of its own
    review = (
        "## 一、2025年工作回顾\n### 1. 稳增长措施有力有效\n全区地区生产总值增长5.3%。\n"
        "### 2. 重点任务扎实推进\n规模以上工业增加值增长6.1%。\n"
    )
    found = delivered_values(review, 2025, "2026-01-20")
    assert (("地区生产总值", "%", 2025, "expected"), "5.3") in found
    assert (("规上工业增加值", "%", 2025, "expected"), "6.1") in found
    assert not any(key[2] == 2026 for key, _ in found)
    # a header's unit gives no unit to a row of rates under it
    headed = (
        "表1　2026年主要指标\n指标\t2025年完成（亿元）\t2026年目标（亿元）\n"
        "地区生产总值\t2350\t2480\n城镇调查失业率\t5.1\t5.5\n"
    )
    found = all_values(headed, 2025)
    assert (("地区生产总值", "亿元", 2026, "target"), "2480") in found
    assert (("城镇调查失业率", "%", 2026, "target"), "5.5") in found
    assert not any(key[0] == "城镇调查失业率" and key[1] != "%" for key, _ in found)
