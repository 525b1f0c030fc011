"""The arithmetic of progress and the way figures are put together over a plan. No database."""

from decimal import Decimal

from indicators.progress import formulas
from indicators.progress.observations import Observation, chain, figure_number
from indicators.progress.periods import Period

D = Decimal


def test_log_progress_of_the_ndrc_case_is_82_5_percent():
    assert round(formulas.change_share(D("-13.4"), D(-16), "log"), 1) == D("82.5")


def test_linear_progress_is_the_plain_ratio():
    assert formulas.change_share(D("-13.4"), D(-16), "linear") == D("83.75")


def test_a_within_year_rate_compounds_for_its_months_only():
    assert round(formulas.compounded([(D(21), 6)]), 4) == D("10.0000")  # 1.21^(1/2) − 1


def test_average_growth_over_the_plan_is_its_compounded_cumulative_change():
    assert round(formulas.cumulative_of_average(D(10), 2), 4) == D("21.0000")
    assert round(formulas.average_of_cumulative(D(21), 2), 4) == D("10.0000")


def test_the_rate_still_needed_closes_the_gap_in_the_remaining_years():
    assert round(formulas.rate_needed(D(10), D(21), D(1)), 4) == D("10.0000")
    assert formulas.rate_needed(D(10), D(21), D(0)) is None


def test_formulas_without_a_value_return_none_rather_than_raise():
    assert formulas.change_share(D(5), D(0), "log") is None
    assert formulas.change_share(D(-100), D(-16), "log") is None
    assert formulas.compounded([(D(-100), None)]) is None
    assert formulas.share(D(5), D(0)) is None
    assert formulas.rounded(D("1e15")) is None


def test_the_chain_takes_the_longest_whole_years_first_and_ends_with_part_of_a_year():
    figures = [
        Observation(Period(2021, 2021), "a"),
        Observation(Period(2021, 2022), "b"),
        Observation(Period(2023, 2023, 3), "c"),
        Observation(Period(2023, 2023, 6), "d"),
    ]
    assert [link.value_text for link in chain(figures, 2021)] == ["b", "d"]


def test_the_chain_is_empty_when_nothing_starts_in_the_first_year():
    assert chain([Observation(Period(2022, 2022), "a")], 2021) == []


def test_figures_are_signed_by_their_words_and_read_in_the_indicators_unit():
    def number(text, **options):
        return figure_number(Observation(Period(2024, 2024), text), **options)

    assert number("下降 2.7%", unit="%", percent=True) == D("-2.7")
    assert number("-2.7", unit="%", percent=True) == D("-2.7")
    assert number("2.7", unit="%", percent=True, falls=True) == D("-2.7")
    assert number("1—3 月累计完成投资 313.64 亿元", unit="亿元", percent=False) == D("313.64")
    assert number("6.8653 亿吨", unit="万吨", percent=False) == D("68653")
    assert number("2.7%", unit="万吨", percent=False) is None
