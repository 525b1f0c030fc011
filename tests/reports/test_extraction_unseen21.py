"""Forms found in the fifty-second set and after (blind52 … blind57 …), each in a text of our own
wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

LOCAL = "地方一般公共预算收入"


def test_a_net_change_since_last_year_named_between_a_level_and_its_growth_is_passed_over():
    found = candidates("2013年，地方财政收入完成12.4亿元，较2012年净增3亿元，增长18.2%。")
    assert found[(LOCAL, "亿元", 2013, "expected")] == "12.4"
    assert found[(LOCAL, "%", 2013, "expected")] == "18.2"


def test_a_range_of_amounts_is_one_value_and_its_growth_range_follows():
    found = candidates("2022年，预计全年实现地区生产总值88.5亿元—90.1亿元，增长5%—6.5%。")
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "88.5亿元—90.1亿元"
    assert found[("地区生产总值", "%", 2022, "expected")] == "5%—6.5%"


def test_a_growth_after_a_net_change_since_an_earlier_year_is_not_the_years_growth():
    found = candidates("2013年，地方财政收入完成12.4亿元，较2010年净增3亿元，增长38.2%。")
    assert found[(LOCAL, "亿元", 2013, "expected")] == "12.4"
    assert (LOCAL, "%", 2013, "expected") not in found


def test_a_cities_price_index_is_the_price_target():
    found = candidates("2019年主要预期目标是：城市居民消费价格涨幅控制在3%左右。")
    assert found[("居民消费价格指数", "%", 2019, "target")] == "3%左右"


def test_a_news_copys_the_city_before_a_name_is_a_lead_in():
    found = candidates("2022年，该市地区生产总值812.3亿元，增速居全省第三。")
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "812.3"


def test_a_level_standing_bare_after_its_growth_is_read():
    found = candidates("2022年，全市地区生产总值增长4.6%、约3200亿元，城镇调查失业率5%。")
    assert found[("地区生产总值", "%", 2022, "expected")] == "4.6"
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "约3200"
    assert found[("城镇调查失业率", "%", 2022, "expected")] == "5"


def test_a_milestone_after_a_growth_is_not_the_level():
    found = candidates("2022年，一般公共预算收入增长6.1%、突破300亿元。")
    assert found[(LOCAL, "%", 2022, "expected")] == "6.1"
    assert (LOCAL, "亿元", 2022, "expected") not in found


def test_a_rates_ceiling_after_its_result_is_the_years_target():
    found = candidates(
        "2022年，居民消费价格上涨1.9%、控制在3%以内，城镇登记失业率2.4%，控制在3.5%以内。"
    )
    assert found[("居民消费价格指数", "%", 2022, "expected")] == "1.9"
    assert found[("居民消费价格指数", "%", 2022, "target")] == "3%以内"
    assert found[("城镇登记失业率", "%", 2022, "target")] == "3.5%以内"


def test_a_caption_without_a_table_number_dates_the_kind_columns_under_it():
    found = candidates(
        "2022年计划执行情况\n\n"
        "2022年主要指标完成情况\n"
        "序号 指标名称 单位 年初目标 全年完成数\n"
        "1 区级一般公共预算收入增长率 % 6左右 8.3\n"
        "2 社会消费品零售总额增长率 % 5左右 -2.1\n",
        report_year=2023,
    )
    assert found[(LOCAL, "%", 2022, "target")] == "6左右"
    assert found[(LOCAL, "%", 2022, "expected")] == "8.3"
    assert found[("社会消费品零售总额", "%", 2022, "expected")] == "-2.1"


def test_a_pages_posting_line_dates_a_news_copy_of_a_december_meeting():
    text = (
        "某区人大会议开幕\n\n2015-12-22 09:30\n\n"
        "区长作政府工作报告。报告指出，2015年预计实现地区生产总值88.2亿元、增长9.1%。\n"
        "报告提出明年的主要目标是：地区生产总值增长8%。\n"
    )
    found = candidates(text, report_year=2015)
    assert found[("地区生产总值", "亿元", 2015, "expected")] == "88.2"
    assert found[("地区生产总值", "%", 2016, "target")] == "8"


def test_a_posting_line_years_after_the_plan_year_does_not_date_the_report():
    text = "某县人民政府工作报告（全文）\n文库 2021-07-23 10:38:42\n2015年，全县地区生产总值增长7.5%。\n"
    found = candidates(text, report_year=2015)
    assert found[("地区生产总值", "%", 2015, "expected")] == "7.5"


def _reviewed(first_sentence):
    return candidates(
        "一、2010年国民经济和社会发展计划执行情况\n"
        f"{first_sentence}\n"
        "据统计，全年实现地区生产总值512.4亿元，增长13.1%。\n",
        report_year=2010,
    )


def test_the_years_targets_quoted_as_approved_at_the_head_of_the_review_are_targets():
    found = _reviewed(
        "市人大批准的2010年全市经济和社会发展主要调控目标是：地区生产总值增长10%；"
        "全社会固定资产投资增长18%。"
    )
    assert found[("地区生产总值", "%", 2010, "target")] == "10"
    assert found[("固定资产投资", "%", 2010, "target")] == "18"
    assert found[("地区生产总值", "%", 2010, "expected")] == "13.1"


def test_results_introduced_as_meeting_the_approved_targets_stay_results():
    found = _reviewed(
        "全市主要指标总体实现市人大确定的预期目标：地区生产总值增长13.1%，固定资产投资增长19%。"
    )
    assert found[("固定资产投资", "%", 2010, "expected")] == "19"
    assert ("固定资产投资", "%", 2010, "target") not in found


def _one_cell_a_line(*cells):
    return "\n\n".join(cells) + "\n"


STACKED_WITH_MEASURES = _one_cell_a_line(
    "表一 2018年主要指标完成情况",
    "指 标 名 称",
    "单位",
    "2018年目标",
    "2018年实绩",
    "绝对值",
    "增速（%）",
    "绝对值",
    "增速（%）",
    "地区生产总值",
    "亿元",
    "2300",
    "7以上",
    "2312.5",
    "7.4",
    "研究与试验发展经费支出占生产总值比重",
    "%",
    "2.5左右",
    "-",
    "2.4",
    "-",
    "城镇常住居民人均可支配收入",
    "51200",
    "8以上",
    "51630",
    "8.6（实际增长6.5）",
)


def test_a_table_one_cell_a_line_spreads_its_dated_cells_over_the_measures_under_them():
    found = candidates(STACKED_WITH_MEASURES, report_year=2018)
    assert found[("地区生产总值", "亿元", 2018, "target")] == "2300"
    assert found[("地区生产总值", "%", 2018, "target")] == "7以上"
    assert found[("地区生产总值", "亿元", 2018, "expected")] == "2312.5"
    assert found[("地区生产总值", "%", 2018, "expected")] == "7.4"


def test_a_row_of_an_amounts_share_of_gdp_is_its_intensity():
    found = candidates(STACKED_WITH_MEASURES, report_year=2018)
    assert found[("研究与试验发展经费投入强度", "%", 2018, "target")] == "2.5左右"
    assert found[("研究与试验发展经费投入强度", "%", 2018, "expected")] == "2.4"


def test_a_row_without_its_unit_cell_keeps_its_values_in_their_columns():
    found = candidates(STACKED_WITH_MEASURES, report_year=2018)
    assert found[("城镇居民人均可支配收入", "元", 2018, "target")] == "51200"
    assert found[("城镇居民人均可支配收入", "%", 2018, "target")] == "8以上"
    assert found[("城镇居民人均可支配收入", "元", 2018, "expected")] == "51630"
    assert found[("城镇居民人均可支配收入", "%", 2018, "expected")] == "8.6"


def test_more_wordings_of_exports_are_read():
    found = candidates("2020年，外贸自营出口额212.4亿元，增长9.8%；货物出口总额180.1亿元。")
    assert found[("出口总额", "亿元", 2020, "expected")] == "212.4"
    assert found[("出口总额", "%", 2020, "expected")] == "9.8"
    found = candidates("2021年主要预期目标：外贸自营出口总额增长6%。")
    assert found[("出口总额", "%", 2021, "target")] == "6"


def test_a_target_told_after_several_bridge_words_is_read():
    found = candidates("2021年，全县地区生产总值增速年初计划目标为7.5%。", report_year=2021)
    assert found[("地区生产总值", "%", 2021, "target")] == "7.5"


def test_a_sentence_going_on_about_the_targets_before_keeps_their_year():
    found = candidates(
        "2021年地区生产总值增速年初计划目标为7.5%。其中，第一产业增速年初计划目标为3%。",
        report_year=2021,
    )
    assert found[("第一产业增加值", "%", 2021, "target")] == "3"


def test_cues_inside_a_quoted_reports_title_are_no_cues():
    found = candidates(
        "据《关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告》显示，"
        "2021年地区生产总值增长目标为7.5%。",
        report_year=2021,
    )
    assert found[("地区生产总值", "%", 2021, "target")] == "7.5"


def test_a_per_capita_figure_said_to_be_a_years_is_the_same_series():
    found = candidates("2022年主要预期目标：城镇和农村常住居民年人均可支配收入分别增长6%、7%。")
    assert found[("城镇居民人均可支配收入", "%", 2022, "target")] == "6"
    assert found[("农村居民人均可支配收入", "%", 2022, "target")] == "7"


def test_one_value_after_fen_bie_is_each_names():
    found = candidates("2022年主要预期目标：城乡居民人均可支配收入分别增长6.5%左右。")
    assert found[("城镇居民人均可支配收入", "%", 2022, "target")] == "6.5%左右"
    assert found[("农村居民人均可支配收入", "%", 2022, "target")] == "6.5%左右"


def test_more_wordings_of_revenue_and_investment_are_read():
    found = candidates(
        "2022年，地方一般公共财政预算收入6.2亿元，增长8.1%；完成县内固定资产投资88.6亿元。"
    )
    assert found[(LOCAL, "亿元", 2022, "expected")] == "6.2"
    assert found[(LOCAL, "%", 2022, "expected")] == "8.1"
    assert found[("固定资产投资", "亿元", 2022, "expected")] == "88.6"


def test_a_multiple_of_an_earlier_years_figure_spaced_as_a_pdf_does_dates_nothing():
    found = candidates(
        "初步统计，2016年，实现地区生产总值189亿元，是2011年的2 .7倍；社会消费品零售总额125亿元。",
        report_year=2016,
    )
    assert found[("社会消费品零售总额", "亿元", 2016, "expected")] == "125"


def test_fen_bie_over_one_value_after_other_words_is_no_names():
    found = candidates("2023年，城镇和农村低保标准分别提高10%。")
    assert ("城镇居民人均可支配收入", "%", 2023, "expected") not in found
