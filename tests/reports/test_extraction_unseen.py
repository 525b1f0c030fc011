"""Forms found in the second blind set (blind2) and the misses left by the first, each in
sentences of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim


def candidates(text, report_year=2023):
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return {(c.indicator, c.unit, c.year, c.kind): c.value_text for c in found}


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年城镇居民可支配收入41000元。", ("城镇居民人均可支配收入", "元"), "41000"),
        ("2023年农村居民可支配收入增长7.1%。", ("农村居民人均可支配收入", "%"), "7.1"),
        ("2023年规模工业增加值增长6.2%。", ("规上工业增加值", "%"), "6.2"),
        ("2023年商品出口总值增长4%。", ("出口总额", "%"), "4"),
        ("2023年实际吸收外资增长12%。", ("实际利用外资", "%"), "12"),
        ("2023年万元GDP能耗下降3.1%。", ("万元生产总值能耗", "%"), "下降3.1"),
        ("2023年粮食总产 52.6万吨。", ("粮食产量", "万吨"), "52.6"),
        ("2023年R&D占GDP比重达到3.2%。", ("研究与试验发展经费投入强度", "%"), "3.2"),
    ],
)
def test_a_wording_that_leaves_out_a_word_still_names_the_indicator(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


@pytest.mark.parametrize(
    "text",
    [
        "2023年规模以上工业完成增加值329.8亿元，增长20.4%。",
        "2023年规模以上工业实现增加值329.8亿元，增长20.4%。",
    ],
)
def test_a_verb_inside_a_value_added_name_still_names_the_indicator(text):
    found = candidates(text)
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "329.8"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "20.4"


def test_an_amount_in_亿_and_万_is_read_whole():
    found = candidates("2023年全市地方财政收入完成108亿3038万元，增长17.2%。")
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "108亿3038万元"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "17.2"
