"""Forms found in round sixty-six, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_heads_office_names_the_reports_own_place_so_the_provinces_growth_is_left_out():
    text = (
        "某山市市长2019年度述职报告\n"
        "（2020年1月10日）\n\n"
        "一、主要工作\n"
        "全年完成地区生产总值516.2亿元，增长6.6%。\n\n"
        "二、存在的不足\n"
        "三是全省地区生产总值增长6.9%，我市增速低于全省。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "expected"), "6.6") in found
    assert (("地区生产总值", "%", 2019, "expected"), "6.9") not in found


def test_an_items_number_and_a_year_before_a_higher_place_still_leave_its_figure_out():
    text = (
        "关于青禾县2019年国民经济和社会发展计划执行情况的报告\n\n"
        "一、2019年计划执行情况\n"
        "全年完成地区生产总值216.2亿元，增长7.1%。\n"
        "二是2019年全市地区生产总值增长6.8%，我县增速略高于全市。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "expected"), "7.1") in found
    assert (("地区生产总值", "%", 2019, "expected"), "6.8") not in found


def test_the_city_a_districts_head_names_before_it_is_another_place():
    text = (
        "2021年度述职报告\n\n"
        "江州市青禾区人民政府区长\n"
        "（2022年1月8日）\n\n"
        "一、工作回顾\n"
        "预计全区实现地区生产总值1180亿元，增长8.1%。\n\n"
        "二、存在的问题\n"
        "从全市看，2021年江州市地区生产总值增长7.4%，我区增速略高于全市。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "expected"), "8.1") in found
    assert (("地区生产总值", "%", 2021, "expected"), "7.4") not in found
