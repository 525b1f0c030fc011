"""In-year monitoring of annual targets (year_progress) with figures cumulative within the year.

The anchor: a 重点项目年度投资计划 of 1015 亿元 with 313.64 亿元 by March is 30.90 % of the
target against a time progress of 25 %, 5.90 points ahead. No database.
"""

from decimal import Decimal

import pytest

from indicators.progress.calculation import Observation, year_progress
from indicators.progress.periods import AsOf, Period, period_of
from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    NEEDS_JUDGEMENT,
    ON_SCHEDULE,
    PENDING,
)

D = Decimal
INVESTMENT = {
    "unit": "亿元",
    "measure": "level",
    "direction": "up",
    "indicator_name": "重点项目投资",
}
GROWTH_UP = {"unit": "%", "measure": "growth", "direction": "up"}


def months(year, *figures):
    """(month, text) pairs as figures cumulative from January."""
    return [Observation(period_of(f"{year}-{month:02d}", year), text) for month, text in figures]


def monitored(target, as_of, figures, **indicator):
    return year_progress(target, as_of=as_of, observations=figures, tolerance=D(2), **indicator)


def test_investment_by_march_is_30_90_percent_against_25_percent_and_ahead(english):
    result = monitored("1015亿元", AsOf(2024, 3), months(2024, (3, "313.64 亿元")), **INVESTMENT)
    assert result.progress == D("30.90")
    assert result.time_progress == D("25.00")
    assert result.status == AHEAD
    assert result.progress - result.time_progress == D("5.90")
    assert "5.9 points ahead" in result.explanation
    assert result.needed == D("701.36")  # still to complete this year
    assert result.goal_type == "addition"


def test_the_latest_within_year_figure_is_the_total_so_far_not_a_part_to_add():
    figures = months(2024, (3, "313.64"), (6, "480"))
    result = monitored("1015亿元", AsOf(2024, 6), figures, **INVESTMENT)
    assert result.latest == D("480.00")
    assert result.status == BEHIND  # 47.29 % against 50 %


def test_figures_after_the_date_or_of_another_year_are_left_out():
    figures = [*months(2023, (6, "600")), *months(2024, (3, "313.64"), (6, "480"))]
    result = monitored("1015亿元", AsOf(2024, 3), figures, **INVESTMENT)
    assert result.latest == D("313.64")


def test_an_annual_amount_reached_is_achieved():
    figures = [Observation(Period(2024, 2024), "1020")]
    assert monitored("1015亿元", AsOf(2024), figures, **INVESTMENT).status == ACHIEVED


def test_new_jobs_in_the_first_half_are_compared_with_half_the_year():
    result = monitored(
        "城镇新增就业 1100 万人以上",
        AsOf(2024, 6),
        months(2024, (6, "600万人")),
        unit="万人",
        measure="level",
        direction="up",
        indicator_name="城镇新增就业",
    )
    assert (result.progress, result.time_progress, result.status) == (
        D("54.55"),
        D("50.00"),
        AHEAD,
    )


@pytest.mark.parametrize(
    ("figure", "status"), [("5.3", AHEAD), ("增长 5.0%", ON_SCHEDULE), ("4.5", BEHIND)]
)
def test_a_growth_rate_target_is_judged_by_the_within_year_cumulative_rate(figure, status):
    result = monitored("增长 5% 左右", AsOf(2024, 6), months(2024, (6, figure)), **GROWTH_UP)
    assert result.status == status
    assert result.progress is None
    assert result.time_progress == D("50.00")


def test_a_growth_rate_target_met_over_the_whole_year_is_achieved():
    figures = [Observation(Period(2024, 2024), "5.0")]
    assert monitored("增长 5% 左右", AsOf(2024), figures, **GROWTH_UP).status == ACHIEVED


def test_a_price_ceiling_held_so_far_is_on_schedule():
    result = monitored(
        "3% 左右",
        AsOf(2024, 3),
        months(2024, (3, "0.3")),
        unit="%",
        measure="growth",
        direction="down",
    )
    assert result.status == ON_SCHEDULE


def test_a_stock_is_judged_at_its_level_not_as_a_share():
    result = monitored(
        "12000 亿元以上",
        AsOf(2024, 6),
        months(2024, (6, "12500")),
        unit="亿元",
        measure="level",
        direction="up",
        indicator_name="本外币存款余额",
    )
    assert (result.status, result.progress) == (AHEAD, None)


def test_no_figure_in_the_year_is_pending():
    result = monitored("1015亿元", AsOf(2024, 3), [], **INVESTMENT)
    assert result.status == PENDING
    assert result.time_progress == D("25.00")


def test_an_annual_target_pointing_at_a_plan_needs_judgement():
    result = monitored(
        "完成省下达的“十四五”能耗强度序时进度",
        AsOf(2024),
        [],
        unit="%",
        measure="growth",
        direction="down",
    )
    assert result.status == NEEDS_JUDGEMENT


def test_a_completion_rate_is_compared_with_time_progress_as_it_stands():
    # Cangshan: 「118 项省市重点项目投资完成率 93.9%，超序时进度 10.56 个百分点」 (10 months).
    result = monitored(
        "100%",
        AsOf(2024, 10),
        months(2024, (10, "93.9%")),
        unit="%",
        measure="ratio",
        direction="up",
        indicator_name="省市重点项目投资完成率",
    )
    assert (result.progress, result.time_progress, result.status) == (
        D("93.90"),
        D("83.33"),
        AHEAD,
    )
    assert result.progress - result.time_progress == D("10.57")
