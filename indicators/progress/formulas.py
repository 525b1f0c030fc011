"""The arithmetic of progress against time, on Decimals, with the sources of each formula.

Changes and average growth (official logarithmic form, the default `log` method):

- the cumulative change achieved over yearly rates r_i (%) is C = Π(1 + r_i) − 1; a figure
  already cumulative over several years enters as one factor (1 + C_k), and a within-year
  cumulative rate r over m months as (1 + r)^(m/12);
- progress towards a cumulative target c is ln(1 + C) / ln(1 + c): the share of the
  compounded way done, which is how NDRC reported the 十二五 energy-intensity target (issue
  12): target −16 %, −13.4 % in the first four years, 「完成五年目标进度的 82.5%，赶上了时间
  进度要求」 = ln(1 − 0.134) / ln(1 − 0.16) against a time progress of 80 %;
- an average growth target g over N years is the cumulative target c = (1 + g)^N − 1, so
  the same form gives ln(1 + G) / (N · ln(1 + g)) with G the cumulative growth achieved (for
  a level indicator G = latest / base − 1);
- the rate still needed in each of the R remaining years solves (1 + C)(1 + x)^R = 1 + c:
  x = ((1 + c) / (1 + C))^(1/R) − 1 (for average growth ((1 + g)^N / (1 + G))^(1/R) − 1).
  Rates compound whatever the method, so the same rate is needed under `linear`.

`linear` (the plain ratio some local reports use): progress = C / c, for average growth
G / ((1 + g)^N − 1).

Levels: (latest − base) ÷ (target − base), still needed (target − latest) ÷ R a year.
Additions and budgets: sum ÷ target, still needed (or left) (target − sum) ÷ R a year.

All percentages are in percent (13.4, not 0.134). Every function returns None where the
formula has no value (a fall of 100 % or more, a target of no change), rather than raising.
"""

from decimal import ROUND_HALF_UP, Decimal, localcontext

from indicators.targets.language import NUMBER_LIMIT

HUNDRED = Decimal(100)
ONE = Decimal(1)
CENT = Decimal("0.01")
# Twenty significant digits: every result is shown to two decimals, and Decimal's ln() costs
# twice as much at 34 (a plan page takes a few hundred).
_PRECISION = 20


def compounded(rates_and_months):
    """C (%) from (rate %, months) pairs: a whole year or a multi-year figure has months None."""
    with localcontext() as context:
        context.prec = _PRECISION
        factor = ONE
        for rate, months in rates_and_months:
            step = ONE + rate / HUNDRED
            if step <= 0:
                return None
            if months is not None and months < 12:
                step = (step.ln() * Decimal(months) / 12).exp()
            factor *= step
        return (factor - ONE) * HUNDRED


def cumulative_of_average(average, years):
    """The cumulative change (%) an average yearly rate (%) gives over `years`: (1 + g)^N − 1."""
    with localcontext() as context:
        context.prec = _PRECISION
        step = ONE + average / HUNDRED
        if step <= 0:
            return None
        return (step ** int(years) - ONE) * HUNDRED


def average_of_cumulative(cumulative, years):
    """The average yearly rate (%) a cumulative change (%) over `years` (may be partial) means."""
    with localcontext() as context:
        context.prec = _PRECISION
        factor = ONE + cumulative / HUNDRED
        if factor <= 0 or years <= 0:
            return None
        return ((factor.ln() / Decimal(years)).exp() - ONE) * HUNDRED


def change_share(achieved, target, method):
    """Percent of a cumulative change target (%) achieved: log or linear (see the module doc)."""
    with localcontext() as context:
        context.prec = _PRECISION
        if target == 0:
            return None
        if method != "log":
            return achieved / target * HUNDRED
        achieved_factor, target_factor = ONE + achieved / HUNDRED, ONE + target / HUNDRED
        if achieved_factor <= 0 or target_factor <= 0:
            return None
        return achieved_factor.ln() / target_factor.ln() * HUNDRED


def rate_needed(achieved, target, remaining):
    """The yearly rate (%) that takes a cumulative change from `achieved` to `target` in time."""
    with localcontext() as context:
        context.prec = _PRECISION
        achieved_factor, target_factor = ONE + achieved / HUNDRED, ONE + target / HUNDRED
        if remaining <= 0 or achieved_factor <= 0 or target_factor <= 0:
            return None
        return (((target_factor / achieved_factor).ln() / remaining).exp() - ONE) * HUNDRED


def share(done, whole):
    """`done` as a percent of `whole` (levels from their base, additions, budgets)."""
    if whole == 0:
        return None
    with localcontext() as context:
        context.prec = _PRECISION
        return done / whole * HUNDRED


def per_year(amount, remaining):
    """An amount spread over the remaining years, or None once none remain."""
    if remaining <= 0:
        return None
    with localcontext() as context:
        context.prec = _PRECISION
        return amount / remaining


def rounded(value):
    """To two decimals, or None when there is no value or it is too large to show."""
    if value is None or not value.is_finite() or abs(value) >= NUMBER_LIMIT:
        return None
    return value.quantize(CENT, ROUND_HALF_UP)
