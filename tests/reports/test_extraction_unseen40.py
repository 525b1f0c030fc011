"""Forms found in the corpus read again in round forty-three, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_growth_after_the_figures_share_of_the_whole_and_its_change_in_points_is_the_figures():
    text = (
        "全县固定资产投资完成88.2亿元，占全州的比重为21.4%，比上年提高1.3个百分点，增长9.6%。"
        "社会消费品零售总额完成40.5亿元，占全州的12%，较上年下降0.5个百分点，增长6.1%。"
    )
    found = candidates(text, 2019)
    assert found[("固定资产投资", "%", 2019, "expected")] == "9.6"
    assert found[("社会消费品零售总额", "%", 2019, "expected")] == "6.1"


def test_a_level_after_a_growth_and_its_change_in_points_is_the_figures_level():
    text = "农村常住居民人均可支配收入增长8.1%，比上年加快0.4个百分点，达到16420元。"
    found = candidates(text, 2019)
    assert found[("农村居民人均可支配收入", "元", 2019, "expected")] == "16420"


def test_figures_with_no_verb_after_a_total_over_the_years_are_totals_too():
    text = (
        "五年来，全区生产总值年均增长8.1%。五年累计完成固定资产投资980亿元；累计引进内资52亿元，"
        "实际利用外资3.4亿美元，出口总额210亿元。2020年，全区实际利用外资0.8亿美元。"
    )
    found = candidates(text, 2020)
    assert found[("实际利用外资", "亿美元", 2020, "expected")] == "0.8"
    assert ("出口总额", "亿元", 2020, "expected") not in found


def test_a_part_after_a_goal_met_early_is_still_the_years_figure():
    text = "全年财政总收入8.4亿元，增长21%，提前两年实现翻番目标，其中地方收入5.1亿元，增长19.5%。"
    found = candidates(text, 2020)
    assert found[("地方一般公共预算收入", "亿元", 2020, "expected")] == "5.1"


def test_targets_a_sentence_sets_for_the_years_ahead_are_the_last_ones_not_the_plan_years():
    text = (
        "县长在报告中回顾了过去五年的工作。五年来，全县生产总值年均增长8.2%。\n"
        "报告提出，今后五年的主要目标是：城镇登记失业率控制在4%以内，研发经费投入强度达到2.5%。\n"
        "报告还提出，2021年主要预期目标是：城镇登记失业率控制在4.5%以内。\n"
    )
    found = candidates(text, 2020)
    assert found[("城镇登记失业率", "%", 2025, "target")] == "4%以内"
    assert found[("城镇登记失业率", "%", 2021, "target")] == "4.5%以内"


def test_a_name_after_yuqi_is_the_years_target():
    text = "会议提出了2020年的发展目标：今年预期地区生产总值增长7%左右，预期固定资产投资增长9%。"
    found = candidates(text, 2019)
    assert found[("地区生产总值", "%", 2020, "target")] == "7%左右"
    assert found[("固定资产投资", "%", 2020, "target")] == "9"


def test_the_local_revenue_named_with_ji_in_any_of_its_older_names_is_the_local_revenue():
    text = "2012年，全区预计完成财政总收入30亿元、地方级公共财政预算收入12.4亿元。"
    found = candidates(text, 2012)
    assert found[("地方一般公共预算收入", "亿元", 2012, "expected")] == "12.4"
