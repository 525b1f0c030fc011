"""Forms found in the seventy-second set and after (the corpus read again, blind72 …), each in a
text of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates

GDP = "地区生产总值"
SECTORS = ("第一产业增加值", "第二产业增加值", "第三产业增加值")


def test_the_three_major_sectors_share_out_their_growths_in_order():
    found = candidates("2023年，三大产业增加值分别增长4.1%、6.2%、5.3%。")
    for sector, value in zip(SECTORS, ("4.1", "6.2", "5.3"), strict=True):
        assert found[(sector, "%", 2023, "expected")] == value


def test_the_years_growth_clauses_after_its_indicator_is_the_indicators():
    found = candidates(
        "2023年，地区生产总值一季度平稳开局，下半年回升向好，全年增长5.2%，总量达到3100亿元。"
    )
    assert found[(GDP, "%", 2023, "expected")] == "5.2"
    assert found[(GDP, "亿元", 2023, "expected")] == "3100"
    found = candidates("2023年，地区生产总值增速稳在合理区间，初步预计全年增长5.5%。")
    assert found[(GDP, "%", 2023, "expected")] == "5.5"


def test_a_whole_year_clause_after_another_name_is_that_names():
    found = candidates("2023年，地区生产总值稳中有进，规上工业增加值全年增长6.1%。")
    assert found[("规上工业增加值", "%", 2023, "expected")] == "6.1"
    assert (GDP, "%", 2023, "expected") not in found


def test_sectors_named_by_their_short_numbers_are_their_value_added():
    found = candidates(
        "2023年，地区生产总值增长4.7%，其中一产增长3.9%，二产增长5.1%，三产增长4.6%。"
    )
    for sector, value in zip(SECTORS, ("3.9", "5.1", "4.6"), strict=True):
        assert found[(sector, "%", 2023, "expected")] == value


def test_a_name_inside_brackets_does_not_take_the_figure_after_them():
    found = candidates(
        "2023年，地区生产总值635亿元，完成年计划的89%（主要是二产、三产未达预期），增长2.0%。"
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "635"
    assert not any(key[0] in SECTORS for key in found)


def test_the_prefectures_own_investment_and_the_whole_regions_gdp_keep_their_series():
    found = candidates("2023年，全疆地区生产总值增长6.1%。州属固定资产投资71.4亿元，增长3.2%。")
    assert found[(GDP, "%", 2023, "expected")] == "6.1"
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "71.4"


def test_exports_named_with_foreign_trade_and_amount_are_the_exports():
    found = candidates("2023年，外贸进出口总额201亿元，其中外贸出口额105亿元。")
    assert found[("出口总额", "亿元", 2023, "expected")] == "105"


def test_a_quota_of_the_level_above_reads_without_handed_down():
    found = candidates("2023年，单位地区生产总值能耗下降率完成上级任务；二氧化碳降幅完成市级任务。")
    assert found[("万元生产总值能耗", "%", 2023, "expected")] == "完成上级任务"
    found = candidates("2023年，单位地区生产总值二氧化碳降幅完成市级任务。")
    assert found[("单位地区生产总值二氧化碳排放降低", "%", 2023, "expected")] == "完成市级任务"
    found = candidates("2023年，超额完成万元GDP能耗降低任务。")
    assert found[("万元生产总值能耗", "%", 2023, "expected")] == "完成万元GDP能耗降低任务"


def test_pollutants_listed_with_their_kind_share_the_quota():
    found = candidates("2023年，化学需氧量、氨氮等主要污染物排放总量削减完成省下达任务。")
    assert found[("化学需氧量", "%", 2023, "expected")] == "完成省下达任务"
    assert found[("氨氮", "%", 2023, "expected")] == "完成省下达任务"


def test_the_years_plan_stated_before_the_months_done_is_the_target():
    text = (
        "一、2023年计划执行情况\n2023年主要指标完成情况如下：\n"
        "——年计划完成地区生产总值617亿元以上，1—9月完成428.3亿元，同比增长2.2%。\n"
        "——年计划社会消费品零售总额增长8%以上，1—10月同比增长9.0%。\n"
    )
    found = candidates(text, report_year=2023)
    assert found[(GDP, "亿元", 2023, "target")] == "617亿元以上"
    assert found[("社会消费品零售总额", "%", 2023, "target")] == "8%以上"
    assert (GDP, "亿元", 2023, "expected") not in found


def test_the_share_of_the_plan_done_is_no_target():
    found = candidates(
        "2023年，地区生产总值全年预计完成600亿元，完成年计划的97%。", report_year=2023
    )
    assert found[(GDP, "亿元", 2023, "expected")] == "600"
    assert (GDP, "%", 2023, "target") not in found


def test_a_note_marker_after_a_table_rows_name_is_not_part_of_it():
    text = (
        "指标\t单位\t2023年\t\t2024年\n"
        "\t\t目标\t预计完成\t目标\n"
        "1.地区生产总值（注1）\t%\t6.5左右\t5.3\t6左右\n"
        "2.固定资产投资额(注2)\t%\t6\t5左右\t5\n"
    )
    found = candidates(text)
    assert found[(GDP, "%", 2023, "expected")] == "5.3"
    assert found[("固定资产投资", "%", 2024, "target")] == "5"


def test_a_running_total_in_a_review_of_five_years_is_no_figure_of_the_year():
    text = (
        "五年来，我们聚精会神抓发展，综合实力迈上新台阶。地区生产总值从773亿元提升到1196亿元。"
        "累计完成固定资产投资2543亿元。"
    )
    found = candidates(text, report_year=2021)
    assert ("固定资产投资", "亿元", 2021, "expected") not in found
    found = candidates("2016年，固定资产投资累计完成4540亿元，是前五年的2.5倍。", report_year=2016)
    assert ("固定资产投资", "亿元", 2016, "expected") not in found
    found = candidates("2010年，社会消费品零售总额280亿元。五年完成投资820亿元。", report_year=2010)
    assert ("固定资产投资", "亿元", 2010, "expected") not in found


def test_a_running_total_of_the_year_is_the_years_figure():
    found = candidates("2023年，全年累计完成固定资产投资500亿元，增长6%。")
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "500"


def test_an_amount_in_a_row_without_a_unit_is_not_read_as_a_rate():
    text = (
        "指标\t单位\t2023年\t\t2024年\n"
        "\t\t目标\t预计完成\t目标\n"
        "地区生产总值\t\t7左右\t4355.2\t6左右\n"
    )
    found = candidates(text)
    assert found[(GDP, "%", 2023, "target")] == "7左右"
    assert found[(GDP, "%", 2024, "target")] == "6左右"
    assert (GDP, "%", 2023, "expected") not in found
