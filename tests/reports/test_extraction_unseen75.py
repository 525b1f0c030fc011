"""Forms found in round seventy-five, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values

_OLD_REPORT = (
    "青禾县一九六五年国民经济计划执行情况的报告\n（一九六六年二月）\n一、一九六五年计划执行情况\n"
)


def test_a_number_of_wan_in_whole_thousands_in_numerals_is_read():
    text = _OLD_REPORT + (
        "全县财政收入完成五千万元。\n"
        "二、一九六六年的主要奋斗指标\n"
        "（一）粮食总产量力争达到六亿三千万斤。\n"
        "（二）社会商品零售总额安排八千万元左右。\n"
    )
    found = all_values(text, 1965)
    assert (("一般公共预算总收入", "亿元", 1965, "expected"), "五千万元") in found
    assert (("粮食产量", "万吨", 1966, "target"), "六亿三千万斤") in found
    assert (("社会消费品零售总额", "亿元", 1966, "target"), "八千万元左右") in found


def test_a_growth_at_current_prices_or_after_its_cause_goes_on_from_the_level():
    text = _OLD_REPORT + (
        "全县社会商品零售总额为五千二百四十万元，由于部分商品价格回落，按当年价格计算比上年下降"
        "百分之一点六。全县工农业总产值一亿二千万元，按现行价格计算，比上年增长百分之七点二。"
        "全县财政收入四千六百万元，按当年价格计算，比上年增长百分之三点四。\n"
    )
    found = all_values(text, 1965)
    assert (("社会消费品零售总额", "%", 1965, "expected"), "下降百分之一点六") in found
    assert (("一般公共预算总收入", "%", 1965, "expected"), "百分之三点四") in found


def test_a_growth_after_the_level_of_the_year_before_is_the_years_growth():
    text = "青禾市2014年政府工作报告\n（2014年1月9日）\n一、2013年工作回顾\n" + (
        "全市地区生产总值达到786.4亿元，比2012年的712.3亿元增长9.6%；"
        "城镇居民人均可支配收入28650元，比上年的26410元增长8.5%；"
        "社会消费品零售总额312亿元，比2011年的268亿元增长16.4%。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2013, "expected"), "9.6") in found
    assert (("城镇居民人均可支配收入", "%", 2013, "expected"), "8.5") in found
    assert (("社会消费品零售总额", "%", 2013, "expected"), "16.4") not in found


def test_a_value_addeds_nominal_growth_is_not_its_growth_but_an_incomes_is():
    text = "青禾市2025年国民经济运行情况\n（2026年1月20日）\n" + (
        "按现价计算，全市地区生产总值比上年增加240.1亿元，名义增长4.9%，低于实际增速0.4个百分点。"
        "第三产业增加值2660.3亿元，名义增长5.6%，实际增长6.2%。"
        "城镇居民人均可支配收入52310元，名义增长5.1%。\n"
    )
    found = all_values(text, 2025)
    growths = {value for key, value in found if key[0] == "地区生产总值" and key[1] == "%"}
    assert growths == set()
    assert (("第三产业增加值", "%", 2025, "expected"), "5.6") not in found
    assert (("第三产业增加值", "%", 2025, "expected"), "6.2") in found
    assert (("城镇居民人均可支配收入", "%", 2025, "expected"), "5.1") in found


def test_a_sectors_growth_after_its_level_at_current_prices_is_its_growth():
    text = "青禾市2025年国民经济运行情况\n（2026年1月20日）\n" + (
        "按现价计算，全市地区生产总值5108.6亿元，按可比价格计算，增长5.3%。"
        "一、二、三产业现价增加值分别为459.8亿元、1988.5亿元、2660.3亿元，分别增长3.9%、6.2%和4.9%。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "%", 2025, "expected"), "5.3") in found
    assert (("第二产业增加值", "%", 2025, "expected"), "6.2") in found


_TRIP = (
    "青禾县赴浙江安溪、江苏滨海学习考察情况的报告\n\n县委、县政府：\n"
    "2024年5月12日至17日，县政府主要负责同志带队一行10人，赴浙江省安溪县、江苏省滨海县进行了"
    "为期6天的学习考察。现将有关情况报告如下。\n"
    "一、两地基本情况\n"
    "安溪县地处浙南山区，2023年，安溪县实现地区生产总值865.2亿元，增长6.1%；"
    "一般公共预算收入70.4亿元；社会消费品零售总额402.8亿元。\n"
    "二、我县发展现状\n"
    "2023年，全县实现地区生产总值412.6亿元，增长4.8%；一般公共预算收入21.5亿元；"
    "社会消费品零售总额176.3亿元，仅相当于滨海县的58%。\n"
)


def test_a_study_trips_figures_of_the_places_visited_are_not_the_home_places():
    found = all_values(_TRIP, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "412.6") in found
    assert (("地区生产总值", "%", 2023, "final"), "4.8") in found
    assert (("社会消费品零售总额", "亿元", 2023, "final"), "176.3") in found
    values = {value for _key, value in found}
    assert values.isdisjoint({"865.2", "6.1", "70.4", "402.8"})


def test_an_undated_report_on_a_trip_is_dated_by_the_trip():
    found = all_values(_TRIP, 2023)
    kinds = {key[3] for key, value in found if value in ("412.6", "21.5")}
    assert kinds == {"final"}


def test_a_trip_told_of_in_passing_leaves_the_reports_own_figures():
    text = "青禾市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n" + (
        "经贸招商收获实效。赴京沪粤等地开展经贸合作交流，到位资金265亿元，利用外资3.2亿美元。\n"
    )
    found = all_values(text, 2023)
    assert (("实际利用外资", "亿美元", 2023, "expected"), "3.2") in found


def test_a_personal_account_of_a_trip_titled_on_its_head_lines_leaves_the_places_visited_out():
    text = (
        "外出学习考察心得体会\n——赴台州市椒江区、温州市瓯海区考察有感\n青禾区发展和改革局\n\n"
        "10月中旬，我参加了区委组织的学习考察活动。现将个人体会报告如下。\n"
        "一、所见\n2023年，椒江区实现地区生产总值812.4亿元，增长6.6%。\n"
        "二、所思\n2023年，我区实现地区生产总值356.1亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    values = {value for key, value in found if key[0] == "地区生产总值"}
    assert values == {"356.1", "5.2"}


def test_the_letters_o_and_l_read_for_digits_by_ocr_are_the_digits():
    text = "青禾市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n" + (
        "全市实现地区生产总值1 9O2.3亿元，增长6.l%；进出口总额2 O46.9亿元；"
        "城镇居民人均可支配收入48 6l5元；第三产业增加值835.2亿元，增长11.O%。"
        "推广O2O模式，二氧化碳CO2排放下降。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1 9O2.3") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.l") in found
    assert (("进出口总额", "亿元", 2023, "expected"), "2 O46.9") in found
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "48 6l5") in found
    assert (("第三产业增加值", "%", 2023, "expected"), "11.O") in found


def test_a_number_with_its_digits_spaced_out_is_one_number():
    text = "青禾市2010年政府工作报告\n（2010年1月12日）\n一、2009年工作回顾\n" + (
        "全市实现生产总值2 8 7 2.4亿元，增长12.7%。\n"
    )
    found = all_values(text, 2009)
    assert (("地区生产总值", "亿元", 2009, "expected"), "2 8 7 2.4") in found


def test_a_final_count_of_the_year_before_makes_no_later_figure_final():
    text = "青禾镇2024年政府工作报告\n（2024年2月20日）\n一、2023年工作回顾\n" + (
        "初步统计，全镇实现地区生产总值68.4亿元，同比增长8.1%。"
        "2022年全镇地区生产总值经统计部门最终核定为62.5亿元。"
        "全年完成固定资产投资36.8亿元，增长15.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("固定资产投资", "亿元", 2023, "expected"), "36.8") in found


def test_the_targets_a_session_set_at_the_years_start_are_that_years_in_a_year_end_piece():
    text = "青禾日报　2019年12月30日　第1版\n【年终评论】\n翻开青禾2019年的账本。\n" + (
        "年初市十八届人大四次会议确定的主要预期目标中，地区生产总值增长7%，"
        "一般公共预算收入增长5%。对照年初目标，几项主要指标都没有达到预期。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "target"), "7") in found
    assert (("地区生产总值", "%", 2020, "target"), "7") not in found


def test_a_communique_released_on_a_date_makes_the_years_figures_after_it_final():
    text = "资料1\n" + (
        "2024年2月，青禾市统计局发布的统计公报显示：2023年全市实现地区生产总值1660.9亿元，"
        "比上年增长8.0%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "1660.9") in found


def test_a_year_after_the_scene_of_its_figures_dates_the_sentences_clauses():
    text = "青禾区商务局2021年上半年工作总结\n\n（2021年7月16日）\n\n一、主要指标完成情况\n" + (
        "上半年全区实现社会消费品零售总额342.6亿元，同比增长58.3%。\n"
        "回顾去年，受新冠肺炎疫情严重冲击，2020年全区社会消费品零售总额为630.4亿元，下降20.6%；"
        "外贸进出口总额78.1亿元，增长3.4%。\n"
    )
    found = all_values(text, 2021)
    assert (("社会消费品零售总额", "%", 2020, "final"), "下降20.6") in found
    assert (("进出口总额", "亿元", 2020, "final"), "78.1") in found


def test_a_bonded_zones_own_report_gives_the_zones_figures():
    text = "青禾综合保税区管理委员会\n2023年工作总结及2024年工作计划\n\n" + (
        "一、主要经济指标完成情况\n"
        "2023年，综保区完成进出口总额787.7亿美元，增长6.9%；实际利用外资1.2亿美元。\n"
    )
    found = all_values(text, 2023)
    assert (("进出口总额", "亿美元", 2023, "expected"), "787.7") in found


def test_a_bonded_zones_figures_in_a_citys_report_are_not_the_citys():
    text = "青禾市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n" + (
        "综合保税区完成进出口总额87.7亿美元，增长6.9%。\n"
    )
    found = all_values(text, 2023)
    assert (("进出口总额", "亿美元", 2023, "expected"), "87.7") not in found


_JANUARY = "青禾县2024年政府工作报告\n（2024年1月10日）\n各位代表：\n一、2023年工作回顾\n"


def test_a_plan_report_telling_of_a_visit_in_its_opening_keeps_its_date_and_its_results():
    text = "青禾县2024年国民经济和社会发展计划\n\n" + (
        "2023年9月，县发改委赴省发改委对接学习后，编制本计划。\n"
        "一、2023年计划执行情况\n全县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found


def test_a_nominal_growth_of_another_indicator_leaves_the_gdps_growth():
    text = (
        _JANUARY
        + "全体居民人均可支配收入名义增长7%，地区生产总值增长5.2%，规模以上工业增加值增长8.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "8.1") in found


def test_a_growth_at_current_prices_yields_to_the_one_at_comparable_prices():
    text = (
        _JANUARY
        + "全县地区生产总值312.6亿元，按当年价格计算比上年增长8.9%，按可比价格计算增长5.2%。\n"
    )
    found = all_values(text, 2023)
    growths = {value for key, value in found if key[:2] == ("地区生产总值", "%")}
    assert growths == {"5.2"}


def test_places_learnt_from_or_compared_with_are_no_subject_of_a_trips_figures():
    text = "青禾县党政代表团赴浙江湖州学习考察报告\n\n" + (
        "一、考察基本情况\n湖州市地区生产总值3900亿元。\n二、启示\n"
        "学习湖州经验，2023年全县地区生产总值增长5.2%，一般公共预算收入18.3亿元。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "3900") not in found


def test_a_trip_to_bring_investment_or_to_kinds_of_places_names_no_place_visited():
    for title in ("关于赴深圳考察招商及全县经济运行情况的报告", "关于赴先进地区学习考察的报告"):
        text = (
            title
            + "\n\n"
            + "近日赴有关省市考察。根据有关数据，全县地区生产总值312.6亿元，增长5.2%。\n"
        )
        found = all_values(text, 2023)
        assert any(value == "312.6" for _key, value in found), title


def test_a_session_at_the_years_start_in_a_january_report_is_the_new_years():
    text = _JANUARY.replace("一、2023年工作回顾\n", "二、2024年工作安排\n") + (
        "年初召开的县委十五届六次全会提出的主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "5.5%左右") in found


def test_single_digits_in_a_tables_columns_are_not_one_number():
    text = _JANUARY + "项目类别 一季度 二季度 三季度 投资\n城建项目 1 2 3 4.5亿元\n"
    found = all_values(text, 2023)
    assert not any(value.startswith("1 2 3") for _key, value in found)


def test_a_number_of_wan_kept_in_hundreds_keeps_its_unit_of_wan():
    found = extract("全县接待游客五百万人次，工农业总产值七千万元左右。", report_year=1965)
    units = {c.indicator: c.unit for c in found}
    assert units == {"接待游客": "万人次", "工农业总产值": "万元"}


def test_a_growth_after_a_clause_saying_current_prices_is_no_gdp_growth():
    text = _JANUARY + "全县地区生产总值312.6亿元，按现行价格计算，比上年增长8.9%。\n"
    found = all_values(text, 2023)
    assert not any(key[:2] == ("地区生产总值", "%") for key, _value in found)


def test_a_tables_scenario_columns_give_no_target_but_the_one_proposed_does():
    text = "关于2024年主要经济指标目标的测算说明\n青禾区发展和改革委员会\n2023年12月5日\n\n" + (
        "附表：2024年全区主要经济指标测算表\n\n"
        "指标 | 单位 | 2023年预计 | 2024年低方案 | 2024年中方案 | 2024年高方案 | 2024年建议目标\n"
        "地区生产总值增速 | % | 6.1 | 6 | 6.5 | 7 | 6.5左右\n"
        "固定资产投资增速 | % | 5.2 | 4 | 6 | 8 | 6\n"
    )
    found = all_values(text, 2023)
    targets = {value for key, value in found if key[3] == "target" and key[0] == "地区生产总值"}
    assert targets == {"6.5左右"}
    assert (("固定资产投资", "%", 2024, "target"), "6") in found


def test_targets_adjusted_in_a_list_of_lines_are_kept_beside_those_approved():
    text = "关于调整2020年全区主要经济指标预期目标的测算说明\n（2020年5月12日）\n\n" + (
        "今年1月，区人代会确定全区地区生产总值增长7.5%、固定资产投资增长10%。\n"
        "四、调整建议\n综合考虑，建议对我区2020年主要预期目标作如下调整：\n"
        "（一）地区生产总值保持正增长；\n（二）固定资产投资增长3%左右；\n"
        "（三）城镇登记失业率4.5%以内。\n\n五、几点说明\n一是全区地区生产总值增长7.5%的目标难以实现。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "target"), "7.5") in found
    assert (("地区生产总值", "%", 2020, "target"), "保持正增长") in found
    assert (("固定资产投资", "%", 2020, "target"), "3%左右") in found


def test_a_clause_on_a_time_of_its_own_after_a_semicolon_is_not_the_leading_years():
    text = _JANUARY + (
        "受新冠肺炎疫情冲击，2020年全县地区生产总值下降1.2%；经过三年努力，经济稳步恢复，"
        "全县一般公共预算收入完成18.3亿元，增长6.1%；社会消费品零售总额98.6亿元，增长7.3%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2020, "final"), "下降1.2") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "18.3") in found


def test_a_place_visited_said_again_as_that_county_or_after_its_city_is_still_the_subject():
    text = "青禾县赴浙江长兴、江苏沭阳学习考察情况的报告\n\n" + (
        "考察组首先来到浙江省长兴县，该县2022年实现地区生产总值910.5亿元，增长6.3%。"
        "湖州市长兴县一般公共预算收入78.2亿元。其中沭阳县2022年实现地区生产总值1201.8亿元。\n"
        "二、我县情况\n2022年，我县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2022)
    gdp = {value for key, value in found if key[0] == "地区生产总值"}
    assert gdp == {"312.6", "5.2"}
    assert not any(key[0] == "地方一般公共预算收入" for key, _value in found)


def test_a_survey_trip_to_learn_is_a_study_trip():
    text = "青禾县党政代表团赴浙江调研考察情况的报告\n\n" + (
        "一、浙江的经验\n浙江省2022年地区生产总值7.77万亿元，增长3.1%。\n"
        "二、我县情况\n我县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2022)
    gdp = {value for key, value in found if key[0] == "地区生产总值"}
    assert gdp == {"312.6", "5.2"}


def test_a_citys_report_on_its_bonded_zone_keeps_the_zones_figures_out():
    text = "青禾市人民政府关于全市开放型经济发展和综合保税区建设情况的报告\n\n" + (
        "2023年，全市进出口总额356.2亿元，增长8.1%。综保区实现一般公共预算收入3.1亿元，"
        "完成进出口总值120.5亿元。\n"
    )
    found = all_values(text, 2023)
    values = {value for _key, value in found}
    assert "356.2" in values
    assert values.isdisjoint({"3.1", "120.5"})


def test_a_tables_level_at_current_prices_leaves_its_growth_column():
    text = _JANUARY + (
        "指标 | 单位 | 2023年 | 增长%\n地区生产总值（现价） | 亿元 | 1856.3 | 5.5\n"
        "注：绝对数按现价计算，增长速度按可比价格计算。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.5") in found


def test_a_prices_clause_opening_the_sentence_makes_its_gdp_growth_nominal():
    text = _JANUARY + "按现行价格计算，全年地区生产总值1856.3亿元，比上年增长8.9%。\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "8.9") not in found


def test_an_ocr_group_of_one_digit_and_a_decimal_point_after_a_space_is_read():
    text = _JANUARY + "全县地区生产总值1856.3亿元，增长1 O.5%。\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "1 O.5") in found


def test_a_session_at_the_years_start_is_the_new_years_after_this_year_but_not_in_a_review():
    after_this_year = _JANUARY.replace("一、2023年工作回顾\n", "") + (
        "今年是攻坚之年。年初召开的县委全会提出的主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    found = all_values(after_this_year, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "5.5%左右") in found
    news = "青禾市2023年经济运行情况新闻发布会召开\n2024-01-22 来源：青禾日报\n\n" + (
        "年初召开的市人代会确定的一般公共预算收入预期目标为增长6%，全年实际增长6.2%。\n"
    )
    found = all_values(news, 2023)
    assert (("地方一般公共预算收入", "%", 2024, "target"), "6.2") not in found
