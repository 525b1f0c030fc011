"""Forms found in the corpus read again in round thirty-three, each in a text of our own wording:
classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen import candidates


def test_any_basis_written_before_a_name_is_an_annotation():
    text = (
        "2012年，全区按商务部口径实际利用外资2.6亿美元，增长9%；"
        "新口径一般公共预算收入18.2亿元，增长6.5%。"
    )
    found = candidates(text, 2012)
    assert found[("实际利用外资", "亿美元", 2012, "expected")] == "2.6"
    assert found[("实际利用外资", "%", 2012, "expected")] == "9"
    assert found[("地方一般公共预算收入", "亿元", 2012, "expected")] == "18.2"


def test_an_amount_named_with_e_is_the_same_amount():
    text = "2013年，全县出口创汇额完成3100万美元，增长12%；全县利用外资额1200万美元。"
    found = candidates(text, 2013)
    assert found[("出口总额", "亿美元", 2013, "expected")] == "3100万美元"
    assert found[("出口总额", "%", 2013, "expected")] == "12"
    assert found[("实际利用外资", "万美元", 2013, "expected")] == "1200"


def test_a_rate_is_not_given_an_e_form():
    text = "2013年，全县城镇登记失业率额3.2%。"
    assert ("城镇登记失业率", "%", 2013, "expected") not in candidates(text, 2013)


def test_a_price_index_takes_a_bare_value_as_a_target():
    text = "2015年的主要预期目标是：地区生产总值增长9%；居民消费价格指数控制在102.8左右。"
    found = candidates(text, 2014)
    assert found[("居民消费价格指数", "%", 2015, "target")] == "102.8左右"


def test_a_quota_closes_a_list_of_pollutants_named_by_their_kind():
    text = (
        "2016年的主要预期目标是：单位生产总值能耗下降3.2%，"
        "二氧化硫、氮氧化物、化学需氧量等污染物减排完成市下达任务。"
    )
    found = candidates(text, 2015)
    for name in ("二氧化硫", "氮氧化物", "化学需氧量"):
        assert found[(name, "%", 2016, "target")] == "完成市下达任务"
    text = "2016年的主要预期目标是：氨氮、二氧化硫等减排指标完成省下达目标。"
    found = candidates(text, 2015)
    assert found[("氨氮", "%", 2016, "target")] == "完成省下达目标"


def test_a_press_conference_without_its_year_dates_a_review():
    text = (
        "某市召开新闻发布会\n"
        "6月18日，某市人民政府新闻发布会在市行政中心举行。\n"
        "2021年，全市地区生产总值达到420.5亿元，增长7.2%。"
    )
    assert report_metadata(text, 2021).date_text == "2022-06-18"
    assert candidates(text, 2021)[("地区生产总值", "亿元", 2021, "final")] == "420.5"


def test_a_forecast_of_a_clause_before_says_nothing_of_the_next_once_the_year_is_final():
    text = (
        "——2016年5月20日在某市第十五届人民代表大会第五次会议上\n"
        "人均生产总值2015年预计达到9800美元；财政总收入达到620.5亿元；"
        "规模以上工业增加值达到810.2亿元。"
    )
    found = candidates(text, 2015)
    assert found[("一般公共预算总收入", "亿元", 2015, "final")] == "620.5"
    assert found[("规上工业增加值", "亿元", 2015, "final")] == "810.2"
    # given in January, the same figures are the year's first estimates
    early = candidates(text.replace("5月20日", "1月20日"), 2015)
    assert early[("一般公共预算总收入", "亿元", 2015, "expected")] == "620.5"


def test_a_dashed_date_line_running_into_the_speaker_dates_the_report():
    text = (
        "——2021年5月9日在某市第十五届\n人民代表大会第六次会议上市长 某某\n"
        "2020年，全市地区生产总值增长3.1%。"
    )
    assert report_metadata(text, 2020).date_text == "2021-05-09"
    assert candidates(text, 2020)[("地区生产总值", "%", 2020, "final")] == "3.1"


def test_a_sum_to_a_month_before_december_or_over_years_is_not_the_year_s_investment():
    text = "截止10月底，完成投资120亿元。三大工程累计完成投资800亿元以上。"
    assert ("固定资产投资", "亿元", 2018, "expected") not in candidates(text, 2018)
    text = "全年全社会固定资产投资完成150亿元，增长9%。"
    assert candidates(text, 2018)[("固定资产投资", "亿元", 2018, "expected")] == "150"


def test_a_name_after_a_verb_s_aspect_stands_alone():
    text = "2011年的目标：会议还确定了地方财政一般预算收入增长12%、全社会固定资产投资增长18%。"
    found = candidates(text, 2010)
    assert found[("地方一般公共预算收入", "%", 2011, "target")] == "12"


def test_a_target_the_province_controls_is_a_quota():
    text = "2011年主要预期目标是：单位生产总值能耗完成省控目标；居民消费价格指数约为104。"
    found = candidates(text, 2010)
    assert found[("万元生产总值能耗", "%", 2011, "target")] == "完成省控目标"
    assert found[("居民消费价格指数", "%", 2011, "target")] == "104"


def test_foreign_capital_paid_in_is_the_foreign_capital_used():
    text = "2018年，全区外资到位额3.2亿美元，增长6%。"
    found = candidates(text, 2018)
    assert found[("实际利用外资", "亿美元", 2018, "expected")] == "3.2"
    assert found[("实际利用外资", "%", 2018, "expected")] == "6"


def test_grain_output_after_a_clause_on_the_grain_s_production():
    text = "2012年，全县粮食生产喜获丰收，总产12.6万吨，增长2.1%。"
    assert candidates(text, 2012)[("粮食产量", "万吨", 2012, "expected")] == "12.6"


def test_value_added_after_the_number_of_enterprises_above_the_threshold():
    text = "2011年，全县规模工业发展到120家，完成增加值36.5亿元，增长16%。"
    found = candidates(text, 2011)
    assert found[("规上工业增加值", "亿元", 2011, "expected")] == "36.5"
    assert found[("规上工业增加值", "%", 2011, "expected")] == "16"


def test_a_newspaper_s_date_line_under_a_repost_s_dates_the_copy():
    text = (
        "某市经济迈上新台阶\n发布时间：2015-08-10\n某某日报2015年2月3日\n"
        "2014年，全市地区生产总值完成860亿元，增长9%。"
    )
    assert report_metadata(text, 2014).date_text == "2015-02-03"
    assert candidates(text, 2014)[("地区生产总值", "亿元", 2014, "expected")] == "860"


def test_a_herders_income_is_the_rural_income():
    text = "2020年，全旗城镇居民人均可支配收入4.1万元，牧民人均可支配收入2.9万元。"
    found = candidates(text, 2020)
    assert found[("农村居民人均可支配收入", "元", 2020, "expected")] == "2.9万元"
