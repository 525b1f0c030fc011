"""Forms found in round fifty-eight, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_row_named_by_its_indicator_alone_over_a_growth_row_holds_levels():
    text = (
        "附表：全区主要经济指标（单位：亿元、元、%）\n"
        "指标\t2021年计划\t2021年预计完成\n"
        "地区生产总值\t412\t405.6\n"
        "增速\t7\t6.2\n"
        "农村居民人均可支配收入\t18600\t18420\n"
        "比上年增长\t8\t7.4\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "亿元", 2021, "target"), "412"),
        (("地区生产总值", "亿元", 2021, "expected"), "405.6"),
        (("地区生产总值", "%", 2021, "target"), "7"),
        (("地区生产总值", "%", 2021, "expected"), "6.2"),
        (("农村居民人均可支配收入", "元", 2021, "target"), "18600"),
        (("农村居民人均可支配收入", "%", 2021, "expected"), "7.4"),
    ):
        assert (key, value) in found, key
    assert (("地区生产总值", "%", 2021, "target"), "412") not in found


def test_a_table_on_its_side_pairs_each_indicator_with_the_growth_column_after_it():
    text = (
        "附表  全县主要指标（单位：亿元、%）\n\n"
        "项目         财政总收入   增幅    社会消费品零售总额   增幅\n"
        "2019年计划   31.5         8       96                   9\n"
        "2019年预计   32.08        9.7     97.4                 8.8\n"
    )
    found = all_values(text, 2019)
    for key, value in (
        (("一般公共预算总收入", "亿元", 2019, "target"), "31.5"),
        (("一般公共预算总收入", "%", 2019, "expected"), "9.7"),
        (("社会消费品零售总额", "亿元", 2019, "expected"), "97.4"),
        (("社会消费品零售总额", "%", 2019, "target"), "9"),
    ):
        assert (key, value) in found, key
