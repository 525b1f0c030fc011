"""Forms found in the seventy-second set and after (the corpus read again, blind72 …), each in a
text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

GDP = "地区生产总值"
SECTORS = ("第一产业增加值", "第二产业增加值", "第三产业增加值")


def test_the_three_major_sectors_share_out_their_growths_in_order():
    found = candidates("2023年，三大产业增加值分别增长4.1%、6.2%、5.3%。")
    for sector, value in zip(SECTORS, ("4.1", "6.2", "5.3"), strict=True):
        assert found[(sector, "%", 2023, "expected")] == value


def test_the_years_growth_clauses_after_its_indicator_is_the_indicators():
    found = candidates(
        "2023年，地区生产总值一季度平稳开局，下半年回升向好，全年增长5.2%，总量达到3100亿元。"
    )
    assert found[(GDP, "%", 2023, "expected")] == "5.2"
    assert found[(GDP, "亿元", 2023, "expected")] == "3100"
    found = candidates("2023年，地区生产总值增速稳在合理区间，初步预计全年增长5.5%。")
    assert found[(GDP, "%", 2023, "expected")] == "5.5"


def test_a_whole_year_clause_after_another_name_is_that_names():
    found = candidates("2023年，地区生产总值稳中有进，规上工业增加值全年增长6.1%。")
    assert found[("规上工业增加值", "%", 2023, "expected")] == "6.1"
    assert (GDP, "%", 2023, "expected") not in found
