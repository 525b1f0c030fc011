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


def test_a_results_cell_splits_a_level_from_a_growth_on_a_basis_noted_before_it():
    text = (
        "附件  2021年主要目标完成情况\n"
        "指标 | 2021年目标 | 2021年完成\n"
        "一般公共预算收入 | 增长6% | 31.2亿元，同口径增长7.4%\n"
        "农村居民人均可支配收入 | 增长8% | 21460元，按可比价格计算增长8.1%\n"
        "税收收入 | 增长5% | 18.5亿元，剔除留抵退税因素后增长5.2%\n"
        "社会消费品零售总额 | 增长7% | 96.3亿元，同比增长6.6%\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地方一般公共预算收入", "亿元"), "31.2"),
        (("地方一般公共预算收入", "%"), "7.4"),
        (("农村居民人均可支配收入", "元"), "21460"),
        (("农村居民人均可支配收入", "%"), "8.1"),
        (("社会消费品零售总额", "亿元"), "96.3"),
        (("社会消费品零售总额", "%"), "6.6"),
    ):
        assert ((*key, 2021, "expected"), value) in found, value
