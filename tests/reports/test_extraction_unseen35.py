"""Forms found in the corpus read again in round thirty-eight, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_retail_sales_named_without_the_society_or_as_sales_are_the_retail_total():
    text = (
        "2004年，全区实现消费品零售额96亿元，按可比口径增长7%。"
        "2020年，全县社会消费品销售总额52.3亿元，增长4.6%。"
    )
    found = candidates(text, 2021)
    assert found[("社会消费品零售总额", "亿元", 2004, "expected")] == "96"
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "52.3"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "4.6"


def test_retail_sales_of_the_firms_above_the_quota_are_no_retail_total():
    text = "2020年，全县限额以上企业消费品零售额增长10.3%，限上消费品零售额18亿元。"
    found = candidates(text, 2021)
    assert not [key for key in found if key[0] == "社会消费品零售总额"]
