"""Forms found in round fifty-two, reading what whole reports and the blind excerpts still miss,
each in a text of our own wording: classes of wording, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def test_figures_said_to_be_within_the_year_keep_their_name():
    text = "2025年，做好重点群体就业工作，年内城镇新增就业4200人、零就业家庭动态清零。"
    assert (("城镇新增就业", "万人", 2025, "target"), "4200人") in all_values(text, 2024)


def test_figures_within_a_span_of_years_are_no_years():
    for span in ("五年内", "三年内", "近五年内"):
        text = f"2025年，{span}城镇新增就业2万人，地区生产总值增长6%。"
        assert [k for k, v in all_values(text, 2024) if k[0] == "城镇新增就业"] == []


def test_a_rate_held_within_the_range_the_level_above_sets_is_a_worded_target():
    text = (
        "2025年主要预期目标是：地区生产总值增长5%左右，城镇调查失业率控制在国家调控范围内，"
        "居民消费价格涨幅控制在省定范围内。"
    )
    found = all_values(text, 2024)
    assert (("城镇调查失业率", "%", 2025, "target"), "控制在国家调控范围内") in found
    assert (("居民消费价格指数", "%", 2025, "target"), "控制在省定范围内") in found
    text = "2025年主要预期目标是：城镇调查失业率控制在国家调控目标以内。"
    found = all_values(text, 2024)
    assert (("城镇调查失业率", "%", 2025, "target"), "控制在国家调控目标以内") in found


def test_incomes_kept_in_line_with_the_economy_are_worded_growths():
    for kept in ("与经济增长保持一致", "与经济增长相一致"):
        text = f"2025年主要预期目标是：地区生产总值增长6%，城乡居民人均可支配收入{kept}。"
        found = all_values(text, 2024)
        for side in ("城镇", "农村"):
            assert ((f"{side}居民人均可支配收入", "%", 2025, "target"), kept) in found


def test_names_listed_before_one_level_they_all_passed_give_it_to_the_known_name():
    text = "2024年，高新技术企业、科技型中小企业总量均突破1200家，专利授权量增长9%。"
    found = all_values(text, 2024)
    assert (("高新技术企业", "家", 2024, "expected"), "突破1200") in found


def test_a_quota_beaten_by_listed_names_is_still_the_known_names_quota():
    text = "2024年，粮食产量、生猪出栏均超额完成省下达任务。"
    found = all_values(text, 2024)
    assert (("粮食产量", "万吨", 2024, "expected"), "完成省下达任务") in found


def test_names_sharing_one_level_make_no_task_figure_of_the_list():
    text = "2024年，新增规上企业88家，高新技术企业和专精特新企业均突破300家。"
    names = {c.indicator for c in extract(text, report_year=2024)}
    assert not [name for name in names if name.endswith("均")]
    assert "新增规上企业" in names


def test_a_growth_said_to_have_been_positive_follows_its_level():
    text = "2024年，一般公共预算收入完成8.39亿元，实现了正增长；固定资产投资增长6%。"
    found = all_values(text, 2024)
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "实现了正增长") in found
    assert (("地方一般公共预算收入", "亿元", 2024, "expected"), "8.39") in found


def test_a_change_in_words_gives_way_to_the_figure_the_next_clause_states():
    text = "2024年，一般公共预算收入实现了正增长，同比增长2.1%；单位地区生产总值能耗保持下降，下降3.2%。"
    found = all_values(text, 2024)
    assert (("地方一般公共预算收入", "%", 2024, "expected"), "2.1") in found
    assert (("万元生产总值能耗", "%", 2024, "expected"), "下降3.2") in found
    assert not [v for k, v in found if not any(ch.isdigit() for ch in v)]


def test_grain_run_together_with_other_products_takes_the_first_of_their_outputs():
    text = "2024年，粮油产量稳定在12万吨、3.1万吨，农村居民人均可支配收入增长7%。"
    found = all_values(text, 2024)
    assert (("粮食产量", "万吨", 2024, "expected"), "12") in found
    assert not [v for k, v in found if v.startswith("3.1")]
    text = "2025年，粮肉奶产量分别稳定在700亿斤、50亿斤、150亿斤以上。"
    assert (("粮食产量", "万吨", 2025, "target"), "700亿斤") in all_values(text, 2024)
    text = "2024年，粮油产量分别达到12.5万吨和3.1万吨。"
    assert (("粮食产量", "万吨", 2024, "expected"), "12.5") in all_values(text, 2024)


def test_one_total_of_grain_and_oil_is_no_grain_output():
    for text in (
        "2024年，粮油总产量达到15万吨、增长2%。",
        "2024年，粮油产量稳定在12万吨、加工产值5亿元。",
    ):
        assert [k for k, v in all_values(text, 2024) if k[0] == "粮食产量"] == []


def test_an_intensity_kept_falling_is_a_worded_target():
    text = "2025年主要预期目标是：地区生产总值增长5%左右，单位地区生产总值能耗保持下降。"
    assert (("万元生产总值能耗", "%", 2025, "target"), "保持下降") in all_values(text, 2024)


def test_the_states_own_task_met_is_a_quota():
    text = "2025年主要预期目标是：地区生产总值增长5%左右，粮食产量完成国家任务。"
    assert (("粮食产量", "万吨", 2025, "target"), "完成国家任务") in all_values(text, 2024)
    text = "2025年主要预期目标是：地区生产总值增长5%左右，单位地区生产总值能耗完成国家考核任务。"
    found = all_values(text, 2024)
    assert (("万元生产总值能耗", "%", 2025, "target"), "完成国家考核任务") in found


def test_a_rural_disposable_income_named_in_full_is_read_whatever_the_year():
    text = "2009年，城市和农村居民家庭人均可支配收入分别达到28838元和12324元，分别增长8.1%和8.2%。"
    found = all_values(text, 2009)
    assert (("农村居民人均可支配收入", "元", 2009, "expected"), "12324") in found
    assert (("农村居民人均可支配收入", "%", 2009, "expected"), "8.2") in found
    # 城乡 alone leaves it to the year: before 2013 the rural survey counted a net income
    text = "2009年，城乡居民人均可支配收入分别达到28838元和12324元。"
    assert (("农村居民人均纯收入", "元", 2009, "expected"), "12324") in all_values(text, 2009)


def test_an_older_name_of_the_rd_spending_stated_as_a_share_of_gdp_is_its_intensity():
    for text in (
        "2009年，全年研究与发展经费相当于国内生产总值的2.1％，取得重大科技成果900项。",
        "2009年，全社会研究与试验发展经费支出相当于市生产总值的比例达到2.7%左右。",
    ):
        found = {k for k, v in all_values(text, 2009)}
        assert ("研究与试验发展经费投入强度", "%", 2009, "expected") in found


def test_foreign_direct_investment_paid_in_named_after_it_is_the_foreign_capital_used():
    text = "2009年，外商直接投资实到金额达到85.2亿美元，比上年增长3.5%，新增跨国公司地区总部30家。"
    found = all_values(text, 2009)
    assert (("实际利用外资", "亿美元", 2009, "expected"), "85.2") in found
    assert (("实际利用外资", "%", 2009, "expected"), "3.5") in found


def test_a_quarters_growth_is_not_the_years():
    text = "面对严峻形势，第一季度市生产总值增长2.6%，为多年来最低。本市经济总体向好，市生产总值比上年增长7.9%。"
    found = {v for k, v in all_values(text, 2009) if k[0] == "地区生产总值"}
    assert found == {"7.9"}


def test_a_range_drawn_with_a_box_dash_is_one_value():
    text = "2003年主要预期目标是：国内生产总值增长8%─9%，城镇登记失业率控制在4.5%以内。"
    assert (("地区生产总值", "%", 2003, "target"), "8%─9%") in all_values(text, 2002)


def test_growths_kept_above_or_in_step_with_the_economy_in_older_words():
    text = (
        "2004年主要预期目标为：国内生产总值增长10%以上，地方财政收入保持与国内生产总值同步增长，"
        "城镇居民人均可支配收入增幅力争高于经济增幅。"
    )
    found = all_values(text, 2003)
    key = ("地方一般公共预算收入", "%", 2004, "target")
    assert (key, "与国内生产总值同步增长") in found
    assert (("城镇居民人均可支配收入", "%", 2004, "target"), "高于经济增幅") in found


def test_the_trade_a_customs_district_clears_is_not_the_places():
    text = "2009年，上海关区进出口商品总额达到4000.5亿美元，本市外贸进出口总额增长5%。"
    found = all_values(text, 2009)
    assert [v for k, v in found if k[0] == "进出口总额"] == ["5"]


def test_private_use_codes_around_a_figure_read_as_spaces():
    text = "2004年主要预期目标为：全社会研究与发展经费支出相当于国内生产总值的比重达到\ue0082.2%\ue009。"
    found = all_values(text, 2003)
    assert (("研究与试验发展经费投入强度", "%", 2004, "target"), "2.2") in found
