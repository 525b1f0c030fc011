"""Parsing what reports write into expressions.

Pure functions on plain data: no database. The cases come from the seed reports: the Fuzhou
2023 execution report (annex table and prose) and the Cangshan 2024 report.
"""

import dataclasses
import time
from decimal import Decimal

import pytest

from indicators.targets.language import ABOVE, GDP_GROWTH, PARENT_AVERAGE
from indicators.targets.parsing import parse
from indicators.targets.units import bounds_in_unit, number_in_unit

D = Decimal


def parsed(text):
    expression = parse(text)
    return expression.kind, expression.value, expression.unit


# --- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("6.5", "point", D("6.5"), None),
        ("6.5%", "point", D("6.5"), "%"),
        ("6.5 左右", "approx", D("6.5"), None),
        ("6%左右", "approx", D("6"), "%"),
        ("约 6.5", "approx", D("6.5"), None),
        ("6 以上", "at_least", D("6"), None),
        ("不低于 6", "at_least", D("6"), None),
        ("超 300", "at_least", D("300"), None),
        ("超过 300", "at_least", D("300"), None),
        ("突破 4600", "at_least", D("4600"), None),
        ("突破 4600 家", "at_least", D("4600"), "家"),
        ("7600 人以上", "at_least", D("7600"), "人"),
        ("3.0 以内", "at_most", D("3.0"), None),
        ("控制在 3% 以内", "at_most", D("3"), "%"),
        ("控制在3.0%以内", "at_most", D("3.0"), "%"),
        ("不高于 3", "at_most", D("3"), None),
        ("0.006 以内", "at_most", D("0.006"), None),
        ("增长 5.3%", "point", D("5.3"), "%"),
        ("下降 2%", "point", D("-2"), "%"),
        ("增长 6% 左右", "approx", D("6"), "%"),
        ("上涨 0.4%", "point", D("0.4"), "%"),
        ("提高 1 个百分点", "point", D("1"), "个百分点"),
        ("２.５", "point", D("2.5"), None),
        ("６．５％", "point", D("6.5"), "%"),
        ("（６．５％左右）", "approx", D("6.5"), "%"),
        ("−1.2", "point", D("-1.2"), None),
        ("－1.2", "point", D("-1.2"), None),
        ("1.6 万人", "point", D("1.6"), "万人"),
        ("130 亿元", "point", D("130"), "亿元"),
        ("1.2万个", "point", D("1.2"), "万个"),
        ("5773 万美元", "point", D("5773"), "万美元"),
        ("300余家", "at_least", D("300"), "家"),
        ("1.2万余人", "at_least", D("1.2"), "万人"),
        ("30 余万人", "at_least", D("30"), "万人"),
        ("100多家", "at_least", D("100"), "家"),
    ],
)
def test_numeric_forms_are_read_with_their_value_and_unit(text, kind, value, unit):
    assert parsed(text) == (kind, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "6—6.5",
        "6-6.5",
        "6～6.5",
        "6~6.5",
        "6 至 6.5",
        "6到6.5",
        "6\u20106.5",  # hyphen
        "6\u20116.5",  # non-breaking hyphen
        "6\u20136.5",  # en dash
        "6\u301c6.5",  # wave dash
    ],
)
def test_ranges_are_read_with_any_separator(text):
    expression = parse(text)
    assert (expression.kind, expression.low, expression.high) == ("range", D("6"), D("6.5"))
    assert expression.is_numeric and expression.number is None


def test_range_takes_the_unit_written_after_its_upper_bound():
    expression = parse("6 至 6.5%")
    assert (expression.low, expression.high, expression.unit) == (D("6"), D("6.5"), "%")


def test_range_bounds_with_multipliers_are_read_in_the_unit_written_last():
    expression = parse("6万—7万人")
    assert (expression.kind, expression.low, expression.high, expression.unit) == (
        "range",
        D("6"),
        D("7"),
        "万人",
    )
    assert bounds_in_unit(expression, "人") == (D("60000"), D("70000"))
    assert bounds_in_unit(parse("6万—70000人"), "万人") == (D("6"), D("7"))
    assert number_in_unit(expression, "人") is None  # a range has bounds, not one number


def test_range_bounds_in_incommensurable_units_are_unparsed():
    assert parse("5亿元—3万人").kind == "unparsed"


@pytest.mark.parametrize(
    ("text", "unit", "number"), [("300余家", "家", 300), ("1.2万余人", "人", 12000)]
)
def test_more_than_a_number_converts_like_the_number(text, unit, number):
    assert number_in_unit(parse(text), unit) == D(number)


@pytest.mark.parametrize(
    ("text", "number"),
    [("108亿3038万元", "108.3038"), ("17亿5180万元", "17.518"), ("1亿5万元", "1.0005")],
)
def test_an_amount_written_in_亿_and_万_is_one_amount_in_亿元(text, number):
    assert number_in_unit(parse(text), "亿元") == D(number)


def test_a_long_run_of_digits_is_parsed_in_linear_time():
    # the amount in 亿 and 万 was tried from each digit of a run: 40,000 digits took 5.3 s
    started = time.perf_counter()
    parse("1" * 40_000 + "万元")
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("6.5%以上，力争7%", "at_least", D("6.5"), "%"),
        ("6.5 以上,力争 7", "at_least", D("6.5"), None),
        ("增长6%左右，力争更高", "approx", D("6"), "%"),
        ("5%以上，努力实现6%", "at_least", D("5"), "%"),
        ("6.5%左右；争取7%", "approx", D("6.5"), "%"),
        ("6%以上，确保完成省下达目标", "at_least", D("6"), "%"),
    ],
)
def test_a_floor_followed_by_an_aspiration_is_read_as_the_floor(text, kind, value, unit):
    assert parsed(text) == (kind, value, unit)
    assert parse(text).text == text


def test_a_clause_without_aspiration_wording_is_not_cut_off():
    assert parse("6.5%，比上年提高1个百分点").kind == "unparsed"


def test_falling_range_reads_as_negative_bounds_in_order():
    expression = parse("下降 1—2%")
    assert (expression.kind, expression.low, expression.high) == ("range", D("-2"), D("-1"))


def test_falling_by_at_least_a_number_is_a_ceiling_below_zero():
    assert parsed("下降 2% 以上") == ("at_most", D("-2"), "%")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("正增长", "positive"),
        ("保持正增长", "positive"),
        ("下降", "negative"),
        ("持续下降", "negative"),
        ("降低", "negative"),
        ("完成省下达目标", "quota"),
        ("完成市下达任务", "quota"),
        ("完成省下达的 “十四五”能耗强度 序时进度", "quota"),
        ("完成市下达节能减排降碳任务", "quota"),
        ("完成上级任务", "quota"),
        ("完成市级任务", "quota"),
        ("完成万元GDP能耗降低任务", "quota"),
        ("完成能耗降低目标", "quota"),
        ("按计划完成年初预期目标", "quota"),
    ],
)
def test_qualitative_forms_have_their_kind_and_no_number(text, kind):
    expression = parse(text)
    assert (expression.kind, expression.number, expression.is_numeric) == (kind, None, False)


@pytest.mark.parametrize(
    "text",
    [
        "不低于全省平均水平",
        "不低于 全省平均水平",
        "出口总额增速不低于全省平均水平",
        "不低于全市平均水平",
    ],
)
def test_not_below_the_average_is_relative_to_the_parent_jurisdiction(text):
    expression = parse(text)
    assert (expression.kind, expression.relative_to, expression.comparison) == (
        "relative",
        PARENT_AVERAGE,
        "at_least",
    )


@pytest.mark.parametrize(
    "text", ["与经济增长保持同步", "与经济增长 保持同步", "与经济增长\n保持同步"]
)
def test_keeping_pace_with_the_economy_is_relative_to_gdp_growth(text):
    expression = parse(text)
    assert (expression.kind, expression.relative_to, expression.comparison) == (
        "relative",
        GDP_GROWTH,
        "approx",
    )


def test_above_the_average_is_strictly_above_and_not_above_is_a_ceiling():
    assert (parse("高于全省平均水平").comparison, parse("高于全市平均水平").comparison) == (
        ABOVE,
        ABOVE,
    )
    assert parse("不高于全省平均水平").comparison == "at_most"
    assert parse("不低于全省平均水平").comparison == "at_least"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("不低于全省平均水平", "province"),
        ("高于全市平均水平", "city"),
        ("不低于全区平均水平", "district"),
        ("不低于全县平均水平", "district"),
        ("高于全国平均水平", "country"),
        ("不低于省平均水平", "province"),
        ("不低于平均水平", None),
    ],
)
def test_relative_targets_say_which_level_they_refer_to(text, level):
    expression = parse(text)
    assert (expression.relative_to, expression.reference_level) == (PARENT_AVERAGE, level)


def test_keeping_pace_with_gdp_growth_names_no_reference_level():
    assert parse("与经济增长保持同步").reference_level is None


@pytest.mark.parametrize(
    "text",
    [
        "1000000000000000",
        "-1000000000000000",
        "100000000000000000000",
        "1—100000000000000000000",
        "超 1000000000000000 亿元",
    ],
)
def test_numbers_too_large_to_store_are_unparsed(text):
    assert (parse(text).kind, parse(text).text) == ("unparsed", text)


def test_the_largest_storable_number_is_read():
    assert parsed("999999999999999.999999") == ("point", D("999999999999999.999999"), None)


def test_a_number_broken_by_a_pdf_line_wrap_is_read_whole():
    assert parsed("0.00\n62 以内") == ("at_most", D("0.0062"), None)


def test_an_indicator_name_before_a_stated_change_is_tolerated():
    assert parsed("地区生产总值增长6.5%") == ("point", D("6.5"), "%")
    assert parsed("居民消费价格指数控制在3.0%以内") == ("at_most", D("3.0"), "%")


def test_thousands_separators_are_ignored():
    assert parsed("1,110 亿元") == ("point", D("1110"), "亿元")


@pytest.mark.parametrize(
    "text", ["", "   ", "见附表", "6.5 abc", "2024年增长6%", "不低于 6 以内", "约"]
)
def test_unreadable_text_is_kept_as_unparsed(text):
    expression = parse(text)
    assert (expression.kind, expression.text, expression.number) == ("unparsed", text, None)


def test_text_is_kept_exactly_as_written():
    assert parse("  ６．５％ 左右\n").text == "  ６．５％ 左右\n"


def test_bounds_and_approximations_are_approximate_but_points_are_not():
    assert [
        parse(text).is_approximate for text in ["6 以上", "0.0062 以内", "5.3 左右", "5.3"]
    ] == [
        True,
        True,
        True,
        False,
    ]


def test_expressions_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse("6.5").value = D("7")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("≤3%", "at_most", D("3")),
        ("≦ 4.5", "at_most", D("4.5")),
        ("<=0.006", "at_most", D("0.006")),
        ("＜3.5%", "at_most", D("3.5")),
        ("≥6%", "at_least", D("6")),
        ("＞ 95", "at_least", D("95")),
    ],
)
def test_bounds_written_as_signs_in_annex_tables_are_read_as_bounds(text, kind, value):
    assert parsed(text)[:2] == (kind, value)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("增长7%左右，在实际工作中争取更好结果", "approx", D("7")),
        ("6%以上，并在实际工作中努力争取更好结果", "at_least", D("6")),
    ],
)
def test_a_clause_striving_for_more_after_the_target_is_not_the_target(text, kind, value):
    assert parsed(text)[:2] == (kind, value)


@pytest.mark.parametrize("text", ["两位数增长", "保持两位数增长", "实现两位数的增长"])
def test_double_digit_growth_is_growth_of_at_least_ten_percent(text):
    assert parsed(text) == ("at_least", D("10"), "%")


def test_falling_steadily_is_falling():
    assert parse("稳中有降").kind == "negative"


@pytest.mark.parametrize(
    ("text", "comparison", "level"),
    [
        ("全省平均水平以上", "at_least", "province"),
        ("全市平均增速以上", "at_least", "city"),
        ("全国平均水平以下", "at_most", "country"),
    ],
)
def test_a_bound_written_after_the_average_is_relative_to_it(text, comparison, level):
    expression = parse(text)
    assert (expression.kind, expression.relative_to) == ("relative", PARENT_AVERAGE)
    assert (expression.comparison, expression.reference_level) == (comparison, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("与全市基本保持同步", "city"),
        ("和全省保持一致", "province"),
        ("与全国同步", "country"),
    ],
)
def test_keeping_pace_with_the_level_above_is_its_figure_approximately(text, level):
    expression = parse(text)
    assert (expression.kind, expression.relative_to) == ("relative", PARENT_AVERAGE)
    assert (expression.comparison, expression.reference_level) == ("approx", level)


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("快于经济增长", ABOVE),
        ("略高于经济增长", ABOVE),
        ("超GDP增速", ABOVE),
        ("跑赢经济增速", ABOVE),
        ("不低于地区生产总值增速", "at_least"),
        ("与经济增长基本同步", "approx"),
        ("与经济增长基本保持一致", "approx"),
    ],
)
def test_a_comparison_with_economic_growth_is_relative_to_gdp_growth(text, comparison):
    expression = parse(text)
    assert (expression.kind, expression.relative_to) == ("relative", GDP_GROWTH)
    assert expression.comparison == comparison


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("≤4%", "at_most", D("4"), "%"),
        ("≥5‰", "at_least", D("5"), "‰"),
        ("＜3%", "at_most", D("3"), "%"),
    ],
)
def test_a_sign_before_a_value_is_its_bound(text, kind, value, unit):
    # 城镇登记失业率≤4%: a district's plan report writes its bounds as signs
    assert parsed(text) == (kind, value, unit)


def test_a_percent_written_as_care_of_is_a_percent():
    assert parsed("超过68℅") == ("at_least", D("68"), "%")


@pytest.mark.parametrize(
    ("text", "comparison", "level", "margin"),
    [
        ("高于全省平均水平1个百分点", "above", "province", D("1")),
        ("高于全市平均 0.5 个百分点", "above", "city", D("0.5")),
        ("高于省平2个百分点", "above", "province", D("2")),
        ("快于全国平均水平1.5个百分点以上", "above", "country", D("1.5")),
        ("不超过全省平均水平1个百分点", "at_most", "province", D("1")),
        ("增长高于全省0.5个百分点", "above", "province", D("0.5")),
        ("高于全省平均水平一个百分点", "above", "province", D("1")),
        ("高于全市平均水平半个百分点", "above", "city", D("0.5")),
    ],
)
def test_an_average_outrun_by_a_margin_keeps_the_margin_apart_from_any_value(
    text, comparison, level, margin
):
    expression = parse(text)
    assert (expression.kind, expression.relative_to) == ("relative", PARENT_AVERAGE)
    assert (expression.comparison, expression.reference_level) == (comparison, level)
    assert (expression.margin, expression.value, number_in_unit(expression, "%")) == (
        margin,
        None,
        None,
    )


@pytest.mark.parametrize(
    "text", ["高于全省平均水平1倍", "比全省平均水平高1个百分点", "2023年高于全省1个百分点"]
)
def test_other_numbers_beside_an_average_stay_unparsed(text):
    assert parse(text).kind == "unparsed"
