"""Forms found in the corpus read again in round thirty-eight, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates


def test_retail_sales_named_without_the_society_or_as_sales_are_the_retail_total():
    text = (
        "2004年，全区实现消费品零售额96亿元，按可比口径增长7%。"
        "2020年，全县社会消费品销售总额52.3亿元，增长4.6%。"
    )
    found = candidates(text, 2021)
    assert found[("社会消费品零售总额", "亿元", 2004, "expected")] == "96"
    assert found[("社会消费品零售总额", "亿元", 2020, "expected")] == "52.3"
    assert found[("社会消费品零售总额", "%", 2020, "expected")] == "4.6"


def test_retail_sales_of_the_firms_above_the_quota_are_no_retail_total():
    text = "2020年，全县限额以上企业消费品零售额增长10.3%，限上消费品零售额18亿元。"
    found = candidates(text, 2021)
    assert not [key for key in found if key[0] == "社会消费品零售总额"]


def test_a_fall_written_bi_jiang_after_a_revenue_is_its_fall():
    text = "2022年，全县一般公共预算总收入38.2亿元，（同口径）比降4.1%，地方一般公共预算收入20.6亿元，比增3%。"
    found = candidates(text, 2023)
    assert found[("一般公共预算总收入", "%", 2022, "expected")] == "降4.1"
    assert found[("地方一般公共预算收入", "%", 2022, "expected")] == "3"


def test_a_growth_after_the_increase_over_the_year_before_is_the_figures():
    text = "2024年，全市实现地区生产总值231.5亿元，同比净增20.3亿元，增长6.6%；固定资产投资增长9%。"
    found = candidates(text, 2025)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "231.5"
    assert found[("地区生产总值", "%", 2024, "expected")] == "6.6"


def test_the_output_after_grain_sown_with_its_verb_first_is_the_grain_output():
    text = "2024年，全县新建高标准农田3万亩，播种粮食25.1万亩，总产6.32万吨。"
    found = candidates(text, 2025)
    assert found[("粮食产量", "万吨", 2024, "expected")] == "6.32"


def test_a_target_named_after_a_word_for_namely_is_the_indicators():
    text = (
        "政府工作报告\n——2022年1月8日在某县人民代表大会上\n"
        "报告明确了全县2022年的主要预期目标，即地区生产总值增长7.5%以上，固定资产投资增长9%。"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2022, "target")] == "7.5%以上"


def test_the_air_named_good_without_its_quality_is_the_share_of_good_days():
    text = "2020年，全县地区生产总值增长4%，全年空气优良率达到76%以上。"
    found = candidates(text, 2021)
    assert found[("优良空气天数比例", "%", 2020, "expected")] == "76%以上"


def test_exports_made_by_the_firms_directly_are_the_exports():
    text = "2010年，全区外贸直接出口总额52亿美元，同比增长21.4%。"
    found = candidates(text, 2011)
    assert found[("出口总额", "亿美元", 2010, "expected")] == "52"
    assert found[("出口总额", "%", 2010, "expected")] == "21.4"


def test_the_city_and_country_incomes_shared_out_are_the_urban_and_rural_ones():
    text = "2020年，城市和农村居民可支配收入分别达到4.1万元、1.9万元，分别比2015年增加1.2万元和0.6万元。"
    found = candidates(text, 2021)
    assert found[("城镇居民人均可支配收入", "元", 2020, "expected")] == "4.1万元"
    assert found[("农村居民人均可支配收入", "元", 2020, "expected")] == "1.9万元"


def test_a_level_grown_to_another_with_no_from_is_the_second():
    text = (
        "政府工作报告\n——2011年1月15日在某县人民代表大会上\n"
        "五年来，综合实力大幅跃升。与2005年相比，预计GDP52.3亿元增加到120.5亿元，年均增长14%。"
    )
    found = candidates(text, 2010)
    assert found[("地区生产总值", "亿元", 2010, "expected")] == "120.5"


def test_retail_sales_under_their_older_name_of_goods_are_the_retail_total():
    text = "2001年，全县社会商品零售额21亿元，增长8.7%。"
    found = candidates(text, 2002)
    assert found[("社会消费品零售总额", "亿元", 2001, "expected")] == "21"
    assert found[("社会消费品零售总额", "%", 2001, "expected")] == "8.7"


def test_a_fall_written_xia_die_is_a_fall():
    text = "2022年，全市外贸进出口总额183.6亿元，下跌9.2%；地方一般公共预算收入20亿元。"
    found = candidates(text, 2023)
    assert found[("进出口总额", "%", 2022, "expected")] == "下跌9.2"


def test_the_air_of_the_county_town_is_the_countys_share_of_good_days():
    text = "2020年，全县地区生产总值增长3%，县城空气质量优良率98.6%，水环境质量稳定。"
    found = candidates(text, 2021)
    assert found[("优良空气天数比例", "%", 2020, "expected")] == "98.6"


def test_the_local_total_of_the_general_budget_is_the_total_revenue():
    text = (
        "2005年全省地方财政一般预算总收入完成610.2亿元，比上年增长19.8%，比2000年同口径增长1.2倍。"
    )
    found = candidates(text, 2006)
    assert found[("一般公共预算总收入", "亿元", 2005, "expected")] == "610.2"
    assert found[("一般公共预算总收入", "%", 2005, "expected")] == "19.8"


def test_a_growth_after_a_milestone_and_a_threshold_passed_is_the_figures():
    text = "2022年，全区地区生产总值再上一个百亿级台阶、突破600亿元、增长3.8%，一般公共预算收入超40亿元。"
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2022, "expected")] == "3.8"
    assert ("地区生产总值", "亿元", 2022, "expected") not in found


def test_a_name_right_after_the_count_of_years_is_their_total_not_a_years_figure():
    text = (
        "政府工作报告\n——2011年1月15日在某县人民代表大会上\n"
        "五年来，综合实力大幅跃升。规模以上固定资产投资五年累计完成446亿元；"
        "五年实际利用外资2.3亿美元，年均增长30%。2010年，实际利用外资0.6亿美元。"
    )
    found = candidates(text, 2010)
    assert found[("实际利用外资", "亿美元", 2010, "expected")] == "0.6"


def test_a_heading_of_five_years_on_the_line_before_dates_no_figure():
    text = "赶超发展的五年\n地区生产总值从2011年的1520亿元增加到2016年的2243.1亿元，年均增长8.6%。"
    found = candidates(text, 2017)
    assert found[("地区生产总值", "亿元", 2016, "expected")] == "2243.1"


def test_a_table_one_cell_a_line_that_closes_no_row_is_read_in_rows_of_its_width():
    cells = [
        "指标名称 |", "2021年预期目标（增速） |", "2021年完成情况（预计） |", "|", "绝对值 |", "增速 |",
        "||",  # the header's rows closed by bars, its cells' rows by none, an empty cell a bar
        "地区生产总值 |", "7% |", "980亿元 |", "7.6% |",
        "地方一般公共预算收入 |", "5% |", "96.2亿元 |", "3% |",
        "实施重大项目 |", "120项 |", "131项 |", "|",
        "城镇居民人均可支配收入 |", "与经济增长基本同步 |", "|", "完成 |",
        "单位地区生产总值能耗降低率 |", "完成市级下达目标 |", "|", "完成 |",
    ]  # fmt: skip
    table = "".join(f"{cell}\n" for cell in cells)
    text = (
        "关于某区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
        "——2021年12月20日在某区人民代表大会上\n2021年主要指标完成情况\n"
        + table
        + "（一）稳增长。\n"
    )
    found = candidates(text, 2021)
    assert found[("地区生产总值", "%", 2021, "target")] == "7"
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "980"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.6"
    assert found[("地方一般公共预算收入", "亿元", 2021, "expected")] == "96.2"


def test_foreign_capital_actually_paid_in_is_the_foreign_capital_used():
    text = "2013年，全区实际到账外资2.6亿美元，增长35.2%；工商登记注册外资4亿美元。"
    found = candidates(text, 2014)
    assert found[("实际利用外资", "亿美元", 2013, "expected")] == "2.6"
    assert found[("实际利用外资", "%", 2013, "expected")] == "35.2"


def test_a_pollutant_named_after_its_kind_is_the_pollutant():
    text = "2012年，预计万元生产总值综合能耗下降4.2%、主要污染物化学需氧量削减3.1%。"
    found = candidates(text, 2013)
    assert found[("化学需氧量", "%", 2012, "expected")] == "削减3.1"


def test_the_figure_after_a_described_course_and_a_milestone_is_the_years():
    text = "2014年，固定资产投资保持较快增长态势，首次突破五百亿元大关，完成512.4亿元，增长18.2%。"
    found = candidates(text, 2015)
    assert found[("固定资产投资", "亿元", 2014, "expected")] == "512.4"
    assert found[("固定资产投资", "%", 2014, "expected")] == "18.2"


def test_the_whole_years_figure_after_the_course_of_its_quarters_is_the_years():
    text = (
        "2024年，全县GDP增速从一季度2.9%、到上半年3.6%、再到前三季度4.1%，全年完成412.5亿元、"
        "同比增长4.5%；完成一般公共预算收入30.2亿元。"
    )
    found = candidates(text, 2025)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "412.5"
    assert found[("地区生产总值", "%", 2024, "expected")] == "4.5"


def test_an_expected_years_growth_after_a_course_of_its_parts_is_the_years():
    text = "2023年，地区生产总值增速逐季回升，上半年3.1%、前三季度4.2%、预计全年5%左右。"
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5%左右"


def test_a_level_grown_from_another_over_a_wrapped_line_is_the_second():
    text = (
        "政府工作报告\n——2011年1月10日在某县人民代表大会上\n"
        "五年来，主要经济指标快速增长。全县生产总值由“十五”末的\n14.6亿元增加到23.1亿元，年均增长9.6%。"
    )
    found = candidates(text, 2010)
    assert found[("地区生产总值", "亿元", 2010, "expected")] == "23.1"


def test_a_digests_part_headed_by_the_coming_year_and_a_motto_holds_its_targets():
    text = (
        "2023年\n全市地区生产总值迈上新台阶\n城镇新增就业52.1万人\n"
        "2024 新征程 开新局\n地区生产总值预期目标增长5.5%左右\n加快推动数字化建设\n"
    )
    found = candidates(text, 2023)
    assert found[("城镇新增就业", "万人", 2023, "expected")] == "52.1"
    assert found[("地区生产总值", "%", 2024, "target")] == "5.5%左右"


def test_a_list_the_next_paragraph_sets_out_to_meet_is_the_plan_years_targets():
    text = (
        "地区生产总值增长12%；地方一般预算收入增长14%；城镇登记失业率控制在4%以内。\n"
        "为实现以上目标，我们将着重抓好五个方面的工作：\n（一）加快经济结构调整\n"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "%", 2010, "target")] == "12"
    assert found[("城镇登记失业率", "%", 2010, "target")] == "4%以内"


def test_a_years_results_before_a_paragraph_setting_out_to_meet_targets_stay_results():
    text = (
        "2009年，地区生产总值增长11%；地方一般预算收入增长13%。\n"
        "为实现以上目标，我们将着重抓好五个方面的工作：\n"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "%", 2009, "expected")] == "11"


def test_the_growth_after_a_level_grown_from_another_is_the_spans():
    text = (
        "政府工作报告\n——2011年1月12日在某区人民代表大会上\n"
        "五年来，三产增加值从38.5亿元增长到87亿元，增长126%。2010年，地区生产总值180亿元，增长12%。"
    )
    found = candidates(text, 2010)
    assert found[("第三产业增加值", "亿元", 2010, "expected")] == "87"
    assert ("第三产业增加值", "%", 2010, "expected") not in found
    assert found[("地区生产总值", "%", 2010, "expected")] == "12"


def test_research_spending_named_short_as_a_share_of_gdp_is_the_rd_intensity():
    text = "2010年，全市服务业税收88.2亿元，增长19%。全市研究经费支出占生产总值比重2.1%。"
    found = candidates(text, 2011)
    assert found[("研究与试验发展经费投入强度", "%", 2010, "expected")] == "2.1"


def test_capital_paid_in_after_the_foreign_capital_contracted_is_the_foreign_capital_used():
    text = (
        "2010年，合同利用市外内资12.5亿元，实际到位4.2亿元；合同利用外资3900万美元，"
        "实际到位1850万美元。合同吸收外资18亿美元，实际到位12.6亿美元，分别比上年增长60.2%和21.4%。"
    )
    found = candidates(text, 2011)
    assert found[("实际利用外资", "万美元", 2010, "expected")] == "1850"
    assert found[("实际利用外资", "亿美元", 2010, "expected")] == "12.6"
    assert found[("实际利用外资", "%", 2010, "expected")] == "21.4"
    assert "4.2" not in {value for key, value in found.items() if key[0] == "实际利用外资"}


def test_what_flows_in_over_the_years_a_paragraph_looks_back_over_is_their_sum():
    text = (
        "政府工作报告\n——2022年1月6日在某县人民代表大会上\n"
        "五年来，我们致力稳增长、促转型。开展产业链精准招商，引进亿元以上项目180个，"
        "实际利用外资4.2亿美元、内资380亿元；城镇新增就业6.3万人。\n"
        "2021年，实际利用外资1.1亿美元，城镇新增就业1.4万人。"
    )
    found = candidates(text, 2021)
    assert found[("实际利用外资", "亿美元", 2021, "expected")] == "1.1"
    assert found[("城镇新增就业", "万人", 2021, "expected")] == "1.4"


def test_a_flows_level_averaged_over_the_years_after_it_is_the_last_years():
    text = (
        "政府工作报告\n——2021年1月5日在某市人民代表大会上\n"
        "五年来，综合实力明显增强。预计，完成生产总值412亿元，年均增长6.5%；"
        "实际使用外资7800万美元，年均增长1.6%。"
    )
    found = candidates(text, 2020)
    assert found[("实际利用外资", "万美元", 2020, "expected")] == "7800"


def test_a_list_read_as_targets_merges_with_the_targets_it_repeats():
    text = (
        "2010年，全区地区生产总值增长12%。\n"
        "地区生产总值增长12%；城镇登记失业率控制在4%以内。\n"
        "为实现以上目标，我们将着重抓好五个方面的工作：\n"
    )
    found = extract(text, report_year=2009)
    keys = [(c.indicator, c.unit, c.year, c.kind) for c in found]
    assert keys.count(("地区生产总值", "%", 2010, "target")) == 1
