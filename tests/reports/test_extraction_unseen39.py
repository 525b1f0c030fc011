"""Forms found in the corpus read again in round forty-two, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from reports.extraction.sections import FINAL
from tests.reports.test_extraction_unseen import candidates


def test_averages_shared_out_over_a_list_ending_in_unknown_names_are_no_years_growth():
    text = (
        "过去五年，全市工业提质增效。规上工业增加值、数字经济核心产业增加值、新能源产业产值年均分别"
        "增长7.6%、18.4%和21%。规上工业增加值、物流业营业收入年均增长6.9%。"
        "2024年，规上工业增加值增长5.2%。"
    )
    found = candidates(text, 2024)
    assert found[("规上工业增加值", "%", 2024, "expected")] == "5.2"


def test_averages_before_the_levels_after_unknown_names_leave_the_levels_the_years():
    text = "2024年，全区固定资产投资、民间投资年均分别增长9.1%、7.7%，分别达到420亿元、260亿元。"
    found = candidates(text, 2024)
    assert ("固定资产投资", "%", 2024, "expected") not in found
    assert found[("固定资产投资", "亿元", 2024, "expected")] == "420"


def test_a_growth_each_name_of_a_list_has_still_goes_to_its_known_name():
    text = "全年规上工业增加值、工业用电量均同比增长8.5%，战新产业产值、规上工业增加值分别增长12%、8.5%。"
    found = candidates(text, 2024)
    assert found[("规上工业增加值", "%", 2024, "expected")] == "8.5"


def test_a_level_reached_as_expected_said_with_de_is_the_years_expected_result():
    text = "五年来，全县生产总值从310.5亿元增加到预计的468亿元，年均增长7.1%；固定资产投资达到预计的215亿元。"
    found = candidates(text, 2021)
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "468"
    assert found[("固定资产投资", "亿元", 2021, "expected")] == "215"


def test_a_notice_circulating_the_report_keeps_the_reports_own_date_line_under_it():
    text = (
        "某区人民政府关于印发政府工作报告的通知\n各街道办事处：\n"
        "区长代表区人民政府所作的政府工作报告，已经区人民代表大会审议通过，现印发给你们。\n"
        "某区人民政府\n2020年6月2日\n政府工作报告\n"
        "2020年5月18日在某区第五届\n\n人民代表大会第三次会议上\n"
        "一、2019年工作回顾\n全区地区生产总值增长6.9%。\n"
    )
    metadata = report_metadata(text)
    assert metadata.date_text == "2020-05-18"
    assert metadata.results_kind == FINAL
    assert candidates(text, 2019)[("地区生产总值", "%", 2019, "final")] == "6.9"


def test_a_quoted_list_captioned_after_as_the_years_targets_is_of_targets():
    text = (
        "1月9日，某市第七届人民代表大会第四次会议闭幕。回望2023年，全市发展态势回升向好。\n"
        "“地区生产总值增长6%左右，社会消费品零售总额增长7%，城镇调查失业率5.5%以内……”"
        "2024年全市经济社会发展的主要预期目标已经确定。\n"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2024, "target")] == "6%左右"
    assert found[("社会消费品零售总额", "%", 2024, "target")] == "7"
    assert not any(key[2] == 2023 for key in found)


def test_a_quoted_target_captioned_as_met_or_worked_around_stays_a_result_of_the_year():
    for text in (
        "全市“地区生产总值增长6%”的目标全面完成。",
        "“地区生产总值增长6%”的目标，经过全市上下共同努力已经实现。",
        "全市紧紧围绕“地区生产总值增长6%”的目标，攻坚克难。",
    ):
        found = candidates(text, 2023)
        assert found[("地区生产总值", "%", 2023, "expected")] == "6", text
        assert ("地区生产总值", "%", 2024, "target") not in found, text


def test_a_year_inside_a_quoted_target_is_the_targets_year():
    found = candidates("“2026年地区生产总值突破1000亿元”的奋斗目标。", 2023)
    assert found[("地区生产总值", "亿元", 2026, "target")] == "突破1000"


def test_a_revenue_growth_with_the_tax_rebates_restored_is_the_revenues_growth():
    text = (
        "2023年，区级一般公共预算收入还原增值税留抵退税因素后同比增长4.6%。"
        "财政总收入完成61.2亿元，还原组合式减税降费后，增长2.7%。"
    )
    found = candidates(text, 2023)
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "4.6"
    assert found[("一般公共预算总收入", "%", 2023, "expected")] == "2.7"
    found = candidates("2023年，一般公共预算收入同口径还原后增长8.1%。", 2023)
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "8.1"


def test_a_count_the_place_is_said_to_have_is_the_counts_figure():
    found = candidates("2020年末，全县共有高新技术企业58家、专精特新企业12家。", 2020)
    assert found[("高新技术企业", "家", 2020, "expected")] == "58"
    found = candidates("全市现有高新技术企业315家，拥有研发机构40个。", 2020)
    assert found[("高新技术企业", "家", 2020, "expected")] == "315"


def test_a_state_owned_investment_is_no_fixed_asset_investment_of_the_whole():
    found = candidates("国有固定资产投资增长5%，全区固定资产投资增长8%。", 2020)
    assert found[("固定资产投资", "%", 2020, "expected")] == "8"


def test_a_level_said_already_reached_is_the_years_level():
    text = (
        "一、2025年工作回顾\n"
        "回望过去，2024年全市地区生产总值已经达到8650亿元。2024年社会消费品零售总额已达3120亿元。\n"
    )
    found = candidates(text, 2025)
    assert found[("地区生产总值", "亿元", 2024, "final")] == "8650"
    assert found[("社会消费品零售总额", "亿元", 2024, "final")] == "3120"


def test_a_question_naming_the_year_planned_sets_no_target_for_the_answers_after_it():
    text = (
        "12月20日，县十七届人大四次会议开幕。2024年我县取得了哪些成绩？2025年又有哪些安排？"
        "一起来看。空气质量优良率保持在98%以上；城镇居民人均可支配收入增长5.6%。"
    )
    found = candidates(text, 2024)
    assert found[("优良空气天数比例", "%", 2024, "expected")] == "98%以上"
    assert found[("城镇居民人均可支配收入", "%", 2024, "expected")] == "5.6"
    assert not any(key[2] == 2025 for key in found)


def test_a_question_asking_for_the_years_targets_announces_them():
    text = "2024年，全市经济社会发展的主要预期目标是什么？地区生产总值增长6%左右。"
    assert candidates(text, 2023)[("地区生产总值", "%", 2024, "target")] == "6%左右"


def test_a_date_line_that_lost_its_month_mark_after_the_year_still_dates_the_report():
    text = (
        "某区2021年政府工作报告\n时间：2021-05-06 10:12:01 来源：本网\n"
        "──2021年225日在某市某区第九届\n人民代表大会第六次会议上\n各位代表：\n"
        "一、2020年工作回顾\n全区地区生产总值增长3.1%。\n"
    )
    metadata = report_metadata(text)
    assert metadata.date_text == "2021-02-25"
    assert candidates(text, 2020)[("地区生产总值", "%", 2020, "expected")] == "3.1"


def test_foreign_capital_said_to_have_arrived_is_the_capital_used():
    text = "2024年，全区实际利用外资到资520万美元，外贸出口增长4%。"
    found = candidates(text, 2024)
    assert found[("实际利用外资", "万美元", 2024, "expected")] == "520"


def test_a_rate_held_within_the_level_aboves_quota_is_a_worded_value():
    text = (
        "2021年主要预期目标：地区生产总值增长7%，城镇登记失业率、安全生产等指标控制在市定目标内。"
        "2020年，城镇调查失业率控制在省控目标以内。"
    )
    found = candidates(text, 2020)
    assert found[("城镇登记失业率", "%", 2021, "target")] == "控制在市定目标内"
    assert found[("城镇调查失业率", "%", 2020, "expected")] == "控制在省控目标以内"


def test_the_districts_level_after_the_budgets_name_is_the_local_revenue():
    text = "2023年，全区一般公共预算区级收入完成12.6亿元，增长5.5%。"
    found = candidates(text, 2023)
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "12.6"
    assert found[("地方一般公共预算收入", "%", 2023, "expected")] == "5.5"


def test_a_growth_compared_on_the_same_basis_is_an_annotated_growth():
    text = "2015年，全区一般公共预算收入41.3亿元，同口径对比增长18.2%。"
    found = candidates(text, 2015)
    assert found[("地方一般公共预算收入", "%", 2015, "expected")] == "18.2"


def test_the_ordinary_budgets_revenue_beside_the_whole_is_the_local_revenue():
    text = "2013年，全口径财政收入、一般预算财政收入分别完成210.5亿元和38.2亿元。"
    found = candidates(text, 2013)
    assert found[("一般公共预算总收入", "亿元", 2013, "expected")] == "210.5"
    assert found[("地方一般公共预算收入", "亿元", 2013, "expected")] == "38.2"


def test_the_goods_trades_exports_named_with_trade_are_the_exports():
    text = "2024年，全区货物贸易出口总额312亿元，增长9.5%。"
    found = candidates(text, 2024)
    assert found[("出口总额", "亿元", 2024, "expected")] == "312"
    assert found[("出口总额", "%", 2024, "expected")] == "9.5"


def test_a_record_set_between_a_level_and_its_growth_is_passed_over():
    text = "2014年，全区固定资产投资额128亿元，创历史新高，增长11.5%；社会消费品零售总额86亿元，再创历史最好水平，增长10%。"
    found = candidates(text, 2014)
    assert found[("固定资产投资", "%", 2014, "expected")] == "11.5"
    assert found[("社会消费品零售总额", "%", 2014, "expected")] == "10"


def test_the_whole_a_share_is_of_takes_no_figure_of_its_own():
    text = "2013年，全区网络零售额58.2亿元，增长36%，占全区社会消费品零售总额12.4%。"
    assert ("社会消费品零售总额", "%", 2013, "expected") not in candidates(text, 2013)
    text = "2013年，全区网络零售额58.2亿元，占同期全区社会消费品零售总额12.4%。"
    assert ("社会消费品零售总额", "%", 2013, "expected") not in candidates(text, 2013)
    text += "社会消费品零售总额增长9.8%。"
    assert candidates(text, 2013)[("社会消费品零售总额", "%", 2013, "expected")] == "9.8"


def test_a_zone_inside_the_place_as_a_figures_subject_makes_the_figure_the_zones():
    text = (
        "2012年，全县固定资产投资完成96亿元，增长22%，其中县产业集聚区完成固定资产投资41亿元；"
        "某某综合保税区实现进出口总值86亿元，全县进出口总额增长9%。"
    )
    found = candidates(text, 2012)
    assert found[("固定资产投资", "亿元", 2012, "expected")] == "96"
    assert ("进出口总额", "亿元", 2012, "expected") not in found
    assert found[("进出口总额", "%", 2012, "expected")] == "9"
