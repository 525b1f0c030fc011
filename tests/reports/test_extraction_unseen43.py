"""Forms found in round forty-seven, reading what the blind reports still miss, each in a text of
our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from tests.reports.test_extraction_unseen import candidates


def test_rates_shared_out_with_only_spaces_between_them_are_a_list():
    # a PDF's copy may lose the 、 between the rates 分别 shares out, leaving its spaces: the
    # second rate is the second name's, not the first rate again
    found = candidates(
        "2022年，全县城镇、农村居民人均可支配收入分别增长 5.2% 7.9% ，农村居民收入增速全市第一。",
        2022,
    )
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "5.2"
    assert found[("农村居民人均可支配收入", "%", 2022, "expected")] == "7.9"


def test_a_rate_then_a_year_after_spaces_is_no_list():
    found = candidates("2022年，全县地区生产总值增长 6.1% 2021 年增长 5.4%。", 2022)
    assert found[("地区生产总值", "%", 2022, "expected")] == "6.1"


def test_the_general_budget_named_without_its_revenue_is_the_local_revenue():
    # 一般公共预算 (or 一般公共财政预算) with a figure straight after it: the budget's revenue
    found = candidates(
        "2023年，全区一般公共预算38.6亿元，增长4.2%；一般公共财政预算支出增长6%。", 2023
    )
    assert found == {
        ("地方一般公共预算收入", "亿元", 2023, "expected"): "38.6",
        ("地方一般公共预算收入", "%", 2023, "expected"): "4.2",
    }
    targets = candidates("2024年主要预期目标是：一般公共财政预算增长5%左右。", 2023)
    assert targets == {("地方一般公共预算收入", "%", 2024, "target"): "5%左右"}


def test_a_share_of_the_general_budget_is_no_figure_of_its_revenue():
    assert candidates("2023年，民生支出占一般公共预算的81.5%，比上年提高1.2个百分点。", 2023) == {}


def test_a_unit_a_justified_pdf_line_spaced_is_still_its_unit():
    # a stretched line spaces the characters of 万美元 (1830 万美 元): the amount keeps its unit and
    # the growth after it is still the series'
    found = candidates("2022年，全县实际利用外资 1830 万美 元，增长 14.4% ，总量居全市第一。", 2022)
    assert found == {
        ("实际利用外资", "万美元", 2022, "expected"): "1830",
        ("实际利用外资", "%", 2022, "expected"): "14.4",
    }


def test_one_growth_shared_out_over_two_figures_is_each_ones():
    # 分别 with a single growth after two figures, each with its level: the growth is both's, as
    # 均增长 would be
    found = candidates(
        "2012年，城镇居民人均可支配收入31000元，农民人均纯收入15200元，分别增长12%。", 2012
    )
    assert found[("城镇居民人均可支配收入", "%", 2012, "expected")] == "12"
    assert found[("农村居民人均纯收入", "%", 2012, "expected")] == "12"


def test_a_year_of_work_proposed_heads_the_targets_under_it():
    # 2025年工作安排建议 on a line of its own, as a province's report heads its second part
    text = (
        "2024年工作回顾\n"
        "过去一年，全省地区生产总值增长5.7%。\n"
        "2025年工作安排建议\n"
        "今年发展主要预期目标是：地区生产总值增长5.5%以上；城镇新增就业85万人，"
        "城镇调查失业率5.5%左右；居民消费价格涨幅2%左右。\n"
    )
    found = candidates(text, 2024)
    assert found[("地区生产总值", "%", 2024, "expected")] == "5.7"
    assert found[("地区生产总值", "%", 2025, "target")] == "5.5%以上"
    assert found[("城镇调查失业率", "%", 2025, "target")] == "5.5%左右"
    assert found[("居民消费价格指数", "%", 2025, "target")] == "2%左右"


@pytest.mark.parametrize(
    "written",
    [
        "空气优良天数比率",
        "城市空气优良天数比例",
        "设区城市空气质量优良天数比例",
        "空气质量优良天数",
        "中心城市环境空气质量平均优良天数比率",
        "地级城市空气质量优良天数比率",
    ],
)
def test_the_share_of_good_air_days_in_its_spellings(written):
    found = candidates(f"2024年，全省{written}92.6%，国考断面优良水体比例90%。", 2024)
    assert found == {("优良空气天数比例", "%", 2024, "expected"): "92.6"}


def test_the_income_of_the_areas_lifted_out_of_poverty_is_no_figure_of_the_place():
    found = candidates(
        "2024年，全省城乡居民人均可支配收入分别增长4.9%、6.3%，脱贫地区农村居民人均可支配收入"
        "增长7.1%。",
        2024,
    )
    assert found == {
        ("城镇居民人均可支配收入", "%", 2024, "expected"): "4.9",
        ("农村居民人均可支配收入", "%", 2024, "expected"): "6.3",
    }
    assert candidates("2024年，全区地区生产总值增长5%，脱贫地区人均可支配收入增长7.4%。", 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "5"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "实施省大中型项目3800个以上，完成投资9000亿元左右。",
        "推进重大工程建设，全年完成投资1800亿元。",
        "省级重点项目建立分层级包联机制、完成投资4200亿元以上。",
    ],
)
def test_the_investment_of_the_projects_a_sentence_names_is_not_the_places(sentence):
    found = candidates(f"2025年主要任务\n扩大有效投资。{sentence}", 2024)
    assert not [key for key in found if key[0] == "固定资产投资"]


@pytest.mark.parametrize(
    "sentence", ["全县完成投资320亿元", "开展“项目攻坚增效年”专项行动，完成投资320亿元"]
)
def test_investment_done_with_no_project_of_its_own_named_is_still_the_places(sentence):
    # a campaign's name (“项目攻坚增效年”) names the year's work, not projects of a part
    found = candidates(f"2024年，{sentence}，增长8.2%。", 2024)
    assert found[("固定资产投资", "亿元", 2024, "expected")] == "320"


def test_growths_compared_with_the_economy_or_the_country_in_words():
    targets = candidates(
        "2025年主要预期目标是：地区生产总值增长5%左右，固定资产投资增速保持在全国平均水平以上，"
        "城乡居民人均可支配收入增速高于经济增长速度。",
        2024,
    )
    assert targets[("固定资产投资", "%", 2025, "target")] == "全国平均水平以上"
    assert targets[("城镇居民人均可支配收入", "%", 2025, "target")] == "高于经济增长速度"
    assert targets[("农村居民人均可支配收入", "%", 2025, "target")] == "高于经济增长速度"
    results = candidates(
        "2024年，社会消费品零售总额、固定资产投资等指标增速快于全国，优良天数比例优于全国平均水平。",
        2024,
    )
    assert results == {
        ("社会消费品零售总额", "%", 2024, "expected"): "快于全国",
        ("固定资产投资", "%", 2024, "expected"): "快于全国",
        ("优良空气天数比例", "%", 2024, "expected"): "优于全国平均水平",
    }


def test_the_goods_trade_and_the_foreign_investment_paid_in_by_their_longer_names():
    found = candidates(
        "2024年，货物贸易增长12%，其中货物贸易出口2.1万亿元、增长6.4%；外商直接投资实际到位资金"
        "18.2亿美元。",
        2024,
    )
    assert found == {
        ("进出口总额", "%", 2024, "expected"): "12",
        ("出口总额", "亿元", 2024, "expected"): "2.1万亿元",
        ("出口总额", "%", 2024, "expected"): "6.4",
        ("实际利用外资", "亿美元", 2024, "expected"): "18.2",
    }


def test_a_quota_closing_a_list_reaches_a_name_said_with_its_fall():
    # 能耗降低及…指标完成…: the fall word after the name does not end the list
    found = candidates(
        "2025年主要预期目标是：居民消费价格涨幅2%左右，粮食产量和播种面积、单位地区生产总值能耗"
        "降低及生态环境质量指标完成国家下达目标任务。",
        2024,
    )
    assert found[("粮食产量", "万吨", 2025, "target")] == "完成国家下达目标任务"
    assert found[("万元生产总值能耗", "%", 2025, "target")] == "完成国家下达目标任务"


def test_a_rate_averaged_over_the_year_and_a_level_after_the_growths_rank():
    found = candidates(
        "2024年，全省地区生产总值增长5.1%、增速全国第5，总量达到41022亿元；城镇调查失业率平均值"
        "5.3%。",
        2024,
    )
    assert found == {
        ("地区生产总值", "%", 2024, "expected"): "5.1",
        ("地区生产总值", "亿元", 2024, "expected"): "41022",
        ("城镇调查失业率", "%", 2024, "expected"): "5.3",
    }


MOTTO_REPORT = (
    "2025年某省政府工作报告\n"
    "各位代表：\n"
    "一、牢记嘱托，在接续奋斗中新时代建设取得新成效\n"
    "一年来，我们坚持稳中求进工作总基调。全省地区生产总值增长5.5%，国家高新技术企业超1.3万家。\n"
    "二、牢记使命，在现代化建设中奋勇争先\n"
    "厚望如山，使命如磐。\n"
    "2025年是“十四五”规划收官之年。今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
    "推进科技创新。国家高新技术企业突破1.4万家，城镇新增就业48万人。\n"
)


def test_a_motto_heading_takes_its_year_from_the_paragraph_under_it_that_opens_on_one():
    found = candidates(MOTTO_REPORT, 2024)
    assert found[("高新技术企业", "家", 2024, "expected")] == "超1.3万家"
    assert found[("高新技术企业", "家", 2025, "target")] == "突破1.4万家"
    assert found[("城镇新增就业", "万人", 2025, "target")] == "48"


def test_a_motto_heading_over_a_look_back_since_the_years_start_is_no_target():
    # 今年以来 looks back over the months of the year delivered: no target opens there
    text = MOTTO_REPORT.replace("一年来，我们坚持", "今年以来，我们坚持")
    found = candidates(text, 2024)
    assert ("高新技术企业", "家", 2024, "target") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "粮食稳产增收，总产达到61.2亿斤。",
        "粮食生产再创新高，播种面积达到2080万亩，单产居全国前列，总产量达到61.2亿斤。",
        "粮食播种面积2080万亩，新增12.9万亩，粮食增产2.2亿斤，总产61.2亿斤。",
    ],
)
def test_the_grain_output_clauses_after_the_grain_is_named(sentence):
    found = candidates(f"2024年，{sentence}", 2024)
    assert found[("粮食产量", "万吨", 2024, "expected")] == "61.2亿斤"


def test_the_output_after_another_crop_is_not_the_grains():
    found = candidates("2024年，粮食播种面积稳定，棉花种植面积扩大，总产量420万吨。", 2024)
    assert ("粮食产量", "万吨", 2024, "expected") not in found


def test_the_countrys_energy_and_carbon_intensity_by_their_national_names():
    found = candidates(
        "2018年，单位国内生产总值能耗下降3.1%，单位国内生产总值二氧化碳排放下降4%。"
        "今年能源消耗强度要降低3%以上。",
        2018,
    )
    assert found[("万元生产总值能耗", "%", 2018, "expected")] == "下降3.1"
    assert found[("单位地区生产总值二氧化碳排放降低", "%", 2018, "expected")] == "4"
    assert found[("万元生产总值能耗", "%", 2019, "target")] == "降低3%以上"


LOOKED_BACK = (
    "三、2011年的工作\n"
    "2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，"
    "城镇新增就业1168万人。今年要保持经济平稳较快发展，城镇新增就业900万人以上。\n"
)


def test_a_look_back_over_the_past_year_under_the_years_heading_dates_the_sentences_after_it():
    found = candidates(LOOKED_BACK, 2010)
    assert found[("地区生产总值", "%", 2010, "expected")] == "10.3"
    assert found[("城镇新增就业", "万人", 2010, "expected")] == "1168"
    # a sentence naming its own year (今年) is not carried back
    assert found[("城镇新增就业", "万人", 2011, "target")] == "900万人以上"


def test_a_heading_over_a_five_year_plans_targets_dates_them_to_its_last_year():
    text = (
        "一、“十一五”时期国民经济和社会发展的回顾\n五年来，国内生产总值年均增长11.2%。\n"
        "二、“十二五”时期的主要目标和任务\n城镇化率提高到51.5%，研究与试验发展经费支出占国内生产总值"
        "比重达到2.2%。\n"
        "三、2011年的工作\n今年国内生产总值增长8%左右。\n"
    )
    found = candidates(text, 2010)
    assert found[("常住人口城镇化率", "%", 2015, "target")] == "51.5"
    assert found[("地区生产总值", "%", 2011, "target")] == "8%左右"
    # a heading over a review and a plan together reviews (“十二五”主要成就和“十三五”目标任务)
    review = (
        "“十二五”主要成就和“十三五”目标任务\n预计“十二五”期末，全社会固定资产投资额达到392亿元。\n"
    )
    assert candidates(review, 2015) == {("固定资产投资", "亿元", 2015, "expected"): "392"}


def test_a_rate_held_about_a_value_through_the_years_looked_back_on_is_theirs():
    # 十年来…涨幅稳定在 2% 左右 is the decade's, not the year's; the year's own figure stays
    found = candidates(
        "2022年，全国居民消费价格上涨2%，城镇新增就业1206万人。十年来我国居民消费价格涨幅稳定在"
        "2%左右，城镇新增就业年均1300万人。",
        2022,
    )
    assert found[("居民消费价格指数", "%", 2022, "expected")] == "2"


def test_the_state_councils_budget_revenue_is_the_countrys_whole():
    speech = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2014年工作回顾\n"
    found = candidates(f"{speech}过去一年，一般公共预算收入增长8.6%。", 2014)
    assert found == {("一般公共预算总收入", "%", 2014, "expected"): "8.6"}
    province = "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2014年工作回顾\n"
    found = candidates(f"{province}过去一年，一般公共预算收入增长8.6%。", 2014)
    assert found == {("地方一般公共预算收入", "%", 2014, "expected"): "8.6"}


# Found by a second reader of the round's rules


def test_a_comparison_in_words_yields_to_the_figure_in_the_next_clause():
    assert candidates("2024年，地区生产总值增速快于全省，达到6.5%。", 2024) == {
        ("地区生产总值", "%", 2024, "expected"): "6.5"
    }
    found = candidates(
        "2025年主要预期目标是：规上工业增加值增速保持在全省平均水平以上，增长9%。", 2024
    )
    assert found == {("规上工业增加值", "%", 2025, "target"): "9"}


def test_a_tasks_heading_under_the_targets_opening_on_last_years_figure_dates_nothing():
    text = (
        "2025年工作安排\n今年地区生产总值增长5%左右。\n三、着力扩大有效需求\n"
        "2024年，全市社会消费品零售总额增长4%。要落实以旧换新政策，社会消费品零售总额增长6%，"
        "固定资产投资增长8%。\n"
    )
    found = candidates(text, 2024)
    assert found[("社会消费品零售总额", "%", 2025, "target")] == "6"
    assert found[("固定资产投资", "%", 2025, "target")] == "8"


@pytest.mark.parametrize(
    "slogan", ["坚持项目为王，全年", "大抓项目建设，全社会", "聚焦十大工程，全市"]
)
def test_investment_done_after_a_slogan_naming_projects_is_the_places(slogan):
    found = candidates(f"2024年，{slogan}完成投资1200亿元，增长6.5%。", 2024)
    assert found[("固定资产投资", "亿元", 2024, "expected")] == "1200"


def test_a_share_of_the_budget_with_no_change_is_no_revenue():
    assert candidates("2024年，全区一般公共预算80%以上用于民生。", 2024) == {}
