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
