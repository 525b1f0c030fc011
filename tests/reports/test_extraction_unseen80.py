"""Forms found in round eighty, reading what probe texts and the notes of earlier rounds still
miss, each in a text of our own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen55 import delivered_values

MONTHS_AND_ESTIMATE = (
    "指标 | 单位 | {so_far} | 增长（%） | 预计全年完成 | 预计增长（%）\n"
    "地区生产总值 | 亿元 | 186.2 | 5.6 | 236 | 6\n"
    "一般公共预算收入 | 亿元 | 12.4 | 8.1 | 15.1 | 7.5\n"
)


def test_a_tables_estimate_of_the_year_beside_its_months_is_the_years():
    for caption, so_far in (
        ("1—10月主要经济指标完成情况\n", "累计完成"),
        ("青禾县2023年1—10月主要经济指标完成情况\n", "累计完成"),
        ("", "1—10月累计完成"),
    ):
        text = caption + MONTHS_AND_ESTIMATE.format(so_far=so_far)
        found = delivered_values(text, 2023, "2023-11-20")
        assert (("地区生产总值", "亿元", 2023, "expected"), "236") in found, caption
        assert (("地区生产总值", "%", 2023, "expected"), "6") in found, caption
        assert (("地方一般公共预算收入", "%", 2023, "expected"), "7.5") in found, caption
        values = {value for _key, value in found}
        assert not values & {"186.2", "5.6", "12.4", "8.1"}, caption  # the months'


GRID_OF_YEARS_OVER_KINDS = """附表　青禾县主要指标
+--------------------+------+--------------------+----------+
|                    |      |       2022年       |  2023年  |
|      指标名称      | 单位 +---------+----------+----------+
|                    |      |  计划   | 预计完成 |   计划   |
+--------------------+------+---------+----------+----------+
| 地区生产总值       | 亿元 | 410     | 415.6    | 440      |
|   增长             | %    | 6.5     | 6.8      | 6左右    |
| 城镇居民人均可支配 | 元   | 41200   | 41350    | 43500    |
|   收入             |      |         |          |          |
+--------------------+------+---------+----------+----------+
"""

BOX_OF_WRAPPED_CELLS = """表1　“十四五”规划主要指标
┌──────────────┬────────┬──────────┬────────┐
│指标          │2020年  │“十四五”规│2025年  │
│              │        │划2025年目│预计完成│
│              │        │标        │        │
├──────────────┼────────┼──────────┼────────┤
│地区生产总值  │286.5   │400       │391.2   │
│（亿元）      │        │          │        │
│常住人口城镇化│61.3    │65        │64.8    │
│率（%）       │        │          │        │
│城镇调查失业率│5.2     │<5.5      │5.1     │
│研究与试验发展│1.42    │2.1       │2.06    │
│经费投入强度  │        │          │        │
└──────────────┴────────┴──────────┴────────┘
"""


def test_a_drawn_header_of_several_lines_is_read_as_one():
    found = delivered_values(GRID_OF_YEARS_OVER_KINDS, 2022, "2023-01-12")
    assert (("地区生产总值", "亿元", 2022, "target"), "410") in found
    assert (("地区生产总值", "亿元", 2022, "expected"), "415.6") in found
    assert (("地区生产总值", "亿元", 2023, "target"), "440") in found
    assert (("地区生产总值", "%", 2023, "target"), "6左右") in found
    found = delivered_values(BOX_OF_WRAPPED_CELLS, 2025, "2026-01-15")
    assert (("城镇调查失业率", "%", 2025, "target"), "<5.5") in found
    assert (("城镇调查失业率", "%", 2025, "expected"), "5.1") in found


def test_a_drawn_rows_name_wrapped_onto_a_line_of_its_own_is_joined():
    found = delivered_values(GRID_OF_YEARS_OVER_KINDS, 2022, "2023-01-12")
    assert (("城镇居民人均可支配收入", "元", 2023, "target"), "43500") in found
    found = delivered_values(BOX_OF_WRAPPED_CELLS, 2025, "2026-01-15")
    assert (("研究与试验发展经费投入强度", "%", 2025, "target"), "2.1") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "391.2") in found
    assert (("常住人口城镇化率", "%", 2025, "target"), "65") in found
    assert not any(key[0] == "全社会研究与试验发展经费投入" for key, _value in found)


def test_a_drawn_table_of_years_is_read_row_by_row():
    boxed = (
        "图2　2019—2023年全县一般公共预算收入\n"
        "┌──────┬──────────────────────┬──────────────┐\n"
        "│ 年份 │ 一般公共预算收入(亿元) │ 比上年增长(%) │\n"
        "├──────┼──────────────────────┼──────────────┤\n"
        "│ 2019 │ 21.6                 │ 5.1          │\n"
        "│ 2020 │ 20.9                 │ 下降3.2      │\n"
        "│ 2021 │ 23.4                 │ 12.0         │\n"
        "└──────┴──────────────────────┴──────────────┘\n"
    )
    barred = boxed.translate(str.maketrans("┌┬┐├┼┤└┴┘─│", "+++++++++-|"))  # (+------+)
    lines = barred.splitlines(keepends=True)
    markdown = "".join([lines[0], lines[2], "|---|---:|---:|\n", *lines[4:-1]])
    for text in (boxed, barred, markdown):
        found = delivered_values(text, 2023, "2024-05-20")
        assert (("地方一般公共预算收入", "亿元", 2019, "final"), "21.6") in found
        assert (("地方一般公共预算收入", "%", 2021, "final"), "12.0") in found


def test_a_target_before_a_rows_amount_and_growth_reads_as_the_growth_it_sets():
    text = (
        "2023年主要经济指标完成情况\n"
        "指标 | 单位 | 年初目标 | 预计完成 | 增长（%）\n"
        "一般公共预算收入 | 亿元 | 6 | 186.42 | 9.6\n"
        "进出口总额 | 亿元 | 5 | 412.6 | -4.1\n"
        "地区生产总值 | 亿元 | 2800 | 2846.7 | 5.9\n"
    )
    found = delivered_values(text, 2023, "2024-01-16")
    assert (("地方一般公共预算收入", "%", 2023, "target"), "6") in found
    assert (("进出口总额", "%", 2023, "target"), "5") in found
    assert (("地区生产总值", "亿元", 2023, "target"), "2800") in found  # an amount
    assert not any(key[1] == "亿元" and value in ("5", "6") for key, value in found)


def test_a_structures_shares_in_a_table_of_years_are_no_growth():
    text = (
        "表3　青禾市主要年份地区生产总值及三次产业结构\n"
        "年份｜地区生产总值（亿元）｜第一产业（%）｜第二产业（%）｜第三产业（%）\n"
        "2000｜325.6｜22.1｜44.6｜33.3\n"
        "2010｜1582.7｜13.6｜52.5｜33.9\n"
    )
    found = delivered_values(text, 2018, "2020-05-01")
    assert (("地区生产总值", "亿元", 2010, "final"), "1582.7") in found
    assert not any(key[1] == "%" for key, _value in found)  # the shares of the three sectors
    # a rate under a caption naming another structure is the rate it names
    text = (
        "表4　常住人口及城乡结构\n"
        "年份 | 常住人口（万人） | 常住人口城镇化率（%）\n2021 | 120.5 | 59.6\n2022 | 121.0 | 60.3\n"
    )
    found = delivered_values(text, 2023, "2024-05-01")
    assert (("常住人口城镇化率", "%", 2022, "final"), "60.3") in found


def test_an_estimate_of_the_year_given_from_its_second_half_is_its_expected_result():
    text = (
        "青禾市“十五五”规划基本思路\n"
        "2024年，全市地区生产总值完成3862.4亿元，增长5.8%。"
        "综合判断，2025年全市地区生产总值预计达到4080亿元左右，增长5.5%左右。\n"
    )
    found = delivered_values(text, 2024, "2025-07-20")
    assert (("地区生产总值", "亿元", 2025, "expected"), "4080亿元左右") in found
    assert (("地区生产总值", "%", 2025, "expected"), "5.5%左右") in found
    # given in January, the estimate of the year to come is the target it plans
    found = delivered_values(text, 2024, "2025-01-20")
    assert (("地区生产总值", "%", 2025, "target"), "5.5%左右") in found
    # the target the estimate is said to meet stays one, its words before the figure or after
    text = "经测算，今年全市社会消费品零售总额增长6%、城镇居民人均可支配收入增长5.5%的预期目标能够实现。"
    found = delivered_values(text, 2024, "2024-09-15")
    assert (("社会消费品零售总额", "%", 2024, "target"), "6") in found
    assert (("城镇居民人均可支配收入", "%", 2024, "target"), "5.5") in found
    text = "预计，全年地区生产总值增长8%以上，完成区人代会批准增长7.5%以上目标。\n"
    found = delivered_values(text, 2021, "2021-12-28")
    assert (("地区生产总值", "%", 2021, "target"), "7.5%以上") in found
    # a plan's targets after 经测算 are targets, even in a report delayed to June
    text = "青禾县政府工作报告\n经测算，今年全县地区生产总值增长3%左右。\n"
    found = delivered_values(text, 2019, "2020-06-10")
    assert (("地区生产总值", "%", 2020, "target"), "3%左右") in found


def test_a_tables_estimates_of_this_year_and_the_next_stay_estimates():
    text = (
        "青禾市“十二五”规划主要指标预测研究\n2009年11月18日\n"
        "今年1—9月，全市生产总值增长11.2%。\n"
        "表1　“十一五”主要指标完成情况预测\n"
        "指标 | 单位 | 2005年 | 2009年预计 | 2010年规划目标 | 2010年预计\n"
        "生产总值 | 亿元 | 286.5 | 512 | 520 | 575\n"
        "全社会固定资产投资 | 亿元 | 98.7 | 365 | 280 | 430\n"
    )
    found = delivered_values(text, 2009, "2009-11-18")
    assert (("地区生产总值", "亿元", 2009, "expected"), "512") in found
    assert (("地区生产总值", "亿元", 2010, "target"), "520") in found
    assert (("地区生产总值", "亿元", 2010, "expected"), "575") in found
    assert (("固定资产投资", "亿元", 2009, "expected"), "365") in found
    assert (("地区生产总值", "亿元", 2005, "final"), "286.5") in found


def test_the_years_targets_a_report_set_are_targets_in_a_review_at_the_years_end():
    text = (
        "县人大代表向选民述职报告\n（2006年12月28日）\n"
        "今年3月，我参加了县人大会议。县政府工作报告确定2006年全县生产总值增长12%，"
        "财政总收入增长15%。12月上旬，县计委介绍，预计今年全县生产总值增长13.5%，"
        "财政总收入增长21.6%。\n"
    )
    found = delivered_values(text, 2006, "2006-12-28")
    assert (("地区生产总值", "%", 2006, "target"), "12") in found
    assert (("地区生产总值", "%", 2006, "target"), "12") in delivered_values(
        text.replace("县政府工作报告", "县委"), 2006, "2006-12-28"
    )
    assert (("一般公共预算总收入", "%", 2006, "target"), "15") in found
    assert (("地区生产总值", "%", 2006, "expected"), "13.5") in found
    assert (("一般公共预算总收入", "%", 2006, "expected"), "21.6") in found
    # what an accounting report 确定 of a year is its result
    text = "经统一核算，核算报告确定2023年全县地区生产总值增长5.4%，总量达到286.4亿元。\n"
    found = delivered_values(text, 2023, "2024-06-10")
    assert not any(key[3] == "target" for key, _value in found)


def test_a_target_someone_suggests_is_an_opinion_but_the_target_it_would_change_stands():
    text = (
        "青禾县人大代表履职报告\n"
        "县政府提出，明年全县固定资产投资增长8%，农村居民人均可支配收入增长7%。"
        "部分代表建议将固定资产投资增长目标调整为10%。我建议将农村居民收入增长目标提高到8%以上。"
        "有代表建议将生产总值增长目标由6%左右调高至6.5%。\n"
    )
    found = delivered_values(text, 2024, "2024-12-20")
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert (("农村居民人均可支配收入", "%", 2025, "target"), "7") in found
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    values = {value for _key, value in found}
    assert not values & {"10", "8%以上", "6.5"}
    # the government's own proposal to the congress is its plan, and so is its commission's, a
    # committee's recommending it, a suggestion it adopts, or the target a suggestion quotes
    for text in (
        "建议2025年全县经济社会发展的主要预期目标为：地区生产总值增长6%左右。\n",
        "我委建议2025年全县地区生产总值增长6%左右。\n",
        "县人大财政经济委员会建议本次会议批准2025年计划草案，地区生产总值增长6%左右。\n",
        "根据人大代表建议，县政府将2025年地区生产总值增长目标调整为6%左右。\n",
        "部分委员建议，要采取有力措施，确保完成2025年地区生产总值增长6%左右的预期目标。\n",
        # (the suggestions heard or heeded, 建议 a noun)
        "在广泛听取人大代表、政协委员意见建议的基础上，2025年全县主要预期目标是："
        "地区生产总值增长6%左右。\n",
        "根据代表建议，2025年全县地区生产总值增长6%左右。\n",
    ):
        found = delivered_values(text, 2024, "2025-01-10")
        assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found, text


def test_a_target_met_early_dates_and_cues_nothing_after_its_clause():
    text = (
        "北关区座谈会发言摘编\n"
        "副区长通报：据初步统计，全年实现地区生产总值302.6亿元，增长13.2%，"
        "提前一年实现规划确定的2010年地区生产总值达到300亿元的目标；"
        "全口径财政收入41.5亿元，增长15.8%；全社会固定资产投资186.3亿元。\n"
    )
    found = delivered_values(text, 2009, "2010-03-09")
    assert (("地区生产总值", "亿元", 2010, "target"), "300") in found
    assert (("一般公共预算总收入", "亿元", 2009, "expected"), "41.5") in found
    assert (("一般公共预算总收入", "%", 2009, "expected"), "15.8") in found
    assert (("固定资产投资", "亿元", 2009, "expected"), "186.3") in found
    # nor does a target the clause sets out to meet (要努力实现…的目标；…)
    text = (
        "今年要努力实现地区生产总值增长5.5%左右的目标；一般公共预算收入增长4%；"
        "城镇新增就业1800人。\n"
    )
    found = delivered_values(text, 2024, "2025-01-08")
    assert (("地方一般公共预算收入", "%", 2025, "target"), "4") in found
    assert (("城镇新增就业", "万人", 2025, "target"), "1800人") in found
    # a target said to stand cues the revisions after its clause
    text = (
        "关于《政府工作报告》修改情况的说明\n——2025年1月16日\n"
        "原稿中“城镇新增就业3万人”的目标保持不变；"
        "将“一般公共预算收入增长5%”修改为“一般公共预算收入增长4%”。\n"
    )
    found = delivered_values(text, 2024, "2025-01-16")
    assert (("地方一般公共预算收入", "%", 2025, "target"), "4") in found


def test_an_estimate_of_the_whole_year_in_the_year_after_the_one_reviewed_is_of_that_year():
    text = (
        "在青禾茶产业博览会开幕式上的致辞\n（2017年11月8日）\n"
        "2016年，全省地区生产总值增长8.7%。今年以来，全省经济运行稳中向好。前三季度，全省地区生产"
        "总值增长9.1%。预计全年全省地区生产总值增长9%左右，固定资产投资增长18%以上。\n"
    )
    found = delivered_values(text, 2016, "2017-11-08")
    assert (("地区生产总值", "%", 2017, "expected"), "9%左右") in found
    assert (("固定资产投资", "%", 2017, "expected"), "18%以上") in found
    assert (("地区生产总值", "%", 2016, "final"), "8.7") in found


def test_the_years_plan_named_after_its_result_is_its_target():
    text = (
        "关于青禾县2022年计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
        "——规模以上工业增加值下降3.6%，年初计划增长8%。\n"
        "——固定资产投资下降12.4%，年初目标增长10%，其中房地产开发投资下降31.5%。\n"
    )
    found = delivered_values(text, 2022, "2023-04-18")
    assert (("规上工业增加值", "%", 2022, "target"), "8") in found
    assert (("固定资产投资", "%", 2022, "target"), "10") in found
    assert (("固定资产投资", "%", 2022, "final"), "下降12.4") in found
