"""Forms found in the sixteenth to eighteenth blind sets (blind16 … blind18), each in sentences
of our own wording: classes of wording and layout, not the corpus's sentences.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction.metadata import report_metadata
from reports.extraction.sections import FINAL
from tests.reports.test_extraction_unseen import candidates


def test_a_date_line_of_its_own_under_the_title_dates_the_report():
    text = (
        "关于某市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
        "2022年5月12日在某市第九届人民代表大会第二次会议上\n"
        "某市发展和改革委员会\n"
        "一、2021年计划执行情况\n"
        "1.地区生产总值达到812.4亿元、增长7.9%。\n"
    )
    metadata = report_metadata(text)
    assert metadata.date_text == "2022-05-12"
    assert metadata.meeting == "某市第九届人民代表大会第二次会议"
    # delivered in May: the statistics are final
    found = candidates(text, report_year=2021)
    assert found[("地区生产总值", "亿元", 2021, FINAL)] == "812.4"
    assert found[("地区生产总值", "%", 2021, FINAL)] == "7.9"


def test_a_note_in_brackets_after_a_level_keeps_its_growth():
    found = candidates(
        "2021年全区实现地区生产总值210亿元左右（快报数，下同），增长7.5%；"
        "完成地方一般公共预算收入6.3亿元左右，增长9%。"
    )
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "210亿元左右"
    assert found[("地区生产总值", "%", 2021, "expected")] == "7.5"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "9"


def test_a_target_met_states_the_target():
    found = candidates(
        "2021年居民消费价格上涨2.4%，符合3%左右的预期目标；"
        "地区生产总值增长6.2%，实现了6%以上的预期目标。"
    )
    assert found[("居民消费价格指数", "%", 2021, "target")] == "3%左右"
    assert found[("居民消费价格指数", "%", 2021, "expected")] == "2.4"
    assert found[("地区生产总值", "%", 2021, "target")] == "6%以上"
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.2"


def test_the_clause_after_a_target_compared_with_is_a_result_again():
    found = candidates(
        "2021年固定资产投资增长9%，高于年初人代会8%的目标1个百分点；社会消费品零售总额增长7%。"
    )
    assert found[("固定资产投资", "%", 2021, "target")] == "8"
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "7"


def test_an_average_over_the_year_is_the_figure():
    found = candidates("2021年城镇调查失业率平均为5.3%，居民消费价格全年平均上涨1.6%。")
    assert found[("城镇调查失业率", "%", 2021, "expected")] == "5.3"
    assert found[("居民消费价格指数", "%", 2021, "expected")] == "1.6"


def test_a_rate_moved_to_its_value_is_the_years_rate():
    found = candidates("2021年规上工业增加值增速回升至6.4%，居民消费价格涨幅回落到1.1%。")
    assert found[("规上工业增加值", "%", 2021, "expected")] == "6.4"
    assert found[("居民消费价格指数", "%", 2021, "expected")] == "1.1"


def test_a_part_named_inside_a_longer_name_is_not_the_whole():
    found = candidates(
        "2021年社会消费品零售总额增长4.1%，限上消费品零售额增长6.3%；规上企业工业增加值增长8.2%。"
    )
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "4.1"
    assert found[("规上工业增加值", "%", 2021, "expected")] == "8.2"
    assert "6.3" not in found.values()


def test_the_investment_above_the_statistical_threshold_is_the_investment():
    found = candidates("2021年500万元以上固定资产投资完成68亿元，增长5.2%。")
    assert found[("固定资产投资", "亿元", 2021, "expected")] == "68"
    assert found[("固定资产投资", "%", 2021, "expected")] == "5.2"


def test_a_threshold_an_aggregate_passes_is_a_milestone_not_its_figure():
    found = candidates(
        "2021年全市地区生产总值突破3000亿元，达3012.6亿元，增长6.1%；"
        "社会消费品零售总额超1000亿元、增长8.3%；规上工业增加值迈上千亿元新台阶、达到1021亿元。"
    )
    assert found[("地区生产总值", "亿元", 2021, "expected")] == "3012.6"
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.1"
    assert ("社会消费品零售总额", "亿元", 2021, "expected") not in found
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "8.3"
    assert found[("规上工业增加值", "亿元", 2021, "expected")] == "1021"


def test_a_threshold_stays_a_target_and_a_count_past_a_threshold_its_figure():
    found = candidates(
        "2021年高新技术企业突破520家。2022年力争地区生产总值突破3300亿元，增长6.5%左右。",
        report_year=2021,
    )
    assert found[("高新技术企业", "家", 2021, "expected")] == "突破520"
    assert found[("地区生产总值", "亿元", 2022, "target")] == "突破3300"
    assert found[("地区生产总值", "%", 2022, "target")] == "6.5%左右"


def test_a_lead_without_its_year_dates_a_report_by_the_years_it_names():
    text = (
        "某县第十七届人民代表大会第六次会议隆重开幕\n"
        "7月28日上午，某县第十七届人民代表大会第六次会议在县会议中心开幕。\n"
        "2020年，全县地区生产总值增长4.1%。\n"
    )
    metadata = report_metadata(text, 2020)
    assert metadata.date_text == "2021-07-28"
    assert candidates(text, report_year=2020)[("地区生产总值", "%", 2020, FINAL)] == "4.1"


def test_a_marked_heading_over_a_summarys_bullets_sets_their_kind():
    found = candidates(
        "■ 2021年成绩单\n●地区生产总值增长6.3%\n"
        "■ 2022年主要预期目标\n●经济增长6.5%左右\n●城镇调查失业率5.5%左右\n"
        "●居民收入增长快于经济增长\n●粮食产量继续保持120万吨以上\n",
        report_year=2021,
    )
    assert found[("地区生产总值", "%", 2021, "expected")] == "6.3"
    assert found[("地区生产总值", "%", 2022, "target")] == "6.5%左右"
    assert found[("城镇调查失业率", "%", 2022, "target")] == "5.5%左右"
    assert found[("粮食产量", "万吨", 2022, "target")] == "120万吨以上"


def test_growth_compared_with_the_economys_is_a_relative_target():
    found = candidates(
        "2022年主要预期目标：城镇居民人均可支配收入增长快于经济增长，"
        "农村居民人均可支配收入增长高于经济增长。",
        report_year=2021,
    )
    assert found[("城镇居民人均可支配收入", "%", 2022, "target")] == "快于经济增长"
    assert found[("农村居民人均可支配收入", "%", 2022, "target")] == "高于经济增长"


def test_a_target_in_brackets_after_the_word_target_is_the_years_target():
    found = candidates(
        "2022年全省地区生产总值增长4.6%，高于全国平均水平，比年初目标（7%）低2.4个百分点；"
        "固定资产投资增长11%，高于年初目标（10%）1个百分点。"
    )
    assert found[("地区生产总值", "%", 2022, "target")] == "7"
    assert found[("地区生产总值", "%", 2022, "expected")] == "4.6"
    assert found[("固定资产投资", "%", 2022, "target")] == "10"


def test_other_names_of_growth_revenue_and_foreign_investment():
    found = candidates(
        "2022年全区地区生产总值完成126亿元，按不变价计算增长3.1%；一般公共财政预算收入完成"
        "5.2亿元；区级财政收入增长4%；外商直接投资增长12%；规模工业增长6.1%，服务业增长4.2%。"
    )
    assert found[("地区生产总值", "%", 2022, "expected")] == "3.1"
    assert found[("地方一般公共预算收入", "亿元", 2022, "expected")] == "5.2"
    assert found[("实际利用外资", "%", 2022, "expected")] == "12"
    assert found[("规上工业增加值", "%", 2022, "expected")] == "6.1"
    assert found[("第三产业增加值", "%", 2022, "expected")] == "4.2"


def test_a_first_threshold_passes_to_the_figure_after_it():
    found = candidates("2022年实现财政总收入首次超过200亿元，达到213.4亿元，比上年增长6.2%。")
    assert found[("一般公共预算总收入", "亿元", 2022, "expected")] == "213.4"
    assert found[("一般公共预算总收入", "%", 2022, "expected")] == "6.2"


def test_a_copy_opening_with_the_meeting_it_was_delivered_at_is_dated_by_it():
    text = "5月12日上午举行的某市第十七届人民代表大会第四次会议上，政府工作报告提到，2021年全市地区生产总值增长6.8%。"
    metadata = report_metadata(text, 2021)
    assert metadata.date_text == "2022-05-12"
    assert metadata.meeting == "某市第十七届人民代表大会第四次会议"


def test_an_unknown_name_listed_before_a_known_one_keeps_its_value():
    found = candidates("2021年工业和第三产业增加值分别增长9.2%、7.1%，地区生产总值增长8%。")
    assert found[("第三产业增加值", "%", 2021, "expected")] == "7.1"
    assert "9.2" not in found.values()


def test_a_source_of_the_statistics_between_name_and_verb_is_an_annotation():
    found = candidates(
        "2021年实际使用外资商务部口径预计完成420万美元，全市排名第5；"
        "一般预算地方级财政收入增长6.4%。"
    )
    assert found[("实际利用外资", "万美元", 2021, "expected")] == "420"
    assert found[("地方一般公共预算收入", "%", 2021, "expected")] == "6.4"


def test_results_of_a_part_of_the_year_are_not_the_years():
    found = candidates(
        "2021年前三季度，全区地区生产总值增长6.1%，固定资产投资增长8%。"
        "全年社会消费品零售总额增长7%，全社会固定资产投资额达到120亿元，自然口径同比增长5%；"
        "登记失业率2.1%。",
        report_year=2021,
    )
    assert ("地区生产总值", "%", 2021, "expected") not in found
    assert found[("社会消费品零售总额", "%", 2021, "expected")] == "7"
    assert found[("固定资产投资", "亿元", 2021, "expected")] == "120"
    assert found[("固定资产投资", "%", 2021, "expected")] == "5"
    assert found[("城镇登记失业率", "%", 2021, "expected")] == "2.1"
