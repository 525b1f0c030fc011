"""Forms found in the corpus read again in round forty-one, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim
from tests.reports.test_extraction_unseen import candidates


def test_an_income_growth_no_single_year_could_have_is_left_out_and_the_years_kept():
    text = (
        "“十一五”以来，全县经济总量比2005年翻了一番。2010年，农民人均纯收入4120元，增长75.3%；"
        "城镇居民人均可支配收入12800元，增长11.2%；城乡居民人均可支配收入分别增长52%、61%。"
    )
    found = candidates(text, 2010)
    assert found[("农村居民人均纯收入", "元", 2010, "expected")] == "4120"
    assert ("农村居民人均纯收入", "%", 2010, "expected") not in found
    assert found[("城镇居民人均可支配收入", "%", 2010, "expected")] == "11.2"
    assert ("农村居民人均可支配收入", "%", 2010, "expected") not in found


def test_this_year_said_between_a_name_and_its_verb_dates_the_figure_and_keeps_it():
    review = (
        "政府工作报告\n——2009年12月8日在县第十五届人民代表大会第一次会议上\n"
        "一、本届政府工作回顾\n五年来，全县经济较快发展，社会消费品零售总额预计今年达到36.2亿元，"
        "固定资产投资今年完成52亿元。"
    )
    found = candidates(review, 2009)
    assert found[("社会消费品零售总额", "亿元", 2009, "expected")] == "36.2"
    assert found[("固定资产投资", "亿元", 2009, "expected")] == "52"
    plan = "2010年1月，市长在报告中提出，全市生产总值今年增长9%左右，地方财政收入当年增长10%。"
    found = candidates(plan, 2009)
    assert found[("地区生产总值", "%", 2010, "target")] == "9%左右"
    assert found[("地方一般公共预算收入", "%", 2010, "target")] == "10"


def test_a_year_looked_back_on_over_a_digests_list_dates_the_list_under_it():
    text = (
        "12月28日，市第九届人民代表大会第一次会议开幕，市长作政府工作报告。\n"
        "五年成绩喜人——\n入选2019年全国文明城市提名城市；\n"
        "回首2023，更是硕果累累——\n全市居民人均可支配收入30150元，增长6.2%；\n"
        "展望2024年：\n地区生产总值增长6%左右。"
    )
    found = candidates(text, 2023)
    assert found[("居民人均可支配收入", "元", 2023, "expected")] == "30150"
    assert found[("居民人均可支配收入", "%", 2023, "expected")] == "6.2"
    assert found[("地区生产总值", "%", 2024, "target")] == "6%左右"


def test_a_base_year_long_past_said_with_a_growth_goes_on_to_the_growths_after_it():
    text = (
        # (the year's review: in a review of five years, 过去五年，…, the changes are the years')
        "2022年，全市经济实力明显增强。预计2022年地区生产总值1800亿元，比2017年增长38%。"
        "规上工业增加值比2017年增长41%，社会消费品零售总额增长27.5%，进出口总额增长90.1%；"
        "固定资产投资增长8%。"
    )
    found = candidates(text, 2022)
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "1800"
    for name in ("地区生产总值", "规上工业增加值", "社会消费品零售总额", "进出口总额"):
        assert (name, "%", 2022, "expected") not in found
    assert found[("固定资产投资", "%", 2022, "expected")] == "8"


def test_a_comparable_growth_after_a_semicolon_is_proposed_beside_the_growth_as_published():
    text = (
        "2023年，全区一般公共预算收入85.6亿元，同比下降2.1%；还原留抵退税因素后，实际同比增长5.3%。"
        "固定资产投资增长7%；社会消费品零售总额增长6%。"
    )
    found = extract(text, report_year=2023)
    assert_verbatim(text, found)
    growths = [c.value_text for c in found if c.key[:2] == ("地方一般公共预算收入", "%")]
    assert growths == ["下降2.1", "5.3"]
    assert {c.key for c in found if c.key[0] != "地方一般公共预算收入"} == {
        ("固定资产投资", "%", 2023, "expected", "7"),
        ("社会消费品零售总额", "%", 2023, "expected", "6"),
    }


def test_rd_spending_named_without_its_whole_society_scope_is_the_amount_series():
    text = (
        "2016年，全市研究与试验发展经费投入42.5亿元，增长9%；研究与试验发展经费投入强度达到2.6%。"
    )
    found = candidates(text, 2016)
    assert found[("全社会研究与试验发展经费投入", "亿元", 2016, "expected")] == "42.5"
    assert found[("研究与试验发展经费投入强度", "%", 2016, "expected")] == "2.6"


def test_a_flow_summed_over_these_five_years_is_no_years_figure():
    text = (
        "这五年，我们坚持招商引资不放松，累计引进亿元以上项目46个，实际利用外资12.8亿美元。\n"
        "2020年，全市实际利用外资3.1亿美元，增长6%。"
    )
    found = candidates(text, 2020)
    assert found[("实际利用外资", "亿美元", 2020, "expected")] == "3.1"


def test_a_scope_named_before_a_semicolon_does_not_complete_a_name_after_it():
    text = (
        "2015年，全区规上工业销售产值达到860亿元，增长12%；实现工业增加值210亿元，增长9.5%；"
        "规模以上工业增加值增长8.2%。"
    )
    found = candidates(text, 2015)
    assert found[("规上工业增加值", "%", 2015, "expected")] == "8.2"
    assert ("规上工业增加值", "亿元", 2015, "expected") not in found


def test_a_threshold_an_aggregate_passed_clauses_after_its_name_is_no_result():
    text = (
        "五年间，全市地区生产总值连跨3个千亿级台阶，预计突破6000亿元；"
        "社会消费品零售总额稳步增长，超过2500亿元。2025年，力争地区生产总值突破6500亿元。"
    )
    found = candidates(text, 2024)
    assert ("地区生产总值", "亿元", 2024, "expected") not in found
    assert ("社会消费品零售总额", "亿元", 2024, "expected") not in found
    assert found[("地区生产总值", "亿元", 2025, "target")] == "突破6500"


def test_trade_named_as_the_total_of_goods_imported_and_exported_is_the_trade():
    text = "2018年，全区进出口商品总额1860亿元，增长7.5%。"
    found = candidates(text, 2018)
    assert found[("进出口总额", "亿元", 2018, "expected")] == "1860"
    assert found[("进出口总额", "%", 2018, "expected")] == "7.5"


def test_the_rural_side_named_as_farming_areas_or_villages_shares_the_urban_sides_growths():
    text = (
        "2019年，城镇和农区常住居民人均可支配收入分别增长6.1%、9.8%。"
        "2020年，城镇和乡村居民人均可支配收入分别增长6%和8%。"
    )
    found = candidates(text, 2019)
    assert found[("城镇居民人均可支配收入", "%", 2019, "expected")] == "6.1"
    assert found[("农村居民人均可支配收入", "%", 2019, "expected")] == "9.8"
    assert found[("城镇居民人均可支配收入", "%", 2020, "target")] == "6"
    assert found[("农村居民人均可支配收入", "%", 2020, "target")] == "8"
