"""Forms found in the sixteenth set and after (blind16 …), each in sentences of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from indicators.expressions import AT_MOST, PARENT_AVERAGE, RELATIVE, parse
from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates


def test_a_copy_in_traditional_characters_is_read_and_quoted_as_written():
    text = (
        "2021年全市地區生產總值達到1200億元，增長8.1%；城鎮調查失業率控制在5.5%以內；"
        "一般公共預算收入增長6.0%。"
    )
    found = candidates(text, report_year=2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "1200"
    assert found[("地区生产总值", "%", 2021, "expected")] == "8.1"
    assert found[("城镇调查失业率", "%", 2021, "expected")] == "5.5%以內"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "6.0"
    gdp = next(c for c in extract(text, report_year=2021) if c.unit == "亿元")
    assert gdp.quote == text[gdp.start : gdp.end]
    assert "地區生產總值" in gdp.quote


def test_a_target_in_traditional_characters_parses_as_its_simplified_wording():
    assert parse("控制在3%以內").kind == AT_MOST
    parent = parse("不低於全省平均水平")
    assert (parent.kind, parent.relative_to) == (RELATIVE, PARENT_AVERAGE)
    assert parse("控制在3%以內").text == "控制在3%以內"


def test_a_name_as_a_label_before_a_colon_keeps_its_figures():
    found = candidates(
        "地方财政收入：全年完成8.5亿元，增长10.2%；地区生产总值：预计完成120亿元，增长8%。",
        report_year=2015,
    )
    assert found[("地方一般公共预算收入", "亿元", 2015, "expected")] == "8.5"
    assert found[("地方一般公共预算收入", "%", 2015, "expected")] == "10.2"
    assert found[("地区生产总值", "亿元", 2015, "expected")] == "120"
    assert found[("地区生产总值", "%", 2015, "expected")] == "8"


def test_how_it_grew_and_where_the_figure_comes_from_are_passed_over():
    found = candidates(
        "2020年进出口逆势增长8.8%；全市地区生产总值根据省统计局的修订结果预计完成2100亿元。",
        report_year=2020,
    )
    assert found[("进出口总额", "%", 2020, "expected")] == "8.8"
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "2100"


def test_a_list_of_the_reports_parts_heads_nothing():
    text = (
        "会上，市长代表市政府作政府工作报告。报告分为三部分：\n"
        "一、2019年工作回顾；\n"
        "二、奋力做好2020年工作；\n"
        "三、提升政府治理能力和水平。\n"
        "报告指出，初步统计，全市地区生产总值预计完成4725亿元，增长7.5%。\n"
    )
    found = candidates(text, report_year=2019)
    assert found[("地区生产总值", "亿元", 2019, "expected")] == "4725"
    assert found[("地区生产总值", "%", 2019, "expected")] == "7.5"
    assert not any(kind == "target" for (_i, _u, _y, kind) in found)
