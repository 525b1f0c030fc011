"""Forms found in the sixteenth set and after (blind16 …), each in sentences of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from indicators.expressions import AT_MOST, PARENT_AVERAGE, RELATIVE, parse
from reports.extraction import extract, report_metadata
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


def test_a_target_compared_with_in_brackets_or_as_a_control_target_is_stated():
    found = candidates(
        "2021年地区生产总值增长7%，高于预期目标（增长5%）；居民消费价格上涨2.4%，低于4.5%的控制目标；"
        "城镇调查失业率5.1%，仍在5.5%左右的年度目标以内。",
        report_year=2021,
    )
    assert found[("地区生产总值", "%", 2021, "target")] == "5"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7"
    assert found[("居民消费价格指数", "%", 2021, "target")] == "4.5"
    assert found[("城镇调查失业率", "%", 2021, "target")] == "5.5%左右"
    assert found[("城镇调查失业率", "%", 2021, "expected")] == "5.1"


def test_amounts_with_a_thousands_comma_are_one_number():
    found = candidates(
        "2021年城镇、农村居民人均可支配收入分别为39,175元和19,156元，分别增长3.7%和7%。",
        report_year=2021,
    )
    assert found[("城镇居民人均可支配收入", "元", 2021, "expected")] == "39,175"
    assert found[("农村居民人均可支配收入", "元", 2021, "expected")] == "19,156"
    assert found[("农村居民人均可支配收入", "%", 2021, "expected")] == "7"


def test_a_growth_right_after_its_level_with_no_comma_is_read():
    found = candidates("2021年全市居民人均可支配收入5.62万元增长4.1%。", report_year=2021)
    assert found[("居民人均可支配收入", "%", 2021, "expected")] == "4.1"


def test_a_threshold_passed_after_the_growth_is_no_level_and_the_growth_after_it_stays():
    found = candidates(
        "2021年地区生产总值增长8.5%、总量突破3000亿元。一般公共预算收入将超过100亿元、增长8%。",
        report_year=2021,
    )
    assert found == {
        ("地区生产总值", "%", 2021, "expected"): "8.5",
        ("地方一般公共预算收入", "%", 2021, "expected"): "8",
    }


def test_the_past_year_of_a_report_given_in_december_is_the_year_it_reviews():
    text = (
        "12月29日，某区第六届人民代表大会第三次会议开幕，区长作政府工作报告。\n"
        "过去一年来，预计全年地区生产总值增长1%。\n"
        "2023年经济社会发展主要预期目标是地区生产总值增长6%左右。\n"
    )
    assert report_metadata(text, 2022).date_text == "2022-12-29"
    found = candidates(text, report_year=2022)
    assert found[("地区生产总值", "%", 2022, "expected")] == "1"
    assert found[("地区生产总值", "%", 2023, "target")] == "6%左右"


def test_the_same_indicator_in_brackets_after_its_figure_yields_to_it():
    found = candidates(
        "2018年全区生产总值120亿元，同比增长3%（区属生产总值同比增长6.5%）。", report_year=2018
    )
    assert found[("地区生产总值", "%", 2018, "expected")] == "3"


def test_older_and_shorter_wordings_name_their_indicators():
    found = candidates(
        "2021年财政一般预算总收入完成120亿元；一般公共收入下降3%；研究与试验发展经费支出强度达到2.5%；"
        "外贸进出口总值80亿元；居民消费价格总指数上涨2%；全社会研发投入占比达3%。",
        report_year=2021,
    )
    assert found[("一般公共预算总收入", "亿元", 2021, "expected")] == "120"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "下降3"
    assert found[("研究与试验发展经费投入强度", "%", 2021, "expected")] == "2.5"
    assert found[("进出口总额", "亿元", 2021, "expected")] == "80"
    assert found[("居民消费价格指数", "%", 2021, "expected")] == "2"


def test_targets_one_a_line_under_a_line_naming_them_are_the_plan_years():
    text = (
        "2020年全省地区生产总值增长3.8%。\n\n"
        "主要预期目标\n\n"
        "地区生产总值增长7%以上\n\n"
        "地方一般公共预算收入增长4%以上\n\n"
        "城镇新增就业70万人\n"
    )
    found = candidates(text, report_year=2020)
    assert found[("地区生产总值", "%", 2020, "expected")] == "3.8"
    assert found[("地区生产总值", "%", 2021, "target")] == "7%以上"
    assert found[("地方一般公共预算收入", "%", 2021, "target")] == "4%以上"
    assert found[("城镇新增就业", "万人", 2021, "target")] == "70"


def test_a_pdf_text_with_each_number_on_a_line_of_its_own_reads_as_one_sentence():
    text = (
        "2020年，全年实现地区生产总值\n5532.4\n亿元、增速进一步升至\n3.5%\n。"
        "社会消费品零售总额\n1974.6\n亿元、增长\n1.2%\n。\n"
    )
    found = candidates(text, report_year=2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "5532.4"
    assert found[("地区生产总值", "%", 2020, "expected")] == "3.5"
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "1974.6"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "1.2"
    gdp = next(c for c in extract(text, report_year=2020) if c.value_text == "5532.4")
    assert "\n5532.4\n" in gdp.quote  # quoted as written


def test_a_table_of_one_value_a_line_is_not_read_as_a_sentence():
    from reports.extraction.broken_lines import numbers_rejoined

    table = "指标\n单位\n2020年\n地区生产总值\n亿元\n5532.4\n增速\n%\n3.5\n"
    assert numbers_rejoined(table) == table


def test_an_amount_of_money_without_its_yuan_is_read_in_its_series():
    found = candidates("2016年社会消费品零售总额560亿，增长8%。", report_year=2016)
    assert found[("社会消费品零售总额", "亿元", 2016, "expected")] == "560"


def test_a_list_of_rates_that_lost_its_separators_is_shared_out():
    found = candidates("2016年第一、二、三产业增加值分别增长0.5%7.2%9%。", report_year=2016)
    assert found[("第一产业增加值", "%", 2016, "expected")] == "0.5"
    assert found[("第二产业增加值", "%", 2016, "expected")] == "7.2"
    assert found[("第三产业增加值", "%", 2016, "expected")] == "9"
