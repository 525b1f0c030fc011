"""Forms found in the sixty-second set and after (blind57 … blind61 read again, blind62 …), each in
a text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

TOTAL = "一般公共预算总收入"

# a table one cell a line, as a web page's table is copied: target, then result
_TARGET_AND_RESULT = """表2：2022年主要指标目标完成情况
指标 |
2022年目标 |
2022年完成 |
地区生产总值 |
增长高于全市1个百分点 |
6.4% |
财政收入 |
与经济增长同步 |
5.1% |
固定资产投资 |
10% |
12.2% |
"""


def test_a_target_worded_as_a_margin_over_the_parent_leaves_the_result_in_its_column():
    found = candidates(_TARGET_AND_RESULT, report_year=2022)
    assert found[("地区生产总值", "%", 2022, "expected")] == "6.4"
    assert ("地区生产总值增长高于全市1个百分点", "%", 2022, "target") not in found
    assert found[("固定资产投资", "%", 2022, "target")] == "10"
    assert found[("固定资产投资", "%", 2022, "expected")] == "12.2"


def test_a_table_row_of_revenue_named_alone_is_all_the_revenue_raised():
    found = candidates(_TARGET_AND_RESULT, report_year=2022)
    assert found[(TOTAL, "%", 2022, "expected")] == "5.1"


def test_growths_shared_out_go_to_the_figures_in_their_places_unknown_names_counted():
    found = candidates(
        "2022年，全年引进内资到位资金120亿元、实际利用外资3.5亿美元，分别增长8.1%、12.6%。"
    )
    assert found[("实际利用外资", "亿美元", 2022, "expected")] == "3.5"
    assert found[("实际利用外资", "%", 2022, "expected")] == "12.6"


def test_figures_one_a_clause_share_out_by_place_too():
    # round thirty-four: clauses of one figure each, closed by commas, are a list as items
    # joined by 、 are (this test asserted no value before)
    found = candidates("2022年，合同外资8亿美元，实际利用外资3.5亿美元，分别增长8.1%、12.6%。")
    assert found[("实际利用外资", "亿美元", 2022, "expected")] == "3.5"
    assert found[("实际利用外资", "%", 2022, "expected")] == "12.6"


def test_an_amount_an_income_grew_by_is_not_its_level():
    found = candidates("2022年，城乡居民人均可支配收入分别增加2150元、1380元。")
    assert ("城镇居民人均可支配收入", "元", 2022, "expected") not in found
    assert ("农村居民人均可支配收入", "元", 2022, "expected") not in found
    found = candidates("2022年，城镇居民人均可支配收入提高1500元，增长5.2%。")
    assert ("城镇居民人均可支配收入", "元", 2022, "expected") not in found
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "5.2"


def test_an_income_raised_to_an_amount_is_its_level():
    found = candidates("2022年，城镇居民人均可支配收入增加到45200元。")
    assert found[("城镇居民人均可支配收入", "元", 2022, "expected")] == "45200"


def test_a_forecast_of_the_year_planned_is_its_target():
    found = candidates(
        "报告提出，2016年全省生产总值预计增长8%，力争更高一些；全社会固定资产投资增长12%。",
        report_year=2015,
    )
    assert found[("地区生产总值", "%", 2016, "target")] == "8"
    assert found[("固定资产投资", "%", 2016, "target")] == "12"
    assert ("地区生产总值", "%", 2016, "expected") not in found


def test_a_forecast_of_the_year_reviewed_is_still_a_result():
    found = candidates("2015年全省生产总值预计增长8.1%。", report_year=2015)
    assert found[("地区生产总值", "%", 2015, "expected")] == "8.1"


def test_the_three_sectors_that_achieve_their_value_added_share_it_out():
    found = candidates(
        "2022年，三次产业实现增加值分别为52.1亿元、230.4亿元和301.7亿元，分别增长4.1%、6.3%和5.2%。"
    )
    assert found[("第一产业增加值", "亿元", 2022, "expected")] == "52.1"
    assert found[("第三产业增加值", "亿元", 2022, "expected")] == "301.7"
    assert found[("第二产业增加值", "%", 2022, "expected")] == "6.3"


def test_grain_output_named_after_its_sown_area_is_the_grain_output():
    found = candidates("2022年，全市粮食播种面积312.5万亩，总产量25.8亿斤，实现十连丰。")
    assert found[("粮食产量", "万吨", 2022, "expected")] == "25.8亿斤"
    found = candidates("2022年，粮食种植面积稳定在90万亩，总产实现38.6万吨。")
    assert found[("粮食产量", "万吨", 2022, "expected")] == "38.6"


def test_older_and_shorter_names_of_standard_series():
    found = candidates(
        "2022年，城镇新就业4.2万人，城镇调查失业率均值为5.1%；高企总数达1260家；"
        "全社会研发投入强度达到2.3%左右。"
    )
    assert found[("城镇新增就业", "万人", 2022, "expected")] == "4.2"
    assert found[("城镇调查失业率", "%", 2022, "expected")] == "5.1"
    assert found[("高新技术企业", "家", 2022, "expected")] == "1260"
    assert found[("研究与试验发展经费投入强度", "%", 2022, "expected")] == "2.3%左右"


def test_older_and_local_names_of_the_total_revenue():
    found = candidates("2004年，完成一般预算全口径财政收入210亿元，增长12.5%。", report_year=2004)
    assert found[(TOTAL, "亿元", 2004, "expected")] == "210"
    found = candidates("2022年，来源地一般公共预算收入完成52.3亿元。", report_year=2022)
    assert found[(TOTAL, "亿元", 2022, "expected")] == "52.3"


def test_a_news_lead_naming_the_congress_short_dates_the_report():
    found = candidates(
        "4月18日，县十六届人大二次会议隆重开幕。\n2022年，全县地区生产总值达到132.4亿元。",
        report_year=2022,
    )
    assert found[("地区生产总值", "亿元", 2022, "final")] == "132.4"


def test_each_grew_shares_the_growths_out_like_respectively():
    found = candidates("2022年，城乡居民人均可支配收入分别达到48100元和21300元、各增长5.6%和7.2%。")
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "5.6"
    assert found[("农村居民人均可支配收入", "%", 2022, "expected")] == "7.2"


def test_a_news_lead_on_the_congress_closing_dates_the_report_not_the_pages_posting_line():
    found = candidates(
        "某县两会胜利闭幕\n2024-04-08 09:10来源：县融媒体中心\n"
        "3月24日上午，某县第十八届人民代表大会第三次会议落下帷幕。\n"
        "2023年，全县地区生产总值达到210.5亿元。",
        report_year=2023,
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "210.5"


def test_values_shared_out_over_figures_some_unknown_go_to_the_known_by_place():
    # round thirty-four: the unknown name's clause is counted as 、 items are (none before)
    found = candidates(
        "2022年，本地城镇居民收入达到45100元，农民人均纯收入20300元，分别增长5%和6.5%。"
    )
    assert found[("农村居民人均纯收入", "元", 2022, "expected")] == "20300"
    assert found[("农村居民人均纯收入", "%", 2022, "expected")] == "6.5"


def test_a_result_after_its_target_in_one_clause_is_the_years_result():
    found = candidates(
        "2022年地区生产总值增速年初计划目标为7%，全年完成4.1%。其中，第一产业增速年初计划目标为"
        "3%，全年完成3.8%；第三产业增速年初计划目标为8%，全年完成5.2%。",
        report_year=2022,
    )
    assert found[("地区生产总值", "%", 2022, "target")] == "7"
    assert found[("地区生产总值", "%", 2022, "expected")] == "4.1"
    assert found[("第一产业增加值", "%", 2022, "target")] == "3"
    assert found[("第一产业增加值", "%", 2022, "expected")] == "3.8"
    assert found[("第三产业增加值", "%", 2022, "expected")] == "5.2"


def test_a_forecast_of_part_of_the_year_planned_is_no_target():
    found = candidates("今年上半年，全市地区生产总值预计增长5%。", report_year=2019)
    assert ("地区生产总值", "%", 2020, "target") not in found
