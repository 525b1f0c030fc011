"""The name to show in the active language: the English one in English where there is one."""

from types import SimpleNamespace

from django.utils import translation

from indicators.display.markup import data_text, name_html, other_name, unit_html
from indicators.models.names import is_chinese, shown_name, shown_unit

CANGSHAN = SimpleNamespace(name="仓山区", name_en="Cangshan District")
NO_ENGLISH = SimpleNamespace(name="新指标", name_en="")


def test_english_shows_the_english_name():
    with translation.override("en"):
        assert shown_name(CANGSHAN) == "Cangshan District"


def test_chinese_shows_the_chinese_name():
    with translation.override("zh-hans"):
        assert shown_name(CANGSHAN) == "仓山区"


def test_a_name_without_english_form_shows_as_stored_in_english():
    with translation.override("en"):
        assert shown_name(NO_ENGLISH) == "新指标"


def test_units_read_in_english_and_stay_as_written_in_chinese():
    with translation.override("en"):
        assert shown_unit("亿元") == "100 million yuan"
        assert shown_unit("%") == "%"
        assert shown_unit("万株") == "万株"
    with translation.override("zh-hans"):
        assert shown_unit("亿元") == "亿元"


def test_english_pages_show_the_chinese_name_on_hover():
    with translation.override("en"):
        assert name_html(CANGSHAN) == '<span title="仓山区">Cangshan District</span>'
        assert other_name(CANGSHAN) == '<span lang="zh">仓山区</span>'
        assert unit_html("亿元") == '<span title="亿元">100 million yuan</span>'


def test_chinese_left_on_an_english_page_is_marked_as_data():
    with translation.override("en"):
        assert name_html(NO_ENGLISH) == '<span lang="zh">新指标</span>'
        assert data_text("6.5 左右") == '<span lang="zh">6.5 左右</span>'
        assert data_text("6.5") == "6.5"


def test_chinese_pages_show_names_unmarked():
    with translation.override("zh-hans"):
        assert name_html(CANGSHAN) == "仓山区"
        assert data_text("6.5 左右") == "6.5 左右"
        assert other_name(CANGSHAN) == "Cangshan District"


def test_chinese_characters_and_punctuation_count_as_chinese():
    assert is_chinese("of which：") and is_chinese("左右") and is_chinese("、")
    assert not is_chinese("Gross domestic product (GDP) 6.5% → 5.3")
