"""Forms found in round fifty-six, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_price_index_row_noting_its_base_year_is_the_price_index():
    for base in ("（上年＝100）", "(上年=100)", "（2015年=100）"):
        text = (
            "附表  2021年计划完成情况及2022年计划\n"
            "指标\t2021年计划\t2021年完成\t2022年计划\n"
            f"居民消费价格指数{base}\t103左右\t101.2\t103左右\n"
        )
        found = all_values(text, 2021)
        assert (("居民消费价格指数", "%", 2021, "expected"), "101.2") in found, base
        assert (("居民消费价格指数", "%", 2022, "target"), "103左右") in found, base
