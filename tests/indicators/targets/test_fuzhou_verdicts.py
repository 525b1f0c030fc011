"""The Fuzhou 2023 annex judged by assess(): the report's own verdicts, reached from its figures.

Pure functions on plain data: no database. The cases come from the seed reports: the Fuzhou
2023 execution report (annex table and prose) and the Cangshan 2024 report.
"""

from decimal import Decimal

import pytest

from indicators.targets.judging import assess
from indicators.targets.parsing import parse
from indicators.targets.statuses import (
    EXCEEDED,
    MET,
    MISSED,
    NEEDS_JUDGEMENT,
    NEEDS_REFERENCE,
    WITHIN_CONTROL,
)

D = Decimal


def parsed(text):
    expression = parse(text)
    return expression.kind, expression.value, expression.unit


# --- assessment: the Fuzhou 2023 annex -----------------------------------------------------

FUZHOU_2023 = [
    # indicator, target, expected result, direction, status, difference
    ("地区生产总值", "6.5 左右", "5.3 左右", "up", MISSED, D("-1.2")),
    ("第一产业增加值", "3.5", "4.5", "up", EXCEEDED, D("1.0")),
    ("第二产业增加值", "6.5", "5.6", "up", MISSED, D("-0.9")),
    ("规上工业增加值", "6.8", "3.5", "up", MISSED, D("-3.3")),
    ("建筑业增加值", "6", "10", "up", EXCEEDED, D("4")),
    ("第三产业增加值", "7.2", "5.8", "up", MISSED, D("-1.4")),
    ("固定资产投资", "6", "5 左右", "up", MISSED, D("-1")),
    ("社会消费品零售总额", "10", "6 以上", "up", MISSED, D("-4")),
    ("居民消费价格指数", "3.0 以内", "0.4", "down", WITHIN_CONTROL, D("-2.6")),
    ("一般公共预算总收入", "6.5", "12.3", "up", EXCEEDED, D("5.8")),
    ("地方一般公共预算收入", "5.5", "8", "up", EXCEEDED, D("2.5")),
    ("城镇居民人均可支配收入", "7", "4.3", "up", MISSED, D("-2.7")),
    ("农村居民人均可支配收入", "7.5", "6.8", "up", MISSED, D("-0.7")),
    (
        "亿元生产总值生产安全事故死亡率",
        "0.0063 以内",
        "0.0062 以内",
        "down",
        WITHIN_CONTROL,
        D("-0.0001"),
    ),
    ("出口总额", "不低于 全省平均水平", "保持正增长", "up", NEEDS_REFERENCE, None),
    ("实际利用外资", "正增长", "不低于 全省平均水平", "up", NEEDS_JUDGEMENT, None),
    ("万元生产总值能耗", "完成省下达目标", "持续下降", "down", NEEDS_JUDGEMENT, None),
    ("主要污染物重点工程减排量", "完成省下达目标", "完成省下达目标", "up", MET, None),
    ("单位地区生产总值二氧化碳排放降低", "完成省下达目标", "完成省下达目标", "up", MET, None),
]


@pytest.mark.parametrize(
    ("target", "result", "direction", "status", "difference"),
    [row[1:] for row in FUZHOU_2023],
    ids=[row[0] for row in FUZHOU_2023],
)
def test_fuzhou_2023_annex_reaches_the_reports_own_verdicts(
    target, result, direction, status, difference
):
    assessment = assess(target, result, direction=direction, unit="%")
    assert (assessment.status, assessment.difference) == (status, difference)


def test_fuzhou_accident_death_rate_held_with_a_bound_result_is_approximate():
    assessment = assess("0.0063 以内", "0.0062 以内", direction="down", unit="—")
    assert (assessment.status, assessment.approximate) == (WITHIN_CONTROL, True)


def test_fuzhou_gdp_explanation_can_be_checked_by_a_person(english):
    explanation = assess("6.5 左右", "5.3 左右").explanation
    assert explanation == "Result 5.3 左右 is below the target 6.5 左右 by 1.2"


def test_fuzhou_exports_beat_the_provincial_average_once_it_is_recorded():
    assessment = assess("不低于 全省平均水平", "5", reference="3.1")
    assert (assessment.status, assessment.difference) == (EXCEEDED, D("1.9"))
    assert "3.1" in assessment.explanation
