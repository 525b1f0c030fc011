"""Forms found in round fifty-one, reading what whole reports and the blind excerpts still miss,
each in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen import candidates


def all_values(text, report_year):
    """Every (key, value) extraction proposes, two values of one key apart."""
    return {(c.key[:4], c.key[4]) for c in extract(text, report_year=report_year)}


def test_a_worded_quota_in_the_list_of_targets_stays_beside_the_figure_the_work_plans():
    text = (
        "2025年主要预期目标是：地区生产总值增长6%左右，城镇新增就业、粮食产量完成省下达任务。"
        "稳定粮食生产，全年粮食产量稳定在35亿斤左右。"
    )
    found = all_values(text, 2024)
    assert (("粮食产量", "万吨", 2025, "target"), "完成省下达任务") in found
    assert (("粮食产量", "万吨", 2025, "target"), "35亿斤左右") in found
    assert (("城镇新增就业", "万人", 2025, "target"), "完成省下达任务") in found


def test_a_worded_quota_said_of_the_figures_of_its_own_clause_is_no_target_of_its_own():
    text = "2025年，财政总收入和地方一般公共预算收入分别增长8%、7.5%，完成市下达的任务目标。"
    found = all_values(text, 2024)
    assert (("一般公共预算总收入", "%", 2025, "target"), "8") in found
    assert not [value for key, value in found if not any(ch.isdigit() for ch in value)]


def test_two_worded_targets_of_one_series_give_one():
    text = (
        "2025年主要预期目标是：地区生产总值增长6%左右，居民人均可支配收入与经济增长同步。"
        "千方百计增加居民收入，确保居民人均可支配收入增长与经济增长基本同步。"
    )
    found = [v for k, v in all_values(text, 2024) if k[0] == "居民人均可支配收入"]
    assert len(found) == 1


def test_the_income_of_a_kind_of_county_is_not_the_places():
    # 脱贫县, 重点帮扶县: the counties lifted from poverty, no county's name
    for kind in ("其中脱贫县", "国家乡村振兴重点帮扶县", "山区县"):
        text = f"2025年，地区生产总值增长6%左右，{kind}农村居民人均可支配收入增长9%。"
        assert candidates(text, 2024) == {("地区生产总值", "%", 2025, "target"): "6%左右"}


def test_a_countys_name_still_opens_its_figures():
    text = "2025年，容城县农村居民人均可支配收入增长9%。"
    assert candidates(text, 2024) == {("农村居民人均可支配收入", "%", 2025, "target"): "9"}


def test_the_county_areas_output_in_a_countys_own_report_is_its_gdp():
    text = (
        "政府工作报告\n（2025年1月8日在某某县第十八届人民代表大会第四次会议上）\n某某县人民政府县长\n"
        "2024年，预计县域生产总值完成88.6亿元，增长5.2%。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "88.6"
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.2"


def test_the_county_areas_output_in_a_citys_report_is_its_counties():
    text = (
        "政府工作报告\n（2025年1月8日在某某市第十六届人民代表大会第四次会议上）\n某某市人民政府市长\n"
        "2024年，全市生产总值增长5%，县域生产总值完成880.6亿元，增长5.2%。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2024, "expected")] == "5"
    assert ("地区生产总值", "亿元", 2024, "expected") not in found


def test_the_towns_fixed_asset_investment_is_the_investment_where_no_other_is_given():
    # 城镇固定资产投资: all but the farms', the figure the reports of the 2000s headline
    text = "2008年，全市城镇固定资产投资完成560亿元，增长31.2%。2009年，城镇固定资产投资增长20%。"
    assert candidates(text, 2008) == {
        ("固定资产投资", "亿元", 2008, "expected"): "560",
        ("固定资产投资", "%", 2008, "expected"): "31.2",
        ("固定资产投资", "%", 2009, "target"): "20",
    }


def test_the_whole_of_societys_investment_is_kept_before_the_towns():
    text = "2008年，全社会固定资产投资完成620亿元，其中城镇固定资产投资完成560亿元。"
    assert candidates(text, 2008) == {("固定资产投资", "亿元", 2008, "expected"): "620"}
    # though its level is told after a milestone, which reads it with less confidence
    text = (
        "2010年，全社会固定资产投资突破万亿元大关，达到10310亿元，增长30.2%，"
        "城镇以上固定资产投资完成9520.4亿元，增长31.1%。"
    )
    assert candidates(text, 2010) == {
        ("固定资产投资", "亿元", 2010, "expected"): "10310",
        ("固定资产投资", "%", 2010, "expected"): "30.2",
    }


def test_the_towns_and_larger_projects_investment_is_the_investment_where_alone():
    text = "2017年，城镇以上固定资产投资完成186亿元，增长19%。"
    assert candidates(text, 2017) == {
        ("固定资产投资", "亿元", 2017, "expected"): "186",
        ("固定资产投资", "%", 2017, "expected"): "19",
    }


def test_the_value_added_of_industry_counted_in_the_statistics_is_above_the_threshold():
    # 入统: the firms the statistics count, those above the size threshold
    text = "2007年，入统工业增加值完成12.6亿元，增长28%。2008年，入统工业增长20%。"
    assert candidates(text, 2007) == {
        ("规上工业增加值", "亿元", 2007, "expected"): "12.6",
        ("规上工业增加值", "%", 2007, "expected"): "28",
        ("规上工业增加值", "%", 2008, "target"): "20",
    }


def test_one_value_shared_out_goes_to_the_known_names_of_a_list_with_unknown_ones():
    # 分别 over one value: each name's, as 均 says, the unknown name's left out
    text = "2015年，进出口总额、实际利用外资、引进外省到位资金分别增长20%左右。"
    assert candidates(text, 2014) == {
        ("进出口总额", "%", 2015, "target"): "20%左右",
        ("实际利用外资", "%", 2015, "target"): "20%左右",
    }
    text = "2012年，万元生产总值综合能耗和用水量分别下降3%。"
    assert candidates(text, 2011) == {("万元生产总值能耗", "%", 2012, "target"): "下降3"}


def test_a_growth_the_plan_is_arranged_for_is_the_target():
    # 按增长 5% 安排: the plan arranged for a growth of 5%
    text = "2026年主要预期目标是：地区生产总值按增长5.5%安排，在实际工作中争取更好结果。"
    assert candidates(text, 2025) == {("地区生产总值", "%", 2026, "target"): "5.5"}


REVIEW_OPENING = (
    "政府工作报告\n——2025年1月10日在某某市第十七届人民代表大会第四次会议上\n"
    "各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5.6%。\n"
)


def test_targets_announced_for_this_year_under_a_review_whose_plan_heading_is_lost():
    # the copy lost 二、2025年工作安排: 今年 of a report dated in 2025 is 2025
    text = (
        REVIEW_OPENING
        + "综合考虑，今年全市主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。"
    )
    assert candidates(text, 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "5.6",
        ("地区生产总值", "%", 2025, "target"): "6%左右",
        ("固定资产投资", "%", 2025, "target"): "8",
    }


def test_targets_of_the_year_reviewed_recalled_in_its_review_are_not_the_next_years():
    text = REVIEW_OPENING + "年初确定的2024年主要预期目标是：固定资产投资增长8%。"
    found = candidates(text, 2024)
    assert not [key for key in found if key[2] == 2025]


def test_the_work_after_this_years_targets_under_a_lost_plan_heading_plans_this_year():
    # the paragraphs of the year's work after the targets are the plan's, not the review's
    text = REVIEW_OPENING + (
        "做好今年政府工作的总体要求是：坚持稳中求进。\n"
        "综合考虑，今年全市主要预期目标是：地区生产总值增长6%左右。\n"
        "（一）坚定不移扩大有效需求\n力争服务业增加值增长7%，研究与试验发展经费投入强度达3.2%。"
    )
    found = candidates(text, 2024)
    assert found[("第三产业增加值", "%", 2025, "target")] == "7"
    assert found[("研究与试验发展经费投入强度", "%", 2025, "target")] == "3.2"
    assert ("第三产业增加值", "%", 2024, "expected") not in found


def test_this_years_targets_in_a_report_without_a_date_stay_as_the_text_gives_them():
    # 今年 of an undated December copy may be the year reviewed: no date, no new part
    text = "一、2024年工作回顾\n全年地区生产总值增长5.6%。\n做好今年工作的总体要求是：稳中求进。\n服务业增加值增长7%。"
    found = candidates(text, 2024)
    assert ("第三产业增加值", "%", 2025, "target") not in found


def test_a_list_counted_before_its_changes_shares_them_out():
    # 三项增速分别为: the names counted, then their growths
    text = "2023年，固定资产投资、社会消费品零售总额两项增速分别为6.1%和4.5%。"
    assert candidates(text, 2023) == {
        ("固定资产投资", "%", 2023, "expected"): "6.1",
        ("社会消费品零售总额", "%", 2023, "expected"): "4.5",
    }


def test_a_lists_levels_shared_out_after_a_standing_go_to_its_names():
    # …分别增长 4.5% 和 7.6%，均居全区第一，总量分别为…: the standing passed over
    text = (
        "2023年，城镇居民人均可支配收入、农村居民人均可支配收入分别增长4.5%和7.6%，"
        "均居全区第一，总量分别为42291元和21460元。"
    )
    found = candidates(text, 2023)
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "42291"
    assert found[("农村居民人均可支配收入", "元", 2023, "expected")] == "21460"


def test_the_foreign_direct_investment_paid_in_is_the_foreign_capital_used():
    text = "2023年，到位外商直接投资5097万美元。2024年，力争到位外商直接投资2000万美元以上。"
    assert candidates(text, 2023) == {
        ("实际利用外资", "万美元", 2023, "expected"): "5097",
        ("实际利用外资", "万美元", 2024, "target"): "2000万美元以上",
    }


def test_new_jobs_after_the_verb_that_brought_them_are_read():
    found = candidates("2023年，促进城镇新增就业7.1万人，发放创业担保贷款44.2亿元。", 2023)
    assert found[("城镇新增就业", "万人", 2023, "expected")] == "7.1"


def test_the_figures_a_sentence_gives_on_after_a_zones_are_the_zones():
    # the development zone's revenue, then its foreign capital: no figure of the county
    text = "2022年，开发区营业收入增长65.8%，税收收入增长29%，实际利用外资增长91.6%，创历史新高。"
    assert candidates(text, 2022) == {}
    text = "2025年，力争年内开发区营业收入超过450亿元，固投达到10亿元。"
    assert ("固定资产投资", "亿元", 2025, "target") not in candidates(text, 2024)


def test_a_sentence_past_a_zones_semicolon_or_counting_zones_is_the_places():
    text = (
        "2022年，开发区营业收入增长65.8%；实际利用外资增长9.6%。"
        "国家级高新区增加到9家，高新技术企业突破1万家。"
    )
    found = candidates(text, 2022)
    assert found[("实际利用外资", "%", 2022, "expected")] == "9.6"
    assert found[("高新技术企业", "家", 2022, "expected")] == "突破1万家"


def test_a_zones_own_report_gives_its_own_figures():
    text = "某某高新区2023年工作报告\n2023年，高新区营业收入增长16%，实际利用外资增长12%。"
    assert candidates(text, 2023)[("实际利用外资", "%", 2023, "expected")] == "12"


def test_a_count_listed_after_certifications_of_the_year_is_certified_too():
    # 认定 heads the list: the high-tech firms certified this year, no total
    text = "2024年，认定省级科技型中小企业268家、国家级高新技术企业12家。"
    assert ("高新技术企业", "家", 2024, "expected") not in candidates(text, 2024)


def test_the_size_of_the_projects_counted_is_no_figure():
    text = "2023年，其中固定资产投资5亿元以上重大项目47个。全年固定资产投资增长5%。"
    assert candidates(text, 2023) == {("固定资产投资", "%", 2023, "expected"): "5"}


def test_the_foreign_capital_of_the_domestic_and_foreign_used_together_is_the_second_value():
    text = "2023年，实际利用内外资分别达1045亿元、1.75亿美元，均居全省前列。"
    assert candidates(text, 2023) == {("实际利用外资", "亿美元", 2023, "expected"): "1.75"}
    text = "2021年，内、外资到位额69亿元、2151万美元。"
    assert candidates(text, 2021) == {("实际利用外资", "万美元", 2021, "expected"): "2151"}


def test_a_quota_of_a_five_year_plans_period_met_early_is_no_years():
    # 提前完成“十四五”减排目标任务: the period's quota, no figure of the year
    text = "2023年，地区生产总值增长5%，提前超额完成氨氮“十四五”减排目标任务。"
    assert candidates(text, 2023) == {("地区生产总值", "%", 2023, "expected"): "5"}
    text = "2023年，地区生产总值增长5%，氨氮完成减排目标任务。"
    assert candidates(text, 2023)[("氨氮", "%", 2023, "expected")] == "完成减排目标任务"


def test_a_zones_run_of_figures_ends_where_the_place_is_named_again():
    text = "2023年，开发区营业收入增长10%，全市地区生产总值增长5.5%。"
    assert candidates(text, 2023) == {("地区生产总值", "%", 2023, "expected"): "5.5"}


def test_a_zones_share_inside_the_places_list_leaves_the_list_the_places():
    text = "2023年，地区生产总值增长6%，园区工业增加值占比达到70%，固定资产投资增长8%。"
    assert candidates(text, 2023)[("固定资产投资", "%", 2023, "expected")] == "8"
    # a zone named inside the place's clause (its assessment) is no zone's figure
    text = "2023年，我市在全省开发区综合考核中排名第3位，地区生产总值增长6%。"
    assert candidates(text, 2023) == {("地区生产总值", "%", 2023, "expected"): "6"}


def test_a_cluster_zones_figures_are_the_zones():
    text = "2023年，产业集聚区主营业务收入增长15%，实际利用外资增长20%。"
    assert candidates(text, 2023) == {}


def test_one_total_of_domestic_and_foreign_capital_is_no_foreign_capital():
    for text in ("2023年，实际利用内外资1045亿元。", "2023年，内外资到位资金150亿元。"):
        assert not [key for key in candidates(text, 2023) if key[0] == "实际利用外资"]
    text = "2023年，内外资分别增长12%、20%。"
    assert candidates(text, 2023) == {("实际利用外资", "%", 2023, "expected"): "20"}


def test_a_count_listed_after_those_certified_so_far_is_a_total():
    for lead in ("累计认定", "通过认定的"):
        text = f"2023年，{lead}科技型中小企业1200家、高新技术企业350家。"
        assert candidates(text, 2023)[("高新技术企业", "家", 2023, "expected")] == "350"


def test_the_towns_investment_named_as_a_part_of_the_whole_is_no_figure():
    text = "2023年，全社会固定资产投资完成620亿元，其中城镇固定资产投资增长31.2%。"
    assert candidates(text, 2023) == {("固定资产投资", "亿元", 2023, "expected"): "620"}


def test_a_worded_restatement_in_the_years_work_is_not_kept_beside_the_listed_figure():
    text = (
        "2025年主要预期目标是：地区生产总值增长6%左右，万元生产总值能耗下降3%。\n"
        "推进节能降碳，确保万元生产总值能耗完成省下达的目标任务。"
    )
    found = all_values(text, 2024)
    assert [v for k, v in found if k[0] == "万元生产总值能耗"] == ["下降3"]


def test_a_later_years_targets_quoted_in_a_review_are_not_the_plans():
    text = REVIEW_OPENING + "对照“十四五”规划，2027年主要预期目标是：地区生产总值突破3000亿元。"
    assert not [key for key in candidates(text, 2024) if key[2] == 2027 or key[2] == 2025]


def test_the_plans_part_opens_on_its_requirements_or_targets_however_introduced():
    for opening in (
        "综合考虑各方面因素，今年全市主要预期目标是：地区生产总值增长6%左右。",
        "做好2025年政府工作的总体要求是：稳中求进。",
    ):
        text = REVIEW_OPENING + opening + "\n（一）扩大有效需求\n力争服务业增加值增长7%。"
        assert candidates(text, 2024)[("第三产业增加值", "%", 2025, "target")] == "7"


def test_the_size_of_the_projects_counted_after_a_verb_is_no_figure():
    text = "2023年，其中固定资产投资5亿元以上重大项目达到47个。全年固定资产投资增长5%。"
    assert candidates(text, 2023) == {("固定资产投资", "%", 2023, "expected"): "5"}


def test_the_income_of_old_revolutionary_or_delisted_counties_is_not_the_places():
    text = "2023年，地区生产总值增长6%，革命老区县农村居民人均可支配收入增长9%，摘帽县增长10%。"
    assert candidates(text, 2023) == {("地区生产总值", "%", 2023, "expected"): "6"}


def test_a_growth_the_plan_is_arranged_according_to_is_the_target():
    text = "2026年主要预期目标是：地区生产总值按照增长5.5%安排。"
    assert candidates(text, 2025) == {("地区生产总值", "%", 2026, "target"): "5.5"}


def test_the_total_said_after_a_channel_of_trade_is_the_channels():
    # 服务贸易进出口…、总额: the trade in services' total, no total of the place's trade
    text = "2023年，服务贸易进出口增长20%、总额1347.7亿美元。"
    assert ("进出口总额", "亿美元", 2023, "expected") not in candidates(text, 2023)
    text = "2023年，外贸进出口增长20%、总额134.7亿元。"
    assert candidates(text, 2023)[("进出口总额", "亿元", 2023, "expected")] == "134.7"


def test_a_result_forecast_to_be_held_in_a_bound_is_read():
    # 预计可控制在: as forecast, held within
    text = "2003年，全方位加强就业再就业工作，城镇登记失业率预计可控制在4.2%。"
    assert candidates(text, 2003) == {("城镇登记失业率", "%", 2003, "expected"): "4.2"}
