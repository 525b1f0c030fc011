"""Forms found in the second blind set (blind2) and the misses left by the first, each in
sentences of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim


def candidates(text, report_year=2023):
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return {(c.indicator, c.unit, c.year, c.kind): c.value_text for c in found}


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年城镇居民可支配收入41000元。", ("城镇居民人均可支配收入", "元"), "41000"),
        ("2023年农村居民可支配收入增长7.1%。", ("农村居民人均可支配收入", "%"), "7.1"),
        ("2023年规模工业增加值增长6.2%。", ("规上工业增加值", "%"), "6.2"),
        ("2023年商品出口总值增长4%。", ("出口总额", "%"), "4"),
        ("2023年实际吸收外资增长12%。", ("实际利用外资", "%"), "12"),
        ("2023年万元GDP能耗下降3.1%。", ("万元生产总值能耗", "%"), "下降3.1"),
        ("2023年粮食总产 52.6万吨。", ("粮食产量", "万吨"), "52.6"),
        ("2023年其中地方级收入26.5亿元。", ("地方一般公共预算收入", "亿元"), "26.5"),
        ("2023年R&D占GDP比重达到3.2%。", ("研究与试验发展经费投入强度", "%"), "3.2"),
    ],
)
def test_a_wording_that_leaves_out_a_word_still_names_the_indicator(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


@pytest.mark.parametrize(
    "text",
    [
        "2023年规模以上工业完成增加值329.8亿元，增长20.4%。",
        "2023年规模以上工业实现增加值329.8亿元，增长20.4%。",
    ],
)
def test_a_verb_inside_a_value_added_name_still_names_the_indicator(text):
    found = candidates(text)
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "329.8"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "20.4"


def test_an_amount_in_亿_and_万_is_read_whole():
    found = candidates("2023年全市地方财政收入完成108亿3038万元，增长17.2%。")
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "108亿3038万元"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "17.2"


@pytest.mark.parametrize(
    "text",
    [
        "2023年城、乡居民人均可支配收入分别为41000元、21000元，增长5.1%、7.2%。",
        "2023年城镇、农村居民人均可支配收入分别达到41000元、21000元，增长5.1%、7.2%。",
        "2023年城镇居民和农村居民人均可支配收入分别达到41000元、21000元，同比增长5.1%和7.2%。",
    ],
)
def test_分别_carries_over_to_the_clause_after_a_list_of_one_value_each(text):
    found = candidates(text)
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "41000"
    assert found[("农村居民人均可支配收入", "元", 2023, "expected")] == "21000"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5.1"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7.2"


def test_a_list_without_分别_after_one_shared_value_is_not_shared_out():
    found = candidates("2023年城镇、农村居民人均可支配收入均增长6%，增长5.1%、7.2%。")
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "6"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "6"


@pytest.mark.parametrize("written", ["一、二、三产业", "第一、二、三产业", "第一、第二、第三产业"])
def test_一二三产业_names_the_three_sectors_in_order(written):
    found = candidates(f"2023年地区生产总值增长5%，其中{written}分别增长3.6 %、4.8%和5.8%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "5"
    assert [found[(f"第{n}产业增加值", "%", 2023, "expected")] for n in "一二三"] == [
        "3.6",
        "4.8",
        "5.8",
    ]


def test_a_paragraph_that_ends_on_a_figure_without_a_full_stop_ends_its_sentence():
    text = (
        "2023年，全市地区生产总值增长5.1%，城镇居民人均可支配收入增长4.6%\n\n"
        "市长还阐述了2024年的预期目标建议。其中地区生产总值增长6%左右。"
    )
    found = candidates(text)
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "4.6"
    assert found[("地区生产总值", "%", 2024, "target")] == "6%左右"
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.1"


@pytest.mark.parametrize(
    "text",
    [
        "2023年地区生产总值达到1110\n\n亿元，增长5.8%。",  # a page break inside the figure
        "2023年地区生产总值增长5.8\n\n%，城镇新增就业2\n万人。",
    ],
)
def test_a_page_break_inside_a_figure_does_not_end_the_sentence(text):
    found = candidates(text)
    assert ("地区生产总值", "%", 2023, "expected") in found


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年地区生产总值3347.6亿元，居全省第4位，增长1.5%。", ("地区生产总值", "%"), "1.5"),
        (
            "2023年地方一般公共预算收入增长30.9%，跃居全国第一，规模达到2727.1亿元。",
            ("地方一般公共预算收入", "亿元"),
            "2727.1",
        ),
    ],
)
def test_a_rank_between_a_figure_and_its_next_measure_is_passed_over(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


def test_a_clause_after_a_rank_that_names_no_measure_gives_nothing():
    found = candidates("2023年地区生产总值3347.6亿元，居全省第4位，项目建设成效明显。")
    gdp = {key: value for key, value in found.items() if key[0] == "地区生产总值"}
    assert gdp == {("地区生产总值", "亿元", 2023, "expected"): "3347.6"}


@pytest.mark.parametrize(("written", "value"), [("6%-6.5%", "6%-6.5%"), ("6%～6.5%", "6%～6.5%")])
def test_a_range_with_its_unit_on_both_bounds_is_read_whole(written, value):
    found = candidates(f"2024年全市生产总值增长{written}，地方一般公共预算收入增长5%。", 2023)
    assert found[("地区生产总值", "%", 2024, "target")] == value
    assert found[("地方一般公共预算收入", "%", 2024, "target")] == "5"


def test_可比_before_a_growth_rate_is_an_annotation():
    found = candidates(
        "2024年研发经费支出占地区生产总值比重达到2.7%， 地方一般公共预算收入可比增长7.5%。", 2023
    )
    assert found[("地方一般公共预算收入", "%", 2024, "target")] == "7.5"


def test_one_value_after_names_joined_without_分别_is_each_ones():
    found = candidates("2024年城镇调查失业率和登记失业率稳定在4.3%左右。", 2023)
    assert found[("城镇调查失业率", "%", 2024, "target")] == "4.3%左右"
    assert found[("城镇登记失业率", "%", 2024, "target")] == "4.3%左右"


def test_a_milestone_or_a_share_of_the_budget_is_passed_over_not_read_as_the_growth():
    found = candidates(
        "2023年地方财政收入完成108亿元，首次突破百亿元大关，为预算的115.4%，增长17.2%。"
    )
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "17.2"
    alone = candidates("2023年地方财政收入完成108亿元，为预算的115.4%。")
    assert ("地方一般公共预算收入", "%", 2023, "expected") not in alone


def test_a_milestone_in_figures_gives_way_to_the_growth_after_it():
    found = candidates("2023年预计地区生产总值迈上5000亿元台阶，同比增长6.5%左右。")
    assert found == {("地区生产总值", "%", 2023, "expected"): "6.5%左右"}


def test_a_space_after_a_heading_bounds_the_name_after_it_as_a_line_break_does():
    found = candidates("2023年计划执行情况 国内生产总值102398亿元，增长8%。")
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "102398"
    assert ("固定资产投资", "%", 2023, "expected") not in candidates(
        "2023年工业固定资产投资增长8%。"
    )


def test_a_growth_averaged_over_years_is_no_figure_of_the_year():
    found = candidates("五年来，预计2023年地区生产总值达到680亿元、年均增长8.4%。")
    assert found == {("地区生产总值", "亿元", 2023, "expected"): "680"}
