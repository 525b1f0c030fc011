"""Growths no year of the series could have: a figure over several years whose base the copy
left out (农民人均纯收入 2239 元，增长 68.2%, six years after 2000, in a paragraph that names the
base once before); and targets in words of a plan's later years, bounds on its whole period. They
are left out rather than proposed as the year's."""

import re

from reports.extraction.lexicon import PERCENT
from reports.extraction.sections import TARGET

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


# The budget named without its revenue (一般公共预算增长 5.4%, 一般公共预算 243.7 亿元) states a
# revenue by a growth or an amount; a share with no growth (一般公共预算 80% 以上用于民生) is its
# spending's.
_BARE_BUDGET = re.compile(r"一\s*般\s*公\s*共\s*(?:财\s*政\s*)?预\s*算(?!\s*(?:总\s*)?收)")
_CHANGE = re.compile(r"增|降|减|涨|同比|比上年|持平")
_REVENUE = "地方一般公共预算收入"


# A machine's computation, not a report's figure (8.733440, 15.109368 printed by a notebook):
# reports give a rate to two decimals at most and a sum to four (2.0158 亿元, the corpus's most).
_DECIMALS = re.compile(r"\.(\d+)")
_RATE_DECIMALS, _SUM_DECIMALS = 3, 4


def plausible(candidate):
    """Whether `candidate` could be its series' figure, or its change over one year."""
    if _computed(candidate):
        return False
    if candidate.indicator == _REVENUE and candidate.unit == PERCENT:
        bare = _BARE_BUDGET.search(candidate.quote)
        return not bare or bool(_CHANGE.search(candidate.quote, bare.end()))
    if candidate.indicator not in _INCOMES or candidate.unit != PERCENT:
        return True
    number = _LEADING_NUMBER.match(candidate.value_text)
    return number is None or float(number.group(1)) < YEARLY_GROWTH_CEILING


def _computed(candidate):
    """Whether `candidate`'s figure has more decimals than a report gives (its padding zeros not
    counted: a sheet's 5.2000 is 5.2)."""
    most = _RATE_DECIMALS if candidate.unit in (PERCENT, "‰") else _SUM_DECIMALS
    decimals = _DECIMALS.search(candidate.value_text)
    return decimals is not None and len(decimals.group(1).rstrip("0")) > most


_DIGIT = re.compile(r"\d")


def worded_over_the_plans_years(candidate, plan_year):
    """Whether `candidate` is a target in words of a year after `plan_year`, the year the report
    plans: among a five-year plan's goals (推动居民收入增长和经济增长同步), a bound on the period's
    every year, not the value of its last."""
    return (
        plan_year is not None
        and candidate.kind == TARGET
        and candidate.year > plan_year
        and not _DIGIT.search(candidate.value_text)
    )
