"""Forms found in round forty-eight, reading what whole reports and the blind excerpts still
miss, each in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim
from tests.reports.test_extraction_unseen import candidates


def test_a_growth_of_nothing_written_in_words_is_a_worded_value():
    # 持平: no growth, against the year before (同比, 与上年度) or a place named
    found = candidates(
        "2023年，全县社会消费品零售总额与上年基本持平，规模以上工业增加值同比持平，"
        "居民消费价格涨幅持平；一般公共预算收入21.4亿元，与去年持平。",
        2023,
    )
    assert found == {
        ("社会消费品零售总额", "%", 2023, "expected"): "与上年基本持平",
        ("规上工业增加值", "%", 2023, "expected"): "同比持平",
        ("居民消费价格指数", "%", 2023, "expected"): "持平",
        ("地方一般公共预算收入", "亿元", 2023, "expected"): "21.4",
        ("地方一般公共预算收入", "%", 2023, "expected"): "与去年持平",
    }
    targets = candidates("2024年主要预期目标是：一般公共预算收入与上年持平。", 2023)
    assert targets == {("地方一般公共预算收入", "%", 2024, "target"): "与上年持平"}


def test_an_unnumbered_heading_naming_a_years_aims_heads_its_targets():
    # the copy lost the heading's number: a line of its own opening on the year and closing on
    # its aims (总体要求和主要目标) still heads the year's targets
    text = (
        "2023年工作回顾\n"
        "过去一年，全县地区生产总值增长6.2%。\n"
        "2024年经济社会发展的总体要求和主要目标\n"
        "今年是实施“十四五”规划的关键一年。全县经济社会发展的主要预期目标是：地区生产总值增长"
        "6%以上，社会消费品零售总额增长8%。\n"
    )
    assert candidates(text, 2023) == {
        ("地区生产总值", "%", 2023, "expected"): "6.2",
        ("地区生产总值", "%", 2024, "target"): "6%以上",
        ("社会消费品零售总额", "%", 2024, "target"): "8",
    }


def test_a_year_still_to_come_named_in_the_review_dates_a_target():
    # the review of 2020, given in 2021, looks ahead to 2025: no result of 2025 exists yet
    text = (
        "2021年1月20日在县人民代表大会上\n"
        "一、2020年工作回顾\n"
        "2020年，全县地区生产总值增长3.9%。推进新型城镇化，到2025年常住人口城镇化率达到65%以上。\n"
    )
    assert candidates(text, 2020) == {
        ("地区生产总值", "%", 2020, "expected"): "3.9",
        ("常住人口城镇化率", "%", 2025, "target"): "65%以上",
    }


def test_a_branch_named_inside_the_industrial_value_added_is_a_parts_figure():
    # 规上 … 工业增加值 with a branch between (装备, 民营) is that branch's, not all industry's;
    # 企业 between is only the longer name of the whole
    found = candidates(
        "2025年，全省规上装备工业增加值增长8.4%，规上民营工业增加值增长9%，"
        "规上企业工业增加值增长6%。",
        2025,
    )
    assert found == {("规上工业增加值", "%", 2025, "expected"): "6"}


def test_names_listed_as_owners_of_another_measure_take_none_of_its_values():
    # 服务业 names the tertiary sector, but …的投资分别增长 gives the values to the investment
    # in each: no figure of the sector's value added
    found = candidates(
        "2009年，全省固定资产投资增长30%，服务业、装备制造和高新技术产业的投资预计分别增长"
        "55%、38%和45%；服务业、工业的用电量分别增长9%和6%。",
        2009,
    )
    assert found == {("固定资产投资", "%", 2009, "expected"): "30"}


def test_a_part_of_the_year_setting_the_scene_does_not_date_the_figures_after_it():
    # 在上半年…的情况下: the half year is the scene; the grain after it is the year's
    found = candidates(
        "2009年，在上半年农产品价格下滑、遭受自然灾害的情况下，全省粮食总产量达到2910万吨。"
        "上半年，全省地区生产总值增长6%。",
        2009,
    )
    assert found == {("粮食产量", "万吨", 2009, "expected"): "2910"}


def test_the_scene_between_a_name_and_its_verb_is_passed_over():
    # 在灾情影响下, 在疫情冲击下: the circumstances said between the name and its value
    found = candidates(
        "2023年，粮食产量在灾情影响下实现230亿斤，地区生产总值在疫情冲击下增长3%。", 2023
    )
    assert found == {
        ("粮食产量", "万吨", 2023, "expected"): "230亿斤",
        ("地区生产总值", "%", 2023, "expected"): "3",
    }


def test_a_channel_of_the_trade_as_the_subject_is_a_part_of_it():
    # 跨境电商实现进出口额: the cross-border e-commerce's trade, not the place's
    found = candidates(
        "2023年，全市外贸进出口总额增长5%，跨境电商实现进出口额23.8亿元、增长71%，"
        "加工贸易进出口增长9%。",
        2023,
    )
    assert found == {("进出口总额", "%", 2023, "expected"): "5"}


def test_a_sum_describing_a_project_is_the_projects():
    # 完成投资 X 的…项目: the sum tells which project; the share of a plan after 的 is no project
    # (the plan whose share is done is the year's target: round sixty-three)
    found = candidates(
        "2012年，全县完成投资1200万元的服装研发中心项目，完成投资2.85亿元的纺织和投资2.5亿元的"
        "鞋服项目建设。全社会固定资产投资50亿元，完成年计划60亿元的83.3%（主要是项目开工不足）。",
        2012,
    )
    assert found == {
        ("固定资产投资", "亿元", 2012, "expected"): "50",
        ("固定资产投资", "亿元", 2012, "target"): "60",
    }


def test_the_good_air_share_in_more_of_its_spellings():
    # 大气 for 空气, 占比 for 比例, the city proper (市区) as the scope
    for sentence in (
        "2023年，全市大气优良天数比例达到82.7%。",
        "2023年，全市空气质量优良天数占比97.8%、提升5.7个百分点。",
        "2023年，市区空气质量优良率98.9%，居全国重点城市第16位。",
    ):
        found = candidates(sentence, 2023)
        assert list(found) == [("优良空气天数比例", "%", 2023, "expected")], sentence


def test_a_part_of_the_year_a_change_starts_from_dates_only_the_start():
    # 从上半年 5.5% 降到 5.3%: the half year's rate is where it started; the year ends at 5.3
    found = candidates("2025年，年末城镇调查失业率从上半年5.5%降到5.3%。", 2025)
    assert found == {("城镇调查失业率", "%", 2025, "expected"): "5.3"}


def test_a_list_closed_by_the_others_sharing_its_quota_gives_it_to_each():
    # …和其他约束性指标，均完成市定任务: every name listed meets the quota
    found = candidates(
        "2023年主要预期目标是：实际利用外资、外贸进出口和其他约束性指标，均完成市定任务。", 2022
    )
    assert found == {
        ("实际利用外资", "%", 2023, "target"): "完成市定任务",
        ("进出口总额", "%", 2023, "target"): "完成市定任务",
    }


def test_the_service_trade_is_a_part_of_the_trade():
    found = candidates("2023年，服务贸易实现进出口额1347.7亿美元，增长20%。", 2023)
    assert not [key for key in found if key[0] == "进出口总额"]


def test_a_growth_matched_to_the_economys_is_a_worded_target():
    found = candidates("2024年主要预期目标：居民人均可支配收入与经济增长相匹配。", 2023)
    assert found == {("居民人均可支配收入", "%", 2024, "target"): "与经济增长相匹配"}


def test_the_grain_first_of_crops_sharing_their_output_takes_the_first_value():
    # 粮食、蔬菜、肉蛋奶产量分别达到…: the crops share 产量 and 分别 gives each its value
    found = candidates("2023年，全市粮食、蔬菜、肉蛋奶产量分别达到9.4万吨、8万吨、5.03万吨。", 2023)
    grain = {key: value for key, value in found.items() if key[0] == "粮食产量"}
    assert grain == {("粮食产量", "万吨", 2023, "expected"): "9.4"}


def test_a_sum_describing_the_places_counted_is_no_figure():
    # 经济总量超500亿元的县域增至12个: the counties are counted, the sum tells which
    found = candidates(
        "2025年，经济总量超500亿元的县域增至12个，力争全年生产总值超200亿元的县达到34个。", 2025
    )
    assert not [key for key in found if key[0] == "地区生产总值"]


def test_a_long_run_of_spaces_is_read_past_and_quoted_as_written():
    # the rules read only a run's first spaces; the quote keeps every one of them
    text = (
        "2023年，全市地区生产总值"
        + " " * 500
        + "增长5%，城乡居民收入分别增长5.2%"
        + " " * 300
        + "6%。"
    )
    found = extract(text, report_year=2023)
    assert_verbatim(text, found)
    gdp = next(c for c in found if c.indicator == "地区生产总值")
    assert gdp.value_text == "5" and " " * 500 in gdp.quote


def test_names_listed_with_their_own_measure_keep_their_values():
    # 的降幅 is the names' own measure: the values stay theirs
    found = candidates("2023年，全市万元生产总值能耗、万元生产总值水耗的降幅分别为3.2%和4%。", 2023)
    assert found == {("万元生产总值能耗", "%", 2023, "expected"): "3.2"}


def test_a_fall_after_the_scene_word_is_no_scene():
    # 受疫情影响下降5%: 影响下 followed by 降 is the half year's fall, not a scene passed over
    found = candidates(
        "2023年，全市规上工业增加值在上半年受疫情影响下降5%的情况下，全年增长3%。", 2023
    )
    assert ("规上工业增加值", "%", 2023, "expected") not in found or found[
        ("规上工业增加值", "%", 2023, "expected")
    ] == "3"


def test_a_later_years_target_met_early_dates_no_target():
    text = (
        "2024年1月15日在市人民代表大会上\n一、2023年工作回顾\n"
        "2023年，全市提前完成2025年目标的研发经费投入强度达到3%。\n"
    )
    assert candidates(text, 2023) == {("研究与试验发展经费投入强度", "%", 2023, "expected"): "3"}


def test_the_second_readers_sentences_keep_their_figures():
    # 持平 with a figure after it, a rate before 的增速, a sum before 的年度计划: the figures stay
    found = candidates(
        "2023年，全县社会消费品零售总额与全市持平，达到85亿元，增长5%；全县地区生产总值增长6.5%的"
        "增速在全市排名第二；完成固定资产投资50亿元的年度计划并新开工项目30个。",
        2023,
    )
    assert found == {
        ("社会消费品零售总额", "亿元", 2023, "expected"): "85",
        ("社会消费品零售总额", "%", 2023, "expected"): "5",
        ("地区生产总值", "%", 2023, "expected"): "6.5",
        ("固定资产投资", "亿元", 2023, "expected"): "50",
    }


def test_a_part_of_the_year_looked_from_is_still_a_part():
    # 从上半年看 dates the figures after it to the half year, as 上半年 does
    assert candidates("2023年7月。从上半年看，全市地区生产总值增长5.5%。", 2023) == {}


def test_a_heavy_or_light_industry_is_a_branch():
    assert candidates("2023年，全市规上重工业增加值增长8%，规上轻工业增加值增长3%。", 2023) == {}
