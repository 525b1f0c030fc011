"""Forms found in the fifth blind set (blind5) and misses the sets before left, each in sentences
of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim
from tests.reports.test_extraction_unseen import candidates


def extract_all(text, report_year=2023):
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return found


def test_a_district_or_banner_named_before_the_indicator_bounds_it():
    found = candidates(
        "2023年全年金水区生产总值完成1500亿元，增长6%；准格尔旗一般公共预算收入增长8%。"
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "1500"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "8"


def test_a_part_of_a_place_named_before_the_indicator_is_not_the_place():
    found = candidates("2023年，高新技术开发区生产总值增长12%；工业园区规模以上工业增加值增长9%。")
    assert ("地区生产总值", "%", 2023, "expected") not in found
    assert ("规上工业增加值", "%", 2023, "expected") not in found


def test_farmers_and_herders_per_head_incomes_name_the_rural_series():
    found = candidates("2023年农民人均可支配收入增长7%。2012年农牧民人均纯收入8000元。")
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7"
    # a year long before the one reviewed: its statistics are final
    assert found[("农村居民人均纯收入", "元", 2012, "final")] == "8000"


def test_an_amount_in_another_multiplier_of_the_series_unit_keeps_its_written_unit():
    # counties state revenue in 万元; the series is in 亿元
    found = candidates("2023年全县一般公共预算收入完成52310万元，增长6%；实际利用外资1.2亿美元。")
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "52310万元"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "6"
    assert found[("实际利用外资", "亿美元", 2023, "expected")] == "1.2"


def test_a_level_after_a_growth_averaged_over_years_is_the_years_own():
    found = candidates(
        "五年来，地区生产总值年均增长8.1%，2023年达到2300亿元；"
        "固定资产投资年均增长10%、2023年完成1500亿元。",
        report_year=2023,
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "2300"
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "1500"
    # the averages themselves are no figure of the year
    assert ("地区生产总值", "%", 2023, "expected") not in found
    assert ("固定资产投资", "%", 2023, "expected") not in found


def test_a_word_of_scope_or_source_before_the_name_changes_no_series():
    found = candidates(
        "2023年全社会消费品零售总额320亿元，增长5%；海关进出口总额80亿美元，增长3%；"
        "境内财政总收入40亿元，增长2%；全口径一般公共预算收入50亿元。"
    )
    assert found[("社会消费品零售总额", "亿元", 2023, "expected")] == "320"
    assert found[("进出口总额", "亿美元", 2023, "expected")] == "80"
    assert found[("进出口总额", "%", 2023, "expected")] == "3"
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "40"
    assert found[("一般公共预算总收入", "%", 2023, "expected")] == "2"


def test_the_budget_revenue_without_一般_is_the_local_one():
    found = candidates("2023年财政总收入、公共预算收入分别完成12亿元、7.5亿元。")
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "12"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "7.5"


def test_a_target_named_as_what_a_result_is_compared_with_announces_no_target():
    found = candidates(
        "2023年，在出口增长2%、低于预期目标的情况下，全市地区生产总值增长6%，"
        "一般公共预算收入增长4%。今年的预期目标是地区生产总值增长5.5%左右。"
    )
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "4"
    assert ("地方一般公共预算收入", "%", 2023, "target") not in found
    assert found[("地区生产总值", "%", 2024, "target")] == "5.5%左右"


def test_a_name_after_在_or_a_prefecture_or_banner_in_the_first_person_is_bounded():
    found = candidates("2023年，在固定资产投资增长3%的情况下，我州生产总值增长5%，我旗出口增长9%。")
    assert found[("固定资产投资", "%", 2023, "expected")] == "3"
    assert found[("地区生产总值", "%", 2023, "expected")] == "5"
    assert found[("出口总额", "%", 2023, "expected")] == "9"


def test_urban_and_rural_disposable_incomes_written_short_without_人均():
    found = candidates(
        "2023年城乡居民可支配收入预计分别达到41000元、20500元，增长5%和7.5%。", report_year=2023
    )
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "41000"
    assert found[("农村居民人均可支配收入", "元", 2023, "expected")] == "20500"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7.5"


def test_a_comparable_growth_after_the_published_one_is_proposed_beside_it():
    found = extract_all("2023年，一般公共预算收入完成300亿元、下降5%，同口径增长3.2%。")
    growths = sorted(
        (c.value_text, "同口径" in c.flags)
        for c in found
        if (c.indicator, c.unit) == ("地方一般公共预算收入", "%")
    )
    assert growths == [("3.2", True), ("下降5", False)]
    # a repeated figure is still proposed once
    repeated = extract_all("2023年地区生产总值增长5%，按同口径增长5%。地区生产总值增长5%。")
    assert [c.value_text for c in repeated if c.indicator == "地区生产总值"] == ["5"]


def test_a_price_index_written_as_an_index_is_proposed_as_written_below_accept_all():
    found = extract_all("2023年居民消费价格指数为101.8；城镇登记失业率3%。")
    cpi = next(c for c in found if c.indicator == "居民消费价格指数")
    assert (cpi.unit, cpi.value_text) == ("%", "101.8")
    assert cpi.confidence < 0.8  # the analyst writes the change, 1.8
    # a change written without its unit is no index
    assert not [c for c in extract_all("2023年居民消费价格指数为2.1。") if c.unit == "%"]


def test_last_years_figure_in_brackets_is_the_result_of_the_year_before():
    found = candidates(
        "2023年地区生产总值达到1200亿元（上年为1100亿元）。"
        "城镇居民人均收入首次超过5万元大关（去年为48000元）。",
        report_year=2023,
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "1200"
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "1100"
    assert found[("城镇居民人均可支配收入", "元", 2022, "expected")] == "48000"


def test_城镇化_alone_before_a_rate_names_the_urbanisation_rate_and_nothing_else():
    found = candidates("2023年新型城镇化建设投资50亿元，城镇化进程加快，城镇化61.2%。")
    assert found == {("常住人口城镇化率", "%", 2023, "expected"): "61.2"}


def test_a_countys_地方生产总值_is_its_gdp():
    found = candidates("截至2023年末，全县地方生产总值完成88亿元，增长6%。")
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "88"
    assert found[("地区生产总值", "%", 2023, "expected")] == "6"
