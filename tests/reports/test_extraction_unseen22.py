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


def test_a_list_of_figures_in_another_clause_shares_nothing_by_place():
    found = candidates("2022年，合同外资8亿美元，实际利用外资3.5亿美元，分别增长8.1%、12.6%。")
    assert found[("实际利用外资", "亿美元", 2022, "expected")] == "3.5"
    assert found.get(("实际利用外资", "%", 2022, "expected")) != "12.6"


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
