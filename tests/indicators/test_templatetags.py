from decimal import Decimal

import pytest

from indicators.templatetags.figures import plain_number


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (Decimal("5.500000"), "5.5"),
        (Decimal("16000.000000"), "16000"),
        (Decimal("-0.400000"), "-0.4"),
        (Decimal("0.006300"), "0.0063"),
        (None, "—"),
    ],
)
def test_parsed_numbers_are_shown_as_people_write_them(stored, shown):
    assert plain_number(stored) == shown
