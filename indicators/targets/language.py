"""The small language in which plan targets and results are written: its kinds and `Expression`.

Reports write "6.5 左右", "控制在 3% 以内", "不低于全省平均水平", "完成省下达目标"…; each is read
(by `indicators.targets.parsing.parse`) into an `Expression` of one of the kinds below.
"""

from dataclasses import dataclass
from decimal import Decimal

# Kinds of expression. UNPARSED is both a kind and a status, with the same value.
POINT = "point"
APPROX = "approx"
AT_LEAST = "at_least"
AT_MOST = "at_most"
RANGE = "range"
POSITIVE = "positive"
NEGATIVE = "negative"
RELATIVE = "relative"
QUOTA = "quota"
UNPARSED = "unparsed"
KINDS = (POINT, APPROX, AT_LEAST, AT_MOST, RANGE, POSITIVE, NEGATIVE, RELATIVE, QUOTA, UNPARSED)
NUMERIC_KINDS = frozenset({POINT, APPROX, AT_LEAST, AT_MOST, RANGE})
INEXACT_KINDS = frozenset({APPROX, AT_LEAST, AT_MOST})

# What a relative expression is relative to.
PARENT_AVERAGE = "parent_average"
GDP_GROWTH = "gdp_growth"
# How a relative expression compares, besides AT_LEAST, AT_MOST and APPROX: 高于 is strictly above.
ABOVE = "above"
# Whose average a relative expression names (its reference_level): 全省, 全市, 全区/全县, 全国.
PROVINCE = "province"
CITY = "city"
DISTRICT = "district"
COUNTRY = "country"

# No number this large is read: it would overflow the Decimal(24, 6) columns downstream.
NUMBER_LIMIT = Decimal("1e15")


@dataclass(frozen=True)
class Expression:
    """A target or result as written (`text`) and as read.

    `value` is the number as written, in the written `unit` ("1.6" with "万人"); use
    `number_in_unit` for the number in an indicator's unit. Ranges have `low` and `high` and
    no `value`. Relative expressions say what they compare with (`relative_to`), how
    (`comparison`: AT_LEAST for 不低于, ABOVE for 高于 (strictly), AT_MOST for 不高于, APPROX for
    保持同步) and, for a parent average, whose (`reference_level`: PROVINCE for 全省, CITY for
    全市, DISTRICT for 全区/全县, COUNTRY for 全国; None when the text does not say). A parent
    average outrun by a stated margin (高于全省平均水平 1 个百分点) keeps it in `margin`, in
    percentage points; `value` stays None, so no chart or stored figure reads it as the target.
    """

    text: str
    kind: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    relative_to: str | None = None
    comparison: str | None = None
    reference_level: str | None = None
    margin: Decimal | None = None

    @property
    def is_numeric(self):
        return self.kind in NUMERIC_KINDS

    @property
    def number(self):
        """The representative number: the value (None for ranges and qualitative kinds)."""
        return self.value

    @property
    def is_approximate(self):
        """Written as a bound or approximately: "6 以上", "0.0062 以内", "5.3 左右"."""
        return self.kind in INEXACT_KINDS
