"""Forms found in round fifty-seven, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from decimal import Decimal

from indicators.expressions import assess, parse
from tests.reports.test_extraction_unseen47 import all_values


def test_an_infographics_emoji_and_block_marks_open_its_headings_and_items():
    for mark in ("📌", "▍", "🔷", "❖", "🍀"):
        text = (
            f"{mark} 2022年成绩单\n"
            "全县生产总值　268.4亿元\n"
            "比上年增长　5.9%\n\n"
            f"{mark} 2023年目标\n"
            "生产总值增长6%左右\n"
            "规模以上工业增加值增长7%\n"
            "社会消费品零售总额增长6.5%\n"
            "一般公共预算收入增长5%\n"
        )
        found = all_values(text, 2022)
        assert (("地区生产总值", "亿元", 2022, "expected"), "268.4") in found, mark
        for key, value in (
            ("地区生产总值", "6%左右"),
            ("规上工业增加值", "7"),
            ("社会消费品零售总额", "6.5"),
            ("地方一般公共预算收入", "5"),
        ):
            assert ((key, "%", 2023, "target"), value) in found, (mark, key)
            assert ((key, "%", 2022, "expected"), value) not in found, (mark, key)


def test_a_pointer_between_a_name_and_its_figure_reads_as_a_colon():
    for pointer in ("▶", "➤", "👉", "→"):
        text = (
            "2022年　经济运行稳中有进\n"
            f"地区生产总值 {pointer} 168.2亿元\n"
            f"粮食产量{pointer}12.6万吨\n"
            f"社会消费品零售总额 {pointer} 46.3亿元　增长4.1%\n"
        )
        found = all_values(text, 2022)
        assert (("地区生产总值", "亿元", 2022, "expected"), "168.2") in found, pointer
        assert (("粮食产量", "万吨", 2022, "expected"), "12.6") in found, pointer
        assert (("社会消费品零售总额", "%", 2022, "expected"), "4.1") in found, pointer


def test_a_figure_over_its_name_under_a_dash_is_the_names():
    text = (
        "一图看懂2022年\n\n"
        "356.7亿元\n——全县地区生产总值，总量跃居全市第三\n\n"
        "98.1亿元\n——社会消费品零售总额，增长5.6%\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "356.7") in found
    assert (("社会消费品零售总额", "亿元", 2022, "expected"), "98.1") in found
    assert (("社会消费品零售总额", "%", 2022, "expected"), "5.6") in found


def test_a_figure_of_a_unit_parted_from_the_name_after_it_by_a_wide_space_or_a_bar_is_the_names():
    text = (
        "2022年亮点\n\n"
        "1.35万人　城镇新增就业\n"
        "9.6亿元　全社会研发投入\n"
        "212.4亿元 ｜ 地区生产总值\n"
        "6.3% ｜ 规模以上工业增加值增长\n"
        "1 城镇登记失业率 3.1%\n"
    )
    found = all_values(text, 2022)
    assert (("城镇新增就业", "万人", 2022, "expected"), "1.35") in found
    assert (("全社会研究与试验发展经费投入", "亿元", 2022, "expected"), "9.6") in found
    assert (("地区生产总值", "亿元", 2022, "expected"), "212.4") in found
    assert (("规上工业增加值", "%", 2022, "expected"), "6.3") in found
    # a number of no unit before a name (a row's number) is not its figure
    assert (("城镇登记失业率", "%", 2022, "expected"), "3.1") in found
    assert (("城镇登记失业率", "%", 2022, "expected"), "1") not in found


def test_the_date_of_the_meeting_that_adopted_a_committees_report_is_its_delivery():
    for adopted in (
        "（2020年5月20日县十七届人大五次会议主席团第二次会议通过）",
        "（2020年5月20日市第十五届人民代表大会第五次会议批准）",
    ):
        text = (
            "某县人民代表大会财政经济委员会关于某县2019年国民经济和社会发展计划执行情况"
            "与2020年计划草案的审查结果报告\n"
            f"{adopted}\n\n"
            "2019年全县地区生产总值达到312.5亿元，增长7.6%；社会消费品零售总额增长9.1%。\n"
        )
        found = all_values(text, 2019)
        assert (("地区生产总值", "亿元", 2019, "final"), "312.5") in found, adopted
        assert (("社会消费品零售总额", "%", 2019, "final"), "9.1") in found, adopted


def test_the_years_target_a_result_is_set_against_is_read_past_a_margin_over_another_place():
    cases = (
        ("增长6.9%，高于全省0.8个百分点，完成了县十七届人大三次会议确定的增长6.5%的目标", "6.5"),
        ("增长6.9%，高于湖州市平均1.1个百分点，完成了年初确定的6%左右的目标", "6%左右"),
        ("增长6.9%，增速虽略低于年初确定的7.5%左右的预期目标，但仍快于全省", "7.5%左右"),
        ("增长6.9%，完成年初确定的6.5%—7%的预期目标", "6.5%—7%"),
        ("增长6.9%，未完成年初增长8%的计划目标", "8"),
    )
    for clause, target in cases:
        text = f"2021年，全县地区生产总值达到186.3亿元，{clause}。\n"
        found = all_values(text, 2021)
        assert (("地区生产总值", "%", 2021, "expected"), "6.9") in found, clause
        assert (("地区生产总值", "%", 2021, "target"), target) in found, clause


def test_a_years_line_naming_its_indicators_heads_them_by_its_year():
    text = (
        "2022年主要经济指标\n"
        "地区生产总值　增长5.1%\n"
        "固定资产投资　增长9.2%\n\n"
        "2023年计划主要指标\n"
        "地区生产总值　增长6%左右\n"
        "规上工业增加值　增长7%\n"
        "固定资产投资　增长10%\n"
        "城镇登记失业率　控制在4%以内\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "expected"), "5.1") in found
    assert (("固定资产投资", "%", 2022, "expected"), "9.2") in found
    for key, value in (
        ("地区生产总值", "6%左右"),
        ("规上工业增加值", "7"),
        ("固定资产投资", "10"),
        ("城镇登记失业率", "4%以内"),
    ):
        assert ((key, "%", 2023, "target"), value) in found, key


def test_a_growth_on_the_line_under_its_level_is_the_levels():
    text = (
        "2022年成绩单\n\n"
        "一般公共预算收入　31.6亿元\n同比下降2.4%\n\n"
        "全县地区生产总值\n428.5亿元\n增长4.9%\n\n"
        "社会消费品零售总额：152.3亿元\n比上年增长：3.8%\n"
    )
    found = all_values(text, 2022)
    assert (("地方一般公共预算收入", "%", 2022, "expected"), "下降2.4") in found
    assert (("地区生产总值", "亿元", 2022, "expected"), "428.5") in found
    assert (("地区生产总值", "%", 2022, "expected"), "4.9") in found
    assert (("社会消费品零售总额", "%", 2022, "expected"), "3.8") in found


def test_a_budgets_revenue_as_budgeted_is_the_years_target_and_as_closed_its_result():
    text = (
        "关于某县2021年预算执行情况和2022年预算草案的报告\n\n"
        "一、2021年预算执行情况\n"
        "年初县人大会议批准的一般公共预算收入预算为12.6亿元，全年实际完成13.1亿元，"
        "为年初预算的104%，增长6.2%。\n"
        "财政总收入决算数为25.8亿元，完成调整预算的100.4%，同比下降1.3%。\n\n"
        "二、2022年预算草案\n"
        "全县一般公共预算收入预算安排13.8亿元，比上年增长5.3%。\n"
    )
    found = all_values(text, 2021)
    assert (("地方一般公共预算收入", "亿元", 2021, "target"), "12.6") in found
    assert (("地方一般公共预算收入", "亿元", 2021, "expected"), "13.1") in found
    assert (("地方一般公共预算收入", "%", 2021, "expected"), "6.2") in found
    assert (("一般公共预算总收入", "亿元", 2021, "expected"), "25.8") in found
    assert (("一般公共预算总收入", "%", 2021, "expected"), "下降1.3") in found
    assert (("地方一般公共预算收入", "亿元", 2022, "target"), "13.8") in found
    assert (("地方一般公共预算收入", "%", 2022, "target"), "5.3") in found
    # the share of the budget done is no figure of the series
    assert not any(value in ("104", "100.4") for _, value in found)


def test_the_years_targets_in_brackets_after_the_session_that_set_them_are_its_targets():
    text = (
        "一、2022年主要指标完成情况\n"
        "对照县人大会议确定的年度目标（地区生产总值增长7%、一般公共预算收入增长6%），"
        "预计全年：地区生产总值完成215亿元，增长5.2%；一般公共预算收入完成12.4亿元，增长6.3%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "7") in found
    assert (("地方一般公共预算收入", "%", 2022, "target"), "6") in found
    assert (("地区生产总值", "%", 2022, "expected"), "5.2") in found
    assert (("地方一般公共预算收入", "%", 2022, "expected"), "6.3") in found


def test_a_report_on_the_months_so_far_that_estimates_the_whole_year_gives_the_years_results():
    text = (
        "关于2022年1—10月份全县经济运行情况及全年预计的报告\n"
        "（2022年11月18日）\n\n"
        "一、1—10月份经济运行情况\n"
        "1—10月，全县规模以上工业增加值增长6.1%。\n\n"
        "二、全年主要指标预计\n"
        "预计全年地区生产总值完成215亿元，增长5.2%；固定资产投资增长8.4%。\n\n"
        "三、2023年主要预期目标建议\n"
        "地区生产总值增长6%左右。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "215") in found
    assert (("地区生产总值", "%", 2022, "expected"), "5.2") in found
    assert (("固定资产投资", "%", 2022, "expected"), "8.4") in found
    assert (("地区生产总值", "%", 2023, "target"), "6%左右") in found
    assert (("规上工业增加值", "%", 2022, "expected"), "6.1") not in found


def test_figures_in_chinese_numerals_are_read_and_quoted_as_written():
    text = (
        "同志们，去年全县生产总值达到一百二十一点三亿元，增长百分之八点七；"
        "地方财政一般预算收入增长百分之十五以上；城镇居民人均可支配收入一万八千六百四十元；"
        "人口自然增长率控制在千分之五点八以内。第一产业稳中有进，两位数增长的势头没有变。"
        "今年全县生产总值要增长百分之九左右。"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "亿元", 2021, "expected"), "一百二十一点三"),
        (("地区生产总值", "%", 2021, "expected"), "百分之八点七"),
        (("地方一般公共预算收入", "%", 2021, "expected"), "百分之十五以上"),
        (("城镇居民人均可支配收入", "元", 2021, "expected"), "一万八千六百四十"),
        (("人口自然增长率", "‰", 2021, "expected"), "千分之五点八以内"),
        (("地区生产总值", "%", 2022, "target"), "百分之九左右"),
    ):
        assert (key, value) in found, value


def test_a_value_in_chinese_numerals_parses_and_is_assessed_as_its_digits_are():
    assert parse("百分之六点五左右").kind == parse("6.5%左右").kind
    assert parse("百分之六点五左右").value == Decimal("6.5")
    assert parse("一千二百三十亿元").value == Decimal("1230")
    assert parse("下降百分之四点六二").value == Decimal("-4.62")
    assert parse("千分之五点八以内").unit == "‰"
    assert assess("百分之七左右", "百分之七点二").status == assess("7%左右", "7.2%").status
    # words holding numerals are no figures, nor is an amount it cannot say in its unit (三万亿元);
    # one of 亿 before a unit of 万 is said in 万 (round seventy-four)
    for words in ("一是", "十四五", "第一产业", "三万亿元"):
        assert parse(words).value is None, words
    assert parse("三亿零五百万美元").value == Decimal("30500")
    assert parse("三亿零五百万美元").unit == "万美元"


def test_a_date_line_in_chinese_numerals_or_with_a_note_dates_the_report():
    for date_line in ("（二〇二一年五月二十日）", "（2021年5月20日，根据录音整理）"):
        text = (
            f"在全县经济工作会议上的讲话\n{date_line}\n\n"
            "同志们：\n2020年全县地区生产总值达到186.3亿元，增长3.6%。\n"
        )
        found = all_values(text, 2020)
        assert (("地区生产总值", "亿元", 2020, "final"), "186.3") in found, date_line


def test_a_growth_column_a_sub_header_names_under_a_header_of_no_figures_is_its_lefts_growth():
    spaced = (
        "表1  2021年主要指标执行情况及2022年计划\n"
        "  指标名称         单位     2021年    2021年    比上年    2022年    比上年\n"
        "                            计划      预计      增长%     计划      增长%\n"
        "  地区生产总值     亿元     415       432.6     7.8       465       6.5\n"
        "  财政总收入       亿元     56        60.2      9.1       64        6\n"
    )
    tabbed = (
        "表1  2021年主要指标执行情况及2022年计划\n"
        "指标名称\t单位\t2021年\t2021年\t比上年\t2022年\t比上年\n"
        "\t\t计划\t预计\t增长%\t计划\t增长%\n"
        "地区生产总值\t亿元\t415\t432.6\t7.8\t465\t6.5\n"
        "财政总收入\t亿元\t56\t60.2\t9.1\t64\t6\n"
    )
    for text in (spaced, tabbed):
        found = all_values(text, 2021)
        for key, value in (
            (("地区生产总值", "亿元", 2021, "target"), "415"),
            (("地区生产总值", "亿元", 2021, "expected"), "432.6"),
            (("地区生产总值", "%", 2021, "expected"), "7.8"),
            (("地区生产总值", "亿元", 2022, "target"), "465"),
            (("地区生产总值", "%", 2022, "target"), "6.5"),
            (("一般公共预算总收入", "%", 2021, "expected"), "9.1"),
        ):
            assert (key, value) in found, (value, "\t" in text)


def test_a_table_one_cell_a_line_with_its_years_over_their_kinds_reads_each_years_kinds():
    cells = (
        "指标名称", "单位", "2021年", "2022年",
        "计划", "预计完成", "比上年增长（%）", "目标", "比上年增长（%）",
        "地区生产总值", "亿元", "215", "221.6", "6.2", "236", "6.5",
        "一般公共预算收入", "亿元", "12.1", "12.4", "7.3", "13.1", "5.5",
    )  # fmt: skip
    text = "附表：2021年主要指标完成情况及2022年预期目标\n\n" + "\n".join(cells) + "\n"
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "亿元", 2021, "target"), "215"),
        (("地区生产总值", "亿元", 2021, "expected"), "221.6"),
        (("地区生产总值", "%", 2021, "expected"), "6.2"),
        (("地区生产总值", "亿元", 2022, "target"), "236"),
        (("地区生产总值", "%", 2022, "target"), "6.5"),
        (("地方一般公共预算收入", "%", 2022, "target"), "5.5"),
    ):
        assert (key, value) in found, value


def test_a_five_year_plans_average_growth_in_a_table_cell_is_no_years_figure():
    text = (
        "附表  主要指标\n"
        "指标\t单位\t2023年预计\t2024年目标\t“十四五”目标（2025年）\n"
        "地区生产总值增速\t%\t5.2\t5.5左右\t年均7\n"
        "地区生产总值\t亿元\t1842.6\t1950\t2300\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "5.5左右") in found
    assert not any(value.startswith("年均") for _, value in found)


def test_a_qualifier_after_a_value_before_a_list_shared_out_is_no_name_of_the_list():
    for tail in ("左右", "以上"):
        text = f"全年地区生产总值增长6.5%{tail}、城乡居民人均可支配收入分别增长6%和7.5%。"
        found = all_values(text, 2021)
        assert (("地区生产总值", "%", 2021, "expected"), f"6.5%{tail}") in found, tail
        assert (("城镇居民人均可支配收入", "%", 2021, "expected"), "6") in found, tail
        assert (("农村居民人均可支配收入", "%", 2021, "expected"), "7.5") in found, tail


def test_the_targets_a_session_set_for_the_whole_year_restated_without_a_comma_are_targets():
    text = (
        "关于2021年上半年国民经济和社会发展计划执行情况的报告\n\n"
        "一、上半年计划执行情况\n\n"
        "年初，县人大会议确定全年地区生产总值增长6.5%左右、固定资产投资增长10%。"
        "上半年，全县地区生产总值增长7.1%。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "target"), "6.5%左右") in found
    assert (("固定资产投资", "%", 2021, "target"), "10") in found


def test_a_report_on_the_year_so_far_keeps_the_years_estimates_under_a_heading_saying_so():
    text = (
        "关于2021年1—10月国民经济和社会发展计划执行情况的报告\n"
        "——2021年11月23日在县人民代表大会常务委员会会议上\n\n"
        "一、1—10月计划执行情况\n\n"
        "1—10月，全县规模以上工业增加值同比增长9.2%。\n\n"
        "二、全年主要指标预计完成情况\n\n"
        "预计全年全县地区生产总值增长7%左右；固定资产投资完成162亿元，增长12%。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "expected"), "7%左右") in found
    assert (("固定资产投资", "亿元", 2021, "expected"), "162") in found
    assert (("规上工业增加值", "%", 2021, "expected"), "9.2") not in found


def test_a_report_on_the_year_so_far_keeps_a_paragraph_opening_on_the_years_estimate():
    text = (
        "关于2020年1—9月国民经济和社会发展计划执行情况的报告\n"
        "——2020年10月28日在市人民代表大会常务委员会会议上\n\n"
        "1—9月，全市地区生产总值增长5.1%。\n\n"
        "综合判断，预计全年全市地区生产总值可达到930亿元左右，增长6%左右；"
        "全社会固定资产投资530亿元，增长8%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "expected"), "930亿元左右") in found
    assert (("固定资产投资", "%", 2020, "expected"), "8") in found
    assert (("地区生产总值", "%", 2020, "expected"), "5.1") not in found


def test_the_targets_set_after_the_plan_a_session_approved_are_targets():
    text = (
        "一、2020年计划执行情况\n"
        "年初，市人大会议审议批准了2020年国民经济和社会发展计划，确定全市地区生产总值增长6.5%左右，"
        "一般公共预算收入增长3%。全年地区生产总值增长3.1%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2020, "target"), "6.5%左右") in found
    assert (("地方一般公共预算收入", "%", 2020, "target"), "3") in found
    assert (("地区生产总值", "%", 2020, "expected"), "3.1") in found


def test_an_estimate_a_result_is_compared_with_does_not_make_the_results_estimates():
    text = (
        "2026年上半年国民经济和社会发展计划执行情况的报告\n"
        "——2026年7月22日在县人民代表大会常务委员会会议上\n\n"
        "根据统计年报，2025年全县实现地区生产总值786.4亿元，增长6.3%，"
        "比年初县人代会报告的预计数提高0.2个百分点；规上工业增加值271.8亿元，增长8.1%。\n"
    )
    found = all_values(text, 2026)
    assert (("地区生产总值", "亿元", 2025, "final"), "786.4") in found
    assert (("规上工业增加值", "亿元", 2025, "final"), "271.8") in found
    assert (("规上工业增加值", "%", 2025, "final"), "8.1") in found


def test_an_item_headed_by_a_series_name_alone_gives_its_unnamed_figures_to_that_series():
    text = (
        "一、主要指标完成情况\n\n"
        "1．地区生产总值。年度目标为增长7%。上半年全市完成地区生产总值223.6亿元，增长6.6%。\n\n"
        "2．规模以上工业增加值。年度目标为增长8%，上半年增长8.3%。\n\n"
        "3．就业。年度目标为新增8000人。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "target"), "7") in found
    assert (("规上工业增加值", "%", 2021, "target"), "8") in found
    # a heading that names no series (就业) gives none
    assert not any(value == "8000人" for _, value in found)


def test_a_pdfs_line_of_years_indented_far_over_the_headers_kinds_dates_them():
    indent = " " * 53
    text = (
        "附表1  2021年主要指标完成情况及2022年主要指标安排\n"
        f"{indent}2021年     2021年     2022年\n"
        "  序号  指        标                        单位     计划       预计完成    计划        属性\n"
        "   1    地区生产总值                        亿元     2325       2240.0     2420        预期性\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "target"), "2325") in found
    assert (("地区生产总值", "亿元", 2021, "expected"), "2240.0") in found
    assert (("地区生产总值", "亿元", 2022, "target"), "2420") in found


def test_a_spaced_header_whose_cells_a_pdf_broke_over_two_lines_reads_them_joined():
    text = (
        "表1          2022年主要指标完成情况\n"
        " 类别   序号   指标名称                         单位       年度          预计      属性\n"
        "                                                           目标          完成\n"
        " 经济    1     地区生产总值增长                 %          6.5左右       3.6       预期性\n"
        " 发展    2     规模以上工业增加值增长           %          8             5.2       预期性\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "6.5左右") in found
    assert (("地区生产总值", "%", 2022, "expected"), "3.6") in found
    assert (("规上工业增加值", "%", 2022, "target"), "8") in found
    # a row under a header is never read as the rest of its cells
    text = (
        "表1   2022年主要指标完成情况\n"
        "序号   指   标                          单位     目标          预计完成     属性\n"
        " 1     地区生产总值增速                 %        5.5左右       5.1          预期性\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "5.5左右") in found
    assert (("地区生产总值", "%", 2022, "expected"), "5.1") in found


def test_a_mid_year_report_reviews_its_own_year_and_the_year_before_is_final():
    for heading in ("一、2020年国民经济和社会发展计划执行的最终结果", "一、上年计划执行结果"):
        text = (
            "关于2021年上半年全县国民经济和社会发展计划执行情况的报告\n"
            "——2021年7月26日在县人民代表大会常务委员会会议上\n\n"
            f"{heading}\n\n"
            "根据统计年报，全县完成生产总值24.36亿元，增长4.2%。"
            "其中，第一产业增加值8.41亿元，增长5.6%。\n\n"
            "二、2021年上半年计划执行情况\n\n"
            "上半年，全县完成生产总值10.62亿元，增长11.6%。其中第一产业增加值2.18亿元，增长4.2%。\n"
        )
        found = all_values(text, 2021)
        assert (("地区生产总值", "亿元", 2020, "final"), "24.36") in found, heading
        assert (("第一产业增加值", "亿元", 2020, "final"), "8.41") in found, heading
        # the half year's figures are no year's
        assert not any(value in ("10.62", "2.18") for _, value in found), heading


def test_parts_of_the_year_listed_as_compared_with_date_none_of_the_figures_after_them():
    text = (
        "全市实现地区生产总值218.6亿元，增长9.6%，增幅比一季度、上半年和前三季度分别回升6.4、3.9和"
        "1.5个百分点；规模以上工业增加值72.4亿元，增长8.1%；社会消费品零售总额86.9亿元，增长16.2%。"
    )
    found = all_values(text, 2009)
    assert (("规上工业增加值", "亿元", 2009, "expected"), "72.4") in found
    assert (("规上工业增加值", "%", 2009, "expected"), "8.1") in found
    assert (("社会消费品零售总额", "%", 2009, "expected"), "16.2") in found


def test_the_years_targets_quoted_under_a_half_years_heading_are_not_the_half_years():
    text = (
        "二、2021年上半年计划执行情况\n\n"
        "县人大会议审议批准的2021年国民经济和社会发展计划，确定全县经济社会发展的主要预期目标是："
        "生产总值增长7%，一般公共预算收入增长6%。上半年，全县生产总值增长8.2%。\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "%", 2021, "target"), "7") in found
    assert (("地方一般公共预算收入", "%", 2021, "target"), "6") in found
    assert not any(value == "8.2" for _, value in found)
