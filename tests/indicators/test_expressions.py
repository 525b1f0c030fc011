"""Target expressions: parsing what reports write, and judging results against targets.

Pure functions on plain data: no database. The cases come from the seed reports: the Fuzhou
2023 execution report (annex table and prose) and the Cangshan 2024 report.
"""

import dataclasses
from decimal import Decimal

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators import judging
from indicators.expressions import (
    ABOVE,
    EXCEEDED,
    GDP_GROWTH,
    JUDGED,
    KINDS,
    MET,
    MISSED,
    NEEDS_JUDGEMENT,
    NEEDS_REFERENCE,
    PARENT_AVERAGE,
    PENDING,
    STATUS_CHOICES,
    STATUSES,
    UNPARSED,
    WITHIN_CONTROL,
    Assessment,
    Expression,
    assess,
    bounds_in_unit,
    number_in_unit,
    parse,
)

D = Decimal


@pytest.fixture
def english():
    # Explanations and labels are translated; the assertions read the English msgids.
    with translation.override("en"):
        yield


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


def test_numbers_converted_beyond_the_storable_limit_have_no_number_in_the_unit():
    assert number_in_unit(parse("2000 万亿元"), "元") is None
    assert bounds_in_unit(parse("1—2000 万亿元"), "元") is None


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
    ("text", "unit", "number"),
    [
        ("1.6 万人", "人", D("16000")),
        ("1.6 万人", "万人", D("1.6")),
        ("130 亿元", "亿元", D("130")),
        ("5773 万美元", "万美元", D("5773")),
        ("1.2万个", "个", D("12000")),
        ("5000 万元", "亿元", D("0.5")),
        ("16000 人", "万人", D("1.6")),
        ("1.6 万", "人", D("16000")),
        ("6.5%", "%", D("6.5")),
        ("0.0063 以内", "—", D("0.0063")),
        ("6.5", None, D("6.5")),
        ("130 亿元", "人", None),
        ("6.5%", "亿元", None),
        ("正增长", "%", None),
    ],
)
def test_written_multipliers_convert_into_the_indicators_unit(text, unit, number):
    assert number_in_unit(parse(text), unit) == number


# --- assessment: the Fuzhou 2023 annex -----------------------------------------------------

FUZHOU_2023 = [
    # indicator, target, expected result, direction, status, difference
    ("地区生产总值", "6.5 左右", "5.3 左右", "up", MISSED, D("-1.2")),
    ("第一产业增加值", "3.5", "4.5", "up", EXCEEDED, D("1.0")),
    ("第二产业增加值", "6.5", "5.6", "up", MISSED, D("-0.9")),
    ("规上工业增加值", "6.8", "3.5", "up", MISSED, D("-3.3")),
    ("建筑业增加值", "6", "10", "up", EXCEEDED, D("4")),
    ("第三产业增加值", "7.2", "5.8", "up", MISSED, D("-1.4")),
    ("固定资产投资", "6", "5 左右", "up", MISSED, D("-1")),
    ("社会消费品零售总额", "10", "6 以上", "up", MISSED, D("-4")),
    ("居民消费价格指数", "3.0 以内", "0.4", "down", WITHIN_CONTROL, D("-2.6")),
    ("一般公共预算总收入", "6.5", "12.3", "up", EXCEEDED, D("5.8")),
    ("地方一般公共预算收入", "5.5", "8", "up", EXCEEDED, D("2.5")),
    ("城镇居民人均可支配收入", "7", "4.3", "up", MISSED, D("-2.7")),
    ("农村居民人均可支配收入", "7.5", "6.8", "up", MISSED, D("-0.7")),
    (
        "亿元生产总值生产安全事故死亡率",
        "0.0063 以内",
        "0.0062 以内",
        "down",
        WITHIN_CONTROL,
        D("-0.0001"),
    ),
    ("出口总额", "不低于 全省平均水平", "保持正增长", "up", NEEDS_REFERENCE, None),
    ("实际利用外资", "正增长", "不低于 全省平均水平", "up", NEEDS_JUDGEMENT, None),
    ("万元生产总值能耗", "完成省下达目标", "持续下降", "down", NEEDS_JUDGEMENT, None),
    ("主要污染物重点工程减排量", "完成省下达目标", "完成省下达目标", "up", MET, None),
    ("单位地区生产总值二氧化碳排放降低", "完成省下达目标", "完成省下达目标", "up", MET, None),
]


@pytest.mark.parametrize(
    ("target", "result", "direction", "status", "difference"),
    [row[1:] for row in FUZHOU_2023],
    ids=[row[0] for row in FUZHOU_2023],
)
def test_fuzhou_2023_annex_reaches_the_reports_own_verdicts(
    target, result, direction, status, difference
):
    assessment = assess(target, result, direction=direction, unit="%")
    assert (assessment.status, assessment.difference) == (status, difference)


def test_fuzhou_accident_death_rate_held_with_a_bound_result_is_approximate():
    assessment = assess("0.0063 以内", "0.0062 以内", direction="down", unit="—")
    assert (assessment.status, assessment.approximate) == (WITHIN_CONTROL, True)


def test_fuzhou_gdp_explanation_can_be_checked_by_a_person(english):
    explanation = assess("6.5 左右", "5.3 左右").explanation
    assert explanation == "Result 5.3 左右 is below the target 6.5 左右 by 1.2"


def test_fuzhou_exports_beat_the_provincial_average_once_it_is_recorded():
    assessment = assess("不低于 全省平均水平", "5", reference="3.1")
    assert (assessment.status, assessment.difference) == (EXCEEDED, D("1.9"))
    assert "3.1" in assessment.explanation


# --- assessment: the rules -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "status", "difference"),
    [
        ("6.55", MET, D("0.05")),
        ("6.6", MET, D("0.1")),
        ("6.4", MET, D("-0.1")),
        ("6.7", EXCEEDED, D("0.2")),
        ("6.3", MISSED, D("-0.2")),
    ],
)
def test_approximate_target_is_met_within_its_tolerance_band(result, status, difference):
    assessment = assess("6.5 左右", result)
    assert (assessment.status, assessment.difference) == (status, difference)


def test_tolerance_band_can_be_widened_by_the_caller():
    assessment = assess("6.5 左右", "6.9", tolerance=D("0.5"))
    assert (assessment.status, assessment.difference) == (MET, D("0.4"))


@pytest.mark.parametrize("target", ["6", "6 以上", "不低于 6"])
def test_point_and_floor_targets_have_no_tolerance(target):
    assert [assess(target, result).status for result in ["6", "6.01", "5.99"]] == [
        MET,
        EXCEEDED,
        MISSED,
    ]


def test_point_target_met_exactly_has_zero_difference():
    assessment = assess("6.5%", "6.5%", unit="%")
    assert (assessment.status, assessment.difference) == (MET, D("0"))


@pytest.mark.parametrize("direction", ["up", "down"])
def test_ceiling_held_is_within_control(direction):
    assessment = assess("控制在 3% 以内", "3%", direction=direction, unit="%")
    assert (assessment.status, assessment.difference) == (WITHIN_CONTROL, D("0"))


@pytest.mark.parametrize("direction", ["up", "down"])
def test_ceiling_broken_is_missed_whatever_the_direction(direction):
    assessment = assess("不高于 3", "3.4", direction=direction)
    assert (assessment.status, assessment.difference) == (MISSED, D("0.4"))


@pytest.mark.parametrize(
    ("result", "status", "difference"),
    [("1.9", WITHIN_CONTROL, D("-1.1")), ("3.5", MISSED, D("0.5"))],
)
def test_cpi_about_three_percent_is_a_ceiling_for_a_lower_is_better_indicator(
    result, status, difference
):
    assessment = assess("3% 左右", result, direction="down", unit="%")
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize(
    ("result", "status"), [("3.05", WITHIN_CONTROL), ("3.1", WITHIN_CONTROL), ("3.2", MISSED)]
)
def test_approximate_ceiling_keeps_its_tolerance(result, status):
    assert assess("3 左右", result, direction="down").status == status


def test_point_target_of_a_lower_is_better_indicator_is_a_ceiling():
    assert [assess("5.5", result, direction="down").status for result in ["5.2", "5.6"]] == [
        WITHIN_CONTROL,
        MISSED,
    ]


@pytest.mark.parametrize(
    ("result", "direction", "status", "difference"),
    [
        ("6", "up", MET, D("0")),
        ("6.2", "up", MET, D("0")),
        ("6.5", "up", MET, D("0")),
        ("7", "up", EXCEEDED, D("0.5")),
        ("5.5", "up", MISSED, D("-0.5")),
        ("7", "down", MISSED, D("0.5")),
        ("5.5", "down", EXCEEDED, D("-0.5")),
    ],
)
def test_range_is_met_inside_and_measured_from_the_nearer_bound_outside(
    result, direction, status, difference
):
    assessment = assess("6—6.5", result, direction=direction)
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize(
    ("result", "status", "difference"),
    [("2.1", MET, D("2.1")), ("0", MISSED, D("0")), ("-1.5", MISSED, D("-1.5"))],
)
def test_positive_growth_target_needs_a_result_above_zero(result, status, difference):
    assessment = assess("正增长", result)
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize("direction", ["up", "down"])
@pytest.mark.parametrize(
    ("result", "status", "difference"), [("-3", MET, D("-3")), ("0.5", MISSED, D("0.5"))]
)
def test_falling_target_needs_a_result_below_zero_and_is_met_not_within_control(
    direction, result, status, difference
):
    assessment = assess("持续下降", result, direction=direction)
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize(
    ("target", "result", "status"),
    [
        ("正增长", "保持正增长", MET),
        ("下降", "持续下降", MET),
        ("正增长", "持续下降", MISSED),
        ("6.5", "保持正增长", NEEDS_JUDGEMENT),
    ],
)
def test_qualitative_results_meet_only_the_qualitative_target_they_restate(target, result, status):
    assert assess(target, result).status == status


@pytest.mark.parametrize(
    ("target", "result", "direction", "status"),
    [
        ("-4.8", "保持正增长", "up", EXCEEDED),
        ("0", "保持正增长", "up", EXCEEDED),
        ("0 左右", "保持正增长", "up", NEEDS_JUDGEMENT),
        ("3.1", "保持正增长", "up", NEEDS_JUDGEMENT),
        ("2", "持续下降", "up", MISSED),
        ("-2", "持续下降", "up", NEEDS_JUDGEMENT),
        ("3.0 以内", "持续下降", "up", WITHIN_CONTROL),
        ("3 左右", "持续下降", "down", WITHIN_CONTROL),
        ("-1 以内", "保持正增长", "up", MISSED),
        ("1 以内", "保持正增长", "up", NEEDS_JUDGEMENT),
    ],
)
def test_a_sign_only_result_is_decided_when_zero_separates_it_from_the_target(
    target, result, direction, status
):
    assessment = assess(target, result, direction=direction)
    assert (assessment.status, assessment.difference) == (status, None)


def test_quota_target_restated_by_the_result_is_met():
    assert assess("完成省下达目标", "完成市下达任务").status == MET


@pytest.mark.parametrize("result", ["持续下降", "3.2", "保持正增长"])
def test_quota_target_against_anything_else_needs_judgement(result):
    assessment = assess("完成省下达目标", result)
    assert (assessment.status, assessment.difference) == (NEEDS_JUDGEMENT, None)


def test_quota_target_without_result_is_pending():
    assert assess("完成省下达目标", None).status == PENDING


def test_relative_target_without_reference_needs_reference():
    assessment = assess("不低于全省平均水平", "5")
    assert (assessment.status, assessment.difference) == (NEEDS_REFERENCE, None)


@pytest.mark.parametrize("reference", [D("5"), "5", "5%", parse("5.0")])
def test_relative_floor_met_at_the_reference_accepts_any_form_of_reference(reference):
    assessment = assess("不低于全省平均水平", "5", reference=reference, unit="%")
    assert (assessment.status, assessment.difference) == (MET, D("0"))


@pytest.mark.parametrize(
    ("result", "status", "difference"),
    [("5.3", MET, D("0.1")), ("5.6", EXCEEDED, D("0.4")), ("4.3", MISSED, D("-0.9"))],
)
def test_keeping_pace_with_gdp_growth_is_approximately_the_reference(result, status, difference):
    assessment = assess("与经济增长保持同步", result, reference=D("5.2"))
    assert (assessment.status, assessment.difference) == (status, difference)


def test_relative_result_restating_a_relative_target_meets_it():
    assert assess("不低于全省平均水平", "不低于 全省平均水平").status == MET


@pytest.mark.parametrize(
    ("target", "result", "direction", "status", "difference"),
    [
        ("高于全省平均水平", "5", "up", MISSED, D("0")),
        ("高于全省平均水平", "5.2", "up", EXCEEDED, D("0.2")),
        ("高于全市平均水平", "4.8", "up", MISSED, D("-0.2")),
        ("不低于全省平均水平", "5", "up", MET, D("0")),
        ("不高于全省平均水平", "5", "down", WITHIN_CONTROL, D("0")),
        ("不高于全省平均水平", "5.3", "up", MISSED, D("0.3")),
    ],
)
def test_above_the_average_is_strictly_greater_and_not_below_it_is_at_least(
    target, result, direction, status, difference
):
    assessment = assess(target, result, direction=direction, reference="5", unit="%")
    assert (assessment.status, assessment.difference) == (status, difference)


def test_equal_to_the_average_explains_that_above_was_asked(english):
    explanation = assess("高于全省平均水平", "5", reference="5").explanation
    assert explanation == (
        "Result 5 is not above the target 高于全省平均水平 (reference 5), only equal to it"
    )


@pytest.mark.parametrize(
    ("target", "result", "status"),
    [
        ("不低于全省平均水平", "高于全省平均水平", MET),
        ("高于全省平均水平", "高于 全省平均水平", MET),
        ("高于全省平均水平", "不低于全省平均水平", NEEDS_JUDGEMENT),
        ("不低于全省平均水平", "不低于全市平均水平", NEEDS_JUDGEMENT),
        ("不低于全省平均水平", "不低于平均水平", MET),
        ("不高于全省平均水平", "不低于全省平均水平", NEEDS_JUDGEMENT),
    ],
)
def test_a_relative_result_restates_only_as_strong_a_target_at_the_same_level(
    target, result, status
):
    assert assess(target, result).status == status


def test_relative_result_against_another_relative_target_needs_judgement():
    assert (
        assess("与经济增长保持同步", "不低于全省平均水平", reference="5").status == NEEDS_JUDGEMENT
    )


def test_unusable_reference_still_needs_reference():
    assert assess("不低于全省平均水平", "5", reference="保持正增长").status == NEEDS_REFERENCE


def test_missing_result_is_pending_with_no_difference():
    assessment = assess("6.5 左右", None)
    assert (assessment.status, assessment.difference, assessment.approximate) == (
        PENDING,
        None,
        False,
    )


def test_unreadable_target_is_unparsed():
    assert assess("见附表", "5.3").status == UNPARSED


def test_unreadable_result_needs_judgement_and_says_it_could_not_be_read(english):
    assessment = assess("6.5", "见上文")
    assert assessment.status == NEEDS_JUDGEMENT
    assert "could not be read" in assessment.explanation


def test_range_result_needs_judgement():
    assert assess("6.5", "6—7").status == NEEDS_JUDGEMENT


@pytest.mark.parametrize(
    ("target", "result", "unit", "status", "difference"),
    [
        ("1.6 万人", "17000", "人", EXCEEDED, D("1000")),
        ("1.6 万人", "1.5 万人", "人", MISSED, D("-1000")),
        ("130 亿元", "130", "亿元", MET, D("0")),
        ("5773 万美元", "6000 万美元", "万美元", EXCEEDED, D("227")),
        ("14 万人", "14.6 万人", "万人", EXCEEDED, D("0.6")),
        ("1.6 万人", "17000 人", None, EXCEEDED, D("0.1")),
    ],
)
def test_targets_and_results_are_compared_in_the_indicators_unit(
    target, result, unit, status, difference
):
    assessment = assess(target, result, unit=unit)
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize(
    ("target", "result", "unit", "status", "difference"),
    [
        ("6万—7万人", "65000", "人", MET, D("0")),
        ("6万—7万人", "8 万人", "人", EXCEEDED, D("10000")),
        ("6万—7万人", "5.5万人", "万人", MISSED, D("-0.5")),
        ("6万—70000人", "55000 人", "人", MISSED, D("-5000")),
    ],
)
def test_range_targets_with_multipliers_are_judged_with_both_bounds_converted(
    target, result, unit, status, difference
):
    assessment = assess(target, result, unit=unit)
    assert (assessment.status, assessment.difference) == (status, difference)


def test_more_than_target_is_a_floor():
    assert [assess("300余家", result).status for result in ["300", "320", "290"]] == [
        MET,
        EXCEEDED,
        MISSED,
    ]


def test_aspiration_is_not_the_target():
    assessment = assess("6.5%以上，力争7%", "6.8", unit="%")
    assert (assessment.status, assessment.difference) == (EXCEEDED, D("0.3"))


def test_a_result_too_large_to_store_needs_judgement_with_no_difference():
    assessment = assess("6", "100000000000000000000")
    assert (assessment.status, assessment.difference) == (NEEDS_JUDGEMENT, None)


@pytest.mark.parametrize(
    ("target", "result", "unit", "reference"),
    [
        ("1 万亿元", "9000 万亿元", "元", None),
        ("-900000000000000", "900000000000000", None, None),
        ("不低于全省平均水平", "5", "%", D("1e20")),
    ],
)
def test_differences_too_large_to_store_are_never_returned(
    english, target, result, unit, reference
):
    assessment = assess(target, result, unit=unit, reference=reference)
    assert (assessment.status, assessment.difference) == (NEEDS_JUDGEMENT, None)
    assert "too large" in assessment.explanation


def test_units_that_cannot_be_converted_need_judgement(english):
    assessment = assess("130 亿元", "16000 人", unit="亿元")
    assert assessment.status == NEEDS_JUDGEMENT
    assert "unit" in assessment.explanation


def test_expressions_are_accepted_in_place_of_text():
    assert assess(parse("6.5 左右"), parse("5.3 左右")).difference == D("-1.2")


def test_differences_are_decimals_never_floats():
    assert isinstance(assess("6.5", "7.3").difference, Decimal)


def test_assessments_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        assess("6.5", "7").status = MET


def test_unknown_direction_is_refused():
    with pytest.raises(ValueError):
        assess("6.5", "7", direction="sideways")


def test_status_codes_have_their_stored_values(english):
    assert [code for code, _label in STATUS_CHOICES] == [
        "exceeded",
        "met",
        "missed",
        "within_control",
        "pending",
        "needs_reference",
        "needs_judgement",
        "unparsed",
        "judged",
    ]
    assert JUDGED == "judged"
    assert str(dict(STATUS_CHOICES)[WITHIN_CONTROL]) == "Within control"


def test_assess_is_the_same_function_from_either_module():
    assert assess is judging.assess and Assessment is judging.Assessment


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_parses_to_an_expression_that_keeps_it(text):
    expression = parse(text)
    assert isinstance(expression, Expression)
    assert expression.text == text
    assert expression.kind in KINDS


@settings(max_examples=300, deadline=None)
@given(
    st.text(),
    st.one_of(st.none(), st.text()),
    st.sampled_from(["up", "down"]),
    st.one_of(st.none(), st.text(), st.decimals(min_value=-(10**9), max_value=10**9)),
    st.one_of(st.none(), st.sampled_from(["%", "人", "万人", "亿元", "—"]), st.text()),
)
def test_any_target_and_result_get_a_valid_status_and_a_one_line_explanation(
    target, result, direction, reference, unit
):
    assessment = assess(target, result, direction=direction, reference=reference, unit=unit)
    assert isinstance(assessment, Assessment)
    assert assessment.status in STATUSES - {JUDGED}
    assert assessment.difference is None or isinstance(assessment.difference, Decimal)
    assert assessment.difference is None or abs(assessment.difference) < D("1e15")
    assert "\n" not in assessment.explanation


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**6), max_value=10**6
    ),
    st.sampled_from(["", "%", " 左右", "以上", " 以内"]),
)
def test_written_numbers_read_back_exactly(number, suffix):
    assert parse(f"{number:f}{suffix}").value == number


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10**15, max_value=10**40), st.sampled_from(["", "-", "超 "]))
def test_any_number_too_large_to_store_is_unparsed(number, prefix):
    assert parse(f"{prefix}{number}").kind == "unparsed"
