"""Forms found in round fifty-three, reading what whole reports and probe texts still miss, each
in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def test_a_qualifier_put_before_the_name_is_the_figures_basis():
    text = "2024年，扣除价格因素后农村居民人均可支配收入增长6.2%，扣除自然因素影响后优良天数比例92.5%。"
    found = all_values(text, 2024)
    assert (("农村居民人均可支配收入", "%", 2024, "expected"), "6.2") in found
    assert (("优良空气天数比例", "%", 2024, "expected"), "92.5") in found
    text = "2024年，一般公共预算收入下降1.5%，剔除留抵退税因素后一般公共预算收入增长4.1%。"
    comparable = [
        c for c in extract(text, report_year=2024) if c.value_text == "4.1" and "同口径" in c.flags
    ]
    assert [c.indicator for c in comparable] == ["地方一般公共预算收入"]


def test_an_average_outrun_keeps_the_margin_it_is_outrun_by():
    text = (
        "2025年主要预期目标是：规模以上工业增加值增速高于全省平均水平1.5个百分点，"
        "固定资产投资增速高于省平2个百分点，社会消费品零售总额增长高于全市平均。"
    )
    found = all_values(text, 2024)
    assert (("规上工业增加值", "%", 2025, "target"), "高于全省平均水平1.5个百分点") in found
    assert (("固定资产投资", "%", 2025, "target"), "高于省平2个百分点") in found
    assert (("社会消费品零售总额", "%", 2025, "target"), "高于全市平均") in found


def test_a_growth_stated_after_the_average_it_outruns_is_the_value():
    for outrun in ("高于全省平均水平1个百分点", "高于省平", "快于全市平均水平"):
        text = f"2025年主要预期目标是：地区生产总值增速{outrun}、6.5%左右，一般公共预算收入增长5%。"
        found = all_values(text, 2024)
        assert (("地区生产总值", "%", 2025, "target"), "6.5%左右") in found
        assert [v for k, v in found if k[0] == "地区生产总值"] == ["6.5%左右"]


def test_a_province_named_in_another_word_is_no_average():
    text = "2024年，我县获评省平安县，地区生产总值增长6%。"
    assert all_values(text, 2024) == {(("地区生产总值", "%", 2024, "expected"), "6")}


def test_a_result_outrunning_the_average_by_a_margin_gives_way_to_the_growths_figure():
    text = (
        "2024年，全县地区生产总值实现205亿元、增长5.3%。地区生产总值突破200亿元，"
        "增速高于全市平均0.2个百分点，创历史最好成绩。"
    )
    found = all_values(text, 2024)
    assert [v for k, v in found if k[:2] == ("地区生产总值", "%")] == ["5.3"]


def test_a_rates_change_in_points_before_the_level_it_reached_gives_the_level():
    text = (
        "2024年，常住人口城镇化率提高1.2个百分点，达到58.6%；城镇登记失业率下降0.3个百分点，"
        "为3.1%。"
    )
    found = all_values(text, 2024)
    assert (("常住人口城镇化率", "%", 2024, "expected"), "58.6") in found
    assert (("城镇登记失业率", "%", 2024, "expected"), "3.1") in found


def _table_values(text, report_year):
    return {(c.key[:4], c.value_text) for c in extract(text, report_year=report_year)}


def test_a_growth_column_under_a_merged_year_is_of_the_kind_on_its_left():
    for separator in ("\t", " "):
        rows = [
            ["指标", "单位", "2024年", "", "2025年", ""],
            ["", "", "预计", "增长%", "目标", "增长%"],
            ["地区生产总值", "亿元", "2315", "5.6", "2450", "6左右"],
            ["固定资产投资", "亿元", "986", "4.2", "1030", "5"],
        ]
        if separator == " ":
            rows = [[cell for cell in row if cell] for row in rows]
        text = "\n".join(separator.join(row) for row in rows) + "\n"
        found = _table_values(text, 2024)
        assert (("地区生产总值", "%", 2024, "expected"), "5.6") in found
        assert (("地区生产总值", "%", 2025, "target"), "6左右") in found
        assert (("固定资产投资", "%", 2024, "expected"), "4.2") in found
        assert (("固定资产投资", "亿元", 2025, "target"), "1030") in found


def test_a_growth_header_spaced_from_its_neighbours_keeps_its_unit():
    text = (
        "指标名称 单位 2024年计划 2024年预计完成 增长%\n"
        "地区生产总值 亿元 1250 1262 5.8\n"
        "社会消费品零售总额 亿元 480 486 6.5\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "target"), "1250") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.8") in found
    assert (("社会消费品零售总额", "%", 2024, "expected"), "6.5") in found


def test_a_part_of_the_year_told_after_the_years_figure_ends_at_the_semicolon():
    text = (
        "2024年，全市地区生产总值增长5.6%，前三季度为5.1%；一般公共预算收入完成86.7亿元，增长4.3%。"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.6") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "4.3") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.1") not in found


def test_a_dated_part_of_the_year_opening_the_sentence_still_dates_it_past_semicolons():
    text = "2024年前三季度，全区实现地区生产总值152.5亿元，同比增长6%；社会消费品零售总额53.8亿元。"
    assert all_values(text, 2024) == set()


def test_a_table_one_cell_a_line_with_a_growth_column_beside_the_level():
    cells = ["指标", "单位", "2024年预计", "增长%"]
    cells += ["地区生产总值", "亿元", "1856.3", "3.9", "一般公共预算收入", "亿元", "103.5", "5.2"]
    found = _table_values("\n".join(cells) + "\n", 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "1856.3") in found
    assert (("地区生产总值", "%", 2024, "expected"), "3.9") in found
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "5.2") in found
    assert not [k for k, v in found if k[1] == "%" and v in ("1856.3", "103.5")]


def test_a_column_of_the_share_of_the_plan_reached_holds_no_figure_of_the_series():
    for separator in ("\t", " "):
        rows = [
            ["指标", "单位", "2024年计划", "2024年完成", "完成计划%"],
            ["地区生产总值", "亿元", "45", "46.8", "104"],
            ["全社会固定资产投资", "亿元", "22", "24.6", "111.8"],
        ]
        found = _table_values("\n".join(separator.join(row) for row in rows) + "\n", 2024)
        assert (("地区生产总值", "亿元", 2024, "target"), "45") in found
        assert (("固定资产投资", "亿元", 2024, "expected"), "24.6") in found
        assert not [k for k, v in found if v in ("104", "111.8")]


def test_a_target_said_to_be_missed_announces_no_targets_after_it():
    text = (
        "2024年，全市万元生产总值能耗下降2.1%，未能完成年初确定的下降3%左右的目标；"
        "化学需氧量、氨氮排放量分别比上年下降1.2%和0.8%。"
    )
    found = all_values(text, 2024)
    assert (("化学需氧量", "%", 2024, "expected"), "下降1.2") in found
    assert not [k for k, v in found if k[2] == 2025]


def test_the_natural_growth_named_after_the_comparable_one_is_proposed_beside_it():
    text = "2024年，一般公共预算收入完成58.3亿元，同口径增长5.2%，自然口径下降3.1%。"
    growths = {
        (c.value_text, "同口径" in c.flags)
        for c in extract(text, report_year=2024)
        if c.indicator == "地方一般公共预算收入" and c.unit == "%"
    }
    assert growths == {("5.2", True), ("下降3.1", False)}


def test_an_investment_completed_by_projects_counted_before_it_is_not_the_places():
    for projects in ("212个项目开工建设", "推进老旧小区改造等86个城市更新项目"):
        text = f"2024年，{projects}，完成投资126.5亿元。全年完成投资860亿元，增长5%。"
        found = all_values(text, 2024)
        assert [v for k, v in found if k[:2] == ("固定资产投资", "亿元")] == ["860"]


def test_a_target_said_to_be_met_announces_no_targets_after_it():
    for met in ("超额完成年初确定的目标", "较好完成了县人大确定的各项目标任务"):
        text = (
            f"2024年，全县生产总值完成72.8亿元，增长6.6%，{met}；财政总收入达到8.05亿元，增长5.2%。"
        )
        found = all_values(text, 2024)
        assert (("一般公共预算总收入", "亿元", 2024, "expected"), "8.05") in found
        assert not [k for k, v in found if k[3] == "target"]


def test_a_header_of_measures_alone_takes_the_year_and_kind_its_caption_names():
    text = (
        "附表  2024年全县主要经济指标完成情况\n"
        "指标名称 单位 绝对数 比上年增长（%） 全省平均增长% 全省排位\n"
        "地区生产总值 亿元 582.6 3.8 5.1 12\n"
        "社会消费品零售总额 亿元 286.4 3.2 4.6 20\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "582.6") in found
    assert (("地区生产总值", "%", 2024, "expected"), "3.8") in found
    assert (("社会消费品零售总额", "%", 2024, "expected"), "3.2") in found
    assert not [k for k, v in found if v in ("5.1", "4.6", "12", "20")]


def test_columns_dated_without_a_kind_hold_results_before_the_year_planned():
    text = (
        "表  全区主要经济指标\n"
        "指标\t单位\t2023年\t2024年\t2024年比2023年增长%\t年均增长%\n"
        "地区生产总值\t亿元\t420.5\t478.3\t6.2\t7.1\n"
        "区级财政收入\t亿元\t38.4\t45.9\t5.5\t8.3\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "478.3") in found
    assert (("地区生产总值", "亿元", 2023, "final"), "420.5") in found
    assert not [k for k, v in found if v in ("7.1", "8.3")]


def test_a_barred_row_named_with_its_fall_is_no_value_shifting_the_row():
    text = (
        "附表  2024年主要指标完成情况及2025年预期目标\n"
        "| 指标 | 2024年目标 | 2024年完成 | 2025年目标 |\n"
        "| 地区生产总值增长（%） | 6 | 5.8 | 5.5 |\n"
        "| 万元GDP能耗下降（%） | 3.5 | 3.8 | 3.2 |\n"
    )
    found = _table_values(text, 2024)
    assert (("万元生产总值能耗", "%", 2024, "expected"), "3.8") in found
    assert (("万元生产总值能耗", "%", 2025, "target"), "3.2") in found


def test_a_spaced_rows_name_glued_to_its_unit_is_split_but_a_measure_header_is_not():
    text = (
        "附表  2024年计划执行情况及2025年计划\n"
        "指标名称 单位 2024年计划 2024年预计 全省平均增长% 2025年计划\n"
        "地区生产总值 亿元 1020 1083.6 — 1230\n"
        "地区生产总值增长% 6 6.1 5.4 6\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") in found
    assert (("地区生产总值", "%", 2025, "target"), "6") in found
    assert not [k for k, v in found if v == "5.4"]


def test_a_rows_basis_noted_in_brackets_is_not_part_of_its_name_but_a_part_named_so_is():
    text = (
        "附表 2024年主要经济指标完成情况\n"
        "指标名称\t单位\t总量\t增速（%）\n"
        "固定资产投资（不含农户）\t亿元\t—\t7.4\n"
        "一般公共预算收入（扣除减税降费因素）\t亿元\t86.35\t7.1\n"
        "社会消费品零售总额（限上）\t亿元\t300\t5\n"
    )
    found = _table_values(text, 2024)
    assert (("固定资产投资", "%", 2024, "expected"), "7.4") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "86.35") in found
    assert not [k for k, v in found if k[0] == "社会消费品零售总额"]


def test_a_line_of_years_over_a_spaced_header_dates_its_kinds_by_column():
    text = (
        "附表  2024年计划执行情况及2025年主要目标\n"
        "                                   2024年                      2025年\n"
        "指标名称                单位       目标           预计         目标          备注\n"
        "地区生产总值增长        %          6.5左右        5.3          6左右\n"
        "一般公共预算收入增长    %          5              1.6          6             同口径\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "6.5左右") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.3") in found
    assert (("地区生产总值", "%", 2025, "target"), "6左右") in found
    assert (("地方一般公共预算收入", "%", 2025, "target"), "6") in found


def test_a_tables_caption_naming_the_years_targets_heads_the_list_under_it():
    text = (
        "表2 某县2025年经济社会发展主要预期目标\n"
        "（一）预期性指标\n"
        "地区生产总值增长 6%左右\n"
        "规上工业增加值增长 7%\n"
    )
    found = all_values(text, 2024)
    assert found == {
        (("地区生产总值", "%", 2025, "target"), "6%左右"),
        (("规上工业增加值", "%", 2025, "target"), "7"),
    }


def test_a_row_named_from_registered_capital_is_no_note_ending_the_table():
    text = (
        "某区2024年主要指标完成情况及2025年计划\n"
        "指标(单位) 2024年计划 2024年预计 增长% 2025年计划\n"
        "地区生产总值(亿元) 318 332.6 6.8 350\n"
        "注册外资实际到位(亿美元) 4.2 4.56 8.4 5\n"
        "农村居民人均可支配收入(元) 30200 30380 6.3 32500\n"
        "注：地区生产总值增速按可比价格计算。\n"
    )
    found = _table_values(text, 2024)
    assert (("实际利用外资", "亿美元", 2024, "expected"), "4.56") in found
    assert (("农村居民人均可支配收入", "元", 2025, "target"), "32500") in found


def test_a_qualifier_glued_to_the_next_cells_value_is_split_inside_a_token():
    text = (
        "表2  某区2024年主要指标完成情况及2025年目标\n"
        "指标 单位 2024年目标 2024年预计 2025年目标\n"
        "地区生产总值增长 % 7以上7.2 6.5以上\n"
        "固定资产投资增长 % 10 10.8 8\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "7以上") in found
    assert (("地区生产总值", "%", 2024, "expected"), "7.2") in found


def test_a_clause_opening_on_a_number_after_an_average_outrun_is_no_growth_of_it():
    text = "2024年，全县规模以上工业增加值增速高于全市平均水平2个百分点，60%的规上企业实现增长。"
    found = all_values(text, 2024)
    assert found == {(("规上工业增加值", "%", 2024, "expected"), "高于全市平均水平2个百分点")}
    text = "2024年，地区生产总值增速高于全省平均水平1.5个百分点，达到8.2%。"
    assert all_values(text, 2024) == {(("地区生产总值", "%", 2024, "expected"), "8.2")}


def test_a_margin_in_words_or_with_its_bound_is_kept_whole():
    text = (
        "2025年主要预期目标是：地区生产总值增速高于全省平均水平1个百分点以上，"
        "固定资产投资增速高于全省平均水平一个百分点。"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2025, "target"), "高于全省平均水平1个百分点以上") in found
    assert (("固定资产投资", "%", 2025, "target"), "高于全省平均水平一个百分点") in found


def test_a_sub_place_before_a_qualifier_keeps_the_figure_its_own():
    for text in (
        "2024年，高新区剔除政策因素后一般公共预算收入增长12%。",
        "2024年，经济开发区扣除价格因素后规模以上工业增加值增长15%。",
    ):
        assert all_values(text, 2024) == set()


def test_a_rates_change_in_points_then_its_level_without_a_comma_or_after_jiangzhi():
    text = (
        "2024年，城镇登记失业率下降0.2个百分点，降至3.5%；常住人口城镇化率提高1.2个百分点至58.6%。"
    )
    found = all_values(text, 2024)
    assert (("城镇登记失业率", "%", 2024, "expected"), "3.5") in found
    assert (("常住人口城镇化率", "%", 2024, "expected"), "58.6") in found


def test_a_target_missed_far_before_its_name_announces_no_targets():
    text = (
        "2024年，全县生产总值完成72.8亿元，增长6.6%，未能完成县人大确定的各项目标任务；"
        "财政总收入达到8.05亿元，增长5.2%。"
    )
    assert not [k for k, v in all_values(text, 2024) if k[3] == "target"]


def test_a_part_of_the_year_with_a_subject_of_its_own_still_dates_past_the_semicolon():
    text = "2024年，全县新增规上企业15家，1-11月规模以上工业增加值增长7.2%；固定资产投资增长8%。"
    assert not [k for k, v in all_values(text, 2024) if k[0] in ("规上工业增加值", "固定资产投资")]


def test_a_row_of_the_growth_alone_under_its_level_row_in_a_spaced_table():
    text = (
        "附表  2024年计划执行情况及2025年计划\n"
        "指标名称 单位 2024年计划 2024年预计 2025年计划\n"
        "地区生产总值 亿元 1020 1083.6 1230\n"
        "增长% 6 6.1 6.5\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "6.1") in found
    assert (("地区生产总值", "%", 2025, "target"), "6.5") in found


def test_growth_columns_named_as_a_change_or_a_running_total_are_the_years():
    text = (
        "2024年全县主要经济指标完成情况\n"
        "指标\t单位\t2024年累计完成\t比上年增减%\n"
        "地区生产总值\t亿元\t582.6\t3.8\n"
    )
    found = _table_values(text, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "582.6") in found
    assert (("地区生产总值", "%", 2024, "expected"), "3.8") in found


def test_a_caption_naming_results_last_or_an_earlier_year_dates_a_header_of_measures():
    for caption, year, kind in (
        ("2024年国民经济和社会发展计划执行情况", 2024, "expected"),
        ("2024年全县主要预期目标完成情况", 2024, "expected"),
        ("附表 2023年主要指标完成情况", 2023, "final"),
    ):
        text = f"{caption}\n指标名称\t单位\t总量\t增长%\n地区生产总值\t亿元\t582.6\t3.8\n"
        assert (("地区生产总值", "%", year, kind), "3.8") in _table_values(text, 2024)


def test_a_rows_change_of_scope_taken_out_is_flagged_comparable_beside_the_plain_row():
    text = (
        "附表 2024年主要经济指标完成情况\n"
        "指标名称\t单位\t总量\t增速（%）\n"
        "一般公共预算收入\t亿元\t80.1\t-2.3\n"
        "一般公共预算收入（扣除减税降费因素）\t亿元\t86.35\t7.1\n"
    )
    growths = {
        (c.value_text, "同口径" in c.flags)
        for c in extract(text, report_year=2024)
        if c.unit == "%"
    }
    assert growths == {("-2.3", False), ("7.1", True)}
