"""Numbers in an indicator's unit: "1.6 万人" is 16000 in 人, "6万—7万人" is 60000 to 70000."""

import unicodedata
from decimal import Decimal

from indicators.targets.language import NUMBER_LIMIT, RANGE

PERCENT_UNITS = frozenset({"%", "个百分点", "百分点"})

# Powers of ten written before a unit. Compound multipliers first: a bare "百万" is 10**6, not
# 百 of a unit called 万.
MULTIPLIERS = {"万亿": 12, "千万": 7, "百万": 6, "十万": 5, "亿": 8, "万": 4, "千": 3, "百": 2}


def convert(value, written_unit, unit):
    """`value` written in `written_unit`, expressed in `unit`; None when they are incommensurable.

    Either unit missing means the number is taken as it stands. A bare multiplier ("1.6 万")
    scales into whatever base unit the indicator counts.
    """
    if value is None:
        return None
    written_unit, unit = _clean_unit(written_unit), _clean_unit(unit)
    if written_unit is None or unit is None or written_unit == unit:
        return value
    if written_unit in PERCENT_UNITS or unit in PERCENT_UNITS:
        return value if written_unit in PERCENT_UNITS and unit in PERCENT_UNITS else None
    unit_scales = _scales(unit)
    for written_exponent, written_base in _scales(written_unit):
        if written_base == "":
            exponent = max(exponent for exponent, _base in unit_scales)
            return _plain(value.scaleb(written_exponent - exponent))
        for exponent, base in unit_scales:
            if base == written_base:
                return _plain(value.scaleb(written_exponent - exponent))
    return None


def number_in_unit(expression, unit):
    """The expression's number in the indicator's unit, or None (no number, no conversion, or a
    number of NUMBER_LIMIT or more). A range has no single number: see `bounds_in_unit`."""
    return _storable(convert(expression.number, expression.unit, unit))


def bounds_in_unit(expression, unit):
    """A range's (low, high) in the indicator's unit ("6万—7万人" in 人: 60000, 70000), else None."""
    if expression.kind != RANGE:
        return None
    low = _storable(convert(expression.low, expression.unit, unit))
    high = _storable(convert(expression.high, expression.unit, unit))
    return None if low is None or high is None else (low, high)


def _clean_unit(unit):
    if unit is None:
        return None
    cleaned = "".join(unicodedata.normalize("NFKC", str(unit)).split())
    return None if cleaned.strip("—-－ ") == "" else cleaned


def _scales(unit):
    """Ways to read a unit as 10**exponent of a base unit: 万亿元 is 1 万亿元, 10**4 亿元, 10**12 元."""
    scales = [(0, unit)]
    for prefix, exponent in MULTIPLIERS.items():
        if unit.startswith(prefix):
            scales.append((exponent, unit[len(prefix) :]))
    return scales


def _plain(value):
    # scaleb gives 1.6E+4; the same number without an exponent reads better everywhere.
    return Decimal(format(value, "f"))


def _storable(number):
    return number if number is None or abs(number) < NUMBER_LIMIT else None
