"""Forms found in the sixth blind set (blind6) and misses the sets before left, each in sentences
of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_digits_grouped_in_threes_with_a_space_are_one_amount():
    found = candidates("2015年全市生产总值12 345亿元，增长7%；第二产业增加值3 456.7亿元，增长6%。")
    assert found[("地区生产总值", "亿元", 2015, "expected")] == "12 345"
    assert found[("地区生产总值", "%", 2015, "expected")] == "7"
    assert found[("第二产业增加值", "亿元", 2015, "expected")] == "3 456.7"


def test_numbers_spaced_apart_without_an_amounts_unit_stay_apart():
    found = candidates("2015年地区生产总值增长7 100个项目开工。")
    assert found.get(("地区生产总值", "%", 2015, "expected")) != "7 100"


def test_a_year_a_multiple_is_taken_of_is_no_figures_year():
    found = candidates(
        "预计2016年全县生产总值完成180亿元，是2011年的1.8倍；"
        "规模以上工业增加值达到60亿元以上，是2011年的2倍。"
    )
    assert found[("地区生产总值", "亿元", 2016, "expected")] == "180"
    assert found[("规上工业增加值", "亿元", 2016, "expected")] == "60亿元以上"
    assert not [key for key in found if key[2] == 2011]


def test_地方财政总收入_is_the_total_budget_revenue():
    found = candidates("2023年地方财政总收入完成126.8亿元，增长6%；一般公共预算收入80亿元。")
    assert found[("一般公共预算总收入", "亿元", 2023, "expected")] == "126.8"
    assert found[("一般公共预算总收入", "%", 2023, "expected")] == "6"
    assert found[("地方一般公共预算收入", "亿元", 2023, "expected")] == "80"


def test_城乡常住居民_incomes_are_the_urban_and_rural_series():
    found = candidates("2023年城乡常住居民人均可支配收入分别达到41000元、19000元，增长5%、7.5%。")
    assert found[("城镇居民人均可支配收入", "元", 2023, "expected")] == "41000"
    assert found[("农村居民人均可支配收入", "元", 2023, "expected")] == "19000"
    assert found[("城镇居民人均可支配收入", "%", 2023, "expected")] == "5"
    assert found[("农村居民人均可支配收入", "%", 2023, "expected")] == "7.5"


def test_the_years_task_passed_between_a_figure_and_its_growth_is_passed_over():
    found = candidates(
        "2023年固定资产投资完成35亿元，超额完成年度任务3.2亿元，增长12%；"
        "社会消费品零售总额20亿元，完成年度任务的104.5%，增长6%。"
    )
    assert found[("固定资产投资", "亿元", 2023, "expected")] == "35"
    assert found[("固定资产投资", "%", 2023, "expected")] == "12"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "6"


def test_an_unknown_name_closing_a_list_before_分别_keeps_its_place():
    found = candidates(
        "2023年单位地区生产总值能耗、水耗分别下降3%和2%左右；固定资产投资、工业投资分别增长5%、6%。"
    )
    assert found[("万元生产总值能耗", "%", 2023, "expected")] == "下降3"
    assert found[("固定资产投资", "%", 2023, "expected")] == "5"
    assert "2%左右" not in found.values() and "6" not in found.values()


def test_value_added_named_a_clause_after_its_subject_is_the_industrys():
    found = candidates(
        "2023年全县45家规模以上工业企业完成产值80.5亿元，增长6%，实现增加值20.3亿元，增长7.2%。"
    )
    assert found[("规上工业增加值", "亿元", 2023, "expected")] == "20.3"
    assert found[("规上工业增加值", "%", 2023, "expected")] == "7.2"


def test_value_added_with_no_subject_of_enterprises_above_the_threshold_is_not_read():
    found = candidates("2023年全县农业完成产值30亿元，实现增加值18亿元，增长4%。")
    assert ("规上工业增加值", "亿元", 2023, "expected") not in found


def test_a_sign_before_a_value_is_read_with_its_unit():
    found = candidates("2023年城镇登记失业率≤4%；人口自然增长率控制在≤6‰。")
    assert found[("城镇登记失业率", "%", 2023, "expected")] == "≤4%"
    assert found[("人口自然增长率", "‰", 2023, "expected")] == "≤6‰"
