"""Numbers read in an indicator's unit: written multipliers, percentages and the storable limit.

Pure functions on plain data: no database.
"""

from decimal import Decimal

import pytest

from indicators.targets.parsing import parse
from indicators.targets.units import bounds_in_unit, number_in_unit

D = Decimal


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


def test_numbers_converted_beyond_the_storable_limit_have_no_number_in_the_unit():
    assert number_in_unit(parse("2000 万亿元"), "元") is None
    assert bounds_in_unit(parse("1—2000 万亿元"), "元") is None
