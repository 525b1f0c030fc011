"""A verdict on one result against one target, and the words that explain it."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from indicators.targets.language import NUMBER_LIMIT, Expression
from indicators.targets.statuses import NEEDS_JUDGEMENT
from indicators.targets.units import PERCENT_UNITS


@dataclass(frozen=True)
class Assessment:
    """A verdict on one result against one target.

    `difference` is result minus target in the indicator's unit (percentage points for growth
    rates; from the nearer bound for ranges, 0 inside), None when there is nothing to subtract.
    `approximate` says the result was written as a bound or approximately and was judged at
    its number.
    """

    status: str
    difference: Decimal | None = None
    explanation: str = ""
    approximate: bool = False


@dataclass(frozen=True)
class Case:
    """One result against one target, as `assess` judges it, and the way to word its verdict."""

    target: Expression
    result: Expression | None
    direction: str
    tolerance: Decimal
    unit: str | None
    target_label: str
    strict: bool = False  # 高于: equal to the target is not enough

    def verdict(self, status, message, difference=None):
        """An Assessment whose explanation is `message` (translated, %-named placeholders)."""
        if difference is not None and abs(difference) >= NUMBER_LIMIT:
            status, difference = NEEDS_JUDGEMENT, None
            message = _("Result %(result)s or target %(target)s is too large a number to compare")
        parameters = {
            "target": self.target_label,
            "result": label(self.result.text) if self.result is not None else "",
            "difference": quantity(difference, self.unit, signed=True, points=True),
            "gap": quantity(
                abs(difference) if difference is not None else None, self.unit, points=True
            ),
            "tolerance": quantity(self.tolerance, self.unit, points=True),
            "unit": _one_line(self.unit or ""),
        }
        approximate = self.result is not None and self.result.is_approximate
        return Assessment(status, difference, message % parameters, approximate)


def label(text):
    """Text as one line for an explanation; "(blank)" when there is none."""
    return _one_line(text) or _("(blank)")


def _one_line(text):
    # PDF wraps leave newlines inside figures; an explanation is one line.
    return " ".join(text.split())


def quantity(value, unit, *, signed=False, points=False):
    """A Decimal as a person writes it (no exponent, no trailing zeros), with its unit.

    A gap between two rates is in percentage points (`points`); a rate itself carries %.
    """
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if value == 0:
        text = "0"
    elif signed and value > 0:
        text = "+" + text
    unit = _one_line(unit or "")
    if unit in PERCENT_UNITS:
        return _("%(number)s percentage points") % {"number": text} if points else f"{text}%"
    if unit and unit.strip("—-－"):
        text = f"{text} {unit}"
    return text
