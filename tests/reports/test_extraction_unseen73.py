"""Forms found in round seventy-three, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values

_PROSPECTUS = (
    "青禾市城市建设投资有限公司2019年公司债券募集说明书\n\n"
    "发行人：青禾市城市建设投资有限公司\n"
    "募集说明书签署日期：2019年5月20日\n\n"
    "第八节 发行人所在地区的经济状况\n"
    "2018年，青禾市实现地区生产总值1158.4亿元，比上年增长6.8%；"
    "全社会固定资产投资增长9.2%；社会消费品零售总额512.3亿元，增长8.1%。\n"
)


def test_a_prospectus_signed_after_march_gives_the_year_before_as_final():
    found = all_values(_PROSPECTUS, 2018)
    assert (("地区生产总值", "亿元", 2018, "final"), "1158.4") in found
    assert (("固定资产投资", "%", 2018, "final"), "9.2") in found


def test_a_prospectus_signing_date_in_numerals_dates_it_too():
    text = _PROSPECTUS.replace("募集说明书签署日期：2019年5月20日", "签署日期：二〇一九年五月")
    found = all_values(text, 2018)
    assert (("社会消费品零售总额", "%", 2018, "final"), "8.1") in found


def test_a_prospectus_signed_in_february_gives_the_year_before_as_expected():
    text = _PROSPECTUS.replace("2019年5月20日", "2019年2月20日")
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "expected"), "1158.4") in found


_CHAT = (
    "消息记录（此消息记录为文本格式，不支持重新导入）\n"
    "消息对象：青禾县政府工作报告起草组\n\n"
    "2024-01-05 09:20:35 统计局-小王\n"
    "全县生产总值完成312.6亿元，增长6.2%；社会消费品零售总额118.4亿元，增长7.5%。"
    "另外近三年累计新增市场主体2.1万户，可以放在过去三年那部分\n\n"
    "2024-01-05 09:31:02 县政府办-老李\n"
    "累计数不放\n\n"
    "2024-01-06 10:12:30 县政府办-老李\n"
    "开始弄2024年目标。我先拟一版：\n"
    "生产总值增长6%左右；社会消费品零售总额增长7%。\n"
)


def test_a_chat_message_after_one_left_without_a_stop_opens_its_own_paragraph():
    found = all_values(_CHAT, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("社会消费品零售总额", "%", 2024, "target"), "7") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "7.5") in found


def test_chat_headers_of_other_shapes_end_the_message_before_them():
    for header in (
        "[2024/1/6 10:12] 老李(县政府办):",
        "老李（县政府办）10:12",
        "【县政府办 老李】10:12",
    ):
        text = _CHAT.replace("2024-01-06 10:12:30 县政府办-老李", header)
        found = all_values(text, 2023)
        assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found, header


def test_a_line_of_a_time_in_a_sentence_is_no_chat_header():
    text = (
        "青禾县2023年经济运行情况\n\n"
        "全县生产总值完成312.6亿元，增长6.2%，会议于\n"
        "9:30 召开\n"
        "社会消费品零售总额118.4亿元，增长7.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.2") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "7.5") in found


def test_a_correction_replaces_the_figure_given_before_it():
    text = (
        "10:40  贸易处-唐敏：\n社会消费品零售总额2082.9亿元，增长2.4%。\n\n"
        "10:47  贸易处-唐敏：\n是下降，我漏了两个字。更正：社会消费品零售总额2082.9亿元，比上年下降2.4%\n"
    )
    found = [(c.indicator, c.unit, c.value_text) for c in extract(text, report_year=2020)]
    assert ("社会消费品零售总额", "%", "下降2.4") in found
    assert ("社会消费品零售总额", "%", "2.4") not in found


def test_a_corrected_figure_quoted_after_the_correction_is_not_the_correction():
    text = (
        "青禾市2024年经济运行情况（第三稿）\n\n"
        "全年固定资产投资下降6.3%，社会消费品零售总额增长4.1%。\n\n"
        "更正：第二稿“固定资产投资下降5.8%”为1—11月数，请起草组注意全文统一。\n"
    )
    found = all_values(text, 2024)
    assert (("固定资产投资", "%", 2024, "expected"), "下降6.3") in found
    assert (("固定资产投资", "%", 2024, "expected"), "下降5.8") not in found


_DISPATCH = (
    "青禾县人民政府\n会 议 纪 要\n第17期\n\n"
    "青禾县人民政府办公室                    2019年10月28日\n\n"
    "前三季度全县经济运行调度会议纪要\n\n"
    "一、前三季度主要经济指标完成情况\n\n"
    "县统计局通报：前三季度，全县完成地区生产总值198.6亿元，同比增长7.6%。从纵向看，2018年全县"
    "地区生产总值完成281.4亿元，增长8.3%；一般公共预算收入9.96亿元，增长13.6%。\n\n"
    "县发展改革委汇报：前三季度各项指标总体平稳。按照当前走势，预计全年地区生产总值完成302亿元，"
    "增长7.8%；社会消费品零售总额128.5亿元，增长10.6%。\n\n"
    "县农业农村局汇报：今年夏粮总产达到16.9亿斤，秋粮长势良好，预计全年粮食总产33.2亿斤。\n"
)


def test_a_mastheads_office_and_date_line_above_a_title_on_the_months_dates_the_brief():
    text = _DECEMBER_BRIEF.replace(
        "\n\n一、1—11月",
        "\n\n本期要目\n◆1—11月全区经济运行情况\n◆2024年主要指标预计完成情况\n\n一、1—11月",
    )
    found = all_values(text, 2024)
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1352.4") in found
    assert (("地区生产总值", "%", 2024, "expected"), "3.5") in found


def test_an_estimate_of_the_whole_year_within_a_paragraph_gives_the_years_figures():
    found = all_values(_DISPATCH, 2019)
    assert (("地区生产总值", "亿元", 2019, "expected"), "302") in found
    assert (("社会消费品零售总额", "%", 2019, "expected"), "10.6") in found
    assert (("粮食产量", "万吨", 2019, "expected"), "33.2亿斤") in found


def test_a_year_after_the_angle_a_sentence_looks_from_dates_its_clauses():
    found = all_values(_DISPATCH, 2019)
    assert (("地区生产总值", "%", 2018, "final"), "8.3") in found
    assert (("地方一般公共预算收入", "%", 2018, "final"), "13.6") in found


_DECEMBER_BRIEF = (
    "青禾经济运行简报\n2024年第12期\n\n"
    "青禾区统计局　　　　　　　　　　　　2024年12月23日\n\n"
    "一、1—11月全区经济运行情况\n\n"
    "1—11月，全区经济运行总体平稳。规模以上工业增加值同比增长5.2%；"
    "社会消费品零售总额1238.6亿元，增长2.3%。\n\n"
    "二、2024年主要指标预计完成情况\n\n"
    "全区地区生产总值4320亿元，增长3.5%；社会消费品零售总额1352.4亿元，增长2.6%。\n"
)


def test_a_section_of_a_december_brief_on_the_months_so_far_gives_no_years_figures():
    found = all_values(_DECEMBER_BRIEF, 2024)
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1352.4") in found
    assert (("地区生产总值", "%", 2024, "expected"), "3.5") in found
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1238.6") not in found
    assert (("规上工业增加值", "%", 2024, "expected"), "5.2") not in found


def test_an_estimate_of_the_year_under_the_months_heading_is_kept_beside_their_paragraph():
    text = _DECEMBER_BRIEF.replace("二、2024年主要指标预计完成情况\n\n", "县统计局汇报：预计全年")
    found = all_values(text, 2024)
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1352.4") in found
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1238.6") not in found


_REPLY = (
    "青禾市商务局\n\n青商函〔2022〕58号\n\n"
    "青禾市商务局关于市三届人大二次会议第67号建议的答复\n\n"
    "张某某代表：\n\n"
    "　　您提出的《关于扩大出口的建议》收悉。现答复如下：\n\n"
    "　　一、您在建议中反映的情况\n\n"
    "　　您在建议中指出，我市出口主体偏少。建议：加大外贸主体培育力度，力争2022年全市出口增长30%以上。\n\n"
    "　　二、我市外贸发展基本情况\n\n"
    "　　2020年受疫情影响，全市出口总额下降3.6%。2021年，我市外贸实现恢复性增长。全年实现地区生产总值423.6亿元，增长9.6%；"
    "外贸进出口总额68.3亿元，增长24.5%。\n\n"
    "　　三、关于建议的办理落实情况\n\n"
    "　　根据市三届人大二次会议审议通过的《政府工作报告》，2022年全市出口增长10%左右。\n\n"
    "　　　　　　　　　　青禾市商务局\n　　　　　　　　　　2022年7月18日\n"
)


def test_a_replys_headings_on_the_suggestion_head_no_plan():
    found = all_values(_REPLY, 2021)
    assert (("地区生产总值", "亿元", 2021, "final"), "423.6") in found
    assert (("进出口总额", "%", 2021, "final"), "24.5") in found
    assert not any(value == "423.6" and kind == "target" for (_, _, _, kind), value in found)


def test_a_target_a_replys_suggestion_proposes_is_not_the_plans():
    found = all_values(_REPLY, 2021)
    assert (("出口总额", "%", 2022, "target"), "30%以上") not in found
    assert (("出口总额", "%", 2022, "target"), "10%左右") in found


def test_a_proposed_target_the_reply_says_was_adopted_is_the_plans():
    text = _REPLY.replace(
        "根据市三届人大二次会议审议通过的《政府工作报告》，2022年全市出口增长10%左右。",
        "您的建议已被采纳，市政府已将2022年全市出口增长目标确定为10%以上。",
    )
    found = all_values(text, 2021)
    assert (("出口总额", "%", 2022, "target"), "10%以上") in found


def test_a_suggested_target_outside_a_reply_is_still_a_target():
    text = (
        "关于青禾市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n\n"
        "二、2022年经济社会发展的主要目标\n\n"
        "建议2022年全市主要预期目标为：地区生产总值增长6%左右，出口增长10%左右。\n"
    )
    found = all_values(text, 2021)
    assert (("出口总额", "%", 2022, "target"), "10%左右") in found


_DRAFT = (
    "青禾县人民政府工作报告\n（讨论稿）\n\n"
    "过去的一年，全县经济保持平稳。初步预计，全年完成生产总值MARK_GDP，增长11.8%；"
    "农民人均纯收入MARK_INCOME，增长10.3%。\n"
)
_MARKS = {
    "braces": ("{删：183亿元}{增：185.6亿元}[批注A1]", "{删：5860元}{增：5921元}"),
    "word": (
        "〖已删除: 183亿元〗185.6亿元〖批注 [黄1]: 按统计局核算数修改。〗",
        "〖已删除: 5860元〗5921元",
    ),
    "revision": (
        "【修订 删除：“183亿元”】【修订 插入：“185.6亿元”】",
        "【修订 删除：“5860元”】【修订 插入：“5921元”】",
    ),
    "compare": ("[-183亿元-]{+185.6亿元+}[A1]", "[-5860元-]{+5921元+}"),
    "arrow": ("【修订：“183亿元”→“185.6亿元”】", "【修订：“5860元”→“5921元”】"),
    "brackets": ("（删除：183亿元）（插入：185.6亿元）[批注1]", "（删除：5860元）（插入：5921元）"),
}


def test_a_drafts_revision_marks_of_several_word_processors_read_as_its_new_figures():
    for name, (gdp, income) in _MARKS.items():
        text = _DRAFT.replace("MARK_GDP", gdp).replace("MARK_INCOME", income)
        found = all_values(text, 2023)
        assert (("地区生产总值", "亿元", 2023, "expected"), "185.6") in found, name
        assert (("地区生产总值", "%", 2023, "expected"), "11.8") in found, name
        assert (("农村居民人均纯收入", "元", 2023, "expected"), "5921") in found, name
        assert not any(value in ("183", "5860") for _, value in found), name


def test_a_fall_whose_figure_was_revised_is_written_as_its_new_figure():
    text = (
        "青禾县人民政府工作报告\n（讨论稿）\n\n过去的一年，全县进出口总额下降[-9.8%-]{+10.5%+}。\n"
    )
    found = extract(text, report_year=2023)
    assert [c.value_text for c in found if c.indicator == "进出口总额"] == ["10.5"]


def test_a_paragraph_given_as_it_was_reads_as_blank_beside_its_revision():
    text = (
        "青禾县人民政府工作报告\n（修改稿）\n\n"
        "【原文】初步预计，全年地区生产总值完成335亿元，增长5%左右。\n\n"
        "【修改为】初步预计，全年地区生产总值完成328.6亿元，增长4.1%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "328.6") in found
    assert not any(value == "335" for _, value in found)


def test_a_paragraph_marked_as_the_original_text_is_read_without_a_revision():
    text = "青禾县2022年统计公报\n\n【原文】全年地区生产总值完成328.6亿元，增长4.1%。\n"
    found = all_values(text, 2022)
    assert any(value == "328.6" for _, value in found)


def test_a_briefs_issue_line_with_its_date_dates_it():
    text = (
        "青禾市统计局\n统计分析\n2015年第18期（总第236期）　　　　　　　　2015年9月10日\n\n"
        "青禾在全国百强县排名中位次前移\n\n"
        "本届评价以2014年统计数据为依据。2014年，全市实现地区生产总值968.6亿元，增长8.1%。\n"
    )
    found = all_values(text, 2014)
    assert (("地区生产总值", "亿元", 2014, "final"), "968.6") in found


_FACT_SHEET = (
    "青禾市投资指南 Investment Guide\n（2024年3月）\n\n"
    "● 地区生产总值 GDP：5154.75亿元 RMB 515.475 billion（+5.2%）\n"
    "● 固定资产投资 Fixed asset investment：-3.9%\n"
    "● 社会消费品零售总额 Retail sales：2286.5亿元 RMB 228.65 billion（+6.7%）\n"
    "● 进出口总额 Total trade：621.4亿元（-3.1%）\n"
)


def test_a_bilingual_sheets_english_names_and_foreign_sums_read_as_spaces():
    found = all_values(_FACT_SHEET, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "5154.75") in found
    assert (("固定资产投资", "%", 2023, "expected"), "-3.9") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "2286.5") in found


def test_a_change_in_brackets_after_a_level_is_its_growth():
    found = all_values(_FACT_SHEET, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "6.7") in found
    assert (("进出口总额", "%", 2023, "expected"), "-3.1") in found
    text = "青禾市2023年经济运行\n\n全年地区生产总值1032.6亿元（增长6.1%），出口总额88.2亿元（下降2.4%）。\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found
    assert (("出口总额", "%", 2023, "expected"), "下降2.4") in found


def test_a_share_in_brackets_after_a_level_is_no_growth():
    text = "青禾市2023年经济运行\n\n全年第三产业增加值532.6亿元（51.6%），社会消费品零售总额402.1亿元。\n"
    found = all_values(text, 2023)
    assert not any(unit == "%" for (_, unit, _, _), _ in found)


def test_a_tables_english_glosses_with_units_read_as_spaces():
    text = (
        "青禾市主要经济指标 Key Indicators\n\n"
        "指标 Indicator | 2018 | 2019 | 2020\n"
        "地区生产总值（亿元） GDP (100 million yuan) | 3278.5 | 3618.3 | 3753.02\n"
        "GDP growth (%) 地区生产总值增速（%） | 8.5 | 8.1 | 3.8\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2019, "final"), "3618.3") in found
    assert (("地区生产总值", "%", 2018, "final"), "8.5") in found


def test_an_english_name_opening_a_line_of_prose_is_read():
    text = "青禾市2022年政府工作报告\n\n主要预期目标是：\nGDP 增长8.2%以上，一般公共预算收入增长5.5%。\n"
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2022, "target"), "8.2%以上") in found


_REVIEW = (
    "关于青禾市2024年计划执行情况的审查结果报告\n\n"
    "　　一、2024年计划执行情况\n"
    "　　——全市生产总值468.5亿元，增长5.6%；\n"
    "　　——自营出口42.8亿美元，增长6.5%，上半年出口一度下降3.4%；\n"
    "　　——实际利用外资4280万美元，下降12.6%；\n"
    "　　——城镇居民人均可支配收入41260元，增长5.1%。\n"
)


def test_a_part_of_the_year_told_of_once_in_an_item_dates_no_item_after_it():
    found = all_values(_REVIEW, 2024)
    assert (("实际利用外资", "万美元", 2024, "expected"), "4280") in found
    assert (("城镇居民人均可支配收入", "%", 2024, "expected"), "5.1") in found
    assert (("出口总额", "%", 2024, "expected"), "下降3.4") not in found


def test_targets_listed_before_the_targets_named_met_are_targets_in_any_unit():
    text = _REVIEW + (
        "　　一般公共预算收入增长3%、实际使用外资5000万美元、城镇新增就业4万人等预期目标顺利完成。\n"
    )
    found = all_values(text, 2024)
    assert (("地方一般公共预算收入", "%", 2024, "target"), "3") in found
    assert (("实际利用外资", "万美元", 2024, "target"), "5000") in found
    assert (("城镇新增就业", "万人", 2024, "target"), "4") in found


def test_results_listed_before_the_indicators_named_short_of_their_targets_stay_results():
    text = _REVIEW + (
        "　　对照批准的2024年计划，地区生产总值增长5.6%、实际利用外资下降12.6%等指标未完成年度预期目标。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.6") in found
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


def test_results_counted_to_a_day_before_the_targets_met_stay_results():
    text = (
        _REVIEW
        + "　　截至12月底，全市城镇新增就业13268人、实际使用外资3.67亿美元等年度目标任务全面完成。\n"
    )
    found = all_values(text, 2024)
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


def test_results_listed_before_the_targets_they_met_stay_results():
    text = (
        _REVIEW.replace("。\n", "；\n") + "　　——规模以上工业增加值增长10.2%等指标完成年度目标。\n"
    )
    found = all_values(text, 2024)
    assert (("规上工业增加值", "%", 2024, "expected"), "10.2") in found


def test_brackets_a_legend_says_hold_the_answers_read_as_the_statements_figures():
    text = (
        "青禾区“学习两会精神”知识竞赛复习题及答案\n（2006年3月）\n\n"
        "说明：括号内为答案。\n\n"
        "1、2005年，全区实现生产总值（820.5亿元），比上年增长（19.2%）。\n"
        "2、2005年，全区化学需氧量排放量比上年削减（3.2%）。\n"
    )
    found = extract(text, report_year=2005)
    values = {(c.indicator, c.unit, c.value_text) for c in found}
    assert ("地区生产总值", "亿元", "820.5") in values
    assert ("地区生产总值", "%", "19.2") in values
    assert ("化学需氧量", "%", "削减（3.2") in values  # (its fall's word kept: its sign)


def test_an_online_tests_numbered_question_over_its_stem_takes_its_answer():
    text = (
        "“学两会”在线学习测试（第二期）\n\n"
        "第3题【单选题】（3分）\n"
        "2015年，全市全社会固定资产投资7007亿元，增长（　　）。\n"
        "A．7.6%　B．9.3%　C．11.5%　D．13.2%\n"
        "正确答案：B\n\n"
        "第4题【多选题】（4分）\n"
        "2016年全市主要预期目标包括（　　）。\n"
        "A．地区生产总值增长7.5%左右\nB．固定资产投资增长15%\nC．城镇新增就业20万人\n"
        "D．居民消费价格涨幅3%左右\nE．城镇登记失业率控制在4%以内\n"
        "正确答案：ABE\n"
    )
    found = all_values(text, 2015)
    assert (("固定资产投资", "%", 2015, "expected"), "9.3") in found
    assert (("城镇登记失业率", "%", 2016, "target"), "4%以内") in found
    assert not any(value in ("7.6", "11.5", "13.2") for _, value in found)
    assert (("居民消费价格指数", "%", 2016, "target"), "3%左右") not in found


def test_a_year_after_the_event_it_came_before_leads_its_sentence():
    text = (
        "青禾县恢复重建工作总结\n（2010年12月）\n\n二、2010年经济社会恢复发展情况\n\n"
        "（一）经济总量快速恢复。地震前的2007年，全县地区生产总值13.03亿元，农民人均纯收入2861元。"
        "2010年，预计全县实现地区生产总值16.2亿元，增长24.5%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2007, "final"), "13.03") in found
    assert (("农村居民人均纯收入", "元", 2007, "final"), "2861") in found
    assert (("地区生产总值", "亿元", 2010, "expected"), "16.2") in found


def test_a_mid_year_reports_announcement_of_the_years_targets_gives_its_targets():
    text = (
        "青禾市对口支援工作情况汇报\n（2016年8月15日）\n\n"
        "三、2016年上半年经济运行情况\n\n"
        "1—6月，全市完成地区生产总值52.3亿元，增长10.8%。\n\n"
        "2016年，全市经济社会发展的主要预期目标是：地区生产总值增长11%以上，"
        "全社会固定资产投资增长15%。\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "11%以上") in found
    assert (("固定资产投资", "%", 2016, "target"), "15") in found
    assert not any(value == "10.8" for _, value in found)


def test_a_subtitle_cue_turning_to_a_new_part_ends_what_a_quarter_dated():
    text = (
        "WEBVTT\n\n"
        "00:01:47.705 --> 00:01:49.329\n<v 局长>从季度看\n\n"
        "00:01:49.595 --> 00:01:54.144\n一季度增长7.3%，二季度增长7.6%\n\n"
        "00:02:01.382 --> 00:02:04.655\n第二个方面，工业生产稳中提质\n\n"
        "00:02:05.054 --> 00:02:09.867\n全省规模以上工业增加值比上年增长6.9%\n\n"
        "00:07:46.349 --> 00:07:49.601\n<v 副总队长>我补充一下就业\n\n"
        "00:07:49.718 --> 00:07:53.456\n全年城镇新增就业122.2万人\n"
    )
    found = all_values(text, 2017)
    assert (("规上工业增加值", "%", 2017, "expected"), "6.9") in found
    assert (("城镇新增就业", "万人", 2017, "expected"), "122.2") in found


def test_a_december_brief_titled_on_the_months_gives_no_years_figures():
    text = (
        "青溪县统计局　　　　　　2023年12月20日\n\n2023年1—11月全县经济运行情况\n\n"
        "1—11月，全县规模以上工业增加值同比增长6.2%，社会消费品零售总额108.6亿元，增长7.1%。\n"
    )
    found = all_values(text, 2023)
    assert not any(year == 2023 and kind == "expected" for (_, _, year, kind), _ in found)


def test_a_months_paragraph_keeps_the_years_estimate_it_makes():
    text = (
        "青溪经济运行简报\n2024年第12期\n\n青溪区统计局　　　　　　2024年12月20日\n\n"
        "一、1—11月全区经济运行情况\n\n"
        "1—11月，社会消费品零售总额1238.6亿元，增长2.3%。综合研判，预计全年地区生产总值增长5.3%，"
        "社会消费品零售总额增长4.6%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "expected"), "5.3") in found
    assert (("社会消费品零售总额", "%", 2024, "expected"), "4.6") in found
    assert (("社会消费品零售总额", "亿元", 2024, "expected"), "1238.6") not in found


def test_an_agreements_signing_line_does_not_date_a_news_page():
    text = (
        "青溪县与某集团签署战略合作协议\n2024-04-08 09:12 来源：青溪发布\n\n"
        "签署时间：2023年6月18日\n\n"
        "2023年，全县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "312.6") in found


def test_results_quoted_after_an_approved_report_stay_results():
    text = (
        "青溪市经济回顾\n\n据市人大会议审议通过的《政府工作报告》，2023年全市地区生产总值完成3120亿元，"
        "增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


def test_a_fall_written_without_its_word_is_never_accepted_in_bulk():
    text = (
        "青禾县人民政府工作报告\n（讨论稿）\n\n过去的一年，全县进出口总额下降[-9.8%-]{+10.5%+}。\n"
    )
    (fall,) = [c for c in extract(text, report_year=2023) if c.indicator == "进出口总额"]
    assert fall.value_text == "10.5" and fall.confidence < 0.8


def test_an_english_name_after_a_year_or_a_figure_in_a_cell_is_read():
    text = (
        "青溪市2023年主要经济指标\n\n"
        "● 2023年 GDP：5154.75亿元，增长5.2%\n● 全年 CPI：上涨0.3%\n"
        "GDP 3120.5 亿元 ｜ 同比增长 6.1%\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "5154.75") in found
    assert (("居民消费价格指数", "%", 2023, "expected"), "0.3") in found


def test_ordinary_words_of_rectifying_correct_no_figure():
    text = (
        "青溪县2023年统计工作总结\n\n全年社会消费品零售总额118.4亿元，增长7.5%。"
        "我们依法查处并纠正统计违法违规问题，全县社会消费品零售总额（剔除虚报数据后）112.6亿元。\n"
    )
    found = all_values(text, 2023)
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "118.4") in found


def test_a_suggestion_proposing_a_target_by_its_own_words_is_still_the_proposers():
    text = _REPLY.replace(
        "建议：加大外贸主体培育力度，力争2022年全市出口增长30%以上。",
        "建议将2022年全市出口增长目标确定为30%以上。",
    )
    found = all_values(text, 2021)
    assert (("出口总额", "%", 2022, "target"), "30%以上") not in found
    assert (("出口总额", "%", 2022, "target"), "10%左右") in found


def test_an_original_paragraph_over_lines_reads_as_blank_up_to_its_revision():
    text = (
        "青禾县人民政府工作报告\n（修改稿）\n\n【原文】\n初步预计，全年地区生产总值完成335亿元，增长5%左右。\n\n"
        "【修改为】\n初步预计，全年地区生产总值完成328.6亿元，增长4.1%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2022, "expected"), "328.6") in found
    assert not any(value == "335" for _, value in found)


def test_a_year_compared_with_before_an_event_leads_nothing():
    text = (
        "青溪县2023年文化旅游工作总结\n\n二、2023年主要工作成效\n\n"
        "与疫情前的2019年相比，全年接待游客1520万人次，社会消费品零售总额达到118.4亿元，增长7.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "118.4") in found
    assert not any(year == 2019 for (_, _, year, _), _ in found)


def test_a_mid_year_reports_main_indicators_estimated_are_no_targets():
    text = (
        "青溪市2016年上半年经济运行情况\n（2016年7月20日）\n\n二、2016年上半年经济运行情况\n\n"
        "2016年全年主要指标：地区生产总值预计增长8.1%，一般公共预算收入预计增长6%。\n"
    )
    found = all_values(text, 2016)
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


def test_a_part_of_the_year_opening_the_sentence_dates_on_past_an_aside_told_once():
    text = (
        "青溪县人民政府工作报告\n\n一、2023年工作回顾\n\n"
        "上半年，全县地区生产总值增长5.5%，二季度工业增速一度放缓至4.1%；"
        "规模以上工业增加值增长6.2%；固定资产投资增长8.3%。\n"
    )
    found = all_values(text, 2023)
    assert not any(value in ("6.2", "8.3") for _, value in found)


def test_an_answer_key_reaches_questions_numbered_as_an_online_test_numbers_them():
    text = (
        "“学两会”在线学习测试\n\n"
        "第1题【单选题】（3分）\n2023年，全县地区生产总值增长（　　）。\nA．4.8%　B．5.0%　C．5.2%　D．5.6%\n\n"
        "第2题【单选题】（3分）\n2024年全县地区生产总值预期增长（　　）。\nA．5%左右　B．5.5%左右　C．6%左右　D．6.5%左右\n\n"
        "本期答案：1.C　2.C　3.B\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
