"""Result figures over periods, read as numbers and put together over a plan's years.

A figure (`Observation`) is written as reports write it: a year's growth rate (「增长 8.1%」,
「-2.7」, 「下降 2.7%」), a change over several years (「前四年累计下降 13.4%」 with period
2011-2014), a within-year cumulative figure (「1–3 月累计完成投资 313.64 亿元」 with period
2024-03) or a level at the end of its period. Figures are put together in one of three ways:

- `chain`: figures that follow one another from January of the plan's first year, each
  starting where the one before ended; the longest whole-year figure is taken first, and a
  within-year figure can only end the chain. Changes compound along it, amounts add up.
- `latest_level`: the level at the end of the latest whole-year figure (a within-year figure
  of a flow would understate the year).
- `yearly`: every figure of a single year, for ceilings and floors held each year.
"""

from dataclasses import dataclass

from indicators.progress.goal_wording import read_wording
from indicators.progress.periods import Period
from indicators.targets.language import APPROX, AT_LEAST, AT_MOST, NUMBER_LIMIT, POINT
from indicators.targets.units import PERCENT_UNITS, convert

_READABLE_KINDS = (POINT, APPROX, AT_LEAST, AT_MOST)


@dataclass(frozen=True)
class Observation:
    """A result figure as written (`value_text`) and the period it covers."""

    period: Period
    value_text: str


def figure_number(observation, *, unit, percent, falls=False):
    """The figure's number (a rate in %, or an amount or level in `unit`), or None if unreadable.

    A fall word makes the number negative (「下降 2.7%」 is −2.7, whatever `parse` returns). On
    an indicator named for a fall (`falls`), a number without a sign word is a fall.
    """
    wording = read_wording(observation.value_text)
    core = wording.core
    if core.kind not in _READABLE_KINDS or core.value is None:
        return None
    value = core.value
    if wording.falls and not wording.rises and value > 0:
        value = -value
    elif falls and not (wording.falls or wording.rises):
        value = -value
    if not percent:
        value = convert(value, core.unit, unit)
    elif core.unit is not None and core.unit not in PERCENT_UNITS:
        return None
    return value if value is not None and abs(value) < NUMBER_LIMIT else None


def within(observations, first_year, last_year, as_of):
    """The figures inside the plan's years that end by `as_of`."""
    end = min(as_of.key, (last_year, 12))
    return [
        observation
        for observation in observations
        if observation.period.first_year >= first_year
        and observation.period.last_year <= last_year
        and observation.period.end.key <= end
    ]


def chain(observations, first_year):
    """Figures that follow one another from January of `first_year` (see the module doc)."""
    links, year = [], first_year
    while True:
        starting = [o for o in observations if o.period.first_year == year]
        whole = [o for o in starting if not o.period.is_partial_year]
        if whole:
            link = max(whole, key=lambda o: o.period.last_year)
            links.append(link)
            year = link.period.last_year + 1
            continue
        if starting:
            links.append(max(starting, key=lambda o: o.period.end.key))
        return links


def through(links):
    """The date a chain of figures reaches."""
    return links[-1].period.end if links else None


def latest_level(observations):
    """The latest figure covering a whole year (or years), or None."""
    whole = [o for o in observations if not o.period.is_partial_year]
    return max(whole, key=lambda o: o.period.end.key) if whole else None


def yearly(observations):
    """Figures of a single year (whole or part), oldest first."""
    single = [o for o in observations if o.period.is_single_year]
    return sorted(single, key=lambda o: o.period.end.key)


def base_figure(observations, base_year):
    """A whole-year figure of the base year, when the caller has no base value."""
    for observation in observations:
        period = observation.period
        if period.first_year == period.last_year == base_year and not period.is_partial_year:
            return observation
    return None


def in_year(observations, as_of):
    """The latest figure within `as_of`'s year that ends by `as_of` (a within-year total)."""
    this_year = [
        o
        for o in observations
        if o.period.is_single_year
        and o.period.last_year == as_of.year
        and o.period.end.key <= as_of.key
    ]
    return max(this_year, key=lambda o: o.period.end.key) if this_year else None
