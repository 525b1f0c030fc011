"""Forms found in round forty-nine, reading what whole reports and the blind excerpts still
miss, each in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_total_written_with_the_variant_lei_ji_runs_over_the_years():
    # 累积 is 累计 as some reports write it: in a five-year review, a running total, not the year's
    text = (
        "2021年政府工作报告\n"
        "“十三五”期间，全县地区生产总值年均增长7.1%；累积完成全社会固定资产投资420亿元。"
        "2020年，全县社会消费品零售总额增长3.1%。"
    )
    assert candidates(text, 2020) == {("社会消费品零售总额", "%", 2020, "expected"): "3.1"}


def test_a_quota_closed_by_task_and_target_together_is_read_whole():
    # 任务目标 closes a quota as 目标任务 does: the value is all of it, not up to 任务
    found = candidates("2024年主要预期目标是：完成市下达的进出口总额任务目标。", 2023)
    assert found == {("进出口总额", "%", 2024, "target"): "完成市下达的进出口总额任务目标"}
