"""Forms found in the corpus read again in round thirty-four, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates


def test_urbanisation_written_as_chengshihua_is_the_urbanisation_rate():
    text = "2009年，全县城市化水平由2003年28.4%提高到35.2%。"
    found = candidates(text, 2009)
    assert found[("常住人口城镇化率", "%", 2009, "expected")] == "35.2"
    assert not any(key[2] == 2003 for key in found)


def test_a_span_starting_from_a_year_without_de_gives_the_end_to_the_year_reviewed():
    text = (
        "2012年，全市地区生产总值由2007年的152亿元增加到298亿元，城镇化率由2007年末41.5%提高到48%。"
    )
    found = candidates(text, 2012)
    assert found[("地区生产总值", "亿元", 2012, "expected")] == "298"
    assert found[("常住人口城镇化率", "%", 2012, "expected")] == "48"
    assert not any(key[2] == 2007 for key in found)


def test_the_air_quality_share_named_with_huanjing_is_read():
    text = "2020年，全区环境空气质量优良天数比例达到91.3%。"
    found = candidates(text, 2020)
    assert found[("优良空气天数比例", "%", 2020, "expected")] == "91.3"


def test_the_natural_growth_in_brackets_after_a_comparable_one_is_proposed_beside_it():
    text = "2019年，全县地方一般公共预算收入同口径增长8.1%（自然增长2.4%）。"
    key = ("地方一般公共预算收入", "%", 2019, "expected")
    found = [c for c in extract(text, report_year=2019) if c.key[:4] == key]
    assert {c.value_text: "同口径" in c.flags for c in found} == {"8.1": True, "2.4": False}


def test_a_sectors_share_or_tax_described_in_a_clause_is_not_its_value_added():
    text = "2018年，全市服务业税收占比首次超过工业，达到51%；第三产业比重稳步提高，达到46.2%。"
    found = candidates(text, 2018)
    assert ("第三产业增加值", "%", 2018, "expected") not in found


def test_a_worded_growth_looking_back_over_years_is_no_years_result():
    text = (
        "过去五年，全县一般公共预算收入、固定资产投资均保持两位数增长。"
        "2016年，一般公共预算收入增长与经济增长同步。"
    )
    found = candidates(text, 2016)
    assert ("固定资产投资", "%", 2016, "expected") not in found
    assert found[("地方一般公共预算收入", "%", 2016, "expected")] == "与经济增长同步"


def test_growths_shared_out_past_an_aside_go_to_the_list_before_it():
    text = (
        "2008年，全县实现生产总值120亿元、工业总产值210亿元、财政收入11.5亿元，"
        "均居全市第一，分别增长14.2%、25%和31.6%。"
        "利用外资3200万美元，出口总额8600万美元，首次进入全省前二十位，分别增长40%和22%。"
    )
    found = candidates(text, 2008)
    assert found[("地区生产总值", "%", 2008, "expected")] == "14.2"
    assert found[("一般公共预算总收入", "%", 2008, "expected")] == "31.6"
    assert found[("实际利用外资", "%", 2008, "expected")] == "40"
    assert found[("出口总额", "%", 2008, "expected")] == "22"


def test_foreign_capital_brought_in_is_the_foreign_capital_used():
    text = "2008年，全县引进境外资金2300万美元，增长35%。"
    found = candidates(text, 2008)
    assert found[("实际利用外资", "万美元", 2008, "expected")] == "2300"
    assert found[("实际利用外资", "%", 2008, "expected")] == "35"


def test_a_districts_value_added_is_its_gdp_but_a_zones_is_not():
    text = (
        "2013年，实现区增加值512.6亿元，可比增长7.9%。全年共完成增加值，见下。开发区增加值88亿元。"
    )
    found = candidates(text, 2013)
    assert found[("地区生产总值", "亿元", 2013, "expected")] == "512.6"
    assert found[("地区生产总值", "%", 2013, "expected")] == "7.9"
    text = "2013年是闸北发展的重要一年。全年共完成增加值163.8亿元，同比增长9.8%。"
    found = candidates(text, 2013)
    assert found[("地区生产总值", "亿元", 2013, "expected")] == "163.8"
    assert found[("地区生产总值", "%", 2013, "expected")] == "9.8"
