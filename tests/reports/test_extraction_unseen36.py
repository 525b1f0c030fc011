"""Forms found in the corpus read again in round thirty-nine, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_threshold_passed_with_no_comma_before_the_level_leaves_the_level_and_its_growth():
    text = (
        "2024年，全市地区生产总值首次突破500亿元达到512.6亿元，增长6.1%；"
        "社会消费品零售总额超200亿元达到204亿元。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "512.6"
    assert found[("地区生产总值", "%", 2024, "expected")] == "6.1"
    assert found[("社会消费品零售总额", "亿元", 2024, "expected")] == "204"


def test_a_rank_entered_right_after_the_level_is_passed_over_to_the_growth():
    text = (
        "2024年，全县地区生产总值达到268亿元跻身全国百强县，同比增长5.9%；"
        "一般公共预算收入21.4亿元，迈进全省30强，增长7.2%。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "亿元", 2024, "expected")] == "268"
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.9"
    assert found[("地方一般公共预算收入", "%", 2024, "expected")] == "7.2"


def test_the_incomes_of_the_pastures_residents_are_the_rural_incomes():
    text = (
        "2023年，农村牧区常住居民人均可支配收入增长6.8%。"
        "2024年，城镇常住居民人均可支配收入43120元，增长5%；"
        "牧区常住居民人均可支配收入21560元，增长7.1%。"
    )
    found = candidates(text, 2024)
    assert found[("农村居民人均可支配收入", "%", 2023, "final")] == "6.8"
    assert found[("农村居民人均可支配收入", "元", 2024, "expected")] == "21560"
    assert found[("农村居民人均可支配收入", "%", 2024, "expected")] == "7.1"


def test_a_year_a_base_was_reached_in_is_not_the_year_of_the_figures_after_it():
    text = (
        "2010年，全市人均生产总值在2009年突破3000美元的基础上再创新高。"
        "城镇居民人均可支配收入16200元，农民人均纯收入6150元。"
    )
    found = candidates(text, 2010)
    assert found[("城镇居民人均可支配收入", "元", 2010, "expected")] == "16200"
    assert found[("农村居民人均纯收入", "元", 2010, "expected")] == "6150"
    assert not [key for key in found if key[2] == 2009]


def test_a_running_total_in_the_review_of_a_governments_term_is_no_years_figure():
    text = (
        "政府工作报告\n——2022年1月10日在某县人民代表大会上\n一、本届政府工作回顾\n"
        "本届政府履职以来，我们圆满完成了本届政府既定目标任务。\n"
        "全县固定资产投资累计达到126亿元，社会消费品零售总额累计完成88亿元。"
        "2021年，地区生产总值达到95亿元，增长6.2%。"
    )
    found = candidates(text, 2021)
    assert ("固定资产投资", "亿元", 2021, "expected") not in found
    assert ("社会消费品零售总额", "亿元", 2021, "expected") not in found
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "95"


def test_a_year_opening_with_the_governments_first_year_keeps_its_running_total():
    text = (
        "政府工作报告\n——2024年1月10日在某县人民代表大会上\n"
        "2023年是本届政府的开局之年。全年固定资产投资累计完成126亿元，增长8%。"
    )
    found = candidates(text, 2023)
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "126"


def test_a_doubling_between_names_listed_and_their_values_shared_out_is_passed_over():
    text = "2015年，规模以上工业总产值、增加值实现翻两番，分别达到835亿元、217.7亿元。"
    found = candidates(text, 2015)
    assert found[("规上工业增加值", "亿元", 2015, "expected")] == "217.7"


def test_a_title_with_a_copys_note_after_it_dates_no_figure_of_the_body():
    text = (
        "2019年某省政府工作报告（摘要）\n\n"
        "加快新型城镇化。全省城镇化率达到57.4%，提高1.3个百分点；粮食总产量620万吨。"
    )
    found = candidates(text, 2018)
    assert found[("常住人口城镇化率", "%", 2018, "expected")] == "57.4"
    assert found[("粮食产量", "万吨", 2018, "expected")] == "620"


def test_the_consumer_goods_retail_total_without_the_society_is_the_retail_total():
    text = "2006年，全县消费品零售总额8.4亿元，增长13%；限额以上消费品零售总额2.1亿元。"
    found = candidates(text, 2006)
    assert found[("社会消费品零售总额", "亿元", 2006, "expected")] == "8.4"
    assert found[("社会消费品零售总额", "%", 2006, "expected")] == "13"


def test_a_note_in_brackets_after_a_milestone_passed_is_passed_over_to_the_growth():
    text = (
        "2023年，全县地区生产总值迈上300亿元台阶（初步核算，下同），增长5.1%；固定资产投资增长8%。"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "%", 2023, "expected")] == "5.1"
    assert ("地区生产总值", "亿元", 2023, "expected") not in found


def test_a_growth_in_step_with_the_level_above_or_faster_than_its_average_is_worded():
    text = (
        "2024年，预计全年地区生产总值突破1500亿元，增速与全市基本保持同步；"
        "固定资产投资增速快于全市平均。"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2024, "expected")] == "与全市基本保持同步"
    assert found[("固定资产投资", "%", 2024, "expected")] == "快于全市平均"


def test_one_growth_both_of_a_pair_reached_is_each_ones():
    text = (
        "2007年，城镇居民人均可支配收入和农村居民人均纯收入分别达到21000元和11000元，"
        "增幅首次双双达到10%以上。"
    )
    found = candidates(text, 2007)
    assert found[("城镇居民人均可支配收入", "%", 2007, "expected")] == "10%以上"
    assert found[("农村居民人均纯收入", "%", 2007, "expected")] == "10%以上"


def test_a_list_closed_by_the_count_of_its_indicators_shares_the_worded_growth_after_it():
    text = (
        "2023年，列统的12项指标中，工业投资、实际利用外资、社会消费品零售总额、"
        "农村居民可支配收入4项指标增速快于全市平均。"
    )
    found = candidates(text, 2023)
    for name in ("实际利用外资", "社会消费品零售总额", "农村居民人均可支配收入"):
        assert found[(name, "%", 2023, "expected")] == "快于全市平均"


def test_a_line_wrapped_inside_last_year_still_bases_the_shared_growths_on_it():
    text = (
        "2003年，完成地方财政一般预算收入 8 230万元，支出10 410万元，分别比去\n"
        "年增长 9.4%和6.1%；金融机构各项存款余额增长5%。"
    )
    found = candidates(text, 2003)
    assert found[("地方一般公共预算收入", "%", 2003, "expected")] == "9.4"


def test_a_growth_above_the_gdps_written_chao_is_worded():
    text = "2023年，全县地区生产总值增长4%，城乡居民人均可支配收入增速超GDP增速。"
    found = candidates(text, 2023)
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "超GDP增速"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "超GDP增速"


def test_research_and_experimental_development_is_the_research_and_development_series():
    text = (
        "2013年，全省研究与实验发展经费支出占生产总值比重达2.25%；研究与实验发展经费投入410亿元。"
    )
    found = candidates(text, 2013)
    assert found[("研究与试验发展经费投入强度", "%", 2013, "expected")] == "2.25"
    assert found[("全社会研究与试验发展经费投入", "亿元", 2013, "expected")] == "410"


def test_the_investment_a_programme_completes_is_not_the_places_fixed_investment():
    text = (
        "2024年，全区完成投资52亿元，增长6%。2025年，将实施“城市更新三年行动计划”，完成投资18亿元。"
    )
    found = candidates(text, 2024)
    assert found[("固定资产投资", "亿元", 2024, "expected")] == "52"
    assert "18" not in found.values()


def test_the_investment_completed_after_a_campaign_of_the_year_is_still_the_places():
    text = "2023年，开展“项目建设提速年”专项行动，完成投资860亿元。"
    found = candidates(text, 2023)
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "860"
