"""Forms found in the seventy-seventh set and after (the corpus read again, blind77 …), each in a
text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction.metadata import report_metadata
from tests.reports.test_extraction_unseen import candidates

GDP = "地区生产总值"
INCOME = "居民人均可支配收入"


def test_the_whole_years_figure_after_those_of_months_is_the_years():
    found = candidates(
        "2023年，年度计划地区生产总值480亿元，1—10月完成390.2亿元，同比增长3.1%，"
        "全年预计完成482亿元，增长4.5%。"
    )
    assert found[(GDP, "亿元", 2023, "target")] == "480"
    assert found[(GDP, "亿元", 2023, "expected")] == "482"
    assert found[(GDP, "%", 2023, "expected")] == "4.5"
    assert not any(value in ("390.2", "3.1") for value in found.values())


def test_the_years_growth_after_months_and_a_rank_is_the_years():
    found = candidates(
        "2023年，全年计划固定资产投资增长7%左右，前三季度增长6.4%，居全市第二，"
        "全年预计同比增长6.9%。"
    )
    assert found[("固定资产投资", "%", 2023, "target")] == "7%左右"
    assert found[("固定资产投资", "%", 2023, "expected")] == "6.9"


def test_a_name_within_a_clause_of_months_takes_the_years_figures_after_it():
    found = candidates(
        "2023年，1-9月城乡居民人均可支配收入28110元，同比增长5.6%，"
        "全年预计达到37200元，同比增长6.1%。"
    )
    assert found[(INCOME, "元", 2023, "expected")] == "37200"
    assert found[(INCOME, "%", 2023, "expected")] == "6.1"


def test_figures_of_months_alone_are_no_years():
    found = candidates("2023年，1—11月规上工业增加值增长5.8%，同比增长2.1%。")
    assert ("规上工业增加值", "%", 2023, "expected") not in found


def test_one_growth_said_alike_of_the_levels_before_is_each_ones():
    found = candidates(
        "2023年，地区生产总值850亿元，服务业增加值460亿元，社会消费品零售总额310亿元，"
        "同比增速均达6%以上；固定资产投资120亿元。"
    )
    for name in (GDP, "第三产业增加值", "社会消费品零售总额"):
        assert found[(name, "%", 2023, "expected")] == "6%以上"
    assert ("固定资产投资", "%", 2023, "expected") not in found


def test_a_growth_said_alike_of_one_level_is_its_own():
    found = candidates("2023年，进出口总额120亿元，同比均增长5%。")
    assert found[("进出口总额", "%", 2023, "expected")] == "5"


def test_a_growth_against_the_same_period_of_last_year_is_read():
    found = candidates("2023年，地区生产总值512亿元，比上年同期增长4.6%。")
    assert found[(GDP, "%", 2023, "expected")] == "4.6"
    found = candidates("2023年，规上工业增加值较去年同期（下同）增长7.2%。")
    assert found[("规上工业增加值", "%", 2023, "expected")] == "7.2"


def test_a_rank_of_the_total_or_of_its_growth_passes_over_to_the_growth():
    found = candidates("2023年，地区生产总值1860亿元、总量居全省第7位，增长5.1%、增速居全省第3位。")
    assert found[(GDP, "%", 2023, "expected")] == "5.1"


def test_ranks_and_margins_over_a_target_are_no_new_indicators():
    found = candidates(
        "2023年，地区生产总值增长5.1%，增速居全省第3位；一般公共预算收入48亿元，超预期目标2.6亿元。"
    )
    assert not any(key[0].endswith(("第", "目标")) for key in found)


def test_the_districts_revenue_named_with_its_level_alone_is_its_total_revenue():
    found = candidates("2023年，区财政总收入52.3亿元，增长6.8%，其中区级财政收入21亿元。")
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "52.3"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "21"
    found = candidates("2023年，开发区财政总收入9亿元。")
    assert ("一般公共预算总收入", "亿元", 2023, "expected") not in found


def test_an_income_growth_keeping_pace_with_gdps_is_a_worded_target():
    found = candidates(
        "2024年主要预期目标：地区生产总值增长5%左右，居民人均可支配收入增速与GDP增速基本同步。"
    )
    assert found[(INCOME, "%", 2024, "target")] == "与GDP增速基本同步"
    assert found[(GDP, "%", 2024, "target")] == "5%左右"


def test_foreign_investment_paid_in_and_industry_named_by_its_enterprises():
    found = candidates(
        "2023年，外商直接投资实际到资3.2亿美元，增长8.1 %；规上工业企业增加值增长6.3%。"
    )
    assert found[("实际利用外资", "亿美元", 2023, "expected")] == "3.2"
    assert found[("实际利用外资", "%", 2023, "expected")] == "8.1"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "6.3"


def test_a_date_line_that_lost_its_year_and_month_marks_still_dates_the_report():
    head = "关于某区2024年国民经济和社会发展计划执行情况的报告\n——2025417日在某区第一届\n人民代表大会第五次会议上\n"
    assert report_metadata(head).date_text == "2025-04-17"
    found = candidates(head + "一、2024年计划执行情况\n2024年，地区生产总值增长5.2%。", 2024)
    assert found[(GDP, "%", 2024, "final")] == "5.2"


def test_a_glued_date_that_splits_two_ways_dates_nothing():
    head = "关于某区2024年国民经济和社会发展计划执行情况的报告\n——2025111日在某区人民代表大会第五次会议上\n"
    assert report_metadata(head).date_text != "2025-11-01"
    assert report_metadata(head).date_text != "2025-01-11"


def test_last_years_targets_met_announce_results_not_targets():
    found = candidates(
        "去年主要目标任务全面完成\n实现地区生产总值512亿元，增长6.1%；财政总收入80亿元，增长7%。",
        2023,
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "512"
    assert not any(key[3] == "target" for key in found)


def test_urban_income_named_for_the_city_proper_and_sales_abbreviated():
    found = candidates(
        "2023年，市区居民人均可支配收入61200元，城市人均可支配收入增长5%，社零额增长6.5%。"
    )
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "61200"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "6.5"


def test_an_income_growth_above_the_economys_level_is_read_whole():
    found = candidates("2024年主要预期目标：城镇居民人均可支配收入增长高于经济发展水平。")
    assert found[("城镇居民人均可支配收入", "%", 2024, "target")] == "高于经济发展水平"


BARRED_ONE_CELL_A_LINE = """表一 2023年主要预期目标完成情况
指标名称 |
全年预期目标 |
全年完成情况 |
|
地区生产总值 |
增长5%左右 |
1280.6亿元，增长5.3% |
|
社会消费品零售总额 |
增长6%以上 |
530亿元，下降0.8% |
|
居民人均可支配收入 |
与经济增长同步 |
52310元，增长5.6% |
|
"""


def test_a_barred_table_written_one_cell_a_line_is_read_by_rows():
    found = candidates(BARRED_ONE_CELL_A_LINE)
    assert found[(GDP, "%", 2023, "target")] == "5%左右"
    assert found[(GDP, "亿元", 2023, "expected")] == "1280.6"
    assert found[(GDP, "%", 2023, "expected")] == "5.3"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "下降0.8"
    assert found[(INCOME, "元", 2023, "expected")] == "52310"
    assert found[(INCOME, "%", 2023, "expected")] == "5.6"


def test_a_span_of_years_written_with_zeng_zhi_gives_its_end():
    found = candidates("五年来，全县地区生产总值由2018年的61.2亿元增至2023年的88.5亿元。")
    assert found[(GDP, "亿元", 2023, "expected")] == "88.5"
    assert (GDP, "亿元", 2018, "final") not in found


def test_a_quota_naming_several_tasks_is_each_named_series():
    found = candidates("2024年主要目标：完成能耗强度降低和煤炭消费压减任务。", 2023)
    assert found[("万元生产总值能耗", "%", 2024, "target")] == "完成能耗强度降低和煤炭消费压减任务"
    found = candidates("2023年，完成市下达的节能降耗、碳减排和主要污染物减排任务。")
    quota = "完成市下达的节能降耗、碳减排和主要污染物减排任务"
    assert found[("万元生产总值能耗", "%", 2023, "expected")] == quota
    assert found[("单位地区生产总值二氧化碳排放降低", "%", 2023, "expected")] == quota


def test_the_share_of_the_plan_done_then_the_level_is_a_result():
    found = candidates("2023年，地区生产总值完成年度计划的101.5%，达到618亿元，增长5.2%。")
    assert found[(GDP, "亿元", 2023, "expected")] == "618"
    assert found[(GDP, "%", 2023, "expected")] == "5.2"
    found = candidates("2024年，确保完成年度计划，地区生产总值增长5%。", 2023)
    assert found[(GDP, "%", 2024, "target")] == "5"


def test_a_review_heading_going_on_into_this_year_after_other_periods_makes_results_final():
    text = (
        "一、2023年、“十四五”以来及今年以来工作回顾\n"
        "2023年，全市地区生产总值增长5.1%，一般公共预算收入增长4%。"
    )
    found = candidates(text)
    assert found[(GDP, "%", 2023, "final")] == "5.1"


def test_a_line_of_the_plan_then_after_a_colon_the_result_gives_both():
    text = (
        "一、2023年国民经济和社会发展计划执行情况\n"
        "——地区生产总值预期目标增长6%左右：预计全年地区生产总值完成1520亿元，增长5.4%。\n"
        "——全社会固定资产投资完成300亿元：预计全年固定资产投资完成312亿元以上。\n"
    )
    found = candidates(text)
    assert found[(GDP, "%", 2023, "target")] == "6%左右"
    assert found[(GDP, "%", 2023, "expected")] == "5.4"
    assert found[("固定资产投资", "亿元", 2023, "target")] == "300"
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "312亿元以上"


def test_both_incomes_named_without_residents_share_out_their_growths():
    found = candidates("2024年主要预期目标：城乡人均可支配收入分别预计增长5.8%、6.9%。")
    assert found[("城镇居民人均可支配收入", "%", 2024, "target")] == "5.8"
    assert found[("农村居民人均可支配收入", "%", 2024, "target")] == "6.9"


def test_forecast_verbs_inside_a_value_added_name_and_adverbs_before_a_bound():
    found = candidates(
        "2023年，规模以上工业预计完成增加值910亿元，增长7%以上；城镇登记失业率成功控制在3.5%以内；"
        "国高企业达到620家。"
    )
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "910"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "7%以上"
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "3.5%以内"
    assert found[("高新技术企业", "家", 2023, "expected")] == "620"


def test_a_bold_lead_glued_to_the_name_by_a_lost_stop_leaves_the_name_whole():
    found = candidates("经济运行企稳向好地区生产总值达1480亿元，同比增长4.2%。")
    assert found[(GDP, "亿元", 2023, "expected")] == "1480"
    assert found[(GDP, "%", 2023, "expected")] == "4.2"


def test_a_part_of_the_year_naming_a_trend_turned_does_not_date_the_years_figures():
    found = candidates(
        "2023年，扭转上半年投资增速放缓态势，实现规模以上工业增加值412亿元，增长6.3%。"
        "上半年，固定资产投资增长3%。"
    )
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "412"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "6.3"
    assert ("固定资产投资", "%", 2023, "expected") not in found
