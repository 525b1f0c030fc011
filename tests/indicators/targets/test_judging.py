"""Judging results against targets (assess), the report's own verdicts included.

Pure functions on plain data: no database. The cases come from the seed reports: the Fuzhou
2023 execution report (annex table and prose) and the Cangshan 2024 report.
"""

import dataclasses
from decimal import Decimal

import pytest

from indicators.targets.judging import assess
from indicators.targets.language import UNPARSED
from indicators.targets.parsing import parse
from indicators.targets.statuses import (
    EXCEEDED,
    JUDGED,
    MET,
    MISSED,
    NEEDS_JUDGEMENT,
    NEEDS_REFERENCE,
    PENDING,
    STATUS_CHOICES,
    WITHIN_CONTROL,
)

D = Decimal


def parsed(text):
    expression = parse(text)
    return expression.kind, expression.value, expression.unit


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


@pytest.mark.parametrize(
    ("target", "result", "status"),
    [("≤3%", "2.1", WITHIN_CONTROL), ("≥6%", "6.4", EXCEEDED), ("两位数增长", "9.8", MISSED)],
)
def test_bounds_written_as_signs_or_words_are_judged_as_bounds(target, result, status):
    assert assess(target, result, unit="%").status == status


def test_income_growing_faster_than_the_economy_is_judged_against_gdp_growth():
    assert assess("快于经济增长", "6.1", reference="5.2", unit="%").status == EXCEEDED
    assert assess("快于经济增长", "5.2", reference="5.2", unit="%").status == MISSED


@pytest.mark.parametrize(
    ("result", "status", "difference"),
    [("6.5", MET, D("0")), ("6.8", EXCEEDED, D("0.3")), ("6.3", MISSED, D("-0.2"))],
)
def test_an_average_outrun_by_a_margin_is_met_at_the_reference_plus_the_margin(
    result, status, difference
):
    assessment = assess("高于全省平均水平1个百分点", result, reference="5.5", unit="%")
    assert (assessment.status, assessment.difference) == (status, difference)


@pytest.mark.parametrize(
    ("result", "status"),
    [
        ("高于全省平均水平2个百分点", MET),
        ("高于全省平均水平1个百分点", MET),
        ("高于全省平均水平0.5个百分点", NEEDS_JUDGEMENT),
        ("高于全省平均水平", NEEDS_JUDGEMENT),
    ],
)
def test_a_relative_result_restates_a_margin_only_as_wide(result, status):
    assert assess("高于全省平均水平1个百分点", result).status == status


def test_the_reference_and_the_margin_are_both_explained(english):
    explanation = assess("高于全省平均水平1个百分点", "6", reference="5.5", unit="%").explanation
    assert "reference 5.5%, plus 1 percentage points" in explanation


@pytest.mark.parametrize(
    ("target", "result", "status"),
    [
        ("不超过全省平均水平1个百分点", "不超过全省平均水平2个百分点", NEEDS_JUDGEMENT),
        ("不超过全省平均水平2个百分点", "不超过全省平均水平1个百分点", MET),
        ("不高于全省平均水平", "不高于全省平均水平2个百分点", NEEDS_JUDGEMENT),
        ("不高于全省平均水平", "不高于全省平均水平", MET),
    ],
)
def test_a_ceiling_over_the_average_is_restated_only_by_a_margin_as_narrow(target, result, status):
    assert assess(target, result).status == status
