"""The forms of issue 14, each in sentences of our own wording: extraction reads a report's
figures clause by clause, whatever stands between an indicator and its value.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import pytest

from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim


def figures(text, report_year=2023):
    """{(indicator, unit, year, kind): value_text} of what extraction proposes."""
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return {(c.indicator, c.unit, c.year, c.kind): c.value_text for c in found}


def candidates(text, report_year=2023):
    found = extract(text, report_year=report_year)
    assert_verbatim(text, found)
    return {(c.indicator, c.unit): c for c in found}


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("2023年，一般公共预算总收入同口径增长3.4%。", "一般公共预算总收入", "3.4"),
        ("2023年，地方一般公共预算收入（同口径）增长7.25%。", "地方一般公共预算收入", "7.25"),
        ("2023年地方财政收入按可比口径增长11.2%。", "地方一般公共预算收入", "11.2"),
        ("2023年全市生产总值按可比价格计算增长4.6%。", "地区生产总值", "4.6"),
        (
            "2023年，城镇居民人均可支配收入扣除价格因素后实际增长5.9%。",
            "城镇居民人均可支配收入",
            "5.9",
        ),
        ("2023年一般公共预算总收入剔除留抵退税因素后增长2.8%。", "一般公共预算总收入", "2.8"),
    ],
)
def test_a_qualifier_between_the_indicator_and_its_verb_is_an_annotation(text, indicator, value):
    found = candidates(text)[indicator, "%"]
    assert (found.value_text, found.year) == (value, 2023)


def test_a_qualifier_is_kept_as_a_flag_of_the_figure():
    found = candidates("2023年，一般公共预算总收入同口径增长3.4%。")
    assert "同口径" in found["一般公共预算总收入", "%"].flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年的主要预期目标：城镇调查失业率5.3%左右，居民消费价格涨幅2%左右。",
            {("城镇调查失业率", "%", 2024, "target"): "5.3%左右"},
        ),
        (
            "2023年，城镇新增就业9.6万人，城镇登记失业率3.1%，常住人口城镇化率68.2%。",
            {
                ("城镇新增就业", "万人", 2023, "expected"): "9.6",
                ("城镇登记失业率", "%", 2023, "expected"): "3.1",
                ("常住人口城镇化率", "%", 2023, "expected"): "68.2",
            },
        ),
    ],
)
def test_a_figure_needs_no_verb(text, expected):
    assert figures(text).items() >= expected.items()


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        (
            "2023年，其中，第一产业增加值增长3.1%，第二产业增加值增长4.4%。",
            ("第一产业增加值", "%"),
            "3.1",
        ),
        (
            "全市生产总值820亿元。其中，第三产业增加值470亿元，增长6.3%。",
            ("第三产业增加值", "亿元"),
            "470",
        ),
        (
            "2023年外贸进出口总额52亿美元，增长3%。其中，出口31亿美元，增长5.5%。",
            ("出口总额", "亿美元"),
            "31",
        ),
    ],
)
def test_the_first_item_after_其中_is_read(text, first, value):
    assert candidates(text)[first].value_text == value


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("2023年，工业生产逐月回升，规模以上工业增加值增长5.2%。", "规上工业增加值", "5.2"),
        ("2023年，内需持续恢复，社会消费品零售总额增长8.4%。", "社会消费品零售总额", "8.4"),
        ("2023年，项目带动有力，全社会固定资产投资增长2.9%以上。", "固定资产投资", "2.9%以上"),
    ],
)
def test_a_descriptive_clause_before_the_indicator_does_not_hide_it(text, indicator, value):
    assert candidates(text)[indicator, "%"].value_text == value


def test_results_keep_their_qualifiers():
    text = "预计2023年全市地区生产总值增长5.2%左右，出口增长4%以上，居民消费价格涨幅控制在2%以内。"
    assert figures(text) == {
        ("地区生产总值", "%", 2023, "expected"): "5.2%左右",
        ("出口总额", "%", 2023, "expected"): "4%以上",
        ("居民消费价格指数", "%", 2023, "expected"): "2%以内",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，全省生产总值8200亿元，按可比价格计算，增长4.9%。",
            {("地区生产总值", "亿元"): "8200", ("地区生产总值", "%"): "4.9"},
        ),
        (
            "2023年社会消费品零售总额突破三千亿元，达3105.6亿元，比上年增长6.1%。",
            {("社会消费品零售总额", "亿元"): "3105.6", ("社会消费品零售总额", "%"): "6.1"},
        ),
        (
            "2023年外贸进出口总额96.3亿美元，比上年下降7.4%。",
            {("进出口总额", "亿美元"): "96.3", ("进出口总额", "%"): "下降7.4"},
        ),
    ],
)
def test_the_clauses_after_a_figure_go_on_about_its_indicator(text, expected):
    found = {key: c.value_text for key, c in candidates(text).items()}
    assert found.items() >= expected.items()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年城镇和农村居民人均可支配收入预计分别增长4.8%、6.6%。",
            {("城镇居民人均可支配收入", "%"): "4.8", ("农村居民人均可支配收入", "%"): "6.6"},
        ),
        (
            "2023年城镇居民、农村居民人均可支配收入分别增长5%左右、7%左右。",
            {
                ("城镇居民人均可支配收入", "%"): "5%左右",
                ("农村居民人均可支配收入", "%"): "7%左右",
            },
        ),
        (
            "2023年第三产业与第二产业增加值分别增长8.2%和5.6%。",
            {("第三产业增加值", "%"): "8.2", ("第二产业增加值", "%"): "5.6"},
        ),
        (
            "2023年城镇居民人均可支配收入31500元、农民人均纯收入12800元，"
            "扣除价格因素后分别增长6.2%和8.8%。",
            {
                ("城镇居民人均可支配收入", "元"): "31500",
                ("农村居民人均纯收入", "元"): "12800",
                ("城镇居民人均可支配收入", "%"): "6.2",
                ("农村居民人均纯收入", "%"): "8.8",
            },
        ),
        (
            "2023年二氧化硫和氨氮排放量均削减1.5%以上。",
            {("二氧化硫", "%"): "削减1.5%以上", ("氨氮", "%"): "削减1.5%以上"},
        ),
    ],
)
def test_a_shared_subject_or_a_shared_figure_is_given_to_each(text, expected):
    found = {key: c.value_text for key, c in candidates(text).items()}
    assert found.items() >= expected.items()


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        (
            "2009年地方财政一般预算收入完成42.7亿元，增长13%。",
            ("地方一般公共预算收入", "亿元"),
            "42.7",
        ),
        ("2009年农民人均纯收入增长9.5%。", ("农村居民人均纯收入", "%"), "9.5"),
        (
            "2009年研究与试验发展经费支出相当于全市生产总值的1.9%。",
            ("研究与试验发展经费投入强度", "%"),
            "1.9",
        ),
        (
            "2009年全社会研发经费支出占地区生产总值比重达到2.3%。",
            ("研究与试验发展经费投入强度", "%"),
            "2.3",
        ),
        ("2009年人口自然增长率控制在5.9‰以内。", ("人口自然增长率", "‰"), "5.9‰以内"),
    ],
)
def test_older_wordings_and_indicators_are_read(text, key, value):
    assert candidates(text, report_year=2009)[key].value_text == value


@pytest.mark.parametrize(
    ("text", "urban", "rural"),
    [
        ("2023年城乡居民人均可支配收入分别增长4.9%和6.8%。", "4.9", "6.8"),
        ("2023年城乡居民人均可支配收入预计分别达到51200元、25600元。", "51200", "25600"),
    ],
)
def test_城乡_names_the_urban_and_the_rural_series_in_that_order(text, urban, rural):
    found = {c.indicator: c.value_text for c in extract(text, report_year=2023)}
    assert found == {"城镇居民人均可支配收入": urban, "农村居民人均可支配收入": rural}


def test_a_change_in_a_clause_after_a_growth_rate_is_not_the_level():
    found = extract("2023年全市地区生产总值增长5.2%，比上年增加61亿元。", report_year=2023)
    assert [(c.indicator, c.unit, c.value_text) for c in found] == [("地区生产总值", "%", "5.2")]


def test_a_share_of_gdp_is_not_a_figure_of_gdp():
    found = candidates("2009年研究与试验发展经费支出相当于全市生产总值的1.9%。", 2009)
    assert ("地区生产总值", "%") not in found


def test_a_sentence_naming_no_year_carries_the_year_and_kind_of_its_paragraph():
    text = (
        "2023年目标建议：地区生产总值增长6%左右。城镇登记失业率控制在4%以内。\n"
        "全市社会消费品零售总额增长5.1%。"
    )
    found = figures(text, report_year=2022)
    assert found[("城镇登记失业率", "%", 2023, "target")] == "4%以内"
    assert found[("社会消费品零售总额", "%", 2022, "expected")] == "5.1"


def test_a_paragraph_opened_by_an_execution_heading_states_results_throughout():
    text = (
        "上年计划执行情况：全市国内生产总值6420亿元。社会消费品零售总额增长4.4%。"
        "年末城镇登记失业率3.3%。\n"
    )
    assert figures(text, report_year=2022) == {
        ("地区生产总值", "亿元", 2022, "expected"): "6420",
        ("社会消费品零售总额", "%", 2022, "expected"): "4.4",
        ("城镇登记失业率", "%", 2022, "expected"): "3.3",
    }


def test_a_figure_of_the_plan_year_is_a_target_without_a_cue():
    text = "报告提出：2024年全市生产总值增长5.5%左右，地方财政收入增长6%。"
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "%", 2024, "target"): "5.5%左右",
        ("地方一般公共预算收入", "%", 2024, "target"): "6",
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2023年全省地区生产总值突破6万亿元。", ("地区生产总值", "亿元")),
        (
            "2023年全市固定资产投资超过两千亿元，社会消费品零售总额超1500亿元。",
            ("社会消费品零售总额", "亿元"),
        ),
    ],
)
def test_a_threshold_an_aggregate_passed_is_left_out_as_a_result(text, key):
    """The statistics state these aggregates exactly: the threshold is a milestone (issue 14:
    「地区生产总值突破 5 万亿元」 is no expected GDP figure)."""
    assert key not in candidates(text)


def test_a_count_written_as_a_threshold_passed_is_proposed_below_accept_all():
    found = candidates("2023年全市高新技术企业达到900多家。")[("高新技术企业", "家")]
    assert found.confidence < 0.8 and found.kind == "expected"


def test_a_threshold_in_a_target_keeps_its_confidence():
    found = candidates("2024年主要预期目标：高新技术企业突破1000家。")[("高新技术企业", "家")]
    assert (found.kind, found.value_text, found.confidence) == ("target", "突破1000", 0.85)


def test_a_worded_milestone_gives_way_to_the_figure_after_it():
    found = candidates("2023年全市生产总值突破千亿元，达1012.4亿元，增长5.5%。")
    assert found[("地区生产总值", "亿元")].value_text == "1012.4"
    assert found[("地区生产总值", "%")].value_text == "5.5"


@pytest.mark.parametrize(
    "row",
    ["其中：地方一般公共预算收入 % 5 3.6 5 左右", "其中： 地方一般公共预算收入 % 5 3.6 5 左右"],
)
def test_a_其中_sub_row_of_an_annex_is_read_under_its_parent(row):
    text = (
        "附件\n指标 单位 2023年目标 2023年预计完成 2024年目标\n"
        f"一般公共预算总收入 % 6 2.5 5.5\n{row}\n固定资产投资 % 7 3 6\n"
    )
    found = {(c.indicator, c.year, c.kind): c for c in extract(text, report_year=2023)}
    child = found[("地方一般公共预算收入", 2024, "target")]
    assert (child.value_text, child.indicator_parent) == ("5 左右", "一般公共预算总收入")
    assert found[("地方一般公共预算收入", 2023, "expected")].value_text == "3.6"
    assert found[("固定资产投资", 2023, "expected")].indicator_parent == ""


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("2023年，汕头市地区生产总值增长6.5%。", ("地区生产总值", "%", 2023, "expected"), "6.5"),
        (
            "全年增长6%；莆田市社会消费品零售总额增长8.1%。",
            ("社会消费品零售总额", "%", 2023, "expected"),
            "8.1",
        ),
        ("其中，福建省固定资产投资增长2.5%。", ("固定资产投资", "%", 2023, "expected"), "2.5"),
    ],
)
def test_the_place_may_open_the_clause_before_the_indicator(text, key, value):
    assert figures(text)[key] == value


# 城市居民人均可支配收入 is not here: older reports name the urban income so (blind15).
@pytest.mark.parametrize("text", ["工业园区固定资产投资增长10%。", "开发区地区生产总值增长9%。"])
def test_a_part_of_a_place_before_the_indicator_still_makes_another_series(text):
    assert not figures(text)


GOVERNMENT_WORK_REPORT = (
    "政府工作报告\n——2024年1月20日在某市第十五届人民代表大会第四次会议上\n各位代表：\n"
    "去年，全市地区生产总值增长6.1%，规模以上工业增加值比去年增长5%。"
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
    "明年，社会消费品零售总额增长8%。\n"
)


def test_去年_今年_and_明年_count_from_the_year_the_report_is_delivered():
    found = figures(GOVERNMENT_WORK_REPORT, report_year=None)
    assert found == {
        ("地区生产总值", "%", 2023, "expected"): "6.1",
        ("规上工业增加值", "%", 2023, "expected"): "5",
        ("地区生产总值", "%", 2024, "target"): "6%左右",
        ("社会消费品零售总额", "%", 2025, "target"): "8",
    }


def test_a_report_delivered_late_in_the_year_looks_back_on_that_year():
    text = (
        "区政府工作报告\n——2024年12月20日在某区第十八届人民代表大会第四次会议上\n"
        "今年，全区地区生产总值增长5.6%。明年主要预期目标是：地区生产总值增长6%左右。\n"
    )
    assert figures(text, report_year=None) == {
        ("地区生产总值", "%", 2024, "expected"): "5.6",
        ("地区生产总值", "%", 2025, "target"): "6%左右",
    }
