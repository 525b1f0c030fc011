"""Reading plan targets as goals (read_goal): their type, signed value and comparison.

The wordings are those of the 十四五 and 十二五 纲要 main-indicator tables and of provincial
energy targets; no database.
"""

from decimal import Decimal

import pytest

from indicators.progress.goals import (
    ADDITION,
    AVERAGE_GROWTH,
    BUDGET,
    CEILING,
    CUMULATIVE_CHANGE,
    FLOOR,
    LEVEL,
    read_goal,
)
from indicators.progress.statuses import NEEDS_JUDGEMENT, UNPARSED
from indicators.targets.language import APPROX, AT_LEAST, AT_MOST, POINT

D = Decimal
GROWTH_UP = {"unit": "%", "measure": "growth", "direction": "up"}
GROWTH_DOWN = {"unit": "%", "measure": "growth", "direction": "down"}


def read(text, **indicator):
    goal = read_goal(text, **indicator)
    return goal.type, goal.value, goal.comparison


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年均增长 7% 以上", (AVERAGE_GROWTH, D("7"), AT_LEAST)),
        ("年均 >7", (AVERAGE_GROWTH, D("7"), AT_LEAST)),
        ("年均 7", (AVERAGE_GROWTH, D("7"), POINT)),
        ("平均每年增长 6.5% 左右", (AVERAGE_GROWTH, D("6.5"), APPROX)),
        ("6 左右", (AVERAGE_GROWTH, D("6"), APPROX)),
        ("年均增长 6—7%", (AVERAGE_GROWTH, D("6"), AT_LEAST)),
    ],
)
def test_average_growth_is_read_from_nian_jun_or_a_bare_rate_on_a_growth_indicator(text, expected):
    assert read(text, **GROWTH_UP) == expected


@pytest.mark.parametrize(
    ("text", "indicator", "expected"),
    [
        ("累计降低 13.5%", GROWTH_DOWN, (CUMULATIVE_CHANGE, D("-13.5"), POINT)),
        ("降低 18%", GROWTH_DOWN, (CUMULATIVE_CHANGE, D("-18"), POINT)),
        ("[13.5]", GROWTH_DOWN, (CUMULATIVE_CHANGE, D("-13.5"), POINT)),
        ("〔18〕", GROWTH_DOWN, (CUMULATIVE_CHANGE, D("-18"), POINT)),
        ("累计下降 13.5% 以上", GROWTH_DOWN, (CUMULATIVE_CHANGE, D("-13.5"), AT_MOST)),
        ("五年累计增长 20%", GROWTH_UP, (CUMULATIVE_CHANGE, D("20"), POINT)),
        ("〔20〕", GROWTH_UP, (CUMULATIVE_CHANGE, D("20"), POINT)),
    ],
)
def test_cumulative_changes_are_signed_by_their_words_or_the_indicators_direction(
    text, indicator, expected
):
    assert read(text, **indicator) == expected


def test_a_remark_after_the_first_clause_does_not_change_the_goal():
    goal = read_goal("年均 >7、力争投入强度高于“十三五”时期实际", **GROWTH_UP)
    assert (goal.type, goal.value, goal.comparison) == (AVERAGE_GROWTH, D("7"), AT_LEAST)
    amount = read_goal("累计 1,015 亿元，力争更多", unit="亿元", measure="level", direction="up")
    assert (amount.type, amount.value) == (ADDITION, D("1015"))


def test_a_bare_bracket_on_an_indicator_named_for_a_fall_is_a_reduction():
    goal = read_goal("〔13.5〕", indicator_name="单位国内生产总值能源消耗降低", **GROWTH_UP)
    assert (goal.type, goal.value, goal.falls) == (CUMULATIVE_CHANGE, D("-13.5"), True)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("累计新增就业 5500 万人以上", "城镇新增就业", (ADDITION, D("5500"), AT_LEAST)),
        ("〔5500〕", "城镇新增就业", (ADDITION, D("5500"), POINT)),
        ("五年累计 4500", "城镇新增就业人数", (ADDITION, D("4500"), POINT)),
        ("〔3600〕", "城镇保障性安居工程建设", (ADDITION, D("3600"), POINT)),
    ],
)
def test_flows_are_additions_summed_over_the_plan(text, name, expected):
    assert read(text, unit="万人", measure="level", direction="up", indicator_name=name) == (
        expected
    )


def test_an_addition_written_per_year_is_marked_per_year():
    goal = read_goal(
        "年均新增 100 万人", unit="万人", measure="level", direction="up", indicator_name="新增就业"
    )
    assert (goal.type, goal.value, goal.per_year) == (ADDITION, D("100"), True)


def test_an_increment_with_a_ceiling_is_a_budget():
    assert read(
        "能耗增量 33 万吨标准煤以内",
        unit="万吨标准煤",
        measure="level",
        direction="down",
        indicator_name="能源消费增量",
    ) == (BUDGET, D("33"), AT_MOST)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("提高到 65%", "%", (LEVEL, D("65"), POINT)),
        ("达到 3.2", "人", (LEVEL, D("3.2"), POINT)),
        ("65", "%", (LEVEL, D("65"), POINT)),
        ("降低到 0.45", "吨标准煤/万元", (LEVEL, D("0.45"), POINT)),
    ],
)
def test_a_level_to_reach_is_read_from_ti_gao_dao_or_a_bare_number(text, unit, expected):
    assert read(text, unit=unit, measure="ratio", direction="up") == expected


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [("〔1〕", "岁", D("1")), ("提高 1 岁", "岁", D("1")), ("累计提高 2 个百分点", "%", D("2"))],
)
def test_a_change_of_a_stock_in_its_own_unit_is_a_level_from_the_base(text, unit, value):
    goal = read_goal(
        text, unit=unit, measure="level", direction="up", indicator_name="人均预期寿命"
    )
    assert (goal.type, goal.value, goal.from_base) == (LEVEL, value, True)


def test_a_change_in_percent_of_a_level_not_counted_in_percent_is_relative_to_the_base():
    goal = read_goal("降低 13.5%", unit="吨标准煤/万元", measure="level", direction="down")
    assert (goal.type, goal.value, goal.relative) == (CUMULATIVE_CHANGE, D("-13.5"), True)
    growth = read_goal("年均增长 8%", unit="亿元", measure="level", direction="up")
    assert (growth.type, growth.value, growth.relative) == (AVERAGE_GROWTH, D("8"), True)


@pytest.mark.parametrize(
    ("text", "unit", "measure", "direction", "expected"),
    [
        ("5.5% 以内", "%", "ratio", "down", (CEILING, D("5.5"), AT_MOST)),
        ("<5.5", "%", "ratio", "down", (CEILING, D("5.5"), AT_MOST)),
        ("＜5.5", "%", "ratio", "down", (CEILING, D("5.5"), AT_MOST)),
        ("6.5 亿吨以上", "万吨", "level", "up", (FLOOR, D("65000"), AT_LEAST)),
        (">6.5", "亿吨", "level", "up", (FLOOR, D("6.5"), AT_LEAST)),
        ("≥46", "亿吨标准煤", "level", "up", (FLOOR, D("46"), AT_LEAST)),
        ("不低于 18.18 亿亩", "万亩", "level", "up", (FLOOR, D("181800"), AT_LEAST)),
        ("增长 7% 以上", "%", "growth", "up", (FLOOR, D("7"), AT_LEAST)),
        ("3 左右", "%", "growth", "down", (CEILING, D("3"), APPROX)),
    ],
)
def test_bounds_without_nian_jun_or_lei_ji_are_held_every_year(
    text, unit, measure, direction, expected
):
    assert read(text, unit=unit, measure=measure, direction=direction) == expected


@pytest.mark.parametrize(
    "text",
    [
        "与GDP增长基本同步",
        "高于GDP增长",
        "高于全省平均水平 1 个百分点",
        "保持在合理区间、各年度视情提出",
        "完成国家下达目标",
        "完成省下达的“十四五”能耗强度序时进度",
        "稳步提高",
    ],
)
def test_relative_and_qualitative_targets_need_judgement_and_say_why(text):
    goal = read_goal(text, **GROWTH_UP)
    assert goal.type == NEEDS_JUDGEMENT
    assert goal.value is None
    assert " ".join(text.split()) in goal.explanation


def test_a_qualitative_indicator_needs_judgement_whatever_its_target():
    goal = read_goal("95", unit="%", measure="qualitative", direction="up")
    assert goal.type == NEEDS_JUDGEMENT


@pytest.mark.parametrize("text", ["", "—", "x7y", "6.5 亿吨以上"])
def test_unreadable_targets_and_units_that_do_not_convert_are_unparsed(text):
    goal = read_goal(text, unit="万人", measure="level", direction="up")
    assert goal.type == UNPARSED
    assert goal.text == text
    assert goal.explanation
