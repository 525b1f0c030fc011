"""Mid-term evaluations reached from published figures: the verdicts officials gave.

Figures from the National Bureau of Statistics' annual communiqués (国民经济和社会发展统计
公报) and the 第七次全国人口普查; targets as the 十二五 and 十四五 纲要 main-indicator tables
write them. No database.
"""

from decimal import Decimal

from indicators.progress.calculation import Observation, PlanTerms, plan_progress
from indicators.progress.periods import AsOf, Period
from indicators.progress.statuses import ACHIEVED, AHEAD, BEHIND, ON_SCHEDULE

D = Decimal
TOLERANCE = D(2)


def yearly(first, *figures):
    return [Observation(Period(first + i, first + i), text) for i, text in enumerate(figures)]


# 统计公报 2011–2014: 单位国内生产总值能耗 下降 2.01%, 3.6%, 3.7%, 4.8%.
ENERGY_2011_2014 = yearly(2011, "下降2.01%", "下降3.6%", "下降3.7%", "下降4.8%")


def energy(as_of):
    return plan_progress(
        "〔16〕",
        plan=PlanTerms(2011, 2015),
        as_of=as_of,
        base=None,
        observations=ENERGY_2011_2014,
        unit="%",
        measure="growth",
        direction="down",
        tolerance=TOLERANCE,
        indicator_name="单位国内生产总值能源消耗降低",
    )


def test_twelfth_plan_energy_yearly_figures_compound_to_ndrcs_82_5_percent_in_2014():
    result = energy(AsOf(2014))
    assert result.latest == D("-13.40")
    assert round(result.progress, 1) == D("82.5")
    assert result.status in (AHEAD, ON_SCHEDULE)  # 「赶上了时间进度要求」


def test_twelfth_plan_energy_lagged_at_the_mid_term():
    # The 十二五 mid-term evaluation found energy intensity behind the pace required.
    result = energy(AsOf(2012))
    assert result.progress == D("32.67")
    assert result.time_progress == D("40.00")
    assert result.status == BEHIND


def fourteenth(target, figures, **indicator):
    return plan_progress(
        target,
        plan=PlanTerms(2021, 2025),
        as_of=AsOf(2022),
        observations=figures,
        tolerance=TOLERANCE,
        **{"base": None, "direction": "up", **indicator},
    )


def test_fourteenth_plan_urbanisation_reached_65_percent_early():
    result = fourteenth(
        "65", yearly(2021, "64.72", "65.22"), base=D("63.89"), unit="%", measure="ratio"
    )
    assert result.status == ACHIEVED


def test_fourteenth_plan_grain_capacity_held_above_650_million_tonnes():
    result = fourteenth(
        ">6.5", yearly(2021, "68285万吨", "68653万吨"), unit="亿吨", measure="level"
    )
    assert (result.goal_type, result.status, result.latest) == ("floor", ON_SCHEDULE, D("6.87"))


def test_new_urban_jobs_in_two_years_are_ahead_of_a_five_year_addition():
    result = fourteenth(
        "〔>5500〕",
        yearly(2021, "1269", "1206"),
        unit="万人",
        measure="level",
        indicator_name="城镇新增就业",
    )
    assert (result.goal_type, result.progress, result.status) == ("addition", D("45.00"), AHEAD)
