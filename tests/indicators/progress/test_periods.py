"""Periods of figures, as-of dates and time progress (时间进度). No database."""

from decimal import Decimal

import pytest

from indicators.progress.periods import (
    AsOf,
    Period,
    PlanTerms,
    as_of_from_text,
    period_of,
    remaining_years,
    time_progress,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        ("", 2024, Period(2024, 2024)),
        (None, 2024, Period(2024, 2024)),
        ("2024-03", 2024, Period(2024, 2024, 3)),
        ("2024-3", 2024, Period(2024, 2024, 3)),
        ("2011-2014", 2014, Period(2011, 2014)),
        ("2011–2014", 2014, Period(2011, 2014)),
        (" ２０２４-０６ ", 2024, Period(2024, 2024, 6)),
    ],
)
def test_period_column_reads_a_year_months_of_it_or_several_years(text, year, period):
    assert period_of(text, year) == period


@pytest.mark.parametrize(
    ("text", "year", "message"),
    [
        ("2023-03", 2024, "not in the year 2024"),
        ("2024-13", 2024, "not between 1 and 12"),
        ("2011-2013", 2014, "ends in 2013"),
        ("2015-2014", 2014, "ends before it begins"),
        ("March", 2024, "neither YYYY-MM"),
        ("2024", 2024, "neither YYYY-MM"),
    ],
)
def test_a_period_that_does_not_fit_its_year_is_refused_with_the_reason(text, year, message):
    with pytest.raises(ValueError, match=message):
        period_of(text, year)


def test_periods_know_their_end_and_whether_they_cover_part_of_a_year():
    assert Period(2024, 2024, 3).end == AsOf(2024, 3)
    assert Period(2024, 2024, 3).is_partial_year
    assert not Period(2024, 2024, 12).is_partial_year
    assert Period(2011, 2014).months == 48


def test_as_of_dates_are_a_year_or_a_year_and_month():
    assert as_of_from_text("2024") == AsOf(2024)
    assert as_of_from_text("2024-03") == AsOf(2024, 3)
    for bad in ("24", "2024-00", "2024/03", ""):
        with pytest.raises(ValueError, match="neither YYYY nor YYYY-MM"):
            as_of_from_text(bad)


def test_time_progress_after_four_of_five_years_is_80_percent():
    assert time_progress(AsOf(2014), 2011, 2015) == D("80.00")


def test_time_progress_counts_months_of_a_year_in_progress():
    assert time_progress(AsOf(2024, 3), 2024, 2024) == D("25.00")
    assert time_progress(AsOf(2024, 3), 2021, 2025) == D("65.00")


def test_time_progress_is_clipped_to_the_plan():
    assert time_progress(AsOf(2019), 2021, 2025) == D("0.00")
    assert time_progress(AsOf(2030, 6), 2021, 2025) == D("100.00")


def test_remaining_years_count_the_rest_of_a_year_in_progress():
    assert remaining_years(AsOf(2024, 3), 2021, 2025) == D("1.75")
    assert remaining_years(AsOf(2025), 2021, 2025) == 0


def test_a_plan_has_a_base_year_before_its_first_and_a_method():
    plan = PlanTerms(2021, 2025)
    assert (plan.base_year, plan.years, plan.method) == (2020, 5, "log")
    with pytest.raises(ValueError, match="method"):
        PlanTerms(2021, 2025, method="geometric")
    with pytest.raises(ValueError, match="before it begins"):
        PlanTerms(2025, 2021)
