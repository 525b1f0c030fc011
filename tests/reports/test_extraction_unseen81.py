"""Forms found in round eighty-one, reading what probe texts and the notes of earlier rounds still
miss, each in a text of our own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values


def test_digits_grouped_with_a_typeset_space_are_one_amount():
    for space in ("\u2009", "\u202f", "\xa0"):
        text = (
            f"预计全年实现地区生产总值3{space}418.6亿元，增长6.2%；城镇居民人均可支配收入"
            f"41{space}205元，增长5.1%。"
        )
        found = delivered_values(text, 2023, "2024-01-16")
        assert (("地区生产总值", "亿元", 2023, "expected"), f"3{space}418.6") in found, repr(space)
        assert (("城镇居民人均可支配收入", "元", 2023, "expected"), f"41{space}205") in found


def test_a_range_joined_by_a_wave_dash_is_one_target():
    found = delivered_values("今年全县地区生产总值增长5%〜6%。", 2023, "2024-01-16")
    assert (("地区生产总值", "%", 2024, "target"), "5%〜6%") in found
