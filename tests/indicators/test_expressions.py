"""`indicators.expressions`, the scripting interface: the names scripts import stay there.

Pure functions on plain data: no database.
"""

import indicators.expressions
from indicators.targets import judging, language, parsing, statuses, units, verdicts


def test_parse_and_assess_are_the_target_packages_own_functions():
    assert indicators.expressions.parse is parsing.parse
    assert indicators.expressions.assess is judging.assess
    assert indicators.expressions.Assessment is verdicts.Assessment
    assert indicators.expressions.Expression is language.Expression


def test_every_name_scripts_import_is_still_served():
    from indicators.expressions import (  # noqa: F401 - importing is the assertion
        ABOVE,
        APPROX,
        AT_LEAST,
        AT_MOST,
        CITY,
        COUNTRY,
        DISTRICT,
        EXCEEDED,
        GDP_GROWTH,
        INEXACT_KINDS,
        JUDGED,
        KINDS,
        MET,
        MISSED,
        NEEDS_JUDGEMENT,
        NEEDS_REFERENCE,
        NEGATIVE,
        NUMBER_LIMIT,
        NUMERIC_KINDS,
        PARENT_AVERAGE,
        PENDING,
        PERCENT_UNITS,
        POINT,
        POSITIVE,
        PROVINCE,
        QUOTA,
        RANGE,
        RELATIVE,
        STATUS_CHOICES,
        STATUSES,
        UNPARSED,
        WITHIN_CONTROL,
        Assessment,
        Expression,
        assess,
        bounds_in_unit,
        convert,
        number_in_unit,
        parse,
    )

    assert STATUS_CHOICES is statuses.STATUS_CHOICES and convert is units.convert
    assert all(hasattr(indicators.expressions, name) for name in indicators.expressions.__all__)


def test_the_example_in_the_interfaces_docstring_holds():
    assert indicators.expressions.parse("6.5 左右").kind == "approx"
    assert indicators.expressions.assess("控制在 3% 以内", "2.8%").status == "within_control"
