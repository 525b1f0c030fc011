"""Forms found in round fifty-five, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def delivered_values(text, report_year, delivered):
    """Every (key, value) of a text whose delivery date the analyst gave."""
    found = extract(text, report_year=report_year, delivered=delivered)
    return {(c.key[:4], c.key[4]) for c in found}


def test_the_markets_expectations_are_no_target_cue():
    for lead in ("在超预期因素冲击下", "面对需求收缩、供给冲击、预期转弱三重压力", "稳增长稳预期"):
        text = f"过去一年，{lead}，全市地区生产总值达到5210亿元，增长4.6%。"
        found = all_values(text, 2022)
        assert (("地区生产总值", "亿元", 2022, "expected"), "5210") in found, lead
        assert (("地区生产总值", "%", 2022, "expected"), "4.6") in found, lead
    # the plan's expectations still announce targets
    found = all_values("今年全市地区生产总值预期增长6%左右。", 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found


def test_a_year_before_the_one_reviewed_is_final_when_the_delivery_date_says_which_year_that_is():
    text = "去年全县地区生产总值达到318.5亿元，增长5.1%；2021年全县地区生产总值为301.2亿元。"
    found = delivered_values(text, 2022, "2023-01-16")
    assert (("地区生产总值", "亿元", 2021, "final"), "301.2") in found
    assert (("地区生产总值", "亿元", 2022, "expected"), "318.5") in found


def test_a_place_named_in_full_further_on_is_another_place_by_its_short_name_before_a_year():
    head = "XX市第五届人民代表大会第三次会议开幕，市长代表市人民政府作政府工作报告。\n"
    review = "全市城镇居民人均可支配收入41460元，增长4.9%。\n" + "会场内外，代表们热议报告。" * 30
    aside = "\n来自云山县的代表说，云山去年农村居民人均可支配收入达到18950元，增长7.8%。"
    found = all_values(head + review + aside, 2023)
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "41460") in found
    assert not any(value in ("18950", "7.8") for _key, value in found)
    # named in full, the same
    found = all_values(head + review + aside.replace("云山去年", "云山县去年"), 2023)
    assert not any(value in ("18950", "7.8") for _key, value in found)


def test_the_city_propers_good_air_yields_to_the_whole_citys():
    text = "全年中心城区空气质量优良天数比例97.8%，全市空气质量优良天数比例95.1%。"
    found = all_values(text, 2023)
    assert (("优良空气天数比例", "%", 2023, "expected"), "95.1") in found
    assert (("优良空气天数比例", "%", 2023, "expected"), "97.8") not in found
    # given alone, the city proper's is the city's
    found = all_values("全年中心城区空气质量优良天数比例97.8%。", 2023)
    assert (("优良空气天数比例", "%", 2023, "expected"), "97.8") in found


_TITLE = "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
_RESULTS_THEN_TARGETS = "附表2023年主要指标完成情况及2024年预期目标"


def test_a_caption_of_one_years_results_and_the_next_years_targets_dates_the_targets_after_them():
    rows = [
        ["指标", "单位", "预期目标", "完成", "预期目标"],
        ["地区生产总值增长", "%", "6", "5.2", "5.5左右"],
        ["固定资产投资增长", "%", "8", "3.1", "5"],
    ]
    tabbed = _TITLE + _RESULTS_THEN_TARGETS + "\n" + "\n".join("\t".join(r) for r in rows)
    # a table's number run into the year (附表2023年) is no part of it; one cell a line the same
    stacked = (
        _TITLE + _RESULTS_THEN_TARGETS + "\n" + "\n".join(c for r in rows for c in r if c != "%")
    )
    for text in (tabbed, stacked.replace("增长\n", "增长（%）\n")):
        found = all_values(text, 2023)
        assert (("地区生产总值", "%", 2023, "target"), "6") in found
        assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
        assert (("地区生产总值", "%", 2024, "target"), "5.5左右") in found
        assert (("固定资产投资", "%", 2024, "target"), "5") in found
        assert (("固定资产投资", "%", 2024, "expected"), "3.1") not in found


def test_a_digests_year_and_words_heading_dates_the_items_under_it():
    text = (
        "图解丨2025年某省政府工作报告\n\n2024年　我们这样走过\n▶ 全省生产总值　3.42万亿元　增长5.1%\n"
        "▶ 一般公共预算收入　3210亿元　增长1.7%\n\n2025年　我们这样干\n▶ 地区生产总值增长5%以上\n"
        "▶ 一般公共预算收入增长2%\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.1") in found
    assert (("地区生产总值", "%", 2025, "target"), "5%以上") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "1.7") in found
    assert (("地方一般公共预算收入", "%", 2025, "target"), "2") in found


def test_a_digests_barred_line_gives_its_level_and_growth():
    text = (
        "图解：2024年某市政府工作报告\n\n【2023年成绩单】\n地区生产总值 | 4606.2亿元 | 增长4.9%\n"
    )
    text += "规上工业增加值 ｜ 增长7.2%\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "4606.2") in found
    assert (("地区生产总值", "%", 2023, "expected"), "4.9") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "7.2") in found


def test_the_nations_figure_after_a_wide_space_is_the_nations():
    text = "图解：2024年某市政府工作报告\n\n【2023年成绩单】\n规上工业增加值增长7.2%\n"
    found = all_values(text + "规上工业增加值增长7.2%　全国GDP增长5.2%\n", 2023)
    assert not any(value == "5.2" for _key, value in found)


def test_a_news_reports_parts_headed_last_year_and_this_year_date_their_figures():
    text = (
        "【两会解读】8.2%的背后：读懂今年市政府工作报告\n本报记者\n\n"
        "1月10日，市十五届人大三次会议开幕。\n\n去年：增速居全省前列\n"
        "报告显示，全市地区生产总值增长8.2%。规模以上工业增加值增长9%。\n\n"
        "今年：8%左右，继续奋进\n报告提出，全市地区生产总值增长8%左右，规模以上工业增加值增长8.5%。\n"
    )
    found = delivered_values(text, 2018, "2019-01-10")
    assert (("地区生产总值", "%", 2018, "expected"), "8.2") in found
    assert (("规上工业增加值", "%", 2018, "expected"), "9") in found
    assert (("地区生产总值", "%", 2019, "target"), "8%左右") in found
    assert (("规上工业增加值", "%", 2019, "target"), "8.5") in found


def test_places_listed_and_counted_in_words_are_theirs_and_a_year_after_the_nation_is_its():
    head = "1月16日，某省第十二届人民代表大会第五次会议开幕。\n\n去年：增速居全国前列\n"
    ours = "报告显示，2016年全省地区生产总值预计达到11734亿元，增长10.5%，比全国高3.8个百分点。\n"
    for theirs in (
        "专家说，甲城、乙城两市生产总值分别增长11.7%和12.1%，对全省增长贡献较大。",
        "与之对照，全国2016年国内生产总值增长6.7%。",
    ):
        found = delivered_values(head + ours + theirs, 2016, "2017-01-16")
        assert (("地区生产总值", "%", 2016, "expected"), "10.5") in found, theirs
        assert not any(value in ("11.7", "12.1", "6.7") for _key, value in found), theirs


def test_a_soft_hyphen_where_a_pdf_broke_a_name_is_passed_over():
    text = "一、2019年工作回顾\n固定资产投资增长10.2%；社\u00ad\n会消费品零\u200b售总额526.8亿元，增长10.5%。"
    found = all_values(text, 2019)
    assert (("社会消费品零售总额", "亿元", 2019, "expected"), "526.8") in found
    assert (("社会消费品零售总额", "%", 2019, "expected"), "10.5") in found


def test_the_plan_in_brackets_after_a_result_is_the_years_target():
    text = (
        "一、2009年计划执行情况\n规模以上工业增加值增长14.6%（计划13%），其中12月份增长23.1%。"
        "城镇新增就业126万人（计划100万人），城镇登记失业率3.5%（计划4.5%以内）。"
        "万元生产总值能耗下降5.2%（计划下降4%）。"
    )
    found = all_values(text, 2009)
    assert (("规上工业增加值", "%", 2009, "expected"), "14.6") in found
    assert (("规上工业增加值", "%", 2009, "target"), "13") in found
    assert (("城镇新增就业", "万人", 2009, "target"), "100") in found
    assert (("城镇登记失业率", "%", 2009, "target"), "4.5%以内") in found
    assert (("万元生产总值能耗", "%", 2009, "target"), "下降4") in found


def test_a_page_break_with_its_running_header_and_notes_inside_a_sentence_is_passed_over():
    page = "\n— {n} —\n某县人民代表大会文件\n"
    text = (
        "一、2007年工作回顾\n新增规模以上工业企业31家；规模以上工业增加值完成38.6亿元，增"
        + page.format(n=1)
        + "长27.5%。县城人口达到15.2万人，城区面积扩大到16.5平方公里，外"
        + "\n¹ 地区生产总值增速按可比价格计算。\n第 2 页 共 5 页\n某县人民代表大会文件\n"
        + "贸进出口总额13.6亿美元，增长11.8%。"
        + page.format(n=3)
    )
    found = all_values(text, 2007)
    assert (("规上工业增加值", "%", 2007, "expected"), "27.5") in found
    assert (("进出口总额", "亿美元", 2007, "expected"), "13.6") in found


def test_a_table_one_cell_a_line_numbered_in_its_first_column_reads_every_row():
    cells = [
        "序号", "指标名称", "单位", "2021年目标", "2021年预计完成", "2022年目标", "指标属性",
        "1", "地区生产总值增长", "%", "7%以上", "8.6", "6%以上", "预期性",
        "2", "实际使用外资", "亿美元", "1.5", "1.62", "1.7", "预期性",
        "3", "粮食总产量", "万吨", "50", "51.3", "50以上", "约束性",
    ]  # fmt: skip
    found = all_values("附表\n某市2022年国民经济和社会发展主要指标\n" + "\n".join(cells), 2021)
    assert (("地区生产总值", "%", 2022, "target"), "6%以上") in found
    assert (("实际利用外资", "亿美元", 2021, "target"), "1.5") in found
    assert (("实际利用外资", "亿美元", 2022, "target"), "1.7") in found
    assert (("粮食产量", "万吨", 2022, "target"), "50以上") in found
    assert not any(value in ("2", "3") for _key, value in found)


def test_a_goal_by_a_later_year_in_a_lead_in_does_not_date_the_targets_announced_for_a_year():
    text = (
        "关于某市2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案的报告\n"
        "二、2013年经济社会发展的主要目标\n按照规划纲要确定的到2015年全市地区生产总值突破1800亿元"
        "的总体要求，建议2013年全市经济社会发展主要预期目标为：\n地区生产总值增长11%；外贸出口增长12%。"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2013, "target"), "11") in found
    assert (("出口总额", "%", 2013, "target"), "12") in found
    # a goal announced by the later year alone keeps it
    text = "二、“十四五”时期的主要目标\n到2025年，全市经济社会发展的主要目标是：常住人口城镇化率达到65%。"
    assert (("常住人口城镇化率", "%", 2025, "target"), "65") in all_values(text, 2020)


def test_a_plan_named_before_the_result_in_a_reviews_list_is_the_years_target():
    text = (
        "一、2012年计划执行情况\n（一）主要指标执行情况\n"
        "1.地区生产总值：计划增长14%，预计完成117.6亿元，增长12.3%。\n"
        "2.财政总收入：年初目标增长15%，预计完成24.3亿元，增长6.1%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "target"), "14") in found
    assert (("地区生产总值", "亿元", 2012, "expected"), "117.6") in found
    assert (("地区生产总值", "%", 2012, "expected"), "12.3") in found
    assert (("一般公共预算总收入", "%", 2012, "target"), "15") in found
    assert (("一般公共预算总收入", "%", 2012, "expected"), "6.1") in found


def test_a_rows_values_that_read_like_years_do_not_make_it_a_header():
    rows = [
        "指标名称 | 单位 | 2008年计划 | 2008年预计 | 增长% | 2009年计划",
        "地区生产总值 | 亿元 | 10200 | 11156.6 | 12.8 | 12400",
        "第一产业增加值 | 亿元 | 1800 | 1968.2 | 5.6 | 2080",
        "实际利用外资 | 亿美元 | 36 | 40.1 | 23.8 | 45",
    ]
    found = all_values(
        "附表：\n某省2009年国民经济和社会发展主要指标计划表\n" + "\n".join(rows), 2008
    )
    assert (("第一产业增加值", "亿元", 2008, "expected"), "1968.2") in found
    assert (("第一产业增加值", "亿元", 2009, "target"), "2080") in found
    assert (("实际利用外资", "亿美元", 2008, "expected"), "40.1") in found
    assert (("实际利用外资", "亿美元", 2009, "target"), "45") in found
    assert not any(key[2] in (1968, 2080) for key, _value in found)


def test_a_target_missed_or_named_before_what_became_of_it_is_the_years_target():
    review = "一、2018年工作回顾\n"
    for clause, value in (
        ("虽未完成年初确定的增长7.5%的目标，但增幅高于全省", "7.5"),
        ("年初确定的增长7.5%的目标未能完成", "7.5"),
    ):
        text = review + f"全年实现地区生产总值68.4亿元，增长6.8%，{clause}。"
        found = all_values(text, 2018)
        assert (("地区生产总值", "%", 2018, "expected"), "6.8") in found, clause
        assert (("地区生产总值", "%", 2018, "target"), value) in found, clause
    # a fall's target keeps its fall word, as the result does
    text = review + "全市万元GDP能耗下降3.1%，未能完成年初确定的降低4%左右的目标。"
    assert (("万元生产总值能耗", "%", 2018, "target"), "降低4%左右") in all_values(text, 2018)


def test_a_record_over_the_years_is_no_look_back_over_them():
    for record in ("是近十年来增幅最高的一年", "增幅为十年来之最", "增幅居近十年来首位"):
        text = (
            f"一、2003年工作回顾\n全社会固定资产投资112.4亿元，增长41.5%，{record}。"
            "实际利用外资6280万美元，增长35.6%。"
        )
        found = all_values(text, 2003)
        assert (("实际利用外资", "万美元", 2003, "expected"), "6280") in found, record
        assert (("实际利用外资", "%", 2003, "expected"), "35.6") in found, record


def test_an_infographics_arrows_are_its_growths_under_its_look_back_and_targets():
    text = (
        "一图读懂某县2012年政府工作报告\n（县十四届人大一次会议　2012年2月18日）\n\n"
        "【2011　回眸】\nGDP：172.6亿元　↑12.1%\n外贸出口：3.2亿美元　↓3.6%\n\n"
        "【2012　目标】\nGDP　↑11%\n规上工业增加值　↑18%\n"
    )
    found = all_values(text, 2011)
    assert (("地区生产总值", "亿元", 2011, "expected"), "172.6") in found
    assert (("地区生产总值", "%", 2011, "expected"), "12.1") in found
    assert (("出口总额", "%", 2011, "expected"), "↓3.6") in found
    assert (("地区生产总值", "%", 2012, "target"), "11") in found
    assert (("规上工业增加值", "%", 2012, "target"), "18") in found
    # an arrow before words is a bullet
    found = all_values("【2011　回眸】\n▲ 经济总量：地区生产总值172.6亿元，增长12.1%。", 2011)
    assert (("地区生产总值", "%", 2011, "expected"), "12.1") in found


def test_a_development_zone_named_early_in_an_excerpt_is_no_place_of_the_report():
    text = (
        "2021年，全市地区生产总值2615.8亿元，增长8.6%；经开区规上工业增加值增长16.2%。\n"
        "今年全市经济社会发展的主要预期目标是：地区生产总值达到2800亿元左右、增长7%；进出口总额增长10%。"
        "经开区地区生产总值增长12%，高新区规上工业增加值增长15%。"
    )
    found = delivered_values(text, 2021, "2022-01-12")
    assert (("地区生产总值", "%", 2022, "target"), "7") in found
    assert not any(value in ("12", "15", "16.2") for _key, value in found)
    # a zone's own report, its head naming it, keeps the zone's figures
    own = "解读平潭综合实验区管委会工作报告\n\n回顾2023年\n全年实验区地区生产总值增长3%，固定资产投资增长3.8%。"
    assert (("地区生产总值", "%", 2023, "expected"), "3") in delivered_values(
        own, 2023, "2024-01-18"
    )


def test_this_year_in_a_header_beside_the_plans_year_is_the_year_reviewed():
    rows = [
        ["指标", "单位", "上年实际", "本年计划", "本年预计", "2006年计划"],
        ["生产总值", "亿元", "8815.1", "—", "10530", "11580"],
        ["粮食产量", "万吨", "4260", "4300", "4582", "4600"],
    ]
    caption = "表一  2005年国民经济和社会发展主要指标完成情况及2006年计划"
    text = caption + "\n" + "\n".join("      ".join(row) for row in rows)
    found = all_values(text, 2005)
    assert (("地区生产总值", "亿元", 2004, "final"), "8815.1") in found
    assert (("粮食产量", "万吨", 2005, "target"), "4300") in found
    assert (("粮食产量", "万吨", 2005, "expected"), "4582") in found
    assert (("粮食产量", "万吨", 2006, "target"), "4600") in found
    # …and beside 明年
    rows[0][-1] = "明年计划"
    found = all_values("\n".join("\t".join(row) for row in rows), 2005)
    assert (("粮食产量", "万吨", 2005, "expected"), "4582") in found
    assert (("粮食产量", "万吨", 2006, "target"), "4600") in found


def test_a_table_laid_on_its_side_reads_each_years_row():
    rows = [
        ["年份", "地区生产总值（亿元）", "增长（%）", "地方一般公共预算收入（亿元）"],
        ["2021年", "1833.9", "8.7", "146.2"],
        ["2022年", "1914.8", "3.5", "150.7"],
        ["2023年（预计）", "2004.6", "5.8", "158.3"],
    ]
    text = "附表  2021—2023年全市主要经济指标\n" + "\n".join("\t".join(r) for r in rows)
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2021, "final"), "1833.9") in found
    assert (("地区生产总值", "%", 2022, "final"), "3.5") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "2004.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.8") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "158.3") in found


def test_a_table_laid_on_its_side_of_growths_and_of_targets_reads_its_rows_kinds():
    rows = [
        "年份 | 地区生产总值 | 固定资产投资 | 社会消费品零售总额",
        "2019 | 6.9 | 8.3 | 8.0",
        "2020（预计） | 3.6 | 4.1 | -3.2",
        "2021年预期目标 | 7以上 | 8 | 10",
    ]
    found = all_values("附表  主要经济指标增长情况（%）\n" + "\n".join(rows), 2020)
    assert (("地区生产总值", "%", 2019, "final"), "6.9") in found
    assert (("社会消费品零售总额", "%", 2020, "expected"), "-3.2") in found
    assert (("地区生产总值", "%", 2021, "target"), "7以上") in found
    assert (("固定资产投资", "%", 2021, "target"), "8") in found


def test_a_part_of_the_years_column_beside_the_whole_years_results_is_no_figure_of_the_year():
    rows = [
        ["指标名称", "2024年目标", "1—10月完成", "全年预计", "2025年目标"],
        ["地区生产总值增长（%）", "6", "5.1", "5.5左右", "5.5"],
        ["地方一般公共预算收入（亿元）", "65", "56.3", "66.2", "68"],
    ]
    text = "2024年主要指标完成情况\n" + "\n".join("\t".join(r) for r in rows)
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.5左右") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "66.2") in found
    assert not any(value in ("5.1", "56.3") for _key, value in found)


def test_a_clause_opening_on_a_zone_or_streets_states_their_figure_not_the_places():
    text = (
        "XX市人民政府工作报告\n一、2023年工作回顾\n全市完成固定资产投资412.6亿元，增长5.1%。"
        "开发区完成固定资产投资50亿元以上。环秀街道、通济街道分别实现地区生产总值126.8亿元和98.1亿元。"
        "全市地区生产总值增长6.2%。"
    )
    found = all_values(text, 2023)
    assert (("固定资产投资", "亿元", 2023, "expected"), "412.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.2") in found
    assert not any(value in ("50亿元以上", "126.8", "98.1") for _key, value in found)


def test_the_years_target_named_before_the_result_as_annual_goal_is_the_target():
    text = (
        "一、2016年计划执行情况\n（一）主要指标完成情况\n"
        "地区生产总值：年度目标增长7.5%，实际完成866.3亿元，增长7.6%。\n"
        "城镇居民人均可支配收入：年度目标增长8%，实际完成36420元，增长8.6%。\n"
        "一般公共预算收入完成年度目标108.2%，增长6%。\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "7.5") in found
    assert (("地区生产总值", "%", 2016, "expected"), "7.6") in found
    assert (("城镇居民人均可支配收入", "%", 2016, "target"), "8") in found
    assert (("城镇居民人均可支配收入", "元", 2016, "expected"), "36420") in found
    # the share of the year's target done is no figure of the series
    assert not any(value == "108.2" for _key, value in found)


def test_a_milestone_stepped_onto_between_a_level_and_its_growth_is_passed_over():
    text = "一、2017年工作回顾\n全市实现地区生产总值1016.3亿元，首次跨上千亿元台阶，增长9.2%。"
    assert (("地区生产总值", "%", 2017, "expected"), "9.2") in all_values(text, 2017)


def test_an_economic_zones_clause_states_its_own_investment():
    text = (
        "XX市人民政府工作报告\n一、2021年工作回顾\n全市固定资产投资增长5.1%。"
        "临港经济区完成固定资产投资62.8亿元。"
    )
    found = all_values(text, 2021)
    assert (("固定资产投资", "%", 2021, "expected"), "5.1") in found
    assert not any(value == "62.8" for _key, value in found)


def test_a_digests_figures_set_before_their_names_are_theirs():
    text = (
        "数说某县2024｜这组数字，读懂一年发展\n\n1200亿元——全县地区生产总值，增长6.3%。\n"
        "9.1%——规上工业增加值增速，高于全市1.2个百分点。\n\n4.9%\n固定资产投资增速，其中工业投资增长12.6%。\n\n"
        "【2025年这样干】\n6%左右——地区生产总值预期增长\n8%——规上工业增加值增长\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "1200") in found
    assert (("地区生产总值", "%", 2024, "expected"), "6.3") in found
    assert (("规上工业增加值", "%", 2024, "expected"), "9.1") in found
    assert (("固定资产投资", "%", 2024, "expected"), "4.9") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("规上工业增加值", "%", 2025, "target"), "8") in found
    # a table one cell a line puts a figure over a name too: not its figure
    cells = "指标\n2013年\n增长%\n第三产业增加值\n20.77\n9.8\n服务业投资\n31.2\n5.1\n"
    assert not any(
        key[0] == "第三产业增加值" and value == "31.2" for key, value in all_values(cells, 2013)
    )


def test_second_readers_cases_of_round_fifty_five_stay_read_as_meant():
    """Cases the second reader found wider or narrower than meant, each now as it should be."""
    digest = "图解：2024年某市政府工作报告\n\n【2023年成绩单】\n规上工业增加值增长7.2%\n"
    found = all_values(digest + "全国GDP　增长5.2%\n地区生产总值 丨 4606.2亿元 丨 增长4.9%\n", 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "4.9") in found
    assert not any(value == "5.2" for _key, value in found)
    text = (
        "一、2022年工作回顾\n面对需求收缩、供给冲击、预期走弱三重压力，全市地区生产总值增长4.6%。"
    )
    assert (("地区生产总值", "%", 2022, "expected"), "4.6") in all_values(text, 2022)
    text = "一、2018年工作回顾\n全市地区生产总值增长6.8%，未完成省定年均增长8%的目标。"
    assert not any(value == "8" for _key, value in all_values(text, 2018))
    text = "一、2016年计划执行情况\n地区生产总值：年初预期增长9%，实际增长10.1%。\n固定资产投资：计划完成120亿元，实际完成126亿元。"
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "9") in found
    assert (("固定资产投资", "亿元", 2016, "target"), "120") in found
    assert (("固定资产投资", "亿元", 2016, "expected"), "126") in found


def test_second_readers_table_cases_of_round_fifty_five_stay_read_as_meant():
    share = "附表 2023年主要指标完成情况及2024年预期目标\n指标\t单位\t目标\t完成\t完成目标%\t目标\n"
    found = all_values(share + "地区生产总值增长\t%\t6\t5.2\t86.7\t5.5左右\n", 2023)
    assert (("地区生产总值", "%", 2024, "target"), "5.5左右") in found
    assert not any(value == "86.7" for _key, value in found)
    growth = "附表 2006年计划\n指标\t单位\t2005年预计\t2006年计划\t本年比上年增长%\n"
    assert (("地区生产总值", "%", 2006, "target"), "10") in all_values(
        growth + "地区生产总值\t亿元\t10530\t11580\t10\n", 2005
    )
    parts = "附表\n指标\t单位\t2024年目标\t1—10月完成\t增长%\t全年预计\t增长%\t2025年目标\n"
    found = all_values(parts + "地区生产总值\t亿元\t—\t980\t5.1\t1200\t5.5\t—\n", 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.5") in found
    assert not any(value == "5.1" for _key, value in found)
    side = "附表\n年份\t地区生产总值（亿元）\t增长（%）\t地方一般公共预算收入（亿元）\n"
    side += "2023年1-6月\t980.2\t5.1\t80.1\n2023年（预计）\t2004.6\t5.8\t158.3\n"
    found = all_values(side, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "2004.6") in found
    assert not any(value == "980.2" for _key, value in found)
    own = "某某经济技术开发区2024年工作报告\n\n一、2024年工作回顾\n全年经开区地区生产总值增长6.1%。"
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") in all_values(own, 2024)


def test_a_line_ending_pages_is_no_running_header_and_no_date_given_reads_as_none():
    from reports.extraction.page_marks import page_numbers_as_spaces

    text = "1.5\n预期性\n— 3 —\n某市人大文件\n8\n2.6\n预期性\n— 4 —\n某市人大文件\n9\n"
    read = page_numbers_as_spaces(text)
    assert read.count("预期性") == 2 and "某市人大文件" not in read and len(read) == len(text)
    assert extract("一、2016年工作回顾\n地区生产总值增长6%。", report_year=2016, delivered=None)


def test_a_short_name_before_a_time_word_and_a_verb_or_after_a_quotation_mark_is_another_place():
    head = "XX市第五届人民代表大会第三次会议开幕，市长代表市人民政府作政府工作报告。\n"
    review = "全市城镇居民人均可支配收入41460元，增长4.9%。\n" + "会场内外，代表们热议报告。" * 30
    for aside in (
        "\n来自云山县的代表说，云山去年实现农村居民人均可支配收入18950元。",
        "\n来自云山县的代表说：“云山去年农村居民人均可支配收入达到18950元。”",
        "\n来自云山县的代表说，云山今年将力争地区生产总值增长8%。",
    ):
        found = all_values(head + review + aside, 2023)
        assert not any(value in ("18950", "8") for _key, value in found), aside
