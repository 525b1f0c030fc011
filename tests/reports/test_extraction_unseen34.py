"""Forms found in the corpus read again in round thirty-seven, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_bound_held_through_the_years_a_paragraph_looks_back_over_is_no_years_figure():
    text = (
        "政府工作报告\n——2023年1月16日在某省人民代表大会上\n一、过去五年工作回顾\n"
        "过去五年，全省综合实力明显增强。地区生产总值年均增长6%；粮食产量稳定在600亿斤以上，"
        "城镇登记失业率控制在4%以内。\n2022年，地区生产总值增长3.5%。"
    )
    found = candidates(text, 2022)
    assert ("粮食产量", "万吨", 2022, "expected") not in found
    assert ("城镇登记失业率", "%", 2022, "expected") not in found
    assert found[("地区生产总值", "%", 2022, "expected")] == "3.5"


def test_a_bound_held_in_a_year_named_after_the_look_back_is_that_years():
    text = (
        "政府工作报告\n——2023年1月16日在某省人民代表大会上\n一、过去五年工作回顾\n"
        "过去五年，全省综合实力明显增强。2022年，粮食产量稳定在600亿斤以上，"
        "城镇登记失业率控制在4%以内。"
    )
    found = candidates(text, 2022)
    assert found[("粮食产量", "万吨", 2022, "expected")] == "600亿斤以上"
    assert found[("城镇登记失业率", "%", 2022, "expected")] == "4%以内"


def test_a_year_since_which_is_no_span_of_years_so_its_bound_held_is_that_years():
    text = (
        "政府工作报告\n——2024年1月10日在某区人民代表大会上\n一、2023年工作回顾\n"
        "2023年以来，全区经济运行总体平稳：城镇登记失业率控制在3%以内；地区生产总值增长5%。"
    )
    found = candidates(text, 2023)
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "3%以内"
