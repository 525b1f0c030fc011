"""Forms found in round forty-six, reading the blind reports as their PDFs and run together, each
in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

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
