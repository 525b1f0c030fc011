"""The periods figures cover, the date progress is read at, a plan's terms and time progress.

A figure covers a `Period`: a calendar year (the default), January to a month of one year
(「1–3 月累计完成投资 313.64 亿元」, period "2024-03"), or several whole years together
(「前四年累计下降 13.4%」, period "2011-2014"). `period_of` reads the Figures CSV `period` column.

Time progress (时间进度, 序时进度) is the share of the plan's time elapsed: elapsed years ÷ plan
years, a year in progress counting its elapsed months ÷ 12, clipped to 0–100 %. After four
of five years it is 80 % — the yardstick of NDRC's 十二五 energy review (「完成五年目标进度的
82.5%，赶上了时间进度要求」); as of March in a one-year plan it is 25 %.
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

LOG = "log"
LINEAR = "linear"
METHODS = (LOG, LINEAR)

_YEAR_MONTH = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})")
_YEARS = re.compile(r"(?P<first>[0-9]{4})-(?P<last>[0-9]{4})")
_YEAR = re.compile(r"[0-9]{4}")
# Reports and spreadsheets write the dash of "2021–2024" in many ways.
_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2015\u2212~〜至", "----------")
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class AsOf:
    """The date progress is read at: the end of `year`, or the end of `month` of `year`."""

    year: int
    month: int | None = None

    @property
    def key(self):
        """Sortable: the end of a year is the end of its December."""
        return (self.year, self.month or 12)

    def months_from(self, first_year):
        """Months from the start of January of `first_year` to this date (negative before it)."""
        return (self.year - first_year) * 12 + (self.month or 12)

    @property
    def is_year_end(self):
        return self.month in (None, 12)


@dataclass(frozen=True)
class Period:
    """Cumulative from January of `first_year` to `month` of `last_year` (None: December)."""

    first_year: int
    last_year: int
    month: int | None = None

    @property
    def end(self):
        return AsOf(self.last_year, self.month)

    @property
    def months(self):
        return self.end.months_from(self.first_year)

    @property
    def is_partial_year(self):
        return not self.end.is_year_end

    @property
    def is_single_year(self):
        return self.first_year == self.last_year


@dataclass(frozen=True)
class PlanTerms:
    """A plan's years (its base year is the one before the first) and its method of progress.

    `method` is "log" (the official logarithmic form, the default) or "linear" (the plain
    ratio achieved ÷ target some local reports use); see `indicators.progress.formulas`.
    """

    first_year: int
    last_year: int
    method: str = LOG

    def __post_init__(self):
        if self.last_year < self.first_year:
            raise ValueError(f"a plan ends ({self.last_year}) before it begins ({self.first_year})")
        if self.method not in METHODS:
            raise ValueError(f"method must be 'log' or 'linear', not {self.method!r}")

    @property
    def base_year(self):
        return self.first_year - 1

    @property
    def years(self):
        return self.last_year - self.first_year + 1


def period_of(period_text: str | None, year: int) -> Period:
    """The period a figure of `year` covers, from the Figures CSV `period` column.

    '' is the year itself; 'YYYY-MM' January to that month of `year`; 'YYYY-YYYY' those whole
    years together, ending with `year`. Anything else raises ValueError saying why.
    """
    text = _cleaned(period_text)
    if text == "":
        return Period(year, year)
    if match := _YEAR_MONTH.fullmatch(text):
        return _months_of(match, year, period_text)
    if match := _YEARS.fullmatch(text):
        return _years_of(match, year, period_text)
    raise ValueError(
        f"period {period_text!r} is neither YYYY-MM (January to that month) "
        f"nor YYYY-YYYY (several whole years)"
    )


def _cleaned(text):
    if text is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(text)).translate(_DASHES).split())


def period_text(period):
    """A Period as the `period` column stores it: '' for a whole year, 'YYYY-MM', 'YYYY-YYYY'."""
    if period.month is not None:
        return f"{period.last_year}-{period.month:02d}"
    if period.is_single_year:
        return ""
    return f"{period.first_year}-{period.last_year}"


def _months_of(match, year, period_text):
    period_year, month = int(match["year"]), int(match["month"])
    if not 1 <= month <= 12:
        raise ValueError(f"period {period_text!r}: month {month} is not between 1 and 12")
    if period_year != year:
        raise ValueError(f"period {period_text!r} lies in {period_year}, not in the year {year}")
    return Period(year, year, month)


def _years_of(match, year, period_text):
    first, last = int(match["first"]), int(match["last"])
    if first > last:
        raise ValueError(f"period {period_text!r} ends before it begins")
    if last != year:
        raise ValueError(f"period {period_text!r} ends in {last}, not in the year {year}")
    return Period(first, last)


def as_of_from_text(text: str) -> AsOf:
    """ "2024" (the end of 2024) or "2024-03" (the end of March 2024); ValueError otherwise."""
    cleaned = _cleaned(text)
    if _YEAR.fullmatch(cleaned):
        return AsOf(int(cleaned))
    if match := _YEAR_MONTH.fullmatch(cleaned):
        month = int(match["month"])
        if 1 <= month <= 12:
            return AsOf(int(match["year"]), month)
    raise ValueError(f"as-of date {text!r} is neither YYYY nor YYYY-MM")


def time_progress(as_of: AsOf, first_year: int, last_year: int) -> Decimal:
    """Percent of the plan's time elapsed at `as_of`, to two decimals, clipped to 0–100."""
    total = (last_year - first_year + 1) * 12
    if total <= 0:
        return _HUNDRED
    elapsed = min(max(as_of.months_from(first_year), 0), total)
    return (Decimal(elapsed) * _HUNDRED / Decimal(total)).quantize(_CENT, ROUND_HALF_UP)


def remaining_years(as_of, first_year, last_year):
    """Years of the plan still to come after `as_of` (0 once it is over; partial years count)."""
    total = (last_year - first_year + 1) * 12
    elapsed = min(max(as_of.months_from(first_year), 0), total)
    return Decimal(total - elapsed) / Decimal(12)
