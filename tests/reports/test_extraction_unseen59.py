"""Forms found in round fifty-nine, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen47 import all_values


def test_a_press_conference_held_on_the_lead_date_dates_the_transcript():
    text = (
        "某市经济社会发展成就新闻发布会\n\n"
        "2021年8月26日上午，某市人民政府新闻办公室举行经济社会发展成就系列新闻发布会，"
        "市发改委主任介绍有关情况。\n\n"
        "张主任：2020年，全市地区生产总值达到1502.3亿元，增长4.1%。\n"
    )
    assert report_metadata(text).date_text == "2021-08-26"
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "final"), "1502.3") in found
    assert (("地区生产总值", "%", 2020, "final"), "4.1") in found


def test_a_multiple_of_an_early_years_level_dates_nothing_after_it():
    text = (
        "2023年，全县地区生产总值达到386.2亿元，是1985年的200多倍；"
        "一般公共预算收入21.4亿元，增长6.3%；城镇居民人均可支配收入41820元，增长5.1%。"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("地方一般公共预算收入", "亿元", 2023, "expected"), "21.4"),
        (("城镇居民人均可支配收入", "元", 2023, "expected"), "41820"),
        (("城镇居民人均可支配收入", "%", 2023, "expected"), "5.1"),
    ):
        assert (key, value) in found, key
    assert not any(key[2] == 1985 for key, _value in found)
