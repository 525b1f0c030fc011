"""Forms found in the corpus read again in round thirty-two, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract, report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_pollutants_each_said_with_their_measure_share_one_fall():
    text = "2010年，全县氨氮排放量、化学需氧量排放量和二氧化硫排放量均下降3%以上。"
    found = candidates(text, 2010)
    assert found[("化学需氧量", "%", 2010, "expected")] == "下降3%以上"
    assert found[("氨氮", "%", 2010, "expected")] == "下降3%以上"
    assert found[("二氧化硫", "%", 2010, "expected")] == "下降3%以上"


def test_pollutants_each_said_with_their_measure_take_their_own_falls():
    text = "2010年，全市化学需氧量排放量、二氧化硫排放量分别下降4.1%和5.2%。"
    found = candidates(text, 2010)
    assert found[("化学需氧量", "%", 2010, "expected")] == "下降4.1"
    assert found[("二氧化硫", "%", 2010, "expected")] == "5.2"  # its sign left to the analyst


def test_research_spending_as_a_ratio_to_gdp_is_its_intensity():
    text = "2018年，全区研究与试验发展经费支出与地区生产总值之比达到3.1%，比上年提高0.2个百分点。"
    found = candidates(text, 2018)
    assert found[("研究与试验发展经费投入强度", "%", 2018, "expected")] == "3.1"


def test_a_natural_growth_rate_of_the_resident_population_is_the_population_s():
    text = "2015年，全县常住人口自然增长率5.12‰，城镇登记失业率3.1%。"
    assert candidates(text, 2015)[("人口自然增长率", "‰", 2015, "expected")] == "5.12"


def test_new_paid_in_foreign_capital_and_a_budget_revenue_with_finance_first_are_standard():
    text = (
        "2016年，全市新增到账外资6.3亿美元，增长12%；"
        "全县一般财政公共预算收入完成3.25亿元，增长8.1%。"
    )
    found = candidates(text, 2016)
    assert found[("实际利用外资", "亿美元", 2016, "expected")] == "6.3"
    assert found[("地方一般公共预算收入", "亿元", 2016, "expected")] == "3.25"


def test_a_rural_side_of_disposable_incomes_before_2013_is_the_net_income():
    text = "2009年，城乡居民人均可支配收入分别达到15200元和5100元，分别增长9%和8.5%。"
    found = candidates(text, 2009)
    assert found[("城镇居民人均可支配收入", "元", 2009, "expected")] == "15200"
    assert found[("农村居民人均纯收入", "元", 2009, "expected")] == "5100"
    assert found[("农村居民人均纯收入", "%", 2009, "expected")] == "8.5"
    # from 2013 on the rural survey counts a disposable income
    later = candidates(text.replace("2009", "2016"), 2016)
    assert later[("农村居民人均可支配收入", "元", 2016, "expected")] == "5100"


def test_a_level_passing_a_threshold_keeps_its_place_in_growths_shared_out():
    text = (
        "2010年，城镇居民人均可支配收入达到18000元、农民人均纯收入突破6000元，"
        "分别增长11.2%、13.5%。"
    )
    found = candidates(text, 2010)
    assert found[("城镇居民人均可支配收入", "%", 2010, "expected")] == "11.2"
    assert found[("农村居民人均纯收入", "%", 2010, "expected")] == "13.5"
    # the threshold is no level of the year
    assert ("农村居民人均纯收入", "元", 2010, "expected") not in found


def test_a_growth_in_words_after_a_level_is_the_level_s_growth():
    text = (
        "2020年，全县居民人均可支配收入达到26500元，与经济增长基本同步；"
        "社会消费品零售总额完成210亿元，增速高于全市平均水平；"
        "一般公共预算收入18.2亿元，实现正增长。"
    )
    found = candidates(text, 2020)
    assert found[("居民人均可支配收入", "%", 2020, "expected")] == "与经济增长基本同步"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "高于全市平均水平"
    assert found[("地方一般公共预算收入", "%", 2020, "expected")] == "实现正增长"


def test_a_growth_in_words_after_levels_shared_out_is_each_level_s():
    text = "2019年，城镇、农村居民人均可支配收入分别达到35200元和16800元，与经济增长同步。"
    found = candidates(text, 2019)
    assert found[("城镇居民人均可支配收入", "%", 2019, "expected")] == "与经济增长同步"
    assert found[("农村居民人均可支配收入", "%", 2019, "expected")] == "与经济增长同步"


def test_a_quota_met_after_a_level_is_no_growth_of_the_figures_before():
    text = (
        "2022年，全市地区生产总值1260亿元、增长2.1%，城镇新增就业人数10650人、完成省下达任务，"
        "实际使用外资4.8亿美元，完成市定任务。"
    )
    found = candidates(text, 2022)
    assert found[("地区生产总值", "%", 2022, "expected")] == "2.1"
    assert ("实际利用外资", "%", 2022, "expected") not in found


def test_a_date_line_after_hyphens_dates_the_report():
    text = (
        "2011年某市政府工作报告\n\n---- 2011年5月6日在某市第十四届人民代表大会第一次会议上\n"
        "各位代表：\n2010年，全市地区生产总值增长12.5%。"
    )
    assert report_metadata(text, 2010).date_text == "2011-05-06"
    assert candidates(text, 2010)[("地区生产总值", "%", 2010, "final")] == "12.5"


def test_a_span_of_years_in_a_text_dates_nothing():
    text = "某市2016-2020年发展规划实施情况\n2015年，全市地区生产总值增长8%。"
    assert report_metadata(text, 2015).date_text == ""


def test_wordings_of_total_revenue_energy_intensity_and_clean_air_days():
    text = (
        "2010年，全县大口径财政收入3.2亿元，增长18%；全省优良天数比例达到80.5%。"
        "2011年的目标是：节能减排单位增加值能耗下降3.5%。"
    )
    found = candidates(text, 2010)
    assert found[("一般公共预算总收入", "亿元", 2010, "expected")] == "3.2"
    assert found[("优良空气天数比例", "%", 2010, "expected")] == "80.5"
    assert found[("万元生产总值能耗", "%", 2011, "target")] == "下降3.5"


def test_a_count_grown_over_a_span_is_the_year_s_at_its_end():
    text = "2020年，高新技术企业由21家发展到58家，研发平台不断增加。"
    assert candidates(text, 2020)[("高新技术企业", "家", 2020, "expected")] == "58"


def test_a_lead_in_broken_by_a_line_still_opens_the_name_after_it():
    text = (
        "2015年，全县财政总收入30.2亿元，其\n中地方财政收入18.6亿元，分别增长8.1%、\n7.7%；"
        "生产总值增长7%。"
    )
    found = candidates(text, 2015)
    assert found[("地方一般公共预算收入", "亿元", 2015, "expected")] == "18.6"
    assert found[("地方一般公共预算收入", "%", 2015, "expected")] == "7.7"


def test_a_revenue_s_comparable_growth_after_its_growth_is_proposed_too():
    text = (
        "2022年，全市财政总收入90.5亿元，同比下降1.8%，可比增长8.4%；"
        "地区生产总值600亿元，名义增长9%，可比增长6%。"
    )
    found = extract(text, report_year=2022)
    revenue = {c.value_text for c in found if c.indicator == "一般公共预算总收入" and c.unit == "%"}
    assert revenue == {"下降1.8", "8.4"}
    # a GDP's 可比 is at comparable prices: the real growth, its series' figure, not a second
    # series; its nominal growth is none (round seventy-five)
    gdp = {c.value_text for c in found if c.indicator == "地区生产总值" and c.unit == "%"}
    assert gdp == {"6"}


def test_a_note_between_a_number_and_its_unit_is_passed_over():
    text = "2019年，全年实现地区生产总值312.5（含市直）亿元，增长7.1%。"
    found = candidates(text, 2019)
    assert found[("地区生产总值", "亿元", 2019, "expected")] == "312.5"
    assert found[("地区生产总值", "%", 2019, "expected")] == "7.1"


def test_the_end_of_the_plan_before_is_a_base_for_the_growths_after_it():
    text = (
        "五年来，全县经济稳中有进。2020年，全县完成地区生产总值260亿元、较“十二五”末增长31%，"
        "万元GDP能耗下降25%；城乡居民人均可支配收入达到36000元、16000元，分别增长40%、52%，"
        "居民收入持续跑赢经济增速。"
    )
    found = candidates(text, 2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "260"
    assert found[("城镇居民人均可支配收入", "元", 2020, "expected")] == "36000"
    assert ("地区生产总值", "%", 2020, "expected") not in found
    assert ("万元生产总值能耗", "%", 2020, "expected") not in found
    assert ("城镇居民人均可支配收入", "%", 2020, "expected") not in found


def test_a_growth_reached_in_circumstances_is_the_level_s_growth():
    text = "2019年，一般公共预算收入86亿元，在减税降费的背景下增长2.3%。"
    assert candidates(text, 2019)[("地方一般公共预算收入", "%", 2019, "expected")] == "2.3"


def test_a_total_passing_a_milestone_between_growth_and_level_is_an_aside():
    text = "2021年，全年GDP增长8.6%，总量跨过3万亿元大关，达到3.12万亿元。"
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "expected")] == "8.6"
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "3.12万亿元"


def test_bullets_run_together_each_open_an_item_of_its_own():
    text = (
        "五年成就●2016至2019年，经济增速连续16个季度保持在6%以上"
        "●全省城镇化率达到61.2%●全省优良天数比例达到73.5%\n"
    )
    found = candidates(text, 2020)
    assert found[("常住人口城镇化率", "%", 2020, "expected")] == "61.2"
    assert found[("优良空气天数比例", "%", 2020, "expected")] == "73.5"


def test_growths_shared_out_over_figures_of_unknown_names_give_the_known_one_its_place():
    text = (
        "2012年，全市实现进出口总额58亿美元、服务外包合同额120亿元、旅游总收入390亿元，"
        "分别增长21%、35.2%和18.6%。"
    )
    found = candidates(text, 2012)
    assert found[("进出口总额", "%", 2012, "expected")] == "21"
    # the unknown names keep their own figures
    names = {c.indicator for c in extract(text, report_year=2012)}
    assert {"服务外包合同额", "旅游总收入"} <= names


def test_a_part_of_the_year_compared_with_is_not_the_figures_own():
    text = (
        "2020年，商品销售总额下降5.1%，降幅较上半年收窄10.2个百分点；"
        "社会消费品零售总额完成980.5亿元，同比增长1.2%。"
    )
    found = candidates(text, 2020)
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "980.5"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "1.2"


def test_a_growth_on_the_province_s_basis_and_after_a_change_of_a_named_year_deducted():
    text = (
        "2019年，全市财政总收入720.6亿元，按省口径计算增长4.1%，"
        "剔除2019年新增减税降费政策因素，同口径增长13.2%。"
    )
    found = extract(text, report_year=2019)
    growths = {c.value_text for c in found if c.indicator == "一般公共预算总收入" and c.unit == "%"}
    assert growths == {"4.1", "13.2"}


def test_a_threshold_passed_in_figures_and_a_standing_after_a_rank_are_asides():
    city = "2006年，全市生产总值达到10366亿元，突破1万亿元，按可比价格计算增长11.8%。"
    assert candidates(city, 2006)[("地区生产总值", "%", 2006, "expected")] == "11.8"
    county = "2006年，全县地区生产总值完成310.2亿元，总量稳居全市第一、全省县域前列，增长6.1%。"
    assert candidates(county, 2006)[("地区生产总值", "%", 2006, "expected")] == "6.1"


def test_the_year_s_levels_after_growths_averaged_over_years_name_their_year():
    text = (
        "五年来，地区生产总值、财政总收入年均分别增长10.2%、12.5%，"
        "2011年分别达到960亿元、310亿元，是2006年的1.6倍、1.8倍。"
    )
    found = candidates(text, 2011)
    assert found[("地区生产总值", "亿元", 2011, "expected")] == "960"
    assert found[("一般公共预算总收入", "亿元", 2011, "expected")] == "310"
    assert ("地区生产总值", "%", 2011, "expected") not in found


def test_targets_proposed_under_the_review_s_heading_are_the_coming_year_s():
    text = (
        "一、2023年工作回顾\n全年地区生产总值达到1850.3亿元，同比增长7.2%。\n"
        "2024年，要坚定信心。综合各方面因素，建议全区经济社会发展的主要预期目标是："
        "地区生产总值增长5.5%左右，区级一般公共预算收入增长4%。\n"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "7.2"
    assert found[("地区生产总值", "%", 2024, "target")] == "5.5%左右"
    assert found[("地方一般公共预算收入", "%", 2024, "target")] == "4"


def test_a_copy_that_lost_its_percent_signs_keeps_its_growths_and_rates():
    text = (
        "2009年，完成地方财政收入860.2亿元，增长9.8。城镇登记失业率为2.35。"
        "全市地区生产总值3100亿元，比上年增长10.1。"
    )
    found = candidates(text, 2009)
    assert found[("地方一般公共预算收入", "%", 2009, "expected")] == "9.8"
    assert found[("城镇登记失业率", "%", 2009, "expected")] == "2.35"
    assert found[("地区生产总值", "%", 2009, "expected")] == "10.1"


def test_double_digit_growth_and_rates_held_to_are_results():
    text = (
        "2015年，城乡居民人均可支配收入保持两位数增长；"
        "城镇登记失业率控制到2.9%；人口自然增长率控制到3.2‰。"
    )
    found = candidates(text, 2015)
    assert found[("城镇居民人均可支配收入", "%", 2015, "expected")] == "保持两位数增长"
    assert found[("农村居民人均可支配收入", "%", 2015, "expected")] == "保持两位数增长"
    assert found[("城镇登记失业率", "%", 2015, "expected")] == "2.9"
    assert found[("人口自然增长率", "‰", 2015, "expected")] == "3.2"


def test_one_growth_each_of_a_list_closed_by_an_unknown_name():
    text = "2022年，全县规上工业增加值、工业用电量均同比增长8.7%；贸易出口总额3.1亿美元。"
    found = candidates(text, 2022)
    assert found[("规上工业增加值", "%", 2022, "expected")] == "8.7"
    assert found[("出口总额", "亿美元", 2022, "expected")] == "3.1"


def test_a_date_line_opened_by_quote_marks_with_its_meeting_broken_dates_the_report():
    text = (
        "政 府 工 作 报 告\n;;;;2020年6月12日在某市第八届\n  \n人民代表大会第五次会议上\n"
        "各位代表：\n2019年，全市GDP完成380亿元，增长7.1%。"
    )
    assert report_metadata(text, 2019).date_text == "2020-06-12"
    assert candidates(text, 2019)[("地区生产总值", "%", 2019, "final")] == "7.1"


def test_a_number_broken_before_its_decimal_point_is_one_number():
    text = "2020年，全县外贸出口3\n.6亿美元，增长4%。"
    assert candidates(text, 2020)[("出口总额", "亿美元", 2020, "expected")] == "3\n.6"


def test_growth_a_programme_drove_is_the_year_s_and_planned_investment_no_target():
    text = (
        "2019年，全年新开工项目820个，计划总投资1500亿元，带动全社会固定资产投资增长9.6%；"
        "全县粮食种植面积38.2万亩，超计划0.5万亩，产量达到15.6万吨。"
    )
    found = candidates(text, 2019)
    assert found[("固定资产投资", "%", 2019, "expected")] == "9.6"
    assert found[("粮食产量", "万吨", 2019, "expected")] == "15.6"


def test_a_growth_s_target_said_after_the_noun_is_a_target():
    text = "其中，2018年全省的地区生产总值增长的预期目标为7.5%左右，固定资产投资增长10%。"
    found = candidates(text, 2017)
    assert found[("地区生产总值", "%", 2018, "target")] == "7.5%左右"


def test_figures_after_facing_the_new_year_are_its_targets():
    text = (
        "报告指出，过去的一年实现地区生产总值320亿元，可比增长7.5%。"
        "面对新的一年，报告中指出，地区生产总值增长8%，固定资产投资增长10%。"
    )
    found = candidates(text, 2018)
    assert found[("地区生产总值", "%", 2018, "expected")] == "7.5"
    assert found[("地区生产总值", "%", 2019, "target")] == "8"
    assert found[("固定资产投资", "%", 2019, "target")] == "10"


def test_an_attachments_field_of_the_page_before_the_report_opens_no_annex():
    text = (
        "信息索引号 K1/2019-1 公开方式 主动公开\n发布日期 2019-01-18\n附件\n2019年政府工作报告\n"
        "政府工作报告\n各位代表：\n2018年，全区实现地区生产总值570亿元，增长5%。\n"
    )
    found = candidates(text, 2018)
    assert found[("地区生产总值", "亿元", 2018, "expected")] == "570"
    assert found[("地区生产总值", "%", 2018, "expected")] == "5"


def test_the_economy_s_aggregate_is_its_gdp():
    text = "2018年，全区经济总量突破千亿大关，达到1052.3亿元，增长7.6%。"
    found = candidates(text, 2018)
    assert found[("地区生产总值", "亿元", 2018, "expected")] == "1052.3"
    assert found[("地区生产总值", "%", 2018, "expected")] == "7.6"


def test_a_level_in_brackets_after_its_growth_is_the_year_s_level():
    text = "2024年，全区地区生产总值增长6.1%（达到980.4亿元），社会消费品零售总额增长3.8%（412.6亿元）。"
    found = candidates(text, 2024)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "980.4"
    assert found[("社会消费品零售总额", "亿元", 2024, "expected")] == "412.6"
    assert found[("社会消费品零售总额", "%", 2024, "expected")] == "3.8"


def test_targets_required_and_a_pollutant_named_short_are_read():
    text = (
        "今年的主要目标是，地区生产总值增长9%以上，并要求万元生产总值综合能耗下降4.2%左右，"
        "化学需氧排放量下降3%以上。"
    )
    found = candidates(text, 2006)
    assert found[("万元生产总值能耗", "%", 2007, "target")] == "下降4.2%左右"
    assert found[("化学需氧量", "%", 2007, "target")] == "下降3%以上"
