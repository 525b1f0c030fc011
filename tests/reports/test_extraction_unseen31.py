"""Forms found in the corpus read again in round thirty-four, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract, report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_urbanisation_written_as_chengshihua_is_the_urbanisation_rate():
    text = "2009年，全县城市化水平由2003年28.4%提高到35.2%。"
    found = candidates(text, 2009)
    assert found[("常住人口城镇化率", "%", 2009, "expected")] == "35.2"
    assert not any(key[2] == 2003 for key in found)


def test_a_span_starting_from_a_year_without_de_gives_the_end_to_the_year_reviewed():
    text = (
        "2012年，全市地区生产总值由2007年的152亿元增加到298亿元，城镇化率由2007年末41.5%提高到48%。"
    )
    found = candidates(text, 2012)
    assert found[("地区生产总值", "亿元", 2012, "expected")] == "298"
    assert found[("常住人口城镇化率", "%", 2012, "expected")] == "48"
    assert not any(key[2] == 2007 for key in found)


def test_the_air_quality_share_named_with_huanjing_is_read():
    text = "2020年，全区环境空气质量优良天数比例达到91.3%。"
    found = candidates(text, 2020)
    assert found[("优良空气天数比例", "%", 2020, "expected")] == "91.3"


def test_the_natural_growth_in_brackets_after_a_comparable_one_is_proposed_beside_it():
    text = "2019年，全县地方一般公共预算收入同口径增长8.1%（自然增长2.4%）。"
    key = ("地方一般公共预算收入", "%", 2019, "expected")
    found = [c for c in extract(text, report_year=2019) if c.key[:4] == key]
    assert {c.value_text: "同口径" in c.flags for c in found} == {"8.1": True, "2.4": False}


def test_a_sectors_share_or_tax_described_in_a_clause_is_not_its_value_added():
    text = "2018年，全市服务业税收占比首次超过工业，达到51%；第三产业比重稳步提高，达到46.2%。"
    found = candidates(text, 2018)
    assert ("第三产业增加值", "%", 2018, "expected") not in found


def test_a_worded_growth_looking_back_over_years_is_no_years_result():
    text = (
        "过去五年，全县一般公共预算收入、固定资产投资均保持两位数增长。"
        "2016年，一般公共预算收入增长与经济增长同步。"
    )
    found = candidates(text, 2016)
    assert ("固定资产投资", "%", 2016, "expected") not in found
    assert found[("地方一般公共预算收入", "%", 2016, "expected")] == "与经济增长同步"


def test_growths_shared_out_past_an_aside_go_to_the_list_before_it():
    text = (
        "2008年，全县实现生产总值120亿元、工业总产值210亿元、财政收入11.5亿元，"
        "均居全市第一，分别增长14.2%、25%和31.6%。"
        "利用外资3200万美元，出口总额8600万美元，首次进入全省前二十位，分别增长40%和22%。"
    )
    found = candidates(text, 2008)
    assert found[("地区生产总值", "%", 2008, "expected")] == "14.2"
    assert found[("一般公共预算总收入", "%", 2008, "expected")] == "31.6"
    assert found[("实际利用外资", "%", 2008, "expected")] == "40"
    assert found[("出口总额", "%", 2008, "expected")] == "22"


def test_foreign_capital_brought_in_is_the_foreign_capital_used():
    text = "2008年，全县引进境外资金2300万美元，增长35%。"
    found = candidates(text, 2008)
    assert found[("实际利用外资", "万美元", 2008, "expected")] == "2300"
    assert found[("实际利用外资", "%", 2008, "expected")] == "35"


def test_a_districts_value_added_is_its_gdp_but_a_zones_is_not():
    text = (
        "2013年，实现区增加值512.6亿元，可比增长7.9%。全年共完成增加值，见下。开发区增加值88亿元。"
    )
    found = candidates(text, 2013)
    assert found[("地区生产总值", "亿元", 2013, "expected")] == "512.6"
    assert found[("地区生产总值", "%", 2013, "expected")] == "7.9"
    text = "2013年是闸北发展的重要一年。全年共完成增加值163.8亿元，同比增长9.8%。"
    found = candidates(text, 2013)
    assert found[("地区生产总值", "亿元", 2013, "expected")] == "163.8"
    assert found[("地区生产总值", "%", 2013, "expected")] == "9.8"


def test_a_work_reports_page_posted_late_in_the_year_planned_does_not_date_it():
    text = (
        "2012年政府工作报告\n\n日期：2013-10-14 09:30 来源：某市人民政府\n\n各位代表：\n"
        "一、2012年工作回顾\n初步预计，全年实现生产总值420.5亿元，增长11.2%。"
    )
    assert report_metadata(text, 2012).results_kind == "expected"
    found = candidates(text, 2012)
    assert found[("地区生产总值", "亿元", 2012, "expected")] == "420.5"
    news = "某县经济运行稳中向好\n2013-08-20 09:30 来源：某县新闻网\n2012年，全县生产总值增长9%。"
    assert report_metadata(news, 2012).results_kind == "final"


def test_a_district_named_for_its_town_opens_its_own_figures():
    text = (
        "关于某市鹿城区2011年国民经济和社会发展计划执行情况的报告\n"
        "2011年，鹿城区生产总值完成512.3亿元（预计数，下同），增长9.6%。"
        "主城区生产总值完成300亿元。"
    )
    found = candidates(text, 2011)
    assert found[("地区生产总值", "亿元", 2011, "expected")] == "512.3"
    assert found[("地区生产总值", "%", 2011, "expected")] == "9.6"


def test_the_years_level_after_an_average_growth_and_its_standing_past_a_semicolon():
    text = (
        "四年来，全市地区生产总值年均增长12.1%，增幅是建市以来最快的时期之一；"
        "2009年达到310.2亿元，同比增长13.4%。"
        "四年累计完成全社会固定资产投资402.5亿元，年均增长22.4%，2009年达到131亿元，同比增长28.3%。"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "亿元", 2009, "expected")] == "310.2"
    assert found[("地区生产总值", "%", 2009, "expected")] == "13.4"
    assert found[("固定资产投资", "亿元", 2009, "expected")] == "131"
    assert found[("固定资产投资", "%", 2009, "expected")] == "28.3"


def test_a_growth_at_the_prices_of_a_base_year_is_the_years():
    text = (
        "2009年，全年实现现价地区生产总值31.6亿元，按2005年可比价格（下同）计算，比上年（下同）"
        "增长11.2%。全县属地财政总收入2.8亿元。"
    )
    found = candidates(text, 2009)
    assert found[("地区生产总值", "亿元", 2009, "expected")] == "31.6"
    assert found[("地区生产总值", "%", 2009, "expected")] == "11.2"
    assert found[("一般公共预算总收入", "亿元", 2009, "expected")] == "2.8"
    assert not any(key[2] == 2005 for key in found)


def test_values_shared_out_with_yi_and_past_a_shared_share_of_the_plan():
    text = (
        "2017年，城乡居民人均可支配收入分别以2.86万元、1.32万元位居全省第四和第三位。"
        "县市财政总收入达到3.1亿元，其中地方一般预算收入达到1.9亿元，"
        "分别完成年度计划的108.2%和111.5%，分别增长18.3%和20.6%。"
    )
    found = candidates(text, 2017)
    assert found[("城镇居民人均可支配收入", "元", 2017, "expected")] == "2.86万元"
    assert found[("农村居民人均可支配收入", "元", 2017, "expected")] == "1.32万元"
    assert found[("一般公共预算总收入", "%", 2017, "expected")] == "18.3"
    assert found[("地方一般公共预算收入", "%", 2017, "expected")] == "20.6"


def test_the_three_sectors_at_current_prices_and_jobs_counted_as_people():
    text = (
        "2009年，一、二、三产业现价增加值分别达到8.1亿元、12.4亿元、9.6亿元，"
        "分别增长4.2%、18.5%和11%。城镇新增就业人员3620人。"
    )
    found = candidates(text, 2009)
    assert found[("第二产业增加值", "亿元", 2009, "expected")] == "12.4"
    assert found[("第三产业增加值", "%", 2009, "expected")] == "11"
    assert found[("城镇新增就业", "万人", 2009, "expected")] == "3620人"


def test_values_shared_out_over_figures_one_a_clause_past_an_unknown_name():
    text = (
        "2016年，实际利用外资2.4亿美元，实际到位内资41.2亿元，分别增长12.6%、18.1%。"
        "地区生产总值150亿元，工业总产值260亿元，分别增长8%、11%。"
    )
    found = candidates(text, 2016)
    assert found[("实际利用外资", "%", 2016, "expected")] == "12.6"
    assert found[("地区生产总值", "%", 2016, "expected")] == "8"


def test_a_period_closing_a_documents_title_dates_no_figure():
    text = (
        "2025年，全市认真落实《某市高质量发展战略规划（2025—2035年）》，经济运行总体平稳。"
        "全年地区生产总值增长5.2%。"
    )
    found = candidates(text, 2025)
    assert found[("地区生产总值", "%", 2025, "expected")] == "5.2"
    assert not any(key[2] == 2035 for key in found)


def test_a_revenue_on_its_natural_basis_then_its_comparable_level_and_growth():
    text = "2022年，地方一般公共预算收入4.2亿元，自然增幅1.8%，同口径完成4.4亿元，增幅6.5%。"
    key = ("地方一般公共预算收入", "%", 2022, "expected")
    found = [c for c in extract(text, report_year=2022) if c.key[:4] == key]
    assert {c.value_text: "同口径" in c.flags for c in found} == {"1.8": False, "6.5": True}
