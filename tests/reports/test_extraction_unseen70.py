"""Forms found in round seventy, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_result_set_beside_a_plans_target_dates_neither_the_targets_after_it():
    text = (
        "青禾县2025年国民经济和社会发展计划草案（摘要）\n\n"
        "2025年全县地区生产总值计划增长6%左右，2024年增长5.4%；"
        "固定资产投资计划增长8%，2024年下降2.7%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.4") in found
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert (("固定资产投资", "%", 2024, "expected"), "下降2.7") in found
    assert not any(key[:4] == ("固定资产投资", "%", 2024, "target") for key, _ in found)
    assert not any(key[:4] == ("地区生产总值", "%", 2024, "target") for key, _ in found)
