"""Forms found in round sixty-five, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_tables_caption_gives_its_unit_to_the_rows_naming_none():
    text = (
        "2021年，全县财政收支平稳。\n\n"
        "表3　2019—2021年全县财政收支情况（单位：亿元）\n"
        "项目 | 2019年 | 2020年 | 2021年\n"
        "一般公共预算收入 | 21.35 | 22.08 | 24.61\n"
        "财政总收入 | 40.12 | 41.76 | 45.90\n"
        "一般公共预算收入增速 | 6.1 | 3.4 | 11.5\n\n"
        "债务风险总体可控。\n"
    )
    found = all_values(text, 2021)
    assert (("地方一般公共预算收入", "亿元", 2021, "expected"), "24.61") in found
    assert (("一般公共预算总收入", "亿元", 2021, "expected"), "45.90") in found
    # a growth's row keeps its rates whatever the caption's unit
    assert (("地方一般公共预算收入", "%", 2021, "expected"), "11.5") in found


def test_a_caption_of_several_units_gives_the_rows_none():
    text = (
        "表1　2020—2022年主要经济指标（单位：亿元、%）\n"
        "项目 | 2020年 | 2021年 | 2022年\n"
        "财政总收入 | 40.12 | 41.76 | 45.90\n\n"
        "债务风险总体可控。\n"
    )
    found = all_values(text, 2022)
    assert (("一般公共预算总收入", "亿元", 2022, "expected"), "45.90") not in found


def test_a_row_named_gdp_is_the_places_gdp():
    text = (
        "表2　全市主要经济指标\n"
        "项目 | 2021年 | 2022年\n"
        "GDP（亿元） | 1208.6 | 1297.3\n"
        "GDP增速（%） | 8.1 | 4.6\n\n"
        "经济运行总体平稳。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "1297.3") in found
    assert (("地区生产总值", "%", 2022, "expected"), "4.6") in found
