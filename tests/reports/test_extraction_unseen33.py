"""Forms found in the corpus read again in round thirty-six, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction import demo_catalogue, figures
from tests.reports.test_extraction_unseen import candidates


def test_a_part_of_the_year_after_its_subject_ends_with_that_subjects_clause():
    text = (
        "2020年，规模以上工业企业营业收入1-10月增长12.5%，居全省第三；"
        "地方一般公共预算收入增长6.1%；居民人均可支配收入增长7%。"
    )
    found = candidates(text, 2020)
    assert found[("地方一般公共预算收入", "%", 2020, "expected")] == "6.1"
    assert found[("居民人均可支配收入", "%", 2020, "expected")] == "7"


def test_a_part_of_the_year_opening_the_sentence_still_covers_its_list():
    text = "2020年前三季度，全县生产总值增长4.1%；固定资产投资增长6.3%。"
    found = candidates(text, 2020)
    assert ("固定资产投资", "%", 2020, "expected") not in found


def test_a_bracketed_note_broken_over_a_line_stands_between_a_name_and_its_growth():
    text = "2018年，全区地区生产总值增长7%；固定资产投资（\n不含农户）增长11%；社会消费品零售总额增长9%。"
    found = candidates(text, 2018)
    assert found[("固定资产投资", "%", 2018, "expected")] == "11"


def test_a_footnote_mark_inside_a_name_leaves_the_name_whole():
    text = "2021年，全县规上工业增加值增长8%，R&D[2]经费占比达到1.85%，高新技术企业达到56家。"
    found = candidates(text, 2021)
    assert found[("研究与试验发展经费投入强度", "%", 2021, "expected")] == "1.85"


def test_the_letters_rd_name_what_yanfa_names():
    text = "2021年，全县生产总值增长7%，R&D投入占比2.1%。"
    found = candidates(text, 2021)
    assert found[("研究与试验发展经费投入强度", "%", 2021, "expected")] == "2.1"


def test_enterprises_above_the_threshold_counted_in_hu_are_the_subject_of_value_added():
    text = "2008年，全县规模以上工业发展到86户，完成增加值23.5亿元，增长16%。"
    found = candidates(text, 2008)
    assert found[("规上工业增加值", "亿元", 2008, "expected")] == "23.5"
    assert found[("规上工业增加值", "%", 2008, "expected")] == "16"


def test_a_count_listed_after_another_counts_increase_is_an_increase_too():
    text = "2022年，全县新增省级专精特新企业12家、高新技术企业31家，高新技术企业总数达到260家。"
    found = candidates(text, 2022)
    assert found[("高新技术企业", "家", 2022, "expected")] == "260"
    text = "2022年，全县新增省级专精特新企业12家、高新技术企业31家。"
    assert ("高新技术企业", "家", 2022, "expected") not in candidates(text, 2022)


def test_a_count_listed_after_another_counts_increase_stays_when_its_series_is_an_increase():
    text = "2023年，全市新增公办园学位3200个、义务教育学位8500个。"
    found = figures(text, indicators=demo_catalogue(), report_year=2023)
    assert found[("新增义务教育学位", "个", 2023, "expected")] == "8500"


def test_a_copy_wrapping_its_line_between_a_name_and_its_value_keeps_them_together():
    # a line break, or a page break's blank line
    text = (
        "2020年，社会消费品零售总额 210 亿元，增长2%；城乡居民人均可支配收入\n"
        "45210 元、23870 元，分别增长 5.1%、7.2%。"
    )
    for wrapped in (text, text.replace("收入\n", "收入\n\n")):
        found = candidates(wrapped, 2020)
        assert found[("城镇居民人均可支配收入", "元", 2020, "expected")] == "45210"
        assert found[("农村居民人均可支配收入", "%", 2020, "expected")] == "7.2"


def test_a_heading_takes_no_year_or_item_number_from_the_line_below_it_as_its_value():
    for text in (
        "（三）居民人均可支配收入\n2020年，地区生产总值增长4%。",
        "（三）居民人均可支配收入\n1.全年地区生产总值增长4%。",
        "（三）居民人均可支配收入\n\n2020年，地区生产总值增长4%。",
    ):
        found = candidates(text, 2020)
        assert ("居民人均可支配收入", "%", 2020, "expected") not in found
        assert ("居民人均可支配收入", "元", 2020, "expected") not in found


def test_a_local_revenue_holding_the_districts_own_quji_shouru_is_the_total():
    text = "2007年，全区地方财政收入9.6亿元，其中区级收入4.1亿元，完成年度计划的102%。"
    found = candidates(text, 2007)
    assert found[("一般公共预算总收入", "亿元", 2007, "expected")] == "9.6"
    assert found[("地方一般公共预算收入", "亿元", 2007, "expected")] == "4.1"


def test_a_stray_space_inside_a_number_before_its_unit_leaves_one_number():
    text = "2020年，全区固定资产投资完成7 4亿元，增长1 2 %；农村居民人均可支配收入1850 0元。"
    found = candidates(text, 2020)
    assert found[("固定资产投资", "亿元", 2020, "expected")] == "7 4"
    assert found[("固定资产投资", "%", 2020, "expected")] == "1 2"
    assert found[("农村居民人均可支配收入", "元", 2020, "expected")] == "1850 0"


def test_a_wires_date_line_dates_the_report_it_reports():
    text = (
        "中新网某市4月9日电 （记者 王五）今后五年，某市将加快建设区域中心城市。9日，某市代市长"
        "在某市第八届人民代表大会第一次会议上作政府工作报告时说，2019年全市地区生产总值达到"
        "1520.3亿元。"
    )
    found = candidates(text, 2019)
    assert found[("地区生产总值", "亿元", 2019, "final")] == "1520.3"


def test_full_stops_written_for_decimal_points_read_as_points():
    text = "2014年，全市地区生产总值完成420。6亿元，增长8。7%。规模以上工业增加值增长9。2%。"
    found = candidates(text, 2014)
    assert found[("地区生产总值", "亿元", 2014, "expected")] == "420。6"
    assert found[("地区生产总值", "%", 2014, "expected")] == "8。7"
    assert found[("规上工业增加值", "%", 2014, "expected")] == "9。2"


def test_a_target_said_to_be_set_at_its_value_is_read():
    text = "2025年主要目标：经济增长目标确定为6%，一般公共预算收入增长5%。"
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2025, "target")] == "6"


def test_a_total_named_right_after_a_quoted_thing_is_that_things_part():
    text = "2023年，外贸结构持续优化，光伏组件、锂电池“新两样”出口额增长41.2%。"
    assert ("出口总额", "%", 2023, "expected") not in candidates(text, 2023)


def test_a_falls_rate_narrowed_to_its_signed_value_is_the_years_growth():
    text = "2012年，全市外贸进出口总额302.5亿美元，降幅由年中的-9.8%收窄至-6.3%。"
    found = extract(text, report_year=2012)
    growth = next(c for c in found if c.key[:2] == ("进出口总额", "%"))
    assert growth.value_text == "-6.3" and growth.confidence >= 0.8
