"""Forms found in the corpus read again in round forty-one, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

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
