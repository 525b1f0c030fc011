"""Forms found in the forty-second set and after (blind42, blind52 …), each in a text of our own
wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates

LOCAL = "地方一般公共预算收入"


def test_values_after_a_clause_of_milestones_go_to_the_names_listed_before_it():
    found = candidates(
        "2021年，全县生产总值、一般公共预算收入跨越200亿、20亿两大关口，"
        "分别达到203.7亿元、21.2亿元，增长6.8%、9.1%。"
    )
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "203.7"
    assert found[(LOCAL, "亿元", 2021, "expected")] == "21.2"
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.8"
    assert found[(LOCAL, "%", 2021, "expected")] == "9.1"


def test_milestones_in_full_units_are_not_the_listed_figures():
    found = candidates(
        "2021年，全县生产总值、一般公共预算收入突破200亿元、20亿元两大台阶，"
        "分别为203.7亿元、21.2亿元。"
    )
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "203.7"
    assert found[(LOCAL, "亿元", 2021, "expected")] == "21.2"


def test_a_short_second_name_takes_the_first_names_head():
    found = candidates("2021年，全县规模以上工业总产值、增加值分别增长9.4%和8.2%。")
    assert found[("规上工业增加值", "%", 2021, "expected")] == "8.2"
    found = candidates("2021年，规模以上工业产值、增加值均增长7%。")
    assert found[("规上工业增加值", "%", 2021, "expected")] == "7"


def test_a_short_second_name_known_on_its_own_keeps_its_own_series():
    found = candidates("2021年，进出口总额、出口分别增长12%和15%。")
    assert found[("进出口总额", "%", 2021, "expected")] == "12"
    assert found[("出口总额", "%", 2021, "expected")] == "15"


def test_a_share_of_gdp_after_an_amount_is_the_amounts_intensity():
    found = candidates("2021年，全社会研发经费投入约86亿元、占地区生产总值比重达2.74%。")
    assert found[("全社会研究与试验发展经费投入", "亿元", 2021, "expected")] == "约86"
    assert found[("研究与试验发展经费投入强度", "%", 2021, "expected")] == "2.74"
    found = candidates("2021年，研究与试验发展经费支出31亿元，相当于生产总值的1.9%。")
    assert found[("研究与试验发展经费投入强度", "%", 2021, "expected")] == "1.9"


def test_a_kind_word_between_the_name_and_its_verb_is_passed_over():
    found = candidates("2022年主要预期目标：地区生产总值预期目标增长6%左右。")
    assert found[("地区生产总值", "%", 2022, "target")] == "6%左右"


def test_a_headlines_bare_target_yields_to_the_same_target_told_in_full():
    found = candidates(
        "2022年目标：GDP增长6%\n2022年主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。"
    )
    assert found[("地区生产总值", "%", 2022, "target")] == "6%左右"


def test_the_figure_after_milestones_passed_in_a_row_is_read_with_its_year():
    found = candidates(
        "五年来，全县生产总值连续跨越100亿、150亿两大台阶，2021年达到163.2亿元，增长7.4%。"
    )
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "163.2"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.4"


def _review(heading):
    return (
        f"{heading}\n过去一年，全区地区生产总值完成812.4亿元，增长6.1%。\n"
        "二、2022年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。"
    )


def test_a_review_going_on_into_the_year_of_delivery_states_final_results():
    # no date in the copy: the heading says it was given months into the next year
    found = candidates(_review("一、2021年和今年以来工作回顾"), report_year=None)
    assert found[("地区生产总值", "亿元", 2021, "final")] == "812.4"
    assert found[("地区生产总值", "%", 2021, "final")] == "6.1"
    assert found[("地区生产总值", "%", 2022, "target")] == "6%左右"


def test_a_review_of_the_year_alone_states_expected_results():
    found = candidates(_review("一、2021年工作回顾"), report_year=None)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "812.4"


RANKED_TABLE = """二、2022年经济社会发展主要指标完成情况
指标名称
预期目标
完成情况
全省排名
地区生产总值增长（%）
6.5%左右
4.1%
7
固定资产投资增长（%）
9%
10.2%
3
城镇登记失业率（%）
3%以内
2.4%
"""


def test_a_table_row_filling_a_rank_column_keeps_its_values_under_their_kinds():
    found = candidates(RANKED_TABLE, report_year=2022)
    assert found[("地区生产总值", "%", 2022, "target")] == "6.5%左右"
    assert found[("地区生产总值", "%", 2022, "expected")] == "4.1"
    assert found[("固定资产投资", "%", 2022, "target")] == "9"
    assert found[("固定资产投资", "%", 2022, "expected")] == "10.2"
    assert found[("城镇登记失业率", "%", 2022, "expected")] == "2.4"
    assert "7" not in found.values() and "3" not in found.values()


def test_a_share_of_the_plan_done_between_a_level_and_its_growth_is_passed_over():
    found = candidates("2022年预计实现地区生产总值386亿元，占计划的101.2%，同比增长3.7%。")
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "386"
    assert found[("地区生产总值", "%", 2022, "expected")] == "3.7"


def test_a_bracketed_figure_between_a_level_and_its_growth_is_passed_over():
    found = candidates("2022年，一般公共预算收入完成9.6亿元（剔除留抵退税后为9.1亿元），增长5.2%。")
    assert found[(LOCAL, "亿元", 2022, "expected")] == "9.6"
    assert found[(LOCAL, "%", 2022, "expected")] == "5.2"


def _run_together(review):
    """A work report run together in one paragraph after its title, as some copies give it."""
    # a title marked as a heading (【…】) would head the whole paragraph as the year planned
    opening = "【某区】2022年某区政府工作报告\n──2022年1月6日在某区人民代表大会第三次会议上。" + (
        "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。" * 3
    )
    body = (
        "全区经济稳中有进。全区地区生产总值完成1208.6亿元，增长4.2%；"
        "固定资产投资完成310.5亿元，增长8.8%。" * 6
    )
    return f"{opening} {review}{body}二、2022年主要目标任务今年主要预期目标是：地区生产总值增长6%左右。"


def test_a_heading_run_into_a_one_paragraph_copy_still_heads_its_part():
    text = _run_together("一、2021年工作回顾")
    found = candidates(text, report_year=2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "1208.6"
    assert found[("固定资产投资", "%", 2021, "expected")] == "8.8"
    assert ("地区生产总值", "亿元", 2022, "target") not in found
    assert found[("地区生产总值", "%", 2022, "target")] == "6%左右"


def test_a_pages_posting_date_after_the_plan_year_is_not_when_it_was_delivered():
    text = (
        "关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告 （ 2023年05月19日 ）\n"
        "一、2021年国民经济和社会发展计划执行情况\n全市地区生产总值完成1208.6亿元，增长4.2%。"
    )
    found = candidates(text, report_year=None)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "1208.6"


def test_a_districts_whole_value_added_is_its_gdp():
    found = candidates("2020年，全区增加值完成1310.2亿元，可比增长2.6%。")
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "1310.2"
    assert found[("地区生产总值", "%", 2020, "expected")] == "2.6"


def test_an_industrys_value_added_named_before_is_not_the_gdp():
    found = candidates("2020年，全区工业经济回稳，规模以上工业企业实现增加值310.2亿元。")
    assert ("地区生产总值", "亿元", 2020, "expected") not in found


def test_more_wordings_of_foreign_investment_and_good_air_are_read():
    found = candidates("2022年，注册外资实际到账3.1亿美元，环境空气优良率达85.2%。")
    assert found[("实际利用外资", "亿美元", 2022, "expected")] == "3.1"
    assert found[("优良空气天数比例", "%", 2022, "expected")] == "85.2"


def test_a_basis_before_a_revenues_name_is_a_flag_of_its_figure():
    text = "2022年，同口径一般公共预算收入41.5亿元，增长6.2%。"
    (level,) = [c for c in extract(text, report_year=2022) if c.unit == "亿元"]
    assert (level.indicator, level.value_text, level.flags) == (LOCAL, "41.5", ["同口径"])


def test_a_name_listed_before_the_shared_head_keeps_its_own_value():
    found = candidates("2021年，地区生产总值和规模以上工业总产值、增加值分别增长6%、9.4%和8.2%。")
    assert found[("地区生产总值", "%", 2021, "expected")] == "6"
    assert found[("规上工业增加值", "%", 2021, "expected")] == "8.2"


def test_a_bare_figure_does_not_yield_to_a_longer_number():
    # 6 and 6.5 are two figures, not one told in full
    found = candidates(
        "2022年目标：GDP增长6%\n2022年主要预期目标是：地区生产总值增长6.5%，固定资产投资增长8%。"
    )
    assert found[("地区生产总值", "%", 2022, "target")] == "6"
