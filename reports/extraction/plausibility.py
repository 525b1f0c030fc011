"""Growths no year of the series could have: a figure over several years whose base the copy
left out (农民人均纯收入 2239 元，增长 68.2%, six years after 2000, in a paragraph that names the
base once before). They are left out rather than proposed as the year's."""

import re

from reports.extraction.lexicon import PERCENT

# Residents' incomes per head grow by a few per cent a year, twenty-odd at most in the corpus's
# 15,700 labels (30.3% its highest, a district in 2008); GDP, revenue, trade and investment of a
# small place can double in a year, so no ceiling is set for them.
_INCOMES = (
    "城镇居民人均可支配收入",
    "农村居民人均可支配收入",
    "农村居民人均纯收入",
    "居民人均可支配收入",
)
YEARLY_GROWTH_CEILING = 40.0
_LEADING_NUMBER = re.compile(r"\s*(\d+(?:\.\d+)?)")


def plausible(candidate):
    """Whether `candidate` could be its series' change over one year."""
    if candidate.indicator not in _INCOMES or candidate.unit != PERCENT:
        return True
    number = _LEADING_NUMBER.match(candidate.value_text)
    return number is None or float(number.group(1)) < YEARLY_GROWTH_CEILING
