"""Forms found in the sixty-seventh set and after (blind62 … blind66 read again, blind67 …), each in
a text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_news_headline_summing_up_the_year_yields_to_the_body():
    text = (
        "2024年某省政府工作报告出炉 GDP增长5.6%\n\n"
        "2023年，全省地区生产总值增长5.6%。\n"
        "2024年主要预期目标是：地区生产总值增长5%—5.5%。\n"
    )
    found = candidates(text)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"
    assert found[("地区生产总值", "%", 2024, "target")] == "5%—5.5%"


def test_a_first_line_that_is_a_sentence_is_read():
    found = candidates("2023年，全省地区生产总值增长5.6%\n\n2024年目标：地区生产总值增长5%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.6"
