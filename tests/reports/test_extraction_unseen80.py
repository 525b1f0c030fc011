"""Forms found in round eighty, reading what probe texts and the notes of earlier rounds still
miss, each in a text of our own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values

MONTHS_AND_ESTIMATE = (
    "指标 | 单位 | {so_far} | 增长（%） | 预计全年完成 | 预计增长（%）\n"
    "地区生产总值 | 亿元 | 186.2 | 5.6 | 236 | 6\n"
    "一般公共预算收入 | 亿元 | 12.4 | 8.1 | 15.1 | 7.5\n"
)


def test_a_tables_estimate_of_the_year_beside_its_months_is_the_years():
    for caption, so_far in (
        ("1—10月主要经济指标完成情况\n", "累计完成"),
        ("青禾县2023年1—10月主要经济指标完成情况\n", "累计完成"),
        ("", "1—10月累计完成"),
    ):
        text = caption + MONTHS_AND_ESTIMATE.format(so_far=so_far)
        found = delivered_values(text, 2023, "2023-11-20")
        assert (("地区生产总值", "亿元", 2023, "expected"), "236") in found, caption
        assert (("地区生产总值", "%", 2023, "expected"), "6") in found, caption
        assert (("地方一般公共预算收入", "%", 2023, "expected"), "7.5") in found, caption
        values = {value for _key, value in found}
        assert not values & {"186.2", "5.6", "12.4", "8.1"}, caption  # the months'
