"""The scripting interface to target expressions: `parse` a target or result, `assess` one.

    from indicators.expressions import parse, assess

    parse("6.5 左右").kind                         # "approx"
    assess("控制在 3% 以内", "2.8%").status         # "within_control"

Scripts, notebooks and the other stages import these names from here, and they stay here; the
code lives in `indicators.targets` (the expression language and judging), whose modules may be
rearranged without breaking a script.
"""

from indicators.targets.judging import assess
from indicators.targets.language import (
    ABOVE,
    APPROX,
    AT_LEAST,
    AT_MOST,
    CITY,
    COUNTRY,
    DISTRICT,
    GDP_GROWTH,
    INEXACT_KINDS,
    KINDS,
    NEGATIVE,
    NUMBER_LIMIT,
    NUMERIC_KINDS,
    PARENT_AVERAGE,
    POINT,
    POSITIVE,
    PROVINCE,
    QUOTA,
    RANGE,
    RELATIVE,
    UNPARSED,
    Expression,
)
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
    STATUSES,
    WITHIN_CONTROL,
)
from indicators.targets.units import PERCENT_UNITS, bounds_in_unit, convert, number_in_unit
from indicators.targets.verdicts import Assessment

__all__ = [
    "ABOVE",
    "APPROX",
    "AT_LEAST",
    "AT_MOST",
    "CITY",
    "COUNTRY",
    "DISTRICT",
    "EXCEEDED",
    "GDP_GROWTH",
    "INEXACT_KINDS",
    "JUDGED",
    "KINDS",
    "MET",
    "MISSED",
    "NEEDS_JUDGEMENT",
    "NEEDS_REFERENCE",
    "NEGATIVE",
    "NUMBER_LIMIT",
    "NUMERIC_KINDS",
    "PARENT_AVERAGE",
    "PENDING",
    "PERCENT_UNITS",
    "POINT",
    "POSITIVE",
    "PROVINCE",
    "QUOTA",
    "RANGE",
    "RELATIVE",
    "STATUSES",
    "STATUS_CHOICES",
    "UNPARSED",
    "WITHIN_CONTROL",
    "Assessment",
    "Expression",
    "assess",
    "bounds_in_unit",
    "convert",
    "number_in_unit",
    "parse",
]
