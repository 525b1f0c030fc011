"""Forms found in round fifty-four, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values


def _tabbed(rows, caption):
    return caption + "\n" + "\n".join("\t".join(row) for row in rows)


def test_a_row_named_with_its_pollutants_cut_is_the_pollutants_series():
    rows = [
        ["指标", "单位", "2010年计划", "2010年执行", "2011年计划"],
        ["化学需氧量排放削减", "%", "2", "2.4", "1.5"],
        ["氨氮排放总量减少", "%", "1", "1.2", "1"],
        ["二氧化硫排放量", "万吨", "8.2", "8.1", "8"],
    ]
    found = all_values(_tabbed(rows, "附表 2010年计划执行情况及2011年计划"), 2010)
    assert (("化学需氧量", "%", 2010, "expected"), "2.4") in found
    assert (("化学需氧量", "%", 2011, "target"), "1.5") in found
    assert (("氨氮", "%", 2010, "target"), "1") in found
    # the emission's level is no series of the catalogue's: it keeps its own name
    assert not any(key[0] == "二氧化硫" for key, _value in found)


def test_a_name_with_its_unit_given_a_line_of_its_own_is_no_value_of_the_row_above():
    cells = [
        "序号", "指标", "属性", "2023年目标", "2023年完成", "2024年目标",
        "1", "地区生产总值增长（%）", "预期性", "6左右", "6.3", "6以上",
        "2", "居民人均可支配收入增长（%）", "预期性", "与经济增长同步", "6.1", "与经济增长同步",
        "3", "单位地区生产总值能耗降低（%）", "约束性", "完成省下达任务", "完成省下达任务", "3左右",
    ]  # fmt: skip
    found = all_values("表1 主要指标完成情况及2024年目标\n" + "\n".join(cells), 2023)
    assert (("居民人均可支配收入", "%", 2023, "expected"), "6.1") in found
    assert (("居民人均可支配收入", "%", 2024, "target"), "与经济增长同步") in found
    assert (("万元生产总值能耗", "%", 2024, "target"), "3左右") in found


def test_a_name_broken_over_two_lines_stays_out_of_the_row_numbered_after_it():
    rows = [
        ["序号", "指标", "属性", "2023年目标", "2023年预计", "2024年目标"],
        ["1", "社会消费品零售", "预期性", "7", "5.2", "6"],
        ["", "总额增长（%）", "", "", "", ""],
        ["2", "一般公共预算收入增长（%）", "预期性", "6", "3.1", "5"],
    ]
    found = all_values(_tabbed(rows, "表1 2023年主要指标完成情况及2024年目标"), 2023)
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "3.1") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "5") in found


def test_a_sub_row_named_by_its_side_alone_is_that_sides_income():
    rows = [
        ["指标", "单位", "绝对值", "增长%"],
        ["居民人均可支配收入", "元", "48210", "5.6"],
        ["  其中：城镇常住居民", "元", "60350", "4.9"],
        ["        农村居民", "元", "31200", "6.8"],
    ]
    found = all_values(_tabbed(rows, "2023年主要经济指标完成情况"), 2023)
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "60350") in found
    assert (("城镇居民人均可支配收入", "%", 2023, "expected"), "4.9") in found
    assert (("农村居民人均可支配收入", "%", 2023, "expected"), "6.8") in found


def test_a_row_naming_both_sides_shares_its_cells_out():
    rows = [
        ["指标", "单位", "2023年目标", "2023年预计", "2024年目标"],
        ["城乡居民人均可支配收入增长", "%", "7", "6.1、7.4", "与经济增长同步"],
        ["城乡居民人均可支配收入", "元", "", "52000/30100", ""],
        ["城乡居民人均可支配收入", "元", "", "41200", ""],
    ]
    found = all_values(_tabbed(rows, "附表 2023年计划执行情况及2024年计划"), 2023)
    for side, growth, level in (("城镇", "6.1", "52000"), ("农村", "7.4", "30100")):
        assert ((f"{side}居民人均可支配收入", "%", 2023, "target"), "7") in found
        assert ((f"{side}居民人均可支配收入", "%", 2023, "expected"), growth) in found
        assert ((f"{side}居民人均可支配收入", "%", 2024, "target"), "与经济增长同步") in found
        assert ((f"{side}居民人均可支配收入", "元", 2023, "expected"), level) in found
    # one level is all residents' income, no side's
    assert not any(v == "41200" and k[0].startswith(("城镇", "农村")) for k, v in found)


def test_a_header_of_measures_alone_one_cell_a_line_takes_its_captions_year_and_kind():
    cells = [
        "2023年全县主要经济指标完成情况", "指 标", "总 量", "比上年增长（%）",
        "地区生产总值（亿元）", "312.6", "6.1",
        "其中：第二产业", "120.4", "7.2",
        "城镇居民人均可支配收入（元）", "45210", "5.3",
    ]  # fmt: skip
    found = all_values("\n".join(cells), 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("第二产业增加值", "%", 2023, "expected"), "7.2") in found
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "45210") in found


def test_a_header_of_a_kind_alone_one_cell_a_line_takes_its_captions_year():
    cells = ["2024年经济社会发展主要预期目标", "序号", "指标", "单位", "目标"]
    rows = [
        ("生产总值增长", "%", "6以上"), ("外贸出口", "亿美元", "18"),
        ("城镇登记失业率", "%", "4以内"), ("万元生产总值能耗降低", "%", "3"),
    ]  # fmt: skip
    for number, row in enumerate(rows, start=8):  # serial numbers past 9 as well
        cells += [str(number), *row]
    found = all_values("\n".join(cells), 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6以上") in found
    assert (("出口总额", "亿美元", 2024, "target"), "18") in found
    assert (("城镇登记失业率", "%", 2024, "target"), "4以内") in found
    assert (("万元生产总值能耗", "%", 2024, "target"), "3") in found


def test_a_clause_about_a_place_above_the_reports_own_states_none_of_its_figures():
    text = (
        "关于桐乡市2023年国民经济和社会发展计划执行情况的报告\n"
        "全市实现地区生产总值1250亿元，增长6.2%。全省地区生产总值增长6%，"
        "我市增幅高于全省平均水平。预计全市固定资产投资增长8%。\n"
    )
    found = all_values(text, 2023)
    assert [v for k, v in found if k[:2] == ("地区生产总值", "%")] == ["6.2"]
    assert (("固定资产投资", "%", 2023, "expected"), "8") in found
    county = "湄潭县2023年国民经济和社会发展计划执行情况的报告\n全县生产总值增长5.5%。全市（遵义市）生产总值预计增长5.1%。\n"
    assert [v for k, v in all_values(county, 2023) if k[0] == "地区生产总值"] == ["5.5"]
    # the province's own report: 全省 is the place itself
    province = "浙江省2023年国民经济和社会发展计划执行情况的报告\n初步统计，全省生产总值增长6%。全国国内生产总值增长5.2%。\n"
    assert [v for k, v in all_values(province, 2023) if k[0] == "地区生产总值"] == ["6"]


def test_each_item_of_a_list_closed_as_the_years_targets_is_a_target():
    text = (
        "年初县人大确定的地区生产总值增长7.5%、一般公共预算总收入增长6%、固定资产投资增长10%"
        "等主要目标，预计均能完成。全年地区生产总值增长7.8%、固定资产投资增长10.5%，均完成年度目标。"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "7.5") in found
    assert (("一般公共预算总收入", "%", 2023, "target"), "6") in found
    assert (("固定资产投资", "%", 2023, "target"), "10") in found
    # results whose list the targets close after a comma stay results
    assert (("地区生产总值", "%", 2023, "expected"), "7.8") in found
    assert (("固定资产投资", "%", 2023, "expected"), "10.5") in found


def test_the_whole_years_figure_after_a_semicolon_closing_a_part_of_the_year_is_the_subjects():
    text = (
        "1—11月，全县完成全社会固定资产投资25.1亿元；预计全年完成28.6亿元，增长12.5%。"
        "1—11月，规模以上工业增加值增长10.2%；预计全年增长9.5%。"
    )
    found = all_values(text, 2024)
    assert (("固定资产投资", "亿元", 2024, "expected"), "28.6") in found
    assert (("固定资产投资", "%", 2024, "expected"), "12.5") in found
    assert (("规上工业增加值", "%", 2024, "expected"), "9.5") in found
    assert not any(v in ("25.1", "10.2") for _k, v in found)  # the months' figures


def test_the_years_target_a_result_is_set_against_with_a_bare_comparison_is_a_target():
    text = (
        "全年实现地区生产总值365.2亿元，增长5.2%，比年初确定的7%的预期目标低1.8个百分点；"
        "一般公共预算收入增长9%，高于年初确定的6%的增长目标。"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "7") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.2") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "6") in found


def test_a_year_in_a_clause_of_its_own_opening_the_sentence_dates_it_under_a_later_heading():
    text = (
        "一、2023年工作回顾\n2022年，全市实现地区生产总值2856.2亿元，增长6.5%，经济总量稳居全省第二。"
        "初步测算，2023年全市实现地区生产总值3010.1亿元，增长5.1%。"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2022, "final"), "2856.2") in found
    assert (("地区生产总值", "%", 2022, "final"), "6.5") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "3010.1") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.1") in found


def test_a_figure_still_reached_and_an_intensity_named_with_its_whole_scope_are_read():
    text = (
        "尽管遭遇严重旱灾，全年粮食总产量仍达到620万吨，地区生产总值仍然增长4.2%。"
        "全社会研究与试验发展经费投入强度达到2.48%，全社会研究与试验发展经费投入61.6亿元。"
    )
    found = all_values(text, 2024)
    assert (("粮食产量", "万吨", 2024, "expected"), "620") in found
    assert (("地区生产总值", "%", 2024, "expected"), "4.2") in found
    assert (("研究与试验发展经费投入强度", "%", 2024, "expected"), "2.48") in found
    assert (("全社会研究与试验发展经费投入", "亿元", 2024, "expected"), "61.6") in found


def test_the_places_counted_before_a_name_state_their_figures_not_the_places():
    text = (
        "全州实现地区生产总值275.6亿元，增长8.1%。全州8个县市地区生产总值增幅均在7%以上，"
        "全市6个县（市、区）固定资产投资均增长10%以上。"
    )
    found = all_values(text, 2024)
    assert [v for k, v in found if k[0] == "地区生产总值" and k[1] == "%"] == ["8.1"]
    assert not any(k[0] == "固定资产投资" for k, _v in found)


def test_a_table_spaced_or_barred_in_full_width_forms_is_read():
    spaced = (
        "２０２３年主要经济指标完成情况\n指标名称\u3000\u3000\u3000\u3000单位\u3000\u3000总量\u3000\u3000增长（％）\n"
        "地区生产总值\u3000\u3000亿元\u3000\u3000３２６．８\u3000１５．２\n"
        "地方财政一般预算收入\u3000亿元\u3000９．１２\u3000２８．３\n"
    )
    found = all_values(spaced, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "３２６．８") in found
    assert (("地区生产总值", "%", 2023, "expected"), "１５．２") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "２８．３") in found
    barred = (
        "2023年主要经济指标\n指标｜单位｜数值｜同比增长（%）\n地区生产总值｜亿元｜7688.1｜6.6\n"
    )
    assert (("地区生产总值", "%", 2023, "expected"), "6.6") in all_values(barred, 2023)


def test_a_number_written_with_a_thousands_space_in_a_single_spaced_table_is_one_value():
    text = (
        "附表 2023年全省主要经济指标\n指标名称 单位 绝对数 比上年增长（%）\n"
        "地区生产总值 亿元 43 608.1 2.3\n城镇居民人均可支配收入 元 41 698 4.7\n"
        "居民消费价格指数 % 102.3 —\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "43 608.1") in found
    assert (("地区生产总值", "%", 2023, "expected"), "2.3") in found
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "41 698") in found
    assert (("城镇居民人均可支配收入", "%", 2023, "expected"), "4.7") in found


def test_the_years_measures_beside_the_months_cumulative_columns_are_read():
    rows = [
        ["指标", "单位", "1—11月", "", "全年预计", ""],
        ["", "", "累计", "增长%", "总量", "增长%"],
        ["固定资产投资", "亿元", "2316.4", "12.6", "2540", "12.5"],
        ["规模以上工业增加值", "亿元", "—", "8.2", "—", "8.0"],
    ]
    found = all_values(_tabbed(rows, "2023年主要经济指标预计完成情况"), 2023)
    assert (("固定资产投资", "亿元", 2023, "expected"), "2540") in found
    assert (("固定资产投资", "%", 2023, "expected"), "12.5") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "8.0") in found
    assert not any(v in ("2316.4", "12.6", "8.2") for _k, v in found)  # the months'


def test_a_spaced_row_without_its_groups_cell_and_a_count_named_with_数_are_read():
    text = (
        "2023年县域经济主要指标\n类别      指标                        绝对值        增速（%）\n"
        "总量      地区生产总值（亿元）        215.6         6.8\n"
        "          第一产业（亿元）            32.4          4.5\n"
        "财政      财政总收入（亿元）          18.62         5.4\n"
        "          一般公共预算收入（亿元）10.25         4.7\n"
    )
    found = all_values(text, 2023)
    assert (("第一产业增加值", "亿元", 2023, "expected"), "32.4") in found
    assert (("第一产业增加值", "%", 2023, "expected"), "4.5") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "10.25") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "4.7") in found
    rows = [
        ["指标名称", "单位", "2023年预计", "2024年目标"],
        ["高新技术企业数", "家", "4.2万", "4.5万"],
    ]
    found = all_values(_tabbed(rows, "附件1 主要指标完成情况和2024年目标"), 2023)
    assert (("高新技术企业", "家", 2023, "expected"), "4.2万") in found


def test_a_report_on_the_year_so_far_gives_the_years_targets_not_its_months_results():
    text = (
        "关于今年以来全省国民经济和社会发展计划执行情况的报告\n"
        "——2024年11月20日在某省第十四届人民代表大会常务委员会第十二次会议上\n"
        "一、计划执行情况\n省人大批准的2024年计划，提出了全省经济社会发展的主要预期目标："
        "生产总值增长5.5%左右；一般公共预算收入增长3%。\n全省实现生产总值12628.7亿元，增长5.1%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "5.5%左右") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "3") in found
    assert not any(v in ("12628.7", "5.1") for _k, v in found)


def test_targets_a_review_says_were_set_are_the_years_targets():
    text = (
        "一、2023年计划执行情况\n市人大审议批准的年度计划，确定了全市经济社会发展的主要预期目标："
        "全市生产总值增长6%；固定资产投资增长8%。全年实现生产总值1320.8亿元，增长6.2%。\n"
        "总体实现市人大确定的预期目标：全市固定资产投资增长8.3%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6") in found
    assert (("固定资产投资", "%", 2023, "target"), "8") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.2") in found
    assert (("固定资产投资", "%", 2023, "expected"), "8.3") in found


def test_a_mid_year_report_keeps_the_year_befores_results_it_opens_with():
    text = (
        "关于某市2023年上半年国民经济和社会发展计划执行情况的报告\n"
        "——2023年7月26日在某市第十八届人民代表大会常务委员会第十次会议上\n"
        "一、上半年计划执行情况\n2022年，全市地区生产总值达到5827.8亿元，增长5.6%。"
        "上半年，全市地区生产总值2831.6亿元，增长6.9%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2022, "final"), "5827.8") in found
    assert (("地区生产总值", "%", 2022, "final"), "5.6") in found
    assert not any(v in ("2831.6", "6.9") for _k, v in found)


def test_a_place_named_before_a_name_other_than_the_one_the_head_names_states_its_own_figures():
    opening = "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。" * 12
    text = (
        f"【两会】赣州市政府工作报告划重点\n{opening}\n"
        "报告显示，2023年全市地区生产总值4606.2亿元，增长4.3%。来自南康区的代表说，"
        "去年南康区地区生产总值增长5.8%。据介绍，全省今年地区生产总值预期增长5%以上。"
        "全年完成区地方财政收入112.67亿元。\n"
    )
    found = all_values(text, 2023)
    assert [v for k, v in found if k[:2] == ("地区生产总值", "%")] == ["4.3"]
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "112.67") in found


def test_a_year_named_in_one_bulleted_item_dates_none_of_the_next_items_figures():
    text = (
        "全州地区生产总值增长3.5%（2019年全州地区生产总值首次突破1100亿元，达到1159.4亿元）\n"
        "·规模以上工业增加值下降6.2%\n·固定资产投资下降18.1%，降幅逐季收窄\n"
    )
    found = all_values(text, 2020)
    assert (("规上工业增加值", "%", 2020, "expected"), "下降6.2") in found
    assert (("固定资产投资", "%", 2020, "expected"), "下降18.1") in found
    section = "一、2016年工作回顾\n●地区生产总值3650亿元；总量比前年（2015年）增加342亿元\n●规模以上工业增加值2105亿元\n"
    assert (("规上工业增加值", "亿元", 2016, "expected"), "2105") in all_values(section, 2016)


def test_a_part_of_the_year_in_one_bulleted_item_dates_none_of_the_next_items_figures():
    text = (
        "·固定资产投资下降18.1%，降幅逐季收窄，前三季度曾下降31.4%\n"
        "·社会消费品零售总额462.3亿元，下降16.8%\n"
    )
    found = all_values(text, 2020)
    assert (("社会消费品零售总额", "亿元", 2020, "expected"), "462.3") in found
    assert (("社会消费品零售总额", "%", 2020, "expected"), "下降16.8") in found


def test_a_year_opening_the_words_of_a_line_dates_them_but_not_a_span_it_ends():
    text = (
        "关于某市2012年上半年国民经济和社会发展计划执行情况的报告\n"
        "——2012年8月28日在某市第四届人民代表大会常务委员会第二十九次会议上\n"
        "一、上半年计划执行情况\n2011年全市经济发展迈上新台阶，地区生产总值达到1320.8亿元，"
        "按可比价计算增长13.7%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 2011, "final"), "1320.8") in found
    assert (("地区生产总值", "%", 2011, "final"), "13.7") in found
    span = "一、2023年工作回顾\n2016年以来，全市经济持续向好，地区生产总值增长5.2%。\n"
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in all_values(span, 2023)


def test_a_mid_year_reports_section_headed_with_the_years_targets_gives_them_and_last_years_results():
    text = (
        "关于某区今年以来经济运行情况的报告\n"
        "——2025年9月24日在某区第十九届人民代表大会常务委员会第二十八次会议上\n\n"
        "一、年度目标和经济运行总体情况\n2024年，全区实现地区生产总值1386.5亿元，增长6.2%。"
        "区人大确定的2025年主要预期目标是：地区生产总值增长6%左右；固定资产投资增长5%。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2024, "final"), "1386.5") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("固定资产投资", "%", 2025, "target"), "5") in found


def test_a_list_of_the_years_targets_closed_after_a_worded_item_is_targets():
    text = (
        "区人大确定了地区生产总值增长6%以上、一般公共预算收入增长3%、全体居民人均可支配收入增长"
        "与经济增长基本同步等主要目标。预计全年实现地区生产总值1168亿元，同比增长8.5%左右。"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "target"), "6%以上") in found
    assert (("地方一般公共预算收入", "%", 2021, "target"), "3") in found
    assert (("地区生产总值", "%", 2021, "expected"), "8.5%左右") in found


def test_a_mid_year_table_one_cell_a_line_with_the_months_column_gives_the_years_targets():
    cells = [
        "关于某市2023年上半年国民经济和社会发展计划执行情况的报告",
        "——2023年7月26日在某市第十八届人民代表大会常务委员会第十次会议上",
        "2023年上半年主要经济指标完成情况", "指标名称", "2023年目标", "1—6月完成", "增长%",
        "地区生产总值", "增长6.5%左右", "2831.6亿元", "6.9",
        "城镇调查失业率", "5.5%以内", "5.1%", "—",
    ]  # fmt: skip
    found = all_values("\n".join(cells), 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6.5%左右") in found
    assert (("城镇调查失业率", "%", 2023, "target"), "5.5%以内") in found
    assert not any(v in ("2831.6", "6.9", "5.1") for _k, v in found)


def test_a_place_above_or_beside_the_reports_own_is_told_from_the_words_a_clause_opens_on():
    opening = "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。" * 12
    text = (
        f"两会｜宁波市政府工作报告全文\n{opening}\n"
        "初步测算全市地区生产总值增长5.5%。目前全市城镇登记失业率为2.1%。"
        "全市（含高新区）固定资产投资增长5%。同期，浙江省地区生产总值增长6%。"
        "2023年浙江社会消费品零售总额增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert [v for k, v in found if k[:2] == ("地区生产总值", "%")] == ["5.5"]
    assert (("城镇登记失业率", "%", 2023, "expected"), "2.1") in found
    assert (("固定资产投资", "%", 2023, "expected"), "5") in found
    assert not any(k[0] == "社会消费品零售总额" for k, _v in found)
    county_city = f"关于利川市2023年国民经济和社会发展计划执行情况的报告\n{opening}\n全市地区生产总值增长5.6%。全州地区生产总值增长4.1%。\n"
    assert [v for k, v in all_values(county_city, 2023) if k[0] == "地区生产总值"] == ["5.6"]


def test_a_year_end_report_saying_so_far_in_its_body_keeps_its_results():
    text = (
        "关于2023年国民经济和社会发展计划执行情况的报告\n"
        "——2023年12月20日在某县第十八届人民代表大会第三次会议上\n"
        "现将今年以来全县国民经济和社会发展计划执行情况报告如下。\n预计全年地区生产总值增长6%左右。\n"
    )
    assert (("地区生产总值", "%", 2023, "expected"), "6%左右") in all_values(text, 2023)


def test_the_years_target_after_a_semicolon_closing_the_months_is_no_result():
    text = (
        "1—11月，全县规模以上工业增加值增长10.2%；全年增长目标为8%。"
        "1—11月完成全社会固定资产投资25.1亿元；预计全年可完成28.6亿元，增长12.5%。"
    )
    found = all_values(text, 2024)
    assert not any(v == "8" and k[3] == "expected" for k, v in found)
    assert (("固定资产投资", "亿元", 2024, "expected"), "28.6") in found
    assert (("固定资产投资", "%", 2024, "expected"), "12.5") in found


def test_a_part_of_the_year_leading_a_bulleted_list_dates_its_items():
    text = "1—11月，全县主要经济指标运行情况：\n·规模以上工业增加值增长10.2%\n·固定资产投资增长8%\n"
    assert all_values(text, 2024) == set()


def test_a_result_set_against_the_years_target_in_a_list_stays_a_result():
    text = "一般公共预算收入增长8.2%、高于6%的年度目标。城镇登记失业率为3.2%、低于4.5%的年度目标。"
    found = all_values(text, 2023)
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "8.2") in found
    assert (("地方一般公共预算收入", "%", 2023, "target"), "6") in found
    assert (("城镇登记失业率", "%", 2023, "expected"), "3.2") in found
    assert (("城镇登记失业率", "%", 2023, "target"), "4.5") in found


def test_a_spaced_rows_trailing_note_joins_no_thousands_and_counted_places_need_no_counter_word():
    text = (
        "附表 2023年主要指标执行情况\n指标名称 单位 2023年计划 2023年执行 2024年计划\n"
        "固定资产投资 亿元 95 100 105 超额完成\n"
    )
    found = all_values(text, 2023)
    assert (("固定资产投资", "亿元", 2023, "target"), "95") in found
    assert (("固定资产投资", "亿元", 2023, "expected"), "100") in found
    prose = "全州实现地区生产总值275.6亿元，增长8.1%。全州8县市地区生产总值增幅均在7%以上。"
    assert [v for k, v in all_values(prose, 2024) if k[:2] == ("地区生产总值", "%")] == ["8.1"]
    # a place named with a numeral is its own (二七区)
    own = "初步预计，2023年全年二七区生产总值完成567亿元，增长9%。"
    assert (("地区生产总值", "亿元", 2023, "expected"), "567") in all_values(own, 2023)


def test_items_pasted_with_other_bullets_or_numbers_are_items_of_their_own():
    text = (
        "全州地区生产总值增长3.5%（2019年全州地区生产总值达到1159.4亿元）\n"
        "Ø规模以上工业增加值下降6.2%\n（2）固定资产投资下降18.1%\n3.社会消费品零售总额下降16.8%\n"
    )
    found = all_values(text, 2020)
    assert (("规上工业增加值", "%", 2020, "expected"), "下降6.2") in found
    assert (("固定资产投资", "%", 2020, "expected"), "下降18.1") in found
    assert (("社会消费品零售总额", "%", 2020, "expected"), "下降16.8") in found


def test_a_caption_dated_header_one_cell_a_line_with_a_column_of_the_province_is_read():
    cells = [
        "2023年全县主要经济指标完成情况", "指 标", "总 量", "比上年增长（%）", "全省平均增长（%）",
        "地区生产总值（亿元）", "312.6", "6.1", "5.8",
        "城镇居民人均可支配收入（元）", "45210", "5.3", "5.1",
    ]  # fmt: skip
    found = all_values("\n".join(cells), 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "45210") in found
    assert not any(v in ("5.8", "5.1") for _k, v in found)
