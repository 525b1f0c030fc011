"""Forms found in round seventy, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def test_a_result_set_beside_a_plans_target_dates_neither_the_targets_after_it():
    text = (
        "青禾县2025年国民经济和社会发展计划草案（摘要）\n\n"
        "2025年全县地区生产总值计划增长6%左右，2024年增长5.4%；"
        "固定资产投资计划增长8%，2024年下降2.7%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.4") in found
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert (("固定资产投资", "%", 2024, "expected"), "下降2.7") in found
    assert not any(key[:4] == ("固定资产投资", "%", 2024, "target") for key, _ in found)
    assert not any(key[:4] == ("地区生产总值", "%", 2024, "target") for key, _ in found)


def test_a_joint_report_of_a_city_and_its_new_area_is_the_citys_own():
    text = (
        "关于青禾市和青禾新区2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全市地区生产总值512.3亿元，增长5.8%。"
        "其中，新区地区生产总值128.6亿元，增长9.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "512.3") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.8") in found
    assert not any(value in ("128.6", "9.5") for _, value in found)


def test_a_district_whose_name_opens_on_a_conjunction_stays_the_reports_own():
    text = (
        "青禾市和平区2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全区地区生产总值212.3亿元，增长6.1%。\n"
        "全市地区生产总值1512.3亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "212.3") in found
    assert not any(value in ("1512.3", "5.2") for _, value in found)


def test_a_line_naming_a_list_of_projects_heads_no_list_of_contents():
    text = (
        "青禾市政府工作简报\n第3期　青禾市人民政府办公室编　2024年1月20日\n\n"
        "附件：2024年市级重点项目目录\n"
        "◆2022年主要指标完成情况\n"
        "全市地区生产总值增长3.2%，一般公共预算收入增长4.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2022, "final"), "3.2") in found
    assert (("地方一般公共预算收入", "%", 2022, "final"), "4.1") in found


def test_a_gazetteers_chapter_gives_the_years_it_records_final():
    text = (
        "青禾县志（1991—2010）\n\n第五编　综合经济\n\n"
        "2010年，全县地区生产总值186.4亿元，比上年增长13.2%；"
        "社会消费品零售总额62.1亿元，增长18.4%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2010, "final"), "186.4") in found
    assert (("地区生产总值", "%", 2010, "final"), "13.2") in found
    assert (("社会消费品零售总额", "%", 2010, "final"), "18.4") in found


def test_a_yearbooks_overview_or_later_edition_gives_the_year_final():
    overview = (
        "综　　述\n\n"
        "【概况】青禾市位于某省西部，辖3区4县，总面积8120平方千米。\n"
        "【经济】2022年，全市实现地区生产总值1320.5亿元，比上年增长4.1%。\n\n"
        "（市统计局供稿）\n"
    )
    edition = "青禾年鉴（2016）\n\n综合经济\n\n2015年，全区地区生产总值428.7亿元，增长8.3%。\n"
    found = all_values(overview, 2022)
    assert (("地区生产总值", "亿元", 2022, "final"), "1320.5") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    found = all_values(edition, 2015)
    assert (("地区生产总值", "亿元", 2015, "final"), "428.7") in found


def test_a_brief_credited_to_its_writers_stays_a_reports_expected_results():
    text = (
        "青禾市2023年经济运行情况\n\n"
        "【综述】2023年，全市实现地区生产总值1412.6亿元，增长5.6%。\n\n"
        "（市统计局供稿）\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1412.6") in found


def test_a_legend_of_a_level_and_a_growth_gives_a_tables_columns_their_units():
    text = (
        "青禾县志（1991—2010）\n\n"
        "表3　2006—2010年地区生产总值\n"
        "单位：亿元、%\n\n"
        "年份　　地区生产总值　　第一产业　　第二产业　　增长速度\n"
        "2009　　164.2　　30.5　　80.1　　12.4\n"
        "2010　　186.4　　32.8　　91.6　　13.2\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2009, "final"), "164.2") in found
    assert (("第一产业增加值", "亿元", 2010, "final"), "32.8") in found
    assert (("第二产业增加值", "亿元", 2010, "final"), "91.6") in found
    assert not any(key[1] == "%" and value in ("164.2", "30.5", "80.1") for key, value in found)
