"""Tables a web page gives one cell a line, rows of unequal length (found in blind12 and
blind13), in tables of our own: the header's cells over several lines, a dated cell over its
measures, group cells, a name over two lines, rows that fill only some columns.
"""

from tests.reports.test_extraction_unseen import candidates


def _stacked(*cells):
    """Cells one a line with blank lines between, as a web page's table copies."""
    return "\n\n".join(cells) + "\n"


SPLIT_HEADER = (
    _stacked(
        "表2 2023年主要指标完成情况",
        "指标名称",
        "2023年预期目标",
        "（增速）",
        "2023年完成情况（预计）",
        "绝对值",
        "增速",
        "地区生产总值",
        "（简称“GDP”）",
        "6.5%",
        "512.3亿元",
        "7.1%",
        "全社会固定资产投资",
        "120亿元",
        "131.6亿元",
        "9.8%",
        "社会消费品零售总额",
        "188.4亿元",
        "5.2%",
        "单位地区生产总值能耗",
        "降低率",
        "完成省下达目标",
        "完成省下达目标",
    )
    + "一、经济运行稳中有进。全年经济运行总体平稳。\n"
)


def test_a_row_fills_the_columns_its_units_fit():
    found = candidates(SPLIT_HEADER, report_year=2023)
    assert found[("地区生产总值", "%", 2023, "target")] == "6.5"
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "512.3"
    assert found[("地区生产总值", "%", 2023, "expected")] == "7.1"
    # no target in this row: the level and the rate go under 绝对值 and 增速
    assert ("社会消费品零售总额", "%", 2023, "target") not in found
    assert found[("社会消费品零售总额", "亿元", 2023, "expected")] == "188.4"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "5.2"


def test_an_amount_under_a_growth_target_header_is_a_level_target():
    found = candidates(SPLIT_HEADER, report_year=2023)
    assert found[("固定资产投资", "亿元", 2023, "target")] == "120"
    assert ("固定资产投资", "%", 2023, "target") not in found
    assert found[("固定资产投资", "%", 2023, "expected")] == "9.8"


def test_a_name_going_on_over_a_second_line_is_one_name():
    found = candidates(SPLIT_HEADER, report_year=2023)
    quotas = [key for key in found if key[0] == "万元生产总值能耗"]
    assert {key[3] for key in quotas} == {"target", "expected"}
    assert found[quotas[0]] == "完成省下达目标"


GROUPED = (
    _stacked(
        "表3：2022年全区发展目标完成情况",
        "指标",
        "类别",
        "指标名称",
        "目标",
        "全年实绩",
        "总量",
        "地区生产总值",
        "6%左右",
        "预计6.4%左右",
        "一般公共预算收入",
        "8%",
        "11.5%",
        "质效",
        "出口总额",
        "保持份额稳定",
        "预计占比2.1%",
        "规上工业增加值",
        "7%以上",
        "预计可以完成",
        "城镇居民人均可支配收入",
        "6.5%左右",
        "6.9%",
    )
    + "二、主要工作。\n"
)


def test_group_cells_and_a_caption_year_date_the_rows_under_them():
    found = candidates(GROUPED, report_year=2022)
    assert found[("地区生产总值", "%", 2022, "target")] == "6%左右"
    assert found[("地区生产总值", "%", 2022, "expected")] == "6.4%左右"
    assert found[("地方一般公共预算收入", "%", 2022, "target")] == "8"
    assert found[("地方一般公共预算收入", "%", 2022, "expected")] == "11.5"
    assert found[("城镇居民人均可支配收入", "%", 2022, "expected")] == "6.9"


def test_worded_cells_keep_their_rows_in_step():
    found = candidates(GROUPED, report_year=2022)
    assert found[("规上工业增加值", "%", 2022, "target")] == "7%以上"
    assert found[("城镇居民人均可支配收入", "%", 2022, "target")] == "6.5%左右"
    assert not any(key[0] in ("质效", "总量") for key in found)


NUMBERED = (
    _stacked(
        "2021年全县主要目标完成情况",
        "序号",
        "指标名称",
        "2021年目标",
        "2021年实绩",
        "完成情况评价",
        "比上年增长（%）",
        "总量",
        "比上年增长（%）",
        "1",
        "地区生产总值",
        "7",
        "321.5亿元",
        "7.4",
        "超额完成",
        "2",
        "地方财政收入",
        "6",
        "24.8亿元",
        "5.1",
        "未完成",
    )
    + "二、2022年计划安排。\n"
)


def test_measures_under_the_kind_cells_and_a_numbered_row_with_its_verdict():
    found = candidates(NUMBERED, report_year=2021)
    assert found[("地区生产总值", "%", 2021, "target")] == "7"
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "321.5"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.4"
    assert found[("地方一般公共预算收入", "%", 2021, "target")] == "6"
    assert found[("地方一般公共预算收入", "亿元", 2021, "expected")] == "24.8"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "5.1"
    assert not any(key[0] in ("超额完成", "未完成") for key in found)


ATTRIBUTED = _stacked(
    "指标名称",
    "属性",
    "全年目标",
    "全年完成",
    "全市生产总值",
    "预期性",
    "增长5.5%左右",
    "增长5.2%",
    "地方一般公共预算收入",
    "预期性",
    "增长4%",
    "增长3.1%",
    "单位生产总值能耗",
    "约束性",
    "完成国家下达目标",
    "完成国家下达目标",
)


def test_a_header_of_a_target_and_a_result_without_a_year_is_the_year_reviewed():
    text = (
        "关于某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n"
        "一、2022年计划执行情况\n" + ATTRIBUTED
    )
    found = candidates(text, report_year=2022)
    assert found[("地区生产总值", "%", 2022, "target")] == "5.5%左右"
    assert found[("地区生产总值", "%", 2022, "expected")] == "5.2"
    assert found[("地方一般公共预算收入", "%", 2022, "target")] == "4"
    assert found[("地方一般公共预算收入", "%", 2022, "expected")] == "3.1"
    assert not any("性" in key[0] for key in found)
