"""Forms found in the corpus read again in round thirty-nine, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_threshold_passed_with_no_comma_before_the_level_leaves_the_level_and_its_growth():
    text = (
        "2024年，全市地区生产总值首次突破500亿元达到512.6亿元，增长6.1%；"
        "社会消费品零售总额超200亿元达到204亿元。"
    )
    found = candidates(text, 2025)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "512.6"
    assert found[("地区生产总值", "%", 2024, "expected")] == "6.1"
    assert found[("社会消费品零售总额", "亿元", 2024, "expected")] == "204"


def test_a_rank_entered_right_after_the_level_is_passed_over_to_the_growth():
    text = (
        "2024年，全县地区生产总值达到268亿元跻身全国百强县，同比增长5.9%；"
        "一般公共预算收入21.4亿元，迈进全省30强，增长7.2%。"
    )
    found = candidates(text, 2025)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "268"
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.9"
    assert found[("地方一般公共预算收入", "%", 2024, "expected")] == "7.2"
