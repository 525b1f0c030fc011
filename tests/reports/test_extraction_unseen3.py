"""Forms found in the third blind set (blind3) and misses the first two left, each in sentences
of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim
from tests.reports.test_extraction_unseen import candidates


def extract_all(text, report_year=2023):
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return found


def test_a_line_break_inside_a_verb_or_before_the_next_value_of_a_list_goes_on():
    # a PDF or a repost breaks lines anywhere: inside 实现, and after the first of two values
    found = candidates(
        "2023年全市社会消费品零售总额实\n现261.5亿元，增长6.4%；城乡居民人均可支配收入"
        "分别达41000元和21000元，增长5.5%\n和7%。"
    )
    assert found[("社会消费品零售总额", "亿元", 2023, "expected")] == "261.5"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "6.4"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5.5"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7"


def test_a_line_that_ends_on_a_figure_before_words_still_ends_its_sentence():
    found = candidates(
        "2023年地区生产总值增长5.1%\n市长还阐述了2024年的预期目标。其中地区生产总值增长6%左右。"
    )
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.1"
    assert found[("地区生产总值", "%", 2024, "target")] == "6%左右"


def test_the_investment_above_the_statistical_threshold_is_the_fixed_asset_investment():
    found = candidates("2023年规模以上固定资产投资完成额增长11.5%，规上固定资产投资增长3%。")
    assert found[("固定资产投资", "%", 2023, "expected")] == "11.5"
    # a narrower named part is still another series
    assert ("固定资产投资", "%", 2023, "expected") not in candidates(
        "2023年工业固定资产投资增长8%。"
    )


def test_a_bracketed_aside_with_a_comma_inside_is_an_annotation_between_name_and_value():
    found = candidates("全年实现地区生产总值（预计，下同）7100亿元左右、增长6%左右。")
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "7100亿元左右"
    assert found[("地区生产总值", "%", 2023, "expected")] == "6%左右"


def test_a_name_after_a_copula_is_bounded_as_after_为():
    found = candidates(
        "报告提出今年的预期目标是生产总值增长11%，主要考虑是社会消费品零售总额增长9%。"
    )
    assert found[("地区生产总值", "%", 2024, "target")] == "11"
    assert found[("社会消费品零售总额", "%", 2024, "target")] == "9"


def test_a_province_named_without_省_may_stand_before_an_indicator():
    found = candidates(
        "●2023年广东地区生产总值达到13.57万亿元、增长4.8%；今年浙江居民消费价格上涨2%。"
    )
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "13.57万亿元"
    assert found[("地区生产总值", "%", 2023, "expected")] == "4.8"
    # two characters that name no province still make the name part of a longer one
    assert ("地区生产总值", "%", 2023, "expected") not in candidates(
        "2023年人均地区生产总值增长4.8%。"
    )


def test_公共财政收入_is_the_total_revenue_where_the_report_names_a_local_one_with_地方():
    both = candidates("2023年公共财政收入14.5亿元，增长10%；地方公共财政收入8.06亿元，增长8%。")
    assert both[("一般公共预算总收入", "亿元", 2023, "expected")] == "14.5"
    assert both[("一般公共预算总收入", "%", 2023, "expected")] == "10"
    assert both[("地方一般公共预算收入", "亿元", 2023, "expected")] == "8.06"
    other = candidates("2023年财政收入38.74亿元，增长4.26%，其中地方级收入26.5亿元，增长0.9%。")
    assert other[("一般公共预算总收入", "亿元", 2023, "expected")] == "38.74"
    assert other[("地方一般公共预算收入", "亿元", 2023, "expected")] == "26.5"
    # alone, 财政收入 is all the revenue raised (Anhui 2009, 泾县 2007, the country's 2003 report:
    # the totals as published); 公共财政收入 alone is the local revenue under its name of
    # 2011–2014 (left unread until blind12's and blind23's reports labelled it so)
    alone = candidates("2023年全国财政收入18914亿元，增长15.4%。")
    assert alone[("一般公共预算总收入", "亿元", 2023, "expected")] == "18914"
    public = candidates("2023年公共财政收入14.5亿元，增长10%。")
    assert public[("地方一般公共预算收入", "亿元", 2023, "expected")] == "14.5"
    assert not [key for key in public if key[0] == "一般公共预算总收入"]


@pytest.mark.parametrize("weight", ["1.3万亿斤以上", "604.7亿斤", "4571亿公斤", "1300万千克"])
def test_a_weight_in_another_measure_fits_a_series_in_万吨_with_its_unit_kept(weight):
    found = candidates(f"2023年粮食总产量{weight}。")
    assert found[("粮食产量", "万吨", 2023, "expected")] == weight


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年单位地区生产总值综合能耗下降4%。", ("万元生产总值能耗", "%"), "下降4"),
        ("2023年万元地区生产总值能耗下降3.2%。", ("万元生产总值能耗", "%"), "下降3.2"),
        ("2023年一般预算收入242.09亿元。", ("地方一般公共预算收入", "亿元"), "242.09"),
        ("2023年城镇化水平达到59.5%。", ("常住人口城镇化率", "%"), "59.5"),
    ],
)
def test_older_and_longer_wordings_name_the_indicator(text, key, value):
    assert candidates(text)[(*key, 2023, "expected")] == value


def test_a_space_the_copy_left_after_a_decimal_point_keeps_the_number_whole():
    found = candidates("2023年一般公共预算收入完成385. 23亿元，同比增长6.54%。")
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "385. 23"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "6.54"


def test_a_place_named_in_the_first_person_bounds_the_name_after_it():
    found = candidates("2023年我市生产总值增长8%，我省固定资产投资增长9%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "8"
    assert found[("固定资产投资", "%", 2023, "expected")] == "9"


def test_an_unknown_name_in_a_list_keeps_its_place_so_each_value_goes_to_its_own_name():
    found = candidates("2023年地区生产总值、工业总产值、固定资产投资分别增长5%、6%和7%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "5"
    assert found[("固定资产投资", "%", 2023, "expected")] == "7"


def test_a_list_averaged_over_years_is_passed_over_for_the_levels_after_it():
    found = candidates(
        "五年来，我市生产总值（预计，下同）、财政总收入、工业总产值和固定资产投资年均分别增长"
        "8%、9%、10%和11%，达500亿元、60亿元、900亿元和300亿元。"
    )
    assert found == {
        ("地区生产总值", "亿元", 2023, "expected"): "500",
        ("一般公共预算总收入", "亿元", 2023, "expected"): "60",
        ("固定资产投资", "亿元", 2023, "expected"): "300",
    }


def test_a_result_compared_with_its_target_states_the_years_target_too():
    found = candidates(
        "2023年全社会固定资产投资15.5亿元，增长20.4%，高于年初人代会18%的目标2.4个百分点。"
    )
    assert found[("固定资产投资", "%", 2023, "expected")] == "20.4"
    assert found[("固定资产投资", "%", 2023, "target")] == "18"


def test_a_later_value_of_a_falling_list_is_shown_below_accept_all_since_it_lost_its_sign():
    found = {
        c.indicator: c for c in extract_all("2023年化学需氧量、二氧化硫排放量分别下降4.5%和4.6%。")
    }
    assert found["化学需氧量"].value_text == "下降4.5"
    assert found["化学需氧量"].confidence >= 0.75
    assert found["二氧化硫"].value_text == "4.6"  # verbatim: the sign is in the quote only
    assert found["二氧化硫"].confidence < 0.8  # the review page's default "accept all"


def test_城乡居民收入_names_the_per_head_incomes_the_rural_one_by_the_years_statistics():
    text = "{}年城乡居民收入达到23292元和7750元、分别增长8.8%和10%。"
    found = candidates(text.format(2015), report_year=2015)
    assert found[("城镇居民人均可支配收入", "元", 2015, "expected")] == "23292"
    assert found[("农村居民人均可支配收入", "%", 2015, "expected")] == "10"
    older = candidates(text.format(2010), report_year=2010)
    assert older[("农村居民人均纯收入", "元", 2010, "expected")] == "7750"


def test_a_number_a_fixed_width_line_broke_is_read_whole_with_the_growth_after_it():
    found = candidates("2023年全县生产总值34\n0亿元，比上年增长7%，规模工业增加值198.\n6亿元。")
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "34\n0"  # verbatim; parses as 340
    assert found[("地区生产总值", "%", 2023, "expected")] == "7"
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "198.\n6"
    # a blank line (a page break) between a number and its unit is no wrap inside the number
    assert (
        candidates("2023年地区生产总值达到1110\n\n亿元，增长5.8%。")[
            ("地区生产总值", "亿元", 2023, "expected")
        ]
        == "1110"
    )


def test_a_line_break_inside_a_fall_word_or_a_qualifier_keeps_it_with_the_value():
    found = candidates("2023年一般公共预算收入468.3亿元、下\n降11%，地区生产总值增长6%左\n右。")
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "下\n降11"
    assert found[("地区生产总值", "%", 2023, "expected")] == "6%左\n右"


@pytest.mark.parametrize(
    "written", ["区属地区生产总值", "辖区生产总值", "全旗地区生产总值", "全盟生产总值"]
)
def test_the_administrative_words_of_districts_banners_and_leagues_bound_a_name(written):
    assert candidates(f"2023年{written}增长7%。")[("地区生产总值", "%", 2023, "expected")] == "7"


def test_a_growth_over_a_base_year_before_last_is_no_figure_of_the_year_nor_its_year():
    found = candidates(
        "2016年全县生产总值340亿元，比2012年增长47.7%；固定资产投资353.7亿元。", 2016
    )
    assert found == {
        ("地区生产总值", "亿元", 2016, "expected"): "340",
        ("固定资产投资", "亿元", 2016, "expected"): "353.7",  # 2012 is the comparison's base
    }
    # against the year before, written out, it is the year's growth
    found = candidates("2023年地区生产总值比2022年增长5.2%，固定资产投资较2022年增长3%。")
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.2"
    assert found[("固定资产投资", "%", 2023, "expected")] == "3"


def test_a_level_told_with_the_one_it_grew_from_is_the_later_of_its_own_year():
    found = candidates(
        "过去五年，全市地区生产总值从2018年的1091.18亿元增加到2023年的1650亿元，年均增长9.3%；"
        "一般公共预算收入由67.23亿元提高到125.3亿元。"
    )
    assert found == {
        ("地区生产总值", "亿元", 2023, "expected"): "1650",
        ("地方一般公共预算收入", "亿元", 2023, "expected"): "125.3",
    }


@pytest.mark.parametrize(
    "text",
    [
        "2023年全体居民人均可支配收入35000元，增长6%；其中城镇居民45000元、农村居民22000元，"
        "分别增长5%、7%。",
        "2023年居民人均可支配收入35000元，增长6%，其中城镇、农村分别增长5%和7%。",
    ],
)
def test_the_urban_and_rural_parts_after_a_total_income_are_their_own_series(text):
    found = candidates(text)
    assert found[("居民人均可支配收入", "%", 2023, "expected")] == "6"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7"


def test_other_words_after_a_total_income_name_no_part():
    found = candidates(
        "2023年居民人均可支配收入增长6%，城镇新增就业5万人，城镇和农村低保标准分别提高10%。"
    )
    assert ("城镇居民人均可支配收入", "%", 2023, "expected") not in found
    assert found[("城镇新增就业", "万人", 2023, "expected")] == "5"


@pytest.mark.parametrize("written", ["增长了5%", "比上年增长了5%", "同比增5%"])
def test_growth_written_with_了_or_增_alone_is_read(written):
    assert (
        candidates(f"2023年地区生产总值{written}。")[("地区生产总值", "%", 2023, "expected")] == "5"
    )


def test_a_growth_after_a_level_and_a_space_goes_on_about_it():
    found = candidates("2023年主要指标完成情况\n地区生产总值 1500亿元 增长5%\n固定资产投资 增长3%")
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "1500"
    assert found[("地区生产总值", "%", 2023, "expected")] == "5"
    assert found[("固定资产投资", "%", 2023, "expected")] == "3"
