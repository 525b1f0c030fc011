"""Forms found in round seventy-six, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values

_WORK_REPORT = "青禾市2025年政府工作报告\n（2025年1月15日）\n一、2024年工作回顾\n"


def test_a_real_growth_after_a_semicolon_replaces_the_nominal_one_before_it():
    text = _WORK_REPORT + (
        "全市地区生产总值1856.3亿元，名义增长8.1%；按可比价格计算，实际增长5.2%。"
        "第三产业增加值912亿元，名义增长7.4%；扣除价格因素，增长6.0%；占比提高0.8个百分点。"
        "城镇居民人均可支配收入52310元，名义增长5.1%；扣除价格因素，实际增长4.6%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2024, "expected"), "8.1") not in found
    assert (("第三产业增加值", "%", 2024, "expected"), "6.0") in found
    assert (("第三产业增加值", "%", 2024, "expected"), "7.4") not in found
    # (an income's nominal growth is its series' figure)
    assert (("城镇居民人均可支配收入", "%", 2024, "expected"), "5.1") in found
