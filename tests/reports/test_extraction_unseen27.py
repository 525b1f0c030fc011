"""Forms found in the corpus read again in round thirty, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates

REVENUE = "地方一般公共预算收入"


def _growths(text, name, report_year=2023):
    return sorted(
        (c.value_text, "同口径" in c.flags)
        for c in extract(text, report_year=report_year)
        if (c.indicator, c.unit) == (name, "%")
    )


def test_a_comparable_growth_in_brackets_after_the_growth_is_proposed_beside_it():
    text = (
        "2023年，全县一般公共预算收入完成31.2亿元，增长0.8%（同口径增长6.5%）；固定资产投资增长4%。"
    )
    assert _growths(text, REVENUE) == [("0.8", False), ("6.5", True)]
    assert candidates(text)[("固定资产投资", "%", 2023, "expected")] == "4"


def test_a_comparable_growth_in_brackets_counts_also_after_a_growth_alone():
    text = "2023年，地方一般公共预算收入下降2.1%（按可比口径增长3.3%），其中税收收入增长5%。"
    assert _growths(text, REVENUE) == [("3.3", True), ("下降2.1", False)]


def test_a_note_in_brackets_after_a_growth_is_no_second_growth():
    text = "2023年，地方一般公共预算收入增长4.2%（预计数，下同），税收占比78%。"
    assert _growths(text, REVENUE) == [("4.2", False)]
