"""Forms found in round forty-nine, reading what whole reports and the blind excerpts still
miss, each in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_a_total_written_with_the_variant_lei_ji_runs_over_the_years():
    # 累积 is 累计 as some reports write it: in a five-year review, a running total, not the year's
    text = (
        "2021年政府工作报告\n"
        "“十三五”期间，全县地区生产总值年均增长7.1%；累积完成全社会固定资产投资420亿元。"
        "2020年，全县社会消费品零售总额增长3.1%。"
    )
    assert candidates(text, 2020) == {("社会消费品零售总额", "%", 2020, "expected"): "3.1"}


def test_a_quota_closed_by_task_and_target_together_is_read_whole():
    # 任务目标 closes a quota as 目标任务 does: the value is all of it, not up to 任务
    found = candidates("2024年主要预期目标是：完成市下达的进出口总额任务目标。", 2023)
    assert found == {("进出口总额", "%", 2024, "target"): "完成市下达的进出口总额任务目标"}


def test_words_after_a_list_shared_out_are_only_the_lists():
    # 分别增长 …，完成…任务: the quota closes the sentence; it is no growth of the figures named
    # earlier in it, nor of the list's own names
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n"
        "地区生产总值增长3.1%，规模以上工业增加值与上年持平，固定资产投资增长0.5%，"
        "一般公共预算总收入、地方一般公共预算收入分别增长5.6%和5.5%，完成年度节能减排任务。"
        "城镇、农村居民人均可支配收入分别达到23894元和14620元，与经济增长同步。"
    )
    found = candidates(text, 2023)
    assert found[("规上工业增加值", "%", 2023, "expected")] == "与上年持平"
    assert found[("一般公共预算总收入", "%", 2023, "expected")] == "5.6"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "与经济增长同步"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "与经济增长同步"
    assert "完成年度节能减排任务" not in found.values()


def test_the_foreign_direct_investments_funds_paid_in_are_the_foreign_capital_used():
    # 到位资金: the funds paid in, as 实际到位 and 外资到位额 are
    text = "2024年政府工作报告\n一、2023年工作回顾\n全年外商直接投资到位资金1589万美元，增长12%。"
    assert candidates(text, 2023) == {
        ("实际利用外资", "万美元", 2023, "expected"): "1589",
        ("实际利用外资", "%", 2023, "expected"): "12",
    }


def test_a_later_year_opening_a_clause_among_the_plans_aims_dates_its_target():
    # the five-year plan's aims, under a heading the targets of the year planned share: 2015年
    # before the figure in its clause is the plan's last year, not the year planned
    text = (
        "2011年政府工作报告\n一、2010年工作回顾\n2010年，全县生产总值增长12%。\n"
        "二、“十二五”时期经济社会发展的战略任务\n"
        "努力提高粮食综合生产能力。2015年力争粮食总产达43万吨。\n"
        "三、2011年工作安排\n2011年全县生产总值增长13%，粮食总产达到38万吨。"
    )
    assert candidates(text, 2010) == {
        ("地区生产总值", "%", 2010, "expected"): "12",
        ("粮食产量", "万吨", 2015, "target"): "43",
        ("地区生产总值", "%", 2011, "target"): "13",
        ("粮食产量", "万吨", 2011, "target"): "38",
    }


def test_an_investment_the_plans_works_are_to_complete_is_no_target_of_the_place():
    # 完成投资 among the works planned is a project's or a campaign's: the place's target names its
    # fixed-asset investment; the year reviewed's 全年完成投资 stays the place's
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n全年完成投资1089.71亿元。\n二、2024年工作安排\n"
        "力争运河工程全年完成投资200亿元以上。大力实施城市更新行动，完成投资220亿元。"
        "全社会固定资产投资完成380亿元，增长6%。"
    )
    assert candidates(text, 2023) == {
        ("固定资产投资", "亿元", 2023, "expected"): "1089.71",
        ("固定资产投资", "亿元", 2024, "target"): "380",
        ("固定资产投资", "%", 2024, "target"): "6",
    }


def test_the_grains_output_named_bare_after_its_area_or_harvest_is_the_grain_output():
    # 产量 alone, a clause after the grain's harvest or its area (播面, 面积 without 播种)
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n全市再获粮食丰收，产量达到93.45亿斤。\n"
        "二、2024年工作安排\n粮食播面稳定在100万亩以上、产量稳定在23万吨以上。"
    )
    assert candidates(text, 2023) == {
        ("粮食产量", "万吨", 2023, "expected"): "93.45亿斤",
        ("粮食播面", "万亩", 2024, "target"): "100万亩以上",
        ("粮食产量", "万吨", 2024, "target"): "23万吨以上",
    }
    paired = candidates(
        "2024年主要预期目标：粮食面积和产量分别稳定在284.5万亩、18.98亿斤以上。", 2023
    )
    assert paired == {("粮食产量", "万吨", 2024, "target"): "18.98亿斤以上"}


def test_a_quota_the_level_above_set_is_met_by_the_names_listed_before_it():
    # 确定的目标 as 下达的目标; the carbon intensity named without its fall before its quota; a
    # list closed by 等 alone before the quota
    text = (
        "2024年政府工作报告\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6%；"
        "城镇新增就业人数、城镇登记失业率、节能减排等约束性指标完成呼伦贝尔市确定的目标。"
        "单位地区生产总值二氧化碳排放完成经国家审核衔接后确定的目标。"
    )
    assert candidates(text, 2023) == {
        ("地区生产总值", "%", 2024, "target"): "6",
        ("城镇新增就业", "万人", 2024, "target"): "完成呼伦贝尔市确定的目标",
        ("城镇登记失业率", "%", 2024, "target"): "完成呼伦贝尔市确定的目标",
        ("单位地区生产总值二氧化碳排放降低", "%", 2024, "target"): "完成经国家审核衔接后确定的目标",
    }
    listed = candidates("2024年主要预期目标：单位地区生产总值能耗和二氧化碳排放量等达到省定目标。")
    assert listed == {
        ("万元生产总值能耗", "%", 2024, "target"): "达到省定目标",
        ("单位地区生产总值二氧化碳排放降低", "%", 2024, "target"): "达到省定目标",
    }


def test_an_annex_cell_saying_no_target_was_set_holds_no_value():
    text = (
        "2024年计划执行情况报告\n附件：主要指标\n"
        "指标名称 | 2023年目标 | 2023年完成 |\n"
        "单位地区生产总值能耗降低率 | 完成市级下达目标 | 完成 |\n"
        "单位地区生产总值二氧化碳排放降低率 | 市级未下达目标 | — |\n"
    )
    found = candidates(text, 2023)
    assert found[("万元生产总值能耗", "%", 2023, "target")] == "完成市级下达目标"
    assert not [key for key in found if key[0] == "单位地区生产总值二氧化碳排放降低"]


def test_a_change_over_the_plans_years_reviewed_is_not_the_years():
    # 这五年，… opens a review of the plan's years over the paragraphs after it: a change there
    # is the years'; a level reached, a change dated or given on the year before is the year's;
    # a paragraph opening on the year ends it
    text = (
        "2026年政府工作报告\n一、“十四五”时期和2025年工作回顾\n"
        "这五年，我们全力推动高质量发展，经济实力迈上新台阶。\n"
        "地区生产总值达到3.1万亿元，居民人均可支配收入增长34.3%，碳排放强度下降20.5%。"
        "粮食总产稳定在1100亿斤以上。城镇新增就业261.6万人。"
        "社会消费品零售总额同比增长4.5%。\n"
        "刚刚过去的2025年，极不平凡。\n"
        "固定资产投资增长3.2%。\n"
    )
    assert candidates(text, 2025) == {
        ("地区生产总值", "亿元", 2025, "expected"): "3.1万亿元",
        ("社会消费品零售总额", "%", 2025, "expected"): "4.5",
        ("固定资产投资", "%", 2025, "expected"): "3.2",
    }
    # a span named inside a sentence, not opening it, opens no review of years
    dated = candidates(
        "2016年政府工作报告\n一、2015年工作回顾\n"
        "2015年，全区实现地区生产总值1964.7亿元，“十二五”期间年均增长7.6%。"
        "全区居民可支配收入增长8.5%。\n",
        2015,
    )
    assert dated[("居民人均可支配收入", "%", 2015, "expected")] == "8.5"


def test_the_good_air_share_spelled_as_a_rate_of_days_or_of_meeting_the_standard():
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n全年空气质量优良天数达299天，空气质量达标率81.9%。\n"
        "二、2024年工作安排\n确保空气质量优良天数率保持在97%以上。"
    )
    assert candidates(text, 2023) == {
        ("优良空气天数比例", "%", 2023, "expected"): "81.9",
        ("优良空气天数比例", "%", 2024, "target"): "97%以上",
    }


def test_a_rate_held_within_the_years_target_or_below_the_level_aboves_is_a_worded_value():
    held = candidates(
        "2009年政府工作报告\n一、2008年工作回顾\n城镇登记失业率控制在年度目标以内。", 2008
    )
    assert held == {("城镇登记失业率", "%", 2008, "expected"): "控制在年度目标以内"}
    below = candidates("2009年政府工作报告\n一、2008年工作回顾\n城镇登记失业率低于省定目标。", 2008)
    assert below == {("城镇登记失业率", "%", 2008, "expected"): "低于省定目标"}


def test_a_comparison_with_two_places_averages_is_passed_over_to_the_level_after_it():
    text = (
        "2025年政府工作报告\n一、2024年工作回顾\n"
        "地区生产总值增长6.0%、全省第二，高于全国、全省平均水平，总量达到4773.3亿元，重返全省第三。"
    )
    assert candidates(text, 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "6.0",
        ("地区生产总值", "亿元", 2024, "expected"): "4773.3",
    }
    # a milestone passed, then the level after 、
    milestone = candidates(
        "2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长6.7%，高于全国、全省平均水平，"
        "站上3000亿元台阶、达3014.4亿元。",
        2023,
    )
    assert milestone[("地区生产总值", "亿元", 2023, "expected")] == "3014.4"


def test_a_counts_growth_goes_on_to_its_level():
    # the count has no growth series: its level in the next clause is read
    text = "2024年政府工作报告\n一、2023年工作回顾\n高新技术企业增长20%，达到162家。"
    assert candidates(text, 2023) == {("高新技术企业", "家", 2023, "expected"): "162"}


def test_a_slight_fall_is_a_fall():
    text = "2026年政府工作报告\n一、2025年工作回顾\n全年CPI微降0.1%，规模以上工业增加值略降0.5%。"
    assert candidates(text, 2025) == {
        ("居民消费价格指数", "%", 2025, "expected"): "微降0.1",
        ("规上工业增加值", "%", 2025, "expected"): "略降0.5",
    }


def test_a_date_line_run_onto_the_titles_line_dates_the_report():
    # a copy set the date after the title on one line, parted by spaces, the meeting wrapped: a
    # report given in June states final results
    text = (
        "（广东省）2020年某县人民政府工作报告（全文）   2020年6月18日在某县第十六届\n"
        "   人民代表大会第五次会议上\n   各位代表：\n   一、2019年工作回顾\n"
        "   全年完成地区生产总值106.6亿元，同比增长5%。\n"
    )
    metadata = report_metadata(text, 2019)
    assert metadata.date_text == "2020-06-18"
    assert candidates(text, 2019) == {
        ("地区生产总值", "亿元", 2019, "final"): "106.6",
        ("地区生产总值", "%", 2019, "final"): "5",
    }


def test_the_urban_and_rural_incomes_named_with_de_are_each_sides():
    # 城镇和农村居民的人均可支配收入: the 的 changes no series
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n城镇和农村居民的人均可支配收入分别增长5.1%和7.2%。"
    )
    assert candidates(text, 2023) == {
        ("城镇居民人均可支配收入", "%", 2023, "expected"): "5.1",
        ("农村居民人均可支配收入", "%", 2023, "expected"): "7.2",
    }


def test_an_unnumbered_heading_of_the_years_work_and_measures_heads_its_targets():
    text = (
        "政府工作报告\n2003年工作回顾\n国民经济快速增长。预计全省生产总值增长11．5％。\n"
        "2004年主要工作及措施\n今年全省宏观调节的主要预期目标为：国内生产总值增长9％以上。\n"
    )
    assert candidates(text, 2003) == {
        ("地区生产总值", "%", 2003, "expected"): "11．5",
        ("地区生产总值", "%", 2004, "target"): "9％以上",
    }


def test_the_year_a_sentence_names_dates_its_targets_under_a_plans_heading():
    # under the five-year plan's heading, 今年 (from the date given) names the year planned
    text = (
        "2026年某区政府工作报告\n——2026年2月4日在某区第十四届人民代表大会第五次会议上\n"
        "一、2025年工作回顾\n全区地区生产总值增长5.5%。\n"
        "二、“十五五”时期主要目标和2026年重点工作\n"
        "到2030年，地区生产总值达到3.5万亿元。今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
        "城镇新增就业18万人以上。\n"
    )
    assert candidates(text, 2025) == {
        ("地区生产总值", "%", 2025, "expected"): "5.5",
        ("地区生产总值", "亿元", 2030, "target"): "3.5万亿元",
        ("地区生产总值", "%", 2026, "target"): "5%左右",
        ("城镇新增就业", "万人", 2026, "target"): "18万人以上",
    }
    # an excerpt with no date: 明年 counts from nothing, the heading's year stands
    undated = candidates(
        "二、2025年工作安排\n明年经济社会发展主要预期目标是：全区地区生产总值增长5.3%。", 2024
    )
    assert undated == {("地区生产总值", "%", 2025, "target"): "5.3"}


def test_last_year_as_the_base_of_a_target_dates_nothing():
    # 在去年…的基础上: last year is the base the target grows from, not the figure's year
    text = (
        "2020年政府工作报告\n二、2020年工作安排\n主要预期目标是：一般公共预算收入在去年市核任务"
        "（5.55亿元）的基础上增长8.1%；社会消费品零售总额增长9%左右。"
    )
    assert candidates(text, 2019) == {
        ("地方一般公共预算收入", "%", 2020, "target"): "8.1",
        ("社会消费品零售总额", "%", 2020, "target"): "9%左右",
    }


def test_a_review_of_years_opens_only_on_five_years_in_prose_and_closes_on_the_year():
    # a paragraph opening on the year keeps its figures though a plan's term is named after it
    opening_on_the_year = (
        "2025年政府工作报告\n一、2024年工作回顾\n2024年是关键一年。“十四五”时期以来，全市经济总量连跨"
        "两个台阶。\n全市地区生产总值增长5.8%，居民人均可支配收入增长5.5%。\n"
    )
    assert candidates(opening_on_the_year, 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "5.8",
        ("居民人均可支配收入", "%", 2024, "expected"): "5.5",
    }
    # a heading naming five years opens nothing; 去年 closes a review of years; 近三年 opens none
    text = (
        "2025年政府工作报告\n过去五年的工作回顾\n本届政府履职以来，全市发展取得新成就。\n"
        "全市地区生产总值增长5.8%。\n这五年，我们全力推动高质量发展。\n居民人均可支配收入增长34.3%。\n"
        "去年，全市经济运行稳中向好。规模以上工业增加值增长7.1%。\n"
        "近三年，全市发展步伐加快。固定资产投资增长4.2%。\n"
    )
    assert candidates(text, 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "5.8",
        ("规上工业增加值", "%", 2024, "expected"): "7.1",
        ("固定资产投资", "%", 2024, "expected"): "4.2",
    }
    # a bullet's dash before 这五年, in a copy without headings; a running total (累计) is theirs
    bullets = (
        "2026年政府工作报告\n——2026年2月4日在某区第十四届人民代表大会第五次会议上\n"
        "——这五年民生福祉不断增进。城镇新增就业累计106万人，单位GDP能耗累计下降18%。\n"
    )
    assert candidates(bullets, 2025) == {}


def test_the_second_readers_edges_of_this_rounds_rules():
    # a posting date after the title is no delivery; its meeting makes a date line
    posted = "2024年政府工作报告\n来源：市政府办公室   2024年5月10日\n一、2023年工作回顾\n地区生产总值增长5%。"
    assert candidates(posted, 2023) == {("地区生产总值", "%", 2023, "expected"): "5"}
    # the carbon intensity's fall said after 排放量 is the series' value, no fall word kept
    carbon = candidates("2024年主要预期目标：单位地区生产总值二氧化碳排放量下降4.2%。")
    assert carbon == {("单位地区生产总值二氧化碳排放降低", "%", 2024, "target"): "4.2"}
    # the whole place's 完成投资 among the targets stays the place's
    whole = candidates("2024年政府工作报告\n二、2024年工作安排\n全社会完成投资1200亿元。", 2023)
    assert whole == {("固定资产投资", "亿元", 2024, "target"): "1200"}
    # 产量 alone is the grain's only right after the grain's clause
    other = candidates(
        "2024年政府工作报告\n一、2023年工作回顾\n统筹粮食安全和能源安全，煤炭稳产保供，产量达到1.2亿吨。"
        "粮食生产再获丰收，规模以上工业企业达到320家，产量达到15万吨。",
        2023,
    )
    assert not [key for key in other if key[0] == "粮食产量"]
    # capital from other provinces (省外资到位资金) is domestic; a growth below the quota missed it
    domestic = candidates(
        "2024年政府工作报告\n一、2023年工作回顾\n引进省外资到位资金85亿元。", 2023
    )
    assert not [key for key in domestic if key[0] == "实际利用外资"]
    missed = candidates(
        "2024年政府工作报告\n一、2023年工作回顾\n固定资产投资增速低于省定目标。", 2023
    )
    assert "低于省定目标" not in missed.values()


def test_an_annex_cell_giving_its_target_beside_a_note_that_none_was_set_keeps_it():
    text = (
        "2024年计划执行情况报告\n附件：主要指标\n指标名称 | 2024年目标 |\n"
        "城镇调查失业率 | 4.5以内（省未下达，自行确定） |\n"
    )
    assert candidates(text, 2023).get(("城镇调查失业率", "%", 2024, "target")) == "4.5以内"


def test_a_count_in_a_list_headed_by_an_increase_is_an_increase_too():
    # 新增 heads the list: a level named before the item, or one count for two items, is no total
    text = (
        "2024年政府工作报告\n一、2023年工作回顾\n全年新增规上工业企业5家、省高新技术企业4家。"
        "新增国家科技型中小企业和高新技术企业60户。"
    )
    assert not [key for key in candidates(text, 2023) if key[0] == "高新技术企业"]


def test_a_year_in_a_lead_in_dates_no_target_but_one_opening_the_list_does():
    text = (
        "2024年政府工作报告\n——2024年1月5日在某市第十届人民代表大会第三次会议上\n二、2024年工作安排\n"
        "确保2025年全面完成“十四五”规划目标任务，主要预期目标是：地区生产总值增长6%左右。"
        "锚定2035年基本实现现代化目标，固定资产投资增长6%左右。"
        "明年是“十四五”收官之年，社会消费品零售总额增长5%。\n"
        "三、“十四五”时期奋斗目标\n奋斗目标是：2025年地区生产总值达到392亿元；城镇居民人均可支配收入"
        "年均递增12%，达30263元。\n"
    )
    assert candidates(text, 2023) == {
        ("地区生产总值", "%", 2024, "target"): "6%左右",
        ("固定资产投资", "%", 2024, "target"): "6%左右",
        ("社会消费品零售总额", "%", 2024, "target"): "5",
        ("地区生产总值", "亿元", 2025, "target"): "392",
        ("城镇居民人均可支配收入", "元", 2025, "target"): "30263",
    }


def test_more_edges_a_second_reader_found():
    # 近五年 opens a review of years; a heading's year over it dates nothing; 全年 closes it
    review = candidates(
        "2026年政府工作报告\n一、2025年工作回顾\n近五年，居民人均可支配收入增长34.3%。\n"
        "全年，地区生产总值增长5.5%。\n",
        2025,
    )
    assert review == {("地区生产总值", "%", 2025, "expected"): "5.5"}
    # an annex cell saying no target was set, a year or a note beside it, holds none
    annex = candidates(
        "2024年计划执行情况报告\n附件：主要指标\n指标名称 | 2024年目标 |\n"
        "城镇调查失业率 | 2024年省未下达 |\n单位地区生产总值能耗降低率 | 未下达（上年为3.5） |\n",
        2023,
    )
    assert not [key for key in annex if key[2] == 2024]
    # the carbon intensity's fall after 排放量, however spelled, drops its word
    carbon = candidates("2024年主要预期目标：单位生产总值二氧化碳排放量降低4.2%。")
    assert carbon == {("单位地区生产总值二氧化碳排放降低", "%", 2024, "target"): "4.2"}
    # 全年完成投资 opening its clause among the targets is the place's
    year = candidates(
        "2024年政府工作报告\n二、2024年工作安排\n扩大有效投资；全年完成投资300亿元。", 2023
    )
    assert year == {("固定资产投资", "亿元", 2024, "target"): "300"}
    # every count of a list headed by 新增 is an increase; 城镇居民的人均可支配收入 is no one's
    # but the urban residents'
    counted = candidates(
        "2024年政府工作报告\n一、2023年工作回顾\n新增规上工业企业30家、专精特新企业20家、"
        "高新技术企业60家。城镇居民的人均可支配收入达到5万元。",
        2023,
    )
    assert not [key for key in counted if key[0] in ("高新技术企业", "居民人均可支配收入")]
