"""Forms found in round fifty-three, reading what whole reports and probe texts still miss, each
in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def test_a_qualifier_put_before_the_name_is_the_figures_basis():
    text = "2024年，扣除价格因素后农村居民人均可支配收入增长6.2%，扣除自然因素影响后优良天数比例92.5%。"
    found = all_values(text, 2024)
    assert (("农村居民人均可支配收入", "%", 2024, "expected"), "6.2") in found
    assert (("优良空气天数比例", "%", 2024, "expected"), "92.5") in found
    text = "2024年，一般公共预算收入下降1.5%，剔除留抵退税因素后一般公共预算收入增长4.1%。"
    comparable = [
        c for c in extract(text, report_year=2024) if c.value_text == "4.1" and "同口径" in c.flags
    ]
    assert [c.indicator for c in comparable] == ["地方一般公共预算收入"]
