"""Progress of plan targets against time (plan_progress): the official cases and the rules.

NDRC's 十二五 energy review is the anchor: −13.4 % in the first four years against −16 % is
「完成五年目标进度的 82.5%」, against a time progress of 80 %. No database.
"""

from decimal import Decimal

import pytest
from django.utils import translation

from indicators.progress.calculation import Observation, PlanTerms, plan_progress
from indicators.progress.goals import read_goal
from indicators.progress.periods import AsOf, Period, period_of
from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    NEEDS_JUDGEMENT,
    ON_SCHEDULE,
    PENDING,
    UNPARSED,
)

D = Decimal
TWELFTH = PlanTerms(2011, 2015)
FOURTEENTH = PlanTerms(2021, 2025)
END_OF_2023 = AsOf(2023)
TWO_POINTS = D(2)
GROWTH_DOWN = {"unit": "%", "measure": "growth", "direction": "down"}
GROWTH_UP = {"unit": "%", "measure": "growth", "direction": "up"}


def yearly(*figures, first=2021):
    return [Observation(Period(first + i, first + i), text) for i, text in enumerate(figures)]


def progress(target, *, plan=FOURTEENTH, as_of=END_OF_2023, base=None, figures=(), **indicator):
    indicator = {**GROWTH_UP, **indicator}
    goal = read_goal(target, **indicator)
    return plan_progress(
        goal,
        plan=plan,
        as_of=as_of,
        base=base,
        observations=list(figures),
        tolerance=D(2),
        **indicator,
    )


def ndrc(method="log", tolerance=TWO_POINTS):
    goal = read_goal("降低 16%", **GROWTH_DOWN)
    return plan_progress(
        goal,
        plan=PlanTerms(2011, 2015, method),
        as_of=AsOf(2014),
        base=None,
        observations=[Observation(period_of("2011-2014", 2014), "累计下降13.4%")],
        tolerance=tolerance,
        **GROWTH_DOWN,
    )


def test_ndrc_twelfth_plan_energy_intensity_is_82_5_percent_of_the_target_in_80_percent_of_time(
    english,
):
    result = ndrc()
    assert round(result.progress, 1) == D("82.5")
    assert result.time_progress == D("80.00")
    assert result.status in (AHEAD, ON_SCHEDULE)
    assert result.latest == D("-13.40")
    assert result.target == D("-16.00")
    assert "82.52%" in result.explanation and "80%" in result.explanation


def test_ndrc_case_is_explained_in_the_register_of_chinese_plan_evaluations():
    with translation.override("zh-hans"):
        explanation = ndrc().explanation
    assert explanation.startswith("截至2014年累计下降13.4%（目标：下降16%）")
    assert "完成规划目标进度的82.52%，时间进度80%，超序时进度2.52个百分点" in explanation
    assert "剩余1年需年均下降3%" in explanation


def test_ndrc_case_is_on_schedule_within_a_wider_tolerance_and_ahead_within_a_narrow_one():
    assert ndrc(tolerance=D(5)).status == ON_SCHEDULE
    assert ndrc(tolerance=D(1)).status == AHEAD


def test_rate_still_needed_in_the_last_year_follows_from_the_same_formula():
    # (1 − 0.16) / (1 − 0.134) − 1 = −3.00 %
    assert ndrc().needed == D("-3.00")


def test_linear_method_is_the_plain_ratio_of_achieved_to_target():
    assert ndrc("linear").progress == D("83.75")


def test_yearly_rates_compound_into_the_cumulative_change():
    result = progress(
        "〔16〕",
        plan=TWELFTH,
        as_of=AsOf(2012),
        figures=yearly("下降2%", "-3", first=2011),
        **GROWTH_DOWN,
    )
    assert result.latest == D("-4.94")  # 0.98 × 0.97 − 1


def test_a_cumulative_figure_is_compounded_with_the_yearly_figures_after_it():
    figures = [Observation(Period(2011, 2013), "累计下降10%"), *yearly("下降3%", first=2014)]
    result = progress("〔16〕", plan=TWELFTH, as_of=AsOf(2014), figures=figures, **GROWTH_DOWN)
    assert result.latest == D("-12.70")  # 0.90 × 0.97 − 1
    assert result.through == AsOf(2014)


def test_a_within_year_rate_counts_for_its_months():
    figures = [*yearly("增长10%"), Observation(Period(2022, 2022, 6), "增长10%")]
    result = progress("累计增长 30%", as_of=AsOf(2022, 6), figures=figures)
    assert result.latest == D("15.37")  # 1.1 × 1.1^(6/12) − 1
    assert result.time_progress == D("30.00")
    assert result.through == AsOf(2022, 6)


def test_progress_is_read_at_the_date_the_figures_reach_not_the_date_asked():
    result = progress("累计增长 30%", as_of=AsOf(2024, 3), figures=yearly("10", "10", "5"))
    assert result.through == AsOf(2023)
    assert result.time_progress == D("60.00")


def test_a_missing_year_stops_the_chain_and_the_explanation_says_where():
    figures = [*yearly("10"), *yearly("10", first=2023)]
    result = progress("累计增长 30%", figures=figures)
    assert result.through == AsOf(2021)
    assert "2021" in result.explanation


def test_figures_that_do_not_start_in_the_first_plan_year_need_judgement():
    result = progress("累计增长 30%", figures=yearly("10", first=2022))
    assert result.status == NEEDS_JUDGEMENT
    assert "2021" in result.explanation


def test_nothing_recorded_within_the_plan_is_pending():
    before_the_plan = yearly("8", first=2020)
    after_the_date = yearly("8", first=2024)
    for figures in ([], before_the_plan, after_the_date):
        result = progress("年均增长 6%", figures=figures)
        assert result.status == PENDING
        assert result.time_progress == D("60.00")


def test_a_reduction_already_beyond_its_target_is_achieved_early():
    result = progress("累计降低 13.5%", figures=yearly("-5", "-5", "-5"), **GROWTH_DOWN)
    assert result.status == ACHIEVED
    assert result.needed is None


def test_average_growth_progress_is_the_log_share_of_the_five_year_growth():
    result = progress("年均增长 5.5% 左右", figures=yearly("增长8.1%", "3.0", "5.2"))
    # ln(1.081 × 1.030 × 1.052) / (5 · ln 1.055)
    assert result.progress == D("59.07")
    assert result.latest == D("5.41")  # the average a year so far
    assert result.needed == D("5.63")
    assert result.status == ON_SCHEDULE


def test_average_growth_of_a_level_indicator_is_reckoned_from_its_base():
    figures = yearly("120", "130", "146")
    result = progress("年均增长 8%", base=D(100), figures=figures, unit="亿元", measure="level")
    assert result.progress == D("98.34")  # ln 1.46 / (5 · ln 1.08)


def test_a_reduction_of_a_level_indicator_in_percent_is_reckoned_from_its_base():
    figures = yearly("0.49", "0.48", "0.47")
    result = progress(
        "降低 13.5%",
        base=D("0.5"),
        figures=figures,
        unit="吨标准煤/万元",
        measure="level",
        direction="down",
    )
    assert result.latest == D("-6.00")


def test_a_level_is_the_share_of_the_way_from_base_to_target():
    result = progress(
        "提高到 65%", base=D("63.89"), figures=yearly("64.72", "64.5"), unit="%", measure="ratio"
    )
    assert result.progress == D("54.95")  # (64.5 − 63.89) / (65 − 63.89)
    assert result.needed == D("0.17")  # (65 − 64.5) / 3 points a year


def test_a_level_without_a_base_needs_judgement_and_names_the_base_year():
    result = progress("提高到 65%", figures=yearly("64.72"), unit="%", measure="ratio")
    assert result.status == NEEDS_JUDGEMENT
    assert "2020" in result.explanation


def test_a_level_already_at_its_target_is_achieved_without_a_base():
    result = progress("65", figures=yearly("64.72", "65.22"), unit="%", measure="ratio")
    assert (result.status, result.progress, result.latest) == (ACHIEVED, None, D("65.22"))
    lower = progress("5.5", figures=yearly("5.1"), unit="%", measure="ratio", direction="down")
    assert lower.status == ACHIEVED
    short = progress("65", figures=yearly("64.72"), unit="%", measure="ratio")
    assert short.status == NEEDS_JUDGEMENT


def test_a_base_year_figure_stands_in_for_a_missing_base():
    figures = yearly("63.89", "64.72", first=2020)
    result = progress("提高到 65%", as_of=AsOf(2021), figures=figures, unit="%", measure="ratio")
    assert result.progress == D("74.77")


def test_a_bracketed_increase_of_a_stock_is_a_level_of_base_plus_the_increase():
    result = progress(
        "〔1〕",
        base=D("77.93"),
        figures=yearly("78.2", "77.93", "78.6"),
        unit="岁",
        measure="level",
        indicator_name="人均预期寿命",
    )
    assert result.target == D("78.93")
    assert result.progress == D("67.00")
    assert result.status == AHEAD


def test_a_bare_level_moving_against_the_indicators_direction_is_a_limit():
    # 能源消费总量 allowed to rise from 100 to 110: used 80 % of the room in 60 % of the time.
    result = progress(
        "110",
        base=D(100),
        figures=yearly("104", "106", "108"),
        unit="万吨",
        measure="level",
        direction="down",
    )
    assert result.progress == D("80.00")
    assert result.status == BEHIND


def test_additions_sum_the_yearly_figures():
    result = progress(
        "累计新增就业 5500 万人以上",
        figures=yearly("1269万人", "1206", "1244"),
        unit="万人",
        measure="level",
        indicator_name="城镇新增就业",
    )
    assert result.latest == D("3719.00")
    assert result.progress == D("67.62")
    assert result.needed == D("890.50")
    assert result.status == AHEAD


def test_additions_take_a_cumulative_figure_where_the_source_gives_one():
    figures = [Observation(Period(2021, 2022), "2475"), *yearly("1244", first=2023)]
    result = progress(
        "〔5500〕", figures=figures, unit="万人", measure="level", indicator_name="城镇新增就业"
    )
    assert result.latest == D("3719.00")


def test_an_addition_per_year_is_counted_over_the_plans_years():
    result = progress(
        "年均新增 100 万人",
        figures=yearly("100", "100", "100"),
        unit="万人",
        measure="level",
        indicator_name="城镇新增就业",
    )
    assert (result.target, result.progress) == (D("500.00"), D("60.00"))


@pytest.mark.parametrize(
    ("figures", "as_of", "status"),
    [
        (("10", "12", "15"), AsOf(2023), BEHIND),  # 37 of 33: over the budget
        (("10", "12"), AsOf(2022), BEHIND),  # 66.67 % used in 40 % of the time
        (("2", "3"), AsOf(2022), AHEAD),  # 15.15 % used in 40 % of the time
        (("6", "7"), AsOf(2022), ON_SCHEDULE),  # 39.39 %
        (("6", "6", "6", "6", "6"), AsOf(2025), ACHIEVED),  # held to the end
    ],
)
def test_budgets_are_limits_judged_by_how_fast_they_are_used(figures, as_of, status):
    result = progress(
        "能耗增量 33 万吨标准煤以内",
        as_of=as_of,
        figures=yearly(*figures),
        unit="万吨标准煤",
        measure="level",
        direction="down",
        indicator_name="能源消费增量",
    )
    assert result.status == status


def test_a_floor_is_read_in_the_indicators_unit():
    result = progress(
        "6.5 亿吨以上",
        as_of=AsOf(2022),
        figures=yearly("68285万吨", "6.8653亿吨"),
        unit="万吨",
        measure="level",
    )
    assert (result.status, result.latest, result.target) == (
        ON_SCHEDULE,
        D("68653.00"),
        D("65000.00"),
    )
    assert result.progress is None


def test_a_budget_over_its_limit_says_so_and_leaves_nothing_to_use(english):
    result = progress(
        "能耗增量 33 万吨标准煤以内",
        figures=yearly("10", "12", "15"),
        unit="万吨标准煤",
        measure="level",
        direction="down",
        indicator_name="能源消费增量",
    )
    assert (result.status, result.needed) == (BEHIND, None)
    assert "over the limit" in result.explanation


@pytest.mark.parametrize(
    ("figures", "as_of", "status"),
    [
        (("2.5", "2.0", "3.05"), AsOf(2023), ON_SCHEDULE),  # 3 左右 holds 3.05
        (("2.5", "2.0", "3.5"), AsOf(2023), BEHIND),
        (("2.5", "2.0", "2.5", "2.0", "2.9"), AsOf(2025), ACHIEVED),
        (("3.5", "2.0", "2.5", "2.0", "2.9"), AsOf(2025), BEHIND),  # broken in 2021
    ],
)
def test_ceilings_are_held_every_year(figures, as_of, status):
    result = progress("3 左右", as_of=as_of, figures=yearly(*figures), **GROWTH_DOWN)
    assert result.goal_type == "ceiling"
    assert result.status == status


def test_an_unreadable_figure_needs_judgement_and_is_named():
    result = progress("年均增长 6%", figures=yearly("8", "约八"))
    assert result.status == NEEDS_JUDGEMENT
    assert "约八" in result.explanation


@pytest.mark.parametrize(
    ("target", "status"), [("与GDP增长基本同步", NEEDS_JUDGEMENT), ("x7y", UNPARSED)]
)
def test_targets_that_cannot_be_computed_keep_their_status_and_reason(target, status):
    result = progress(target, figures=yearly("8"))
    assert result.status == status
    assert result.progress is None
    assert result.explanation


def test_a_goal_may_be_given_as_its_text():
    result = plan_progress(
        "降低 16%",
        plan=TWELFTH,
        as_of=AsOf(2014),
        base=None,
        observations=[Observation(period_of("2011-2014", 2014), "-13.4")],
        tolerance=2,
        **GROWTH_DOWN,
    )
    assert round(result.progress, 1) == D("82.5")


def test_a_negative_tolerance_is_refused():
    with pytest.raises(ValueError, match="tolerance"):
        plan_progress(
            "降低 16%",
            plan=TWELFTH,
            as_of=AsOf(2014),
            base=None,
            observations=[],
            tolerance=-1,
            **GROWTH_DOWN,
        )


def test_a_direction_other_than_up_or_down_is_refused():
    with pytest.raises(ValueError, match="direction"):
        plan_progress(
            "降低 16%",
            plan=TWELFTH,
            as_of=AsOf(2014),
            base=None,
            observations=[],
            tolerance=2,
            unit="%",
            measure="growth",
            direction="sideways",
        )


def test_an_average_fall_of_100_percent_or_more_gives_no_share_and_needs_judgement():
    goal = read_goal("年均下降 100%", **GROWTH_DOWN)
    result = plan_progress(
        goal,
        plan=FOURTEENTH,
        as_of=END_OF_2023,
        base=None,
        observations=yearly("-5"),
        tolerance=TWO_POINTS,
        **GROWTH_DOWN,
    )
    assert result.status == NEEDS_JUDGEMENT


def test_a_share_too_large_to_show_needs_judgement_rather_than_a_number():
    result = progress(
        "提高到 100.000001",
        base=D(100),
        figures=yearly("900000000000"),
        unit="万吨",
        measure="level",
    )
    assert (result.status, result.progress) == (NEEDS_JUDGEMENT, None)


def test_an_average_rate_on_a_lower_is_better_indicator_is_a_cap_used_against_time():
    # CPI 年均 3% 左右: 2.5 % a year is slower than the cap allows, 4 % a year faster.
    slow = progress("年均 3% 左右", figures=yearly("2.5", "2.5", "2.5"), **GROWTH_DOWN)
    fast = progress("年均 3% 左右", figures=yearly("4", "4", "4"), **GROWTH_DOWN)
    assert (slow.goal_type, slow.status) == ("average_growth", AHEAD)
    assert fast.status == BEHIND


def test_an_addition_on_a_lower_is_better_indicator_is_a_limit():
    result = progress(
        "〔3000〕",
        figures=yearly("1000", "1000", "1000"),
        unit="万亩",
        measure="level",
        direction="down",
        indicator_name="新增建设用地",
    )
    assert (result.goal_type, result.progress, result.status) == ("addition", D("100.00"), BEHIND)
