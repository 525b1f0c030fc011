"""Forms found in the corpus read again in round forty-four, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen import candidates


def test_a_level_after_a_first_passing_written_shoupo_is_the_figure():
    text = "全年一般公共预算收入首破20亿元，完成20.6亿元，增长8.3%；固定资产投资增长6%。"
    found = candidates(text, 2021)
    assert found[("地方一般公共预算收入", "亿元", 2021, "expected")] == "20.6"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "8.3"


def test_two_levels_joined_by_he_share_the_unit_written_after_the_second():
    text = "全年城乡居民人均可支配收入51200和30875元，分别增长6.2%和7.4%。"
    found = candidates(text, 2021)
    assert found[("城镇居民人均可支配收入", "元", 2021, "expected")] == "51200"
    assert found[("农村居民人均可支配收入", "元", 2021, "expected")] == "30875"


def test_a_number_joined_by_he_to_a_change_in_points_is_no_level():
    text = "三次产业结构调整为8.1:45.2:46.7，一产和三产分别提高1.6和2.4个百分点。"
    assert not candidates(text, 2021)


def test_figures_typed_in_full_width_are_read_and_quoted_as_written():
    text = "２０２２年，全区ＧＤＰ增长６．２％，一般公共预算收入完成１２．３亿元。２０２３年，全区地区生产总值增长６％左右。"
    found = candidates(text, 2022)
    assert found[("地区生产总值", "%", 2022, "expected")] == "６．２"
    assert found[("地方一般公共预算收入", "亿元", 2022, "expected")] == "１２．３"
    assert found[("地区生产总值", "%", 2023, "target")] == "６％左右"


# A PDF's text spaces figures and years off from the words around them (增长 8.3%, 比 2015 年).
# The blind sets with such spaces put into every text scored 96.3% recall (16300/16923) where the
# texts as written scored 97.1%; the tests below are spaced forms it lost (now 97.0%).


def test_a_year_compared_with_after_a_space_dates_nothing():
    text = (
        "2020 年，全县地区生产总值达到 88.6 亿元，比 2015 年增长 41.2%；"
        "一般预算收入完成 6.5 亿元，增长 9.2%。"
    )
    found = candidates(text, 2020)
    assert found[("地方一般公共预算收入", "亿元", 2020, "expected")] == "6.5"


def test_a_year_since_which_a_heading_reviews_is_no_year_alone():
    text = (
        "2016 年以来的工作回顾\n"
        "——经济实力明显增强。2020 年，全县地区生产总值达到 88.6 亿元，比 2015 年增长 41.2%。\n"
    )
    found = candidates(text, 2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "88.6"


def test_a_part_of_the_year_after_its_spaced_subject_is_that_subjects_alone():
    text = (
        "2021 年，规模以上工业企业利润 1-11 月增长 24.6%，增速居全省第 3 位；"
        "一般公共预算收入增长 6.1%，其中税收收入增长 9.2%。"
    )
    found = candidates(text, 2021)
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "6.1"


def test_a_spaced_change_in_points_after_a_share_is_passed_over():
    text = (
        "2021 年，全区社会消费品零售总额完成 212.4 亿元，占全市的比重为 18.6%，"
        "比 2020 年提高 0.4 个百分点，增长 9.3%。"
    )
    found = candidates(text, 2021)
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "9.3"


def test_the_years_plan_stated_before_a_spaced_figure_is_a_target():
    text = (
        "一、2023 年计划执行情况\n"
        "——年计划完成地区生产总值 215 亿元以上，1—9 月完成 151.2 亿元，全年预计完成 208 亿元。\n"
    )
    found = candidates(text, 2023)
    assert found[("地区生产总值", "亿元", 2023, "target")] == "215 亿元以上"
    assert found[("地区生产总值", "亿元", 2023, "expected")] == "208"


def test_a_spaced_base_year_of_comparable_prices_annotates_the_growth():
    text = "预计全年实现地区生产总值 31.6 亿元，按 2010 年可比价格计算，比上年增长 9.5%。"
    found = candidates(text, 2012)
    assert found[("地区生产总值", "%", 2012, "expected")] == "9.5"


# Digits grouped by commas (1,009.6 亿元) are read as one number wherever the rules step over a
# figure. The blind sets with every amount of four digits or more so grouped scored 96.2% recall
# (16310/16947), 98.1% precision; now 97.0% (16430/16947) and 98.2%.


def test_a_level_at_the_end_of_a_span_from_a_grouped_amount_is_the_years():
    text = "2020年，全市地区生产总值从2015年的1,520.4亿元增加到2,243.1亿元，年均增长8.1%。"
    found = candidates(text, 2020)
    assert found[("地区生产总值", "亿元", 2020, "expected")] == "2,243.1"


def test_levels_after_grouped_milestones_are_each_names():
    text = (
        "2022年，全市生产总值、一般公共预算收入迈上4,000亿、300亿两大台阶，"
        "分别达到4,026.6亿元、303.4亿元。"
    )
    found = candidates(text, 2022)
    assert found[("地区生产总值", "亿元", 2022, "expected")] == "4,026.6"
    assert found[("地方一般公共预算收入", "亿元", 2022, "expected")] == "303.4"


def test_a_long_chain_of_numbers_joined_by_he_is_read_without_recursion():
    text = "城镇居民人均可支配收入达到" + "和".join(["1"] * 2000) + "元。"
    # read to its end (it raised RecursionError once), and two thousand ones are no figure
    assert candidates(text, 2021) == {}
