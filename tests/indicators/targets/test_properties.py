"""Properties over arbitrary text: parse and assess never crash and never drop what was written."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.targets.judging import assess
from indicators.targets.language import KINDS, Expression
from indicators.targets.parsing import parse
from indicators.targets.statuses import JUDGED, STATUSES
from indicators.targets.verdicts import Assessment

D = Decimal


def parsed(text):
    expression = parse(text)
    return expression.kind, expression.value, expression.unit


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
