"""Forms found in the corpus read again in round twenty-nine, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

GDP = "地区生产总值"


def test_the_plan_a_share_done_is_of_is_the_years_target():
    found = candidates(
        "2023年，全县地区生产总值412亿元，完成年度计划430亿元的95.8%（主要是工业未达预期目标），"
        "增长4.1%；固定资产投资96亿元，完成年计划120亿元的80%，下降6.3%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "412"
    assert found[(GDP, "亿元", 2023, "target")] == "430"
    assert found[("固定资产投资", "亿元", 2023, "target")] == "120"


def test_a_growth_after_the_share_of_a_plan_done_stays_a_result():
    found = candidates(
        "2023年，全县地区生产总值412亿元，完成年度计划430亿元的95.8%（主要是工业未达预期目标），"
        "增长4.1%；固定资产投资96亿元，完成年计划120亿元的80%，下降6.3%。"
    )
    assert found[(GDP, "%", 2023, "expected")] == "4.1"
    assert found[("固定资产投资", "%", 2023, "expected")] == "下降6.3"
    assert not any(year == 2024 for _name, _unit, year, _kind in found)


def test_the_reports_own_place_by_its_short_name_leaves_the_name_whole():
    found = candidates(
        "关于南平市建阳区2023年国民经济和社会发展计划执行情况的报告\n"
        "一、2023年计划执行情况\n"
        "初步统计，建阳地区生产总值318亿元，增长5.2%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "318"
    assert found[(GDP, "%", 2023, "expected")] == "5.2"


def test_a_short_word_the_report_names_as_no_place_does_not_open_a_name():
    found = candidates(
        "关于南平市建阳区2023年国民经济和社会发展计划执行情况的报告\n"
        "一、2023年计划执行情况\n"
        "初步统计，山区地区生产总值118亿元，增长5.2%。"
    )
    assert (GDP, "亿元", 2023, "expected") not in found
