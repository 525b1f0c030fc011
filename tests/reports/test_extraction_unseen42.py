"""Forms found in round forty-six, reading the blind reports as their PDFs and run together, each
in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import report_metadata
from reports.extraction.sections import report_sections
from tests.reports.test_extraction_unseen import candidates


def test_funds_won_zhengqu_dao_are_a_result_and_carry_no_target_to_the_clauses_after():
    # 争取 resolves (争取增长 7%), but 争取到位 says what was won: the incomes after it are results
    text = (
        "2020年某县政府工作报告\n"
        "2019年，全县经济平稳运行。全县地区生产总值316.8亿元，同比增长8.2%；争取到位中省资金"
        "14.42亿元；城镇和农村居民人均可支配收入分别为34621元、19426元，分别增长8.1%和8.8%。"
    )
    found = candidates(text, 2019)
    assert found[("城镇居民人均可支配收入", "元", 2019, "expected")] == "34621"
    assert found[("农村居民人均可支配收入", "%", 2019, "expected")] == "8.8"
    assert not any(kind == "target" for _name, _unit, _year, kind in found)


def test_striving_to_reach_by_a_year_zhengqu_dao_is_still_a_target():
    found = candidates("2020年，全县争取到2025年地区生产总值达到500亿元。", 2019)
    assert found == {("地区生产总值", "亿元", 2025, "target"): "500"}


def test_a_heading_opening_a_long_line_its_paragraph_run_into_it_opens_its_section():
    # as a PDF's page lines give it once joined: 一、2019年工作回顾 runs into the review's first
    # sentence, as it does after a sentence in a copy run together on one line
    review = (
        "一、2019年工作回顾2019年，在市委、市政府和县委的坚强领导下，县政府紧密团结和依靠全县人民，"
        "积极应对各种困难挑战，迈出了高质量发展的坚实步伐。"
        + "全县上下攻坚克难、砥砺奋进，各项事业取得了新的进展。" * 12
        + "全县地区生产总值316.8亿元，同比增长8.2%。"
    )
    plans = "二、2020年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。"
    text = f"2020年某县政府工作报告\n各位代表：现在，我代表县人民政府向大会报告工作。\n{review}\n{plans}\n"
    assert len(review) > 400
    metadata = report_metadata(text, 2019)
    sections = [(s.kind, s.year) for s in report_sections(text, metadata)]
    assert sections == [(None, None), ("expected", 2019), ("target", 2020)]
    assert report_sections(text, metadata)[1].start == text.index("一、")


def test_a_slight_fall_in_words_lueyou_xiajiang_is_the_growth_after_a_level():
    text = "2023年，全区实现社会消费品零售总额1137亿元，同比增长8.5%；实现进出口总额2098亿元，同比略有下降。"
    found = candidates(text, 2023)
    assert found[("进出口总额", "亿元", 2023, "expected")] == "2098"
    assert found[("进出口总额", "%", 2023, "expected")] == "略有下降"


def test_a_list_of_the_reports_parts_one_summed_up_on_its_line_still_heads_nothing():
    # a press digest lists the parts, one with its targets on its line: the list dates nothing,
    # and the review after it keeps its year
    text = (
        "某市政府工作报告摘要\n报告分为三个部分：\n一、2022年工作回顾\n"
        "二、2023年经济社会发展的总体要求和主要预期目标：地区生产总值增长6%左右，一般公共预算收入"
        "增长5%，固定资产投资增长8%，社会消费品零售总额增长7%。\n三、2023年重点工作\n"
        "过去一年，全市地区生产总值完成412.6亿元，增长5.8%；一般公共预算收入完成23.4亿元，增长"
        "6.1%；社会消费品零售总额增长3.2%。\n"
    )
    found = candidates(text, 2022)
    assert found[("地区生产总值", "%", 2023, "target")] == "6%左右"
    assert found[("社会消费品零售总额", "%", 2023, "target")] == "7"
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "412.6"
    assert found[("社会消费品零售总额", "%", 2022, "expected")] == "3.2"


def test_a_next_years_target_split_in_measures_keeps_them_after_its_results_cell():
    # 2022年完成 / 2023年计划 / 绝对值 / 同比增长: the plan is a level and a growth, the results one
    # figure; only a target of the results' own year (完成情况 / 年度目标) is one figure
    rows = [("地区生产总值", "412.6", "450", "6%以上"), ("一般公共预算收入", "23.4", "25", "5%")]
    text = (
        "关于某县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "2023年主要指标计划安排见表2。\n表2：2023年某县主要指标计划\n"
        "序号\n指标名称\n属性\n2022年完成\n2023年计划\n绝对值\n同比增长\n"
        + "".join(
            f"{n}\n{name}\n预期性\n{done}亿元\n{level}亿元\n{growth}\n"
            for n, (name, done, level, growth) in enumerate(rows, start=1)
        )
    )
    found = candidates(text, 2022)
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "412.6"
    assert found[("地区生产总值", "亿元", 2023, "target")] == "450"
    assert found[("地区生产总值", "%", 2023, "target")] == "6%以上"
    assert found[("地方一般公共预算收入", "亿元", 2023, "target")] == "25"


def test_striving_by_the_years_end_zhengqu_dao_nian_di_is_still_a_target():
    text = (
        "某县2023年上半年经济运行情况\n上半年，全县地区生产总值增长5.8%，固定资产投资增长7.1%。"
        "下半年，我们将继续攻坚，争取到年底，全县地区生产总值增长6%以上、固定资产投资增长10%以上。"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "target")] == "6%以上"
    assert found[("固定资产投资", "%", 2023, "target")] == "10%以上"


@pytest.mark.parametrize("bar", ["|", "｜", "丨"])
def test_a_headline_barred_from_its_title_by_any_bar_heads_no_years_section(bar):
    digest = (
        f"2022 某市两会 {bar}\n答卷 2021 干出新气象\n"
        "一年来，全市上下有效应对了疫情、汛情等风险挑战，经济社会发展取得了显著成效。\n"
        "数说 2021\n◎全市生产总值增长 8.1%，高于全省 1.8 个百分点；\n"
    )
    assert candidates(digest, 2021) == {("地区生产总值", "%", 2021, "expected"): "8.1"}
