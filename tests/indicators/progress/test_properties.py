"""Properties of progress against time over generated plans, figures and arbitrary text.

A better result in the goal's direction never gives lower progress nor a worse verdict; a
reached end target is always achieved; time progress never falls as the date moves on; and
nothing a report may write makes the functions raise or return a status outside the codes.
"""

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from indicators.progress.calculation import (
    Observation,
    PlanTerms,
    Progress,
    plan_progress,
    year_progress,
)
from indicators.progress.goals import (
    ADDITION,
    AVERAGE_GROWTH,
    CUMULATIVE_CHANGE,
    GOAL_TYPES,
    LEVEL,
    Goal,
    read_goal,
)
from indicators.progress.periods import AsOf, Period, time_progress
from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    ON_SCHEDULE,
    PROGRESS_STATUSES,
)
from indicators.targets.language import POINT

D = Decimal
PLAN = PlanTerms(2021, 2025)
RANK = {BEHIND: 0, ON_SCHEDULE: 1, AHEAD: 2, ACHIEVED: 3}


def decimals(low, high, places=2):
    return st.decimals(
        min_value=low, max_value=high, places=places, allow_nan=False, allow_infinity=False
    )


rates = decimals(-40, 40)
nonzero_targets = decimals(-60, 60).filter(lambda value: abs(value) >= 1)
methods = st.sampled_from(["log", "linear"])
as_of_dates = st.builds(AsOf, st.integers(2015, 2030), st.one_of(st.none(), st.integers(1, 12)))


def figures(values, unit=""):
    return [
        Observation(Period(2021 + i, 2021 + i), f"{value:f}{unit}")
        for i, value in enumerate(values)
    ]


def run(goal, values, *, method="log", base=None, unit="%", measure="growth"):
    direction = "up" if goal.value > (base or 0) else "down"
    return plan_progress(
        goal,
        plan=PlanTerms(2021, 2025, method),
        as_of=AsOf(2020 + len(values)),
        base=base,
        observations=figures(values),
        unit=unit,
        measure=measure,
        direction=direction,
        tolerance=D(2),
    )


def assert_no_worse(worse, better):
    assert better.progress >= worse.progress
    assert RANK[better.status] >= RANK[worse.status]


@settings(max_examples=200, deadline=None)
@given(
    nonzero_targets,
    st.lists(rates, min_size=1, max_size=5),
    st.integers(0, 4),
    decimals(0, 20),
    methods,
    st.sampled_from([CUMULATIVE_CHANGE, AVERAGE_GROWTH]),
)
def test_a_better_rate_never_gives_lower_progress_nor_a_worse_verdict(
    target, values, index, improvement, method, goal_type
):
    assume(goal_type == CUMULATIVE_CHANGE or abs(target) <= 30)
    goal = Goal(text=f"{target}", type=goal_type, value=target, comparison=POINT)
    index = min(index, len(values) - 1)
    better = list(values)
    better[index] += improvement if target > 0 else -improvement
    assume(abs(better[index]) <= 60)
    assert_no_worse(run(goal, values, method=method), run(goal, better, method=method))


@settings(max_examples=200, deadline=None)
@given(
    decimals(0, 100),
    decimals(-50, 50).filter(lambda change: abs(change) >= D("0.5")),
    st.lists(decimals(0, 200), min_size=1, max_size=5),
    decimals(0, 20),
)
def test_a_better_level_never_gives_lower_progress_nor_a_worse_verdict(
    base, change, values, improvement
):
    goal = Goal(text="level", type=LEVEL, value=base + change, comparison=POINT)
    better = [*values[:-1], values[-1] + (improvement if change > 0 else -improvement)]
    worse = run(goal, values, base=base, unit="万吨", measure="level")
    assert_no_worse(worse, run(goal, better, base=base, unit="万吨", measure="level"))


@settings(max_examples=200, deadline=None)
@given(decimals(1, 10000), st.lists(decimals(0, 3000), min_size=1, max_size=5), decimals(0, 500))
def test_a_larger_addition_never_gives_lower_progress_nor_a_worse_verdict(
    target, values, improvement
):
    goal = Goal(text="addition", type=ADDITION, value=target, comparison=POINT)
    better = [*values[:-1], values[-1] + improvement]
    worse = run(goal, values, unit="万人", measure="level")
    assert_no_worse(worse, run(goal, better, unit="万人", measure="level"))


@settings(max_examples=200, deadline=None)
@given(nonzero_targets, decimals(0, 30), st.integers(2021, 2025), methods)
def test_a_cumulative_change_beyond_its_target_is_always_achieved(target, beyond, year, method):
    achieved = target + beyond if target > 0 else target - beyond
    assume(achieved > -95)
    goal = Goal(text=f"{target}", type=CUMULATIVE_CHANGE, value=target, comparison=POINT)
    result = plan_progress(
        goal,
        plan=PlanTerms(2021, 2025, method),
        as_of=AsOf(year),
        base=None,
        observations=[Observation(Period(2021, year), f"{achieved:f}")],
        unit="%",
        measure="growth",
        direction="up" if target > 0 else "down",
        tolerance=D(0),
    )
    assert result.status == ACHIEVED


@settings(max_examples=200, deadline=None)
@given(decimals(0, 100), decimals(-50, 50).filter(bool), decimals(0, 30), st.integers(2021, 2025))
def test_a_level_at_or_beyond_its_target_is_always_achieved(base, change, beyond, year):
    target = base + change
    latest = target + beyond if change > 0 else target - beyond
    goal = Goal(text="level", type=LEVEL, value=target, comparison=POINT)
    result = plan_progress(
        goal,
        plan=PLAN,
        as_of=AsOf(year),
        base=base,
        observations=[Observation(Period(year, year), f"{latest:f}")],
        unit="万吨",
        measure="level",
        direction="up" if change > 0 else "down",
        tolerance=D(0),
    )
    assert result.status == ACHIEVED


@settings(max_examples=300, deadline=None)
@given(as_of_dates, as_of_dates, st.integers(2015, 2025), st.integers(0, 10))
def test_time_progress_never_falls_as_the_date_moves_on(first, second, start, length):
    earlier, later = sorted((first, second), key=lambda as_of: as_of.key)
    before = time_progress(earlier, start, start + length)
    after = time_progress(later, start, start + length)
    assert D(0) <= before <= after <= D(100)


units = st.one_of(
    st.sampled_from(["%", "万人", "亿元", "万吨标准煤", "岁", ""]), st.text(max_size=5)
)
measures = st.sampled_from(["growth", "level", "ratio", "qualitative"])
directions = st.sampled_from(["up", "down"])
periods = st.one_of(
    st.builds(lambda year: Period(year, year), st.integers(2019, 2027)),
    st.builds(
        lambda year, month: Period(year, year, month), st.integers(2019, 2027), st.integers(1, 12)
    ),
    st.builds(
        lambda first, span: Period(first, first + span), st.integers(2019, 2026), st.integers(0, 4)
    ),
)
observations = st.lists(st.builds(Observation, periods, st.text(max_size=20)), max_size=6)
texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["年均增长 7% 以上", "〔13.5〕", "累计新增 5500 万人", "提高到 65%", "<5.5", "33 万吨以内"]
    ),
)


def assert_well_formed(result):
    assert isinstance(result, Progress)
    assert result.status in PROGRESS_STATUSES
    assert result.goal_type in GOAL_TYPES
    assert D(0) <= result.time_progress <= D(100)
    assert "\n" not in result.explanation and result.explanation


@settings(max_examples=300, deadline=None)
@given(texts, units, measures, directions, st.text(max_size=10))
def test_any_target_text_reads_as_a_goal_that_keeps_it(text, unit, measure, direction, name):
    goal = read_goal(text, unit=unit, measure=measure, direction=direction, indicator_name=name)
    assert goal.type in GOAL_TYPES
    assert goal.text == text
    assert goal.is_computable == (goal.value is not None)


@settings(max_examples=300, deadline=None)
@given(
    texts,
    observations,
    units,
    measures,
    directions,
    as_of_dates,
    st.one_of(st.none(), decimals(-1000, 1000)),
    methods,
)
def test_plan_progress_of_any_text_and_figures_never_raises(
    text, figures, unit, measure, direction, as_of, base, method
):
    result = plan_progress(
        text,
        plan=PlanTerms(2021, 2025, method),
        as_of=as_of,
        base=base,
        observations=figures,
        unit=unit,
        measure=measure,
        direction=direction,
        tolerance=D(2),
    )
    assert_well_formed(result)


@settings(max_examples=300, deadline=None)
@given(texts, observations, units, measures, directions, as_of_dates, st.text(max_size=8))
def test_year_progress_of_any_text_and_figures_never_raises(
    text, figures, unit, measure, direction, as_of, name
):
    result = year_progress(
        text,
        as_of=as_of,
        observations=figures,
        unit=unit,
        measure=measure,
        direction=direction,
        tolerance=D(2),
        indicator_name=name,
    )
    assert_well_formed(result)


def test_a_unit_typed_with_a_line_break_leaves_the_explanation_on_one_line():
    """The case hypothesis found: an unreadable figure's explanation quoted the unit as typed."""
    figures = [Observation(period=Period(2021, 2021, None), value_text="")]
    result = plan_progress(
        "0",
        plan=PlanTerms(2021, 2025, "log"),
        as_of=AsOf(year=2021, month=None),
        base=None,
        observations=figures,
        unit="\n",
        measure="growth",
        direction="up",
        tolerance=D(2),
    )
    assert_well_formed(result)
