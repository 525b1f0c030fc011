"""Verdict codes, pace targets and early warnings. No database."""

import pytest

from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    ON_SCHEDULE,
    PROGRESS_STATUS_CHOICES,
    asks_for_plan_pace,
    assessment_of_pace,
    is_early_warning,
)
from indicators.targets import statuses as assessed


def test_the_codes_are_those_the_contract_names():
    assert [code for code, _label in PROGRESS_STATUS_CHOICES] == [
        "achieved",
        "ahead",
        "on_schedule",
        "behind",
        "pending",
        "needs_judgement",
        "unparsed",
    ]


def test_fuzhous_energy_target_asks_for_the_plans_pace():
    assert asks_for_plan_pace("完成省下达的“十四五”能耗强度序时进度")
    assert not asks_for_plan_pace("完成省下达目标")
    assert not asks_for_plan_pace(None)


@pytest.mark.parametrize(
    ("status", "assessment"),
    [
        (ACHIEVED, assessed.EXCEEDED),
        (AHEAD, assessed.EXCEEDED),
        (ON_SCHEDULE, assessed.MET),
        (BEHIND, assessed.MISSED),
        ("pending", assessed.PENDING),
        ("unparsed", assessed.NEEDS_JUDGEMENT),
    ],
)
def test_a_pace_target_is_assessed_by_the_plan_targets_verdict(status, assessment):
    assert assessment_of_pace(status) == assessment


def test_only_a_binding_target_behind_schedule_is_an_early_warning():
    assert is_early_warning(BEHIND, binding=True)
    assert not is_early_warning(BEHIND, binding=False)
    assert not is_early_warning(ON_SCHEDULE, binding=True)
