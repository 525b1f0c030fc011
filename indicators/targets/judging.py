"""Judging a result against a target: a status, the signed difference and a line to check it by.

The rules, in the order they apply:

- an unreadable target is "unparsed"; no result yet is "pending"; an unreadable result
  "needs judgement";
- a quota (完成省下达目标) is met by a result that restates it, otherwise an analyst judges;
- a relative target (不低于全省平均水平, 与经济增长保持同步) is met by a result that restates
  it (or a stronger one: 高于 for 不低于); otherwise it needs the reference result, and is then
  judged as the same target written with the reference number (at least it, strictly above it
  for 高于, at most it, or approximately it);
- 正增长 / 下降 targets ask for a result above / below zero;
- a ceiling (以内, 不高于) is held or missed whatever the direction, and for a lower-is-better
  indicator every numeric target is a ceiling (an approximate one keeps its tolerance);
- a range is met inside, exceeded or missed outside according to the direction;
- otherwise the result is better than the target by more than the tolerance (exceeded), within
  it (met) or worse (missed). Only approximate targets have a tolerance.

A result written as a bound or approximately is judged at its number, and says so. A
difference of NUMBER_LIMIT or more is never returned: an analyst judges such a result. The
verdict (`Assessment`) and the wording of its explanation are in `indicators.targets.verdicts`.
"""

from dataclasses import replace
from decimal import Decimal

from django.utils.translation import gettext as _

from indicators.targets.language import (
    ABOVE,
    APPROX,
    AT_LEAST,
    AT_MOST,
    NEGATIVE,
    POINT,
    POSITIVE,
    QUOTA,
    RANGE,
    RELATIVE,
    UNPARSED,
    Expression,
)
from indicators.targets.parsing import parse
from indicators.targets.statuses import (
    EXCEEDED,
    MET,
    MISSED,
    NEEDS_JUDGEMENT,
    NEEDS_REFERENCE,
    PENDING,
    WITHIN_CONTROL,
)
from indicators.targets.units import bounds_in_unit, convert
from indicators.targets.verdicts import Case, label, quantity

UP = "up"
DOWN = "down"
DEFAULT_TOLERANCE = Decimal("0.1")
ZERO = Decimal(0)


def assess(target, result, *, direction=UP, reference=None, tolerance=None, unit=None):
    """Judge `result` against `target` (text as written or Expression; result None: not yet).

    `reference` is the reference result a relative target points at, resolved by the caller;
    `tolerance` the band around approximate targets; `unit` the indicator's unit, into which
    written multipliers are converted ("1.6 万人" is 16000 in 人).
    """
    if direction not in (UP, DOWN):
        raise ValueError(f"direction must be {UP!r} or {DOWN!r}, not {direction!r}")
    tolerance = DEFAULT_TOLERANCE if tolerance is None else Decimal(str(tolerance))
    if not tolerance.is_finite() or tolerance < 0:
        raise ValueError(f"tolerance must be a non-negative number, not {tolerance!r}")
    target = _expression(target)
    result = None if result is None else _expression(result)
    case = Case(target, result, direction, tolerance, unit or target.unit, label(target.text))
    if target.kind == UNPARSED:
        return case.verdict(
            UNPARSED, _("The target %(target)s could not be read; it is kept as written")
        )
    if result is None:
        return case.verdict(PENDING, _("No result yet for the target %(target)s"))
    if result.kind == UNPARSED:
        return case.verdict(
            NEEDS_JUDGEMENT,
            _(
                "The result %(result)s could not be read; "
                "an analyst must judge it against the target %(target)s"
            ),
        )
    if target.kind == QUOTA:
        return _against_quota(case)
    if target.kind == RELATIVE:
        return _against_relative(case, reference)
    return _against_stated(case)


def _expression(value):
    if isinstance(value, Expression):
        return value
    if isinstance(value, Decimal):
        return parse(format(value, "f"))
    return parse(value if isinstance(value, str) else str(value))


def _against_quota(case):
    if case.result.kind == QUOTA:
        return case.verdict(MET, _("Result %(result)s reports the quota %(target)s as fulfilled"))
    return case.verdict(
        NEEDS_JUDGEMENT,
        _(
            "The target %(target)s is a quota set by the level above; "
            "an analyst must judge the result %(result)s"
        ),
    )


def _against_relative(case, reference):
    target, result = case.target, case.result
    if result.kind == RELATIVE:
        if _restates(target, result):
            return case.verdict(MET, _("Result %(result)s restates the target %(target)s"))
        return _not_comparable(case)
    number = _reference_number(reference, case.unit)
    if number is None:
        return case.verdict(
            NEEDS_REFERENCE,
            _(
                "The target %(target)s is relative; "
                "record the reference result to assess %(result)s"
            ),
        )
    kind = {AT_LEAST: AT_LEAST, ABOVE: AT_LEAST, AT_MOST: AT_MOST}.get(target.comparison, APPROX)
    resolved_label = _resolved_label(case, number, target.margin)
    if target.margin is not None:
        # 高于全省平均水平 1 个百分点 is met at the average plus the margin, not only above it
        number, strict = number + target.margin, False
    else:
        strict = target.comparison == ABOVE
    resolved = Expression(text=target.text, kind=kind, value=number)
    return _against_stated(
        replace(case, target=resolved, target_label=resolved_label, strict=strict)
    )


def _resolved_label(case, number, margin):
    if margin is None:
        return _("%(target)s (reference %(reference)s)") % {
            "target": case.target_label,
            "reference": quantity(number, case.unit),
        }
    return _("%(target)s (reference %(reference)s, plus %(margin)s percentage points)") % {
        "target": case.target_label,
        "reference": quantity(number, case.unit),
        "margin": format(margin.normalize(), "f"),
    }


def _restates(target, result):
    """Same reference (same level, when both say), compared as strongly: 高于 restates 不低于,
    by a margin as wide above (高于…2 个百分点 restates 高于…1 个百分点, and 高于) or as narrow
    below (不超过…1 个百分点 restates 不超过…2 个百分点, not 不超过)."""
    levels = {target.reference_level, result.reference_level} - {None}
    accepted = {target.comparison} | ({ABOVE} if target.comparison == AT_LEAST else set())
    return (
        result.relative_to == target.relative_to
        and len(levels) < 2
        and result.comparison in accepted
        and _as_strong(target.comparison, target.margin or 0, result.margin or 0)
    )


def _as_strong(comparison, wanted, stated):
    return stated <= wanted if comparison == AT_MOST else stated >= wanted


def _reference_number(reference, unit):
    """The reference result in the indicator's unit, or None when there is no usable one."""
    if reference is None:
        return None
    if isinstance(reference, Decimal):
        return reference if reference.is_finite() else None
    expression = _expression(reference)
    if expression.kind not in (POINT, APPROX, AT_LEAST, AT_MOST):
        return None
    return convert(expression.value, expression.unit, unit)


def _against_stated(case):
    if case.result.kind in (RELATIVE, QUOTA):
        return _not_comparable(case)
    if case.target.kind in (POSITIVE, NEGATIVE):
        return _against_sign(case)
    return _against_number(case)


def _not_comparable(case):
    return case.verdict(
        NEEDS_JUDGEMENT,
        _("Result %(result)s states no figure that can be compared with the target %(target)s"),
    )


def _against_sign(case):
    """正增长 asks for a result above zero, 下降 for one below; direction does not change that."""
    target, result = case.target, case.result
    if result.kind in (POSITIVE, NEGATIVE):
        if result.kind == target.kind:
            return case.verdict(MET, _("Result %(result)s restates the target %(target)s"))
        return case.verdict(
            MISSED, _("Result %(result)s goes the other way from the target %(target)s")
        )
    number = _result_number(case)
    if not isinstance(number, Decimal):
        return number
    if target.kind == POSITIVE:
        if number > 0:
            return case.verdict(
                MET, _("Result %(result)s is above zero, as the target %(target)s asks"), number
            )
        return case.verdict(
            MISSED, _("Result %(result)s is not above zero, as the target %(target)s asks"), number
        )
    if number < 0:
        return case.verdict(
            MET, _("Result %(result)s is below zero, as the target %(target)s asks"), number
        )
    return case.verdict(
        MISSED, _("Result %(result)s is not below zero, as the target %(target)s asks"), number
    )


def _result_number(case):
    """The result's number in the indicator's unit, or the Assessment saying why there is none."""
    result = case.result
    if result.kind in (POSITIVE, NEGATIVE):
        return case.verdict(
            NEEDS_JUDGEMENT,
            _(
                "Result %(result)s gives a direction "
                "but no number to compare with the target %(target)s"
            ),
        )
    if result.kind == RANGE:
        return case.verdict(
            NEEDS_JUDGEMENT,
            _(
                "Result %(result)s is a range; "
                "an analyst must judge it against the target %(target)s"
            ),
        )
    number = convert(result.value, result.unit, case.unit)
    return _unit_mismatch(case) if number is None else number


def _unit_mismatch(case):
    return case.verdict(
        NEEDS_JUDGEMENT,
        _("Result %(result)s and target %(target)s cannot both be read in the unit %(unit)s"),
    )


def _against_number(case):
    target = case.target
    if case.result.kind in (POSITIVE, NEGATIVE) and target.kind != RANGE:
        return _sign_against_number(case)
    number = _result_number(case)
    if not isinstance(number, Decimal):
        return number
    if target.kind == RANGE:
        bounds = bounds_in_unit(target, case.unit)
        return _unit_mismatch(case) if bounds is None else _against_range(case, number, *bounds)
    goal = convert(target.value, target.unit, case.unit)
    if goal is None:
        return _unit_mismatch(case)
    allowance = case.tolerance if target.kind == APPROX else ZERO
    if target.kind == AT_MOST or case.direction == DOWN:
        return _against_ceiling(case, number - goal, allowance)
    return _against_goal(case, number - goal, allowance)


def _sign_against_number(case):
    """保持正增长 / 持续下降 against a number: decided when zero lies between them, else judged.

    A result above zero beats any target at or below zero; one below zero holds any ceiling at
    or above zero and misses any goal at or above zero. There is no number to subtract.
    """
    target, positive = case.target, case.result.kind == POSITIVE
    goal = convert(target.value, target.unit, case.unit)
    if goal is None:
        return _unit_mismatch(case)
    allowance = case.tolerance if target.kind == APPROX else ZERO
    ceiling = target.kind == AT_MOST or case.direction == DOWN
    if ceiling and not positive and goal + allowance >= 0:
        return case.verdict(
            WITHIN_CONTROL, _("Result %(result)s is below zero, under the ceiling %(target)s")
        )
    if ceiling and positive and goal + allowance <= 0:
        return case.verdict(
            MISSED, _("Result %(result)s is above zero, over the ceiling %(target)s")
        )
    if not ceiling and positive and goal + allowance <= 0:
        return case.verdict(
            EXCEEDED, _("Result %(result)s is above zero, so above the target %(target)s")
        )
    if not ceiling and not positive and goal - allowance >= 0:
        return case.verdict(
            MISSED, _("Result %(result)s is below zero, so below the target %(target)s")
        )
    return _result_number(case)


def _against_ceiling(case, difference, allowance):
    if difference <= allowance:
        return case.verdict(
            WITHIN_CONTROL,
            _("Result %(result)s stays within the ceiling %(target)s (difference %(difference)s)"),
            difference,
        )
    return case.verdict(
        MISSED, _("Result %(result)s is above the ceiling %(target)s by %(gap)s"), difference
    )


def _against_goal(case, difference, allowance):
    """Higher is better: beyond the tolerance band either way is exceeded or missed."""
    if difference > allowance:
        return case.verdict(
            EXCEEDED, _("Result %(result)s is above the target %(target)s by %(gap)s"), difference
        )
    if difference < -allowance:
        return case.verdict(
            MISSED, _("Result %(result)s is below the target %(target)s by %(gap)s"), difference
        )
    if difference == 0 and case.strict:
        return case.verdict(
            MISSED,
            _("Result %(result)s is not above the target %(target)s, only equal to it"),
            ZERO,
        )
    if difference == 0:
        return case.verdict(
            MET, _("Result %(result)s meets the target %(target)s exactly"), difference
        )
    return case.verdict(
        MET,
        _(
            "Result %(result)s is within %(tolerance)s of the target %(target)s "
            "(difference %(difference)s)"
        ),
        difference,
    )


def _against_range(case, number, low, high):
    up = case.direction == UP
    if number < low:
        return case.verdict(
            MISSED if up else EXCEEDED,
            _("Result %(result)s is below the range %(target)s by %(gap)s"),
            number - low,
        )
    if number > high:
        return case.verdict(
            EXCEEDED if up else MISSED,
            _("Result %(result)s is above the range %(target)s by %(gap)s"),
            number - high,
        )
    return case.verdict(MET, _("Result %(result)s lies within the range %(target)s"), ZERO)
