"""Forms found in the forty-sixth set and after (blind46 …), each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates

LOCAL = "地方一般公共预算收入"
TOTAL = "一般公共预算总收入"


def test_a_name_right_after_a_qualified_percentage_stands_alone():
    # a copy that lost the comma after 左右: the next clause's name is still its own
    found = candidates("2022年，全区生产总值预计增长4.5%左右一般公共预算收入增长2.8%。")
    assert found[("地区生产总值", "%", 2022, "expected")] == "4.5%左右"
    assert found[(LOCAL, "%", 2022, "expected")] == "2.8"


def test_a_districts_own_level_names_the_local_revenue():
    found = candidates("2022年，区级公共财政预算收入完成88.6亿元，增长5.2%。")
    assert found[(LOCAL, "亿元", 2022, "expected")] == "88.6"
    assert found[(LOCAL, "%", 2022, "expected")] == "5.2"
    found = candidates("2022年，县级公共财政收入完成12.4亿元。")
    assert found[(LOCAL, "亿元", 2022, "expected")] == "12.4"


def test_a_revenue_with_the_districts_own_part_after_it_is_the_total():
    found = candidates(
        "2022年，一般公共预算收入完成316.5亿元、增长3.1%，"
        "其中区级一般公共预算收入121.7亿元、增长2.4%。"
    )
    assert found[(TOTAL, "亿元", 2022, "expected")] == "316.5"
    assert found[(TOTAL, "%", 2022, "expected")] == "3.1"
    assert found[(LOCAL, "亿元", 2022, "expected")] == "121.7"
    assert found[(LOCAL, "%", 2022, "expected")] == "2.4"


def test_a_citys_municipal_level_after_its_revenue_leaves_the_revenue_local():
    # 市级 of a city is a narrower level than the city's own revenue, not its part of a total
    found = candidates(
        "2022年，全市一般公共预算收入完成316.5亿元，其中市级一般公共预算收入121.7亿元。"
    )
    assert found[(LOCAL, "亿元", 2022, "expected")] == "316.5"
    assert (TOTAL, "亿元", 2022, "expected") not in found


def test_a_change_after_a_level_in_a_unit_the_series_lacks_is_read():
    found = candidates("2022年，万元地区生产总值能耗0.4817吨标准煤，下降2.6%。")
    assert found[("万元生产总值能耗", "%", 2022, "expected")] == "下降2.6"
    found = candidates("2022年，单位生产总值能耗0.52吨标煤，比上年下降3.1%。")
    assert found[("万元生产总值能耗", "%", 2022, "expected")] == "下降3.1"


def test_a_level_the_series_does_not_fit_lends_no_percentage_to_it():
    # a count of projects is no level of investment: the growth after it is the count's
    found = candidates("2022年，固定资产投资项目新开工128个，增长6%。")
    assert ("固定资产投资", "%", 2022, "expected") not in found


def test_a_bound_of_a_rate_keeps_its_percent_sign():
    found = candidates(
        "2023年主要预期目标：地区生产总值增长不低于5.5%，城镇登记失业率不超过3%，"
        "固定资产投资不低于800亿元。"
    )
    assert found[("地区生产总值", "%", 2023, "target")] == "不低于5.5%"
    assert found[("城镇登记失业率", "%", 2023, "target")] == "不超过3%"
    # a level's bound keeps to the number, as the seeds write 突破 220
    assert found[("固定资产投资", "亿元", 2023, "target")] == "不低于800"


def test_a_growth_with_a_change_of_scope_taken_out_is_proposed_beside_the_other():
    text = "2022年，一般公共预算收入46.2亿元，下降1.6%，剔除留抵退税因素增长9.4%。"
    found = extract(text, report_year=2023)
    growths = [c for c in found if c.indicator == LOCAL and c.unit == "%"]
    assert [(c.value_text, c.flags) for c in growths] == [("下降1.6", []), ("9.4", ["同口径"])]
    found = extract(
        "2022年，一般公共预算收入46.2亿元，增长2%，按可比口径增长8%。", report_year=2023
    )
    growths = [c for c in found if c.indicator == LOCAL and c.unit == "%"]
    assert [(c.value_text, c.flags) for c in growths] == [("2", []), ("8", ["同口径"])]


def test_a_figure_wins_over_a_worded_value_of_the_same_series():
    found = candidates(
        "2022年，固定资产投资86亿元，增长9.2%。全年固定资产投资增速高于全省平均水平。"
    )
    assert found[("固定资产投资", "%", 2022, "expected")] == "9.2"


def test_urban_and_rural_incomes_written_per_head_without_disposable_are_shared_out():
    found = candidates("2022年，城乡居民人均收入分别增长5.1%和6.6%。")
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "5.1"
    assert found[("农村居民人均可支配收入", "%", 2022, "expected")] == "6.6"


def test_a_rate_of_fall_is_proposed_for_the_analyst_to_sign():
    found = extract("2022年，万元地区生产总值能耗下降率在3.5%左右。", report_year=2023)
    (energy,) = [c for c in found if c.indicator == "万元生产总值能耗"]
    assert energy.value_text == "3.5%左右"
    assert energy.confidence < 0.8  # never accepted in bulk: its sign is the analyst's to write


# A web table given one cell a line, its kinds counted (目标数, 预计完成数), each row's unit in a
# bracket the copy never closed.
COUNTED_KINDS_TABLE = """表二  2021年某区国民经济和社会发展主要目标完成情况

指标

目标数

预计完成数

地区生产总值增速（%

6.5

7.1

一般公共预算收入增速（%

5

6.3

固定资产投资（亿元

210

224.5

三、主要工作
"""


def test_a_table_whose_kinds_are_counted_and_brackets_unclosed_is_read():
    found = candidates(COUNTED_KINDS_TABLE, report_year=2022)
    assert found[("地区生产总值", "%", 2021, "target")] == "6.5"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.1"
    assert found[(LOCAL, "%", 2021, "target")] == "5"
    assert found[(LOCAL, "%", 2021, "expected")] == "6.3"
    assert found[("固定资产投资", "亿元", 2021, "target")] == "210"
    assert found[("固定资产投资", "亿元", 2021, "expected")] == "224.5"


def test_the_goods_trade_named_apart_from_services_is_the_trade():
    found = candidates("2022年，货物进出口总额突破1500亿元，增长12%，服务贸易增长8.4%。")
    assert found[("进出口总额", "%", 2022, "expected")] == "12"
    found = candidates("2022年，货物贸易进出口总值618.3亿元，增长7.5%。")
    assert found[("进出口总额", "亿元", 2022, "expected")] == "618.3"


def test_a_growth_with_the_prices_taken_out_is_no_comparable_growth():
    # the real growth after the nominal one is not a second basis of the same (同口径)
    text = "2022年，城镇居民人均可支配收入45000元，名义增长6.1%，剔除价格因素实际增长4.2%。"
    found = extract(text, report_year=2023)
    assert [c.flags for c in found if c.unit == "%" and "同口径" in c.flags] == []
