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
