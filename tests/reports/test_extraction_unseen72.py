"""Forms found in round seventy-two, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from reports.extraction.reading import as_read
from tests.reports.test_extraction_unseen47 import all_values

_FRAME = (
    "青禾市2019—2022年主要指标整理（工作笔记）\n\n"
    "In [2]:\npanel = pd.read_csv('qinghe.csv', index_col='年份')\npanel\n\n"
    "Out[2]:\n"
    "         GDP_亿元  GDP增速_%  社零_亿元  规上工业增速_%\n"
    "年份\n"
    "2019    1032.60      7.1    402.15       8.2\n"
    "2020    1061.90      3.2    389.70       2.9\n"
    "2021    1158.44      8.3    431.02       9.6\n"
)


def test_a_data_frame_printed_with_its_index_named_under_the_header_reads_row_by_row():
    found = all_values(_FRAME, 2023)
    assert (("地区生产总值", "亿元", 2019, "final"), "1032.60") in found
    assert (("地区生产总值", "%", 2020, "final"), "3.2") in found
    assert (("社会消费品零售总额", "亿元", 2021, "final"), "431.02") in found
    assert (("规上工业增加值", "%", 2021, "final"), "9.6") in found


def test_a_data_frame_printed_without_its_index_name_reads_its_years_as_rows():
    unnamed = _FRAME.replace("年份\n", "")
    found = all_values(unnamed, 2023)
    assert (("地区生产总值", "亿元", 2019, "final"), "1032.60") in found
    assert (("规上工业增加值", "%", 2020, "final"), "2.9") in found


def test_a_data_frame_keeps_the_texts_length_and_its_quotes_verbatim():
    read = as_read(_FRAME)
    assert len(read) == len(_FRAME)
    assert read.count("\n") == _FRAME.count("\n") - 1
    for candidate in extract(_FRAME, report_year=2023):
        assert candidate.value_text.rstrip("%") in _FRAME


def test_an_indented_line_over_a_row_of_another_width_is_no_data_frames_header():
    text = (
        "青禾市2023年统计公报摘要\n\n        一、综合\n2023年  地区生产总值1158.4亿元，增长6.1%。\n"
    )
    assert as_read(text) == text


def test_a_frame_of_indicators_by_year_columns_is_not_read_without_its_units():
    text = (
        "青禾市2021年与2020年对比（笔记）\n\n"
        "Out[6]:\n"
        "              2020      2021\n"
        "指标\n"
        "GDP          1061.9    1158.4\n"
        "一般公共预算收入   63.8      71.6\n"
    )
    assert as_read(text) == text


def test_a_rate_computed_to_six_decimals_is_no_reported_figure():
    text = (
        "青禾市2019—2021年（笔记计算）\n\n"
        "Out[6]:\n"
        "        GDP_亿元  GDP增速_%\n"
        "年份\n"
        "2020  1061.90  2.835270\n"
        "2021  1158.44  9.087484\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2021, "final"), "1158.44") in found
    assert not any("2.835270" in value or "9.087484" in value for _, value in found)


def _cues(*lines):
    """An SRT file of `lines`, a cue each, two seconds apiece."""
    return "\n\n".join(
        f"{n}\n00:{n * 2 // 60:02d}:{n * 2 % 60:02d},000 --> 00:{(n * 2 + 1) // 60:02d}:"
        f"{(n * 2 + 1) % 60:02d},500\n{line}"
        for n, line in enumerate(lines, 1)
    )


_MID_YEAR_BROADCAST = "qhxw_20230721_bnjjfx.srt\n\n" + _cues(
    "【主播】今天上午，市政府召开上半年经济运行分析会",
    "通报1至6月全市主要经济指标",
    "【解说】上半年，全市实现生产总值512.3亿元",
    "同比增长5.8%",
    "【解说】对照年初确定的目标",
    "今年全市生产总值增长6.5%",
    "固定资产投资增长8%",
    "【解说】会议回顾，去年全市",
    "生产总值1068.2亿元",
    "增长4.1%",
    "社会消费品零售总额402.6亿元",
)


def test_a_broadcasts_narration_tags_part_its_half_year_from_the_years_targets_and_results():
    found = all_values(_MID_YEAR_BROADCAST, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6.5") in found
    assert (("固定资产投资", "%", 2023, "target"), "8") in found
    assert (("地区生产总值", "亿元", 2022, "final"), "1068.2") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    assert (("社会消费品零售总额", "亿元", 2022, "final"), "402.6") in found
    assert not any(value in ("512.3", "5.8") for _, value in found)


def test_a_subtitle_files_narration_tags_keep_its_length():
    assert len(as_read(_MID_YEAR_BROADCAST)) == len(_MID_YEAR_BROADCAST)


def test_a_title_sequences_date_under_it_heads_no_section_of_targets():
    text = "青禾新闻20240116_市人代会开幕.srt\n\n" + _cues(
        "【片头】青禾新闻",
        "2024年1月16日\n星期二",
        "【解说】报告指出，2023年",
        "全市地区生产总值1158.4亿元",
        "增长6.1%",
        "【解说】工业经济挑起大梁",
        "规模以上工业增加值增长8.1%",
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1158.4") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "8.1") in found


_CHAT = (
    "【合并转发】“青禾区2024年两会数据核对群”的聊天记录\n"
    "————————————————\n\n"
    "区发改局 王明　2024年1月8日 09:02\n"
    "各位同事，报告征求意见稿已发群文件，请核对2023年主要指标。\n"
    "附件：青禾区2024年政府工作报告（第三稿）.docx\n\n"
    "区统计局 李华　2024年1月8日 09:40\n"
    "核算数据（预计）：地区生产总值1158.4亿元，同比增长6.1%；固定资产投资增长5.6%。\n\n"
    "区财政局 孙敏　2024年1月8日 10:30\n"
    "财政：一般公共预算收入103.6亿元，增长3.2%。\n"
)


def test_a_chat_logs_title_naming_the_years_congress_heads_no_section_of_targets():
    found = all_values(_CHAT, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1158.4") in found
    assert (("固定资产投资", "%", 2023, "expected"), "5.6") in found
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


def test_a_file_sent_as_an_attachment_opens_no_annex():
    found = all_values(_CHAT.replace("【合并转发】", "").replace("聊天记录", "记录"), 2023)
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "103.6") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "3.2") in found


def test_a_row_named_by_its_indicator_over_the_same_names_growth_holds_levels_not_rates():
    text = (
        "二、区域经济环境\n\n"
        "表1：2021—2023年青禾区主要经济指标\n"
        "指标 | 2021年 | 2022年 | 2023年\n"
        "社会消费品零售总额 | 462.37 | 456.11 | 502.18\n"
        "社会消费品零售总额增速 | 8.9 | -1.4 | 10.1\n"
        "资料来源：青禾区统计局\n"
    )
    found = all_values(text, 2023)
    assert (("社会消费品零售总额", "%", 2022, "final"), "-1.4") in found
    assert not any(unit == "%" and value == "462.37" for (_, unit, _, _), value in found)


def test_a_december_minutes_paragraph_opening_on_who_reports_the_whole_years_estimate_is_kept():
    text = (
        "青禾县人民政府\n常务会议纪要\n\n"
        "青禾县人民政府办公室　　　　2023年12月22日\n\n"
        "会议听取了全县1-11月经济运行情况和全年主要指标预计完成情况的汇报。\n\n"
        "一、关于全县经济运行情况\n\n"
        "1-11月，全县规模以上工业增加值同比增长9.3%；固定资产投资完成46.8亿元，增长5.1%。\n\n"
        "县统计局汇报，综合各方面因素分析，预计全年全县实现地区生产总值105.2亿元，增长8.2%；"
        "固定资产投资48亿元，增长5.5%。\n\n"
        "县财政局汇报：受税源减少影响，预计全年一般公共预算收入完成7.96亿元，同比下降4.8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "105.2") in found
    assert (("固定资产投资", "%", 2023, "expected"), "5.5") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "7.96") in found
    assert not any(value in ("9.3", "46.8", "5.1") for _, value in found)


def test_values_shared_out_over_a_span_of_years_go_one_to_each_year():
    text = (
        "二、区域经济环境\n\n"
        "青禾市财政实力较强。2021-2023年，青禾市财政总收入分别为75.28亿元、89.64亿元和"
        "103.36亿元，2022年和2023年分别增长19.1%和15.3%。\n"
        "2019年至2021年，全市分别实现地区生产总值901.82亿元、1101.27亿元和1302.28亿元，"
        "按可比价格计算分别比上年增长13.9%、15.6%和15.1%，三年平均增长14.9%。\n"
    )
    found = all_values(text, 2024)
    assert (("一般公共预算总收入", "亿元", 2021, "final"), "75.28") in found
    assert (("一般公共预算总收入", "亿元", 2022, "final"), "89.64") in found
    assert (("一般公共预算总收入", "亿元", 2023, "final"), "103.36") in found
    assert (("一般公共预算总收入", "%", 2022, "final"), "19.1") in found
    assert (("一般公共预算总收入", "%", 2023, "final"), "15.3") in found
    assert (("地区生产总值", "亿元", 2019, "final"), "901.82") in found
    assert (("地区生产总值", "%", 2020, "final"), "15.6") in found
    assert (("地区生产总值", "%", 2021, "final"), "15.1") in found
    assert not any(value == "14.9" for _, value in found)


def test_values_not_as_many_as_the_years_are_not_shared_out_over_them():
    text = "2019—2023年，青禾市地区生产总值分别为901.8亿元和1101.3亿元。\n"
    found = all_values(text, 2024)
    assert not any(year in (2019, 2020, 2021, 2022) for (_, _, year, _), _ in found)


def test_a_numbered_heading_of_the_months_so_far_is_no_title_hiding_the_date_above_it():
    text = (
        "青禾区人民政府\n会议纪要\n〔2025〕第23期\n\n"
        "青禾区人民政府办公室　　　　　　　　2025年12月5日\n\n"
        "全区经济运行调度会议纪要\n\n"
        "12月3日下午，区长主持召开全区经济运行调度会议，通报了1-10月全区主要经济指标完成情况，"
        "安排部署了年末冲刺工作。现纪要如下：\n\n"
        "一、1-10月经济运行情况\n\n"
        "1-10月，规模以上工业增加值增长7.4%；固定资产投资增长5.8%。\n\n"
        "区农业农村局汇报：全年粮食总产量预计达到21.8万吨，增长2.3%。\n\n"
        "区生态环境分局汇报：今年全区空气质量优良天数比例为91.5%。\n"
    )
    found = all_values(text, 2025)
    assert (("粮食产量", "万吨", 2025, "expected"), "21.8") in found
    assert (("优良空气天数比例", "%", 2025, "expected"), "91.5") in found
    assert not any(value in ("7.4", "5.8") for _, value in found)


def test_an_encyclopedias_citation_mark_after_a_sentence_leaves_the_next_line_its_own_year():
    text = (
        "青禾市\n中国江苏省辖县级市\n\n经济\n 编辑 播报\n"
        "2023年，青禾市实现地区生产总值5140.6亿元，增长5.2%。[5]\n"
        "2015年，全市地区生产总值3080亿元，增长7.2%。城镇常住居民人均可支配收入49683元。[8][9]\n"
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "元", 2015, "final"), "49683") in found
    assert (("地区生产总值", "亿元", 2015, "final"), "3080") in found


_SCREEN = (
    "青禾市城市运行管理中心\n"
    "当前专题：经济运行　　　　2021年05月12日　星期三　14:06:55\n"
    "数据更新：市统计局 2021-05-10\n\n"
    "▼ 左屏：2020年全年（统计公报）\n"
    "地区生产总值　4311.65亿元　　增长5.0%\n"
    "　第一产业　178.95亿元　↑6.2%\n"
    "固定资产投资　增长2.2%\n"
    "城镇居民人均可支配收入　40305元　增长4.8%\n\n"
    "▼ 中屏：2021年1-4月\n"
    "1-4月固定资产投资　↑11.4%\n\n"
    "▼ 右屏：青禾新区直管区（2020年）\n"
    "地区生产总值　　181.25亿元　↑15.8%\n"
    "一般公共预算收入　22.86亿元\n"
)


def test_a_screens_panel_titled_with_a_year_dates_every_line_under_it():
    found = all_values(_SCREEN, 2021)
    assert (("第一产业增加值", "亿元", 2020, "final"), "178.95") in found
    assert (("固定资产投资", "%", 2020, "final"), "2.2") in found
    assert (("城镇居民人均可支配收入", "元", 2020, "final"), "40305") in found


def test_a_screens_panel_of_its_own_ends_the_panel_before():
    found = all_values(_SCREEN, 2021)
    assert not any(value in ("181.25", "11.4") for _, value in found)
    assert not any(year == 2020 and value == "22.86" for (_, _, year, _), value in found)


def test_a_target_in_square_brackets_after_a_result_is_the_years_target():
    text = "青禾市2020年经济运行情况\n\n2020年，全市固定资产投资增长9.1%［目标 8%］。\n"
    found = all_values(text, 2020)
    assert (("固定资产投资", "%", 2020, "target"), "8") in found


def test_a_briefings_heading_closing_on_a_year_in_brackets_dates_its_results():
    text = (
        "青禾市疫后重振情况汇报\n青禾市人民政府\n2020年9月\n\n"
        "P3\n一、疫情前的发展基础（2019年）\n"
        "地区生产总值4460.8亿元，增长7.9%\n"
        "固定资产投资增长10.9%\n"
        "农村居民人均可支配收入17675元，增长9.8%\n\n"
        "P5\n二、疫情冲击和恢复情况\n"
        "上半年，规上工业增加值下降22.4%\n"
    )
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2019, "final"), "4460.8") in found
    assert (("固定资产投资", "%", 2019, "final"), "10.9") in found
    assert (("农村居民人均可支配收入", "元", 2019, "final"), "17675") in found


def test_a_charts_caption_axis_of_years_and_bars_read_as_a_row_of_a_table():
    text = (
        "青禾县2019年上半年经济运行情况汇报\n青禾县人民政府\n2019年7月18日\n\n"
        "第6页\n财政总收入走势（亿元）\n2014 2015 2016 2017 2018\n68.2 73.5 79.6 88.6 106.5\n"
        "五年间财政总收入年均增长11.8%\n\n"
        "第9页\n近五年地区生产总值（亿元）\n2014　　2015　　2016　　2017　　2018\n"
        "250.0　341.2　594.8　798.5　1151.3\n"
    )
    found = all_values(text, 2019)
    assert (("一般公共预算总收入", "亿元", 2014, "final"), "68.2") in found
    assert (("一般公共预算总收入", "亿元", 2018, "final"), "106.5") in found
    assert (("地区生产总值", "亿元", 2016, "final"), "594.8") in found
    assert not any(value == "11.8" for _, value in found)


def test_a_charts_bars_fewer_than_its_years_are_not_read():
    text = "青禾县汇报\n\n地区生产总值（亿元）\n2014 2015 2016 2017\n250.0 341.2 594.8\n"
    assert not any(value == "341.2" for _, value in all_values(text, 2019))


def test_a_contents_line_listing_the_parts_side_by_side_heads_no_targets():
    text = (
        "青禾投资环境推介\n青禾市人民政府\n2012年3月\n\n"
        "【第1页·续】\n目录\n一、青禾概况　二、经济发展　三、区位交通　四、发展目标\n\n"
        "【第3页】\n主要经济指标（2011年）\n"
        "全社会固定资产投资　893.6亿元　增长24.1%\n"
        "城镇居民人均可支配收入　17726元　增长14.1%\n"
    )
    found = all_values(text, 2011)
    assert (("固定资产投资", "亿元", 2011, "expected"), "893.6") in found
    assert (("城镇居民人均可支配收入", "%", 2011, "expected"), "14.1") in found
    assert not any(kind == "target" for (_, _, _, kind), _ in found)


# Guards from the round's first review: ordinary texts the new rules must leave as they were.

_REPORT_HEAD = (
    "青禾县2024年政府工作报告\n——2024年1月10日在青禾县第十八届人民代表大会第四次会议上\n\n"
)


def test_a_dated_file_named_after_a_label_in_the_head_dates_nothing():
    text = (
        "青禾县2023年经济运行情况通报\n相关下载：青禾县2023年上半年主要指标_20230720.xls\n\n"
        "全年全县地区生产总值预计完成312.6亿元，增长5.2%；一般公共预算收入18.3亿元，增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "6.1") in found


def test_values_over_a_span_shared_by_two_places_stay_a_total():
    text = _REPORT_HEAD + (
        "一、过去三年工作回顾\n\n"
        "2021-2023年，全县和青禾镇分别完成地区生产总值888.9亿元和140.2亿元。"
        "2023年，全县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found
    assert not any(value in ("888.9", "140.2") for _, value in found)


def test_growths_planned_over_the_years_ahead_are_no_result_of_the_year():
    text = _REPORT_HEAD + (
        "一、2023年工作回顾\n\n全县地区生产总值增长5.2%。"
        "力争2024-2025年，全县地区生产总值分别增长6%和6.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert not any(kind != "target" and value == "6" for (_, _, _, kind), value in found)


def test_thresholds_passed_over_a_list_of_years_are_no_years_figures():
    text = _REPORT_HEAD + (
        "一、过去两年工作回顾\n\n2022年和2023年，全县社会消费品零售总额分别突破100亿元和120亿元大关。\n"
    )
    assert not any(value in ("100", "120") for _, value in all_values(text, 2023))


def test_a_rate_row_over_its_real_growth_row_holds_rates():
    text = (
        "青禾县2022-2023年居民收入增长情况（%）\n\n"
        "指标\t2022年\t2023年\n"
        "城镇居民人均可支配收入\t4.9\t5.5\n"
        "城镇居民人均可支配收入实际增长\t2.8\t5.1\n"
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "%", 2022, "final"), "4.9") in found
    assert not any(unit == "元" for (_, unit, _, _), _ in found)


def test_a_bare_row_over_its_ranks_in_a_table_of_growths_holds_rates():
    text = (
        "青禾县2023年主要指标增速（%）\n\n指标\t目标\t完成\n"
        "规上工业增加值\t8\t8.5\n规上工业增加值增长\t全市第2\t全市第1\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2023, "expected"), "8.5") in found


def test_a_units_line_under_an_indented_header_is_no_frames_index_name():
    text = (
        "青禾县主要指标\n\n"
        "         地区生产总值  一般公共预算收入\n"
        "亿元\n"
        "2022年       296.1        17.2\n"
    )
    assert as_read(text) == text


def test_a_numbered_heading_opening_the_text_on_the_months_so_far_titles_it():
    text = (
        "一、1-6月全县经济运行情况\n\n上半年，全县地区生产总值增长5.1%。"
        "下半年要确保全年地区生产总值增长6%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "6") in found


def test_a_numbered_heading_naming_a_chat_log_as_its_source_still_heads_targets():
    text = _REPORT_HEAD + (
        "一、2023年工作回顾\n\n全县地区生产总值增长5.2%。\n\n"
        "二、今年主要目标（根据县政府工作群聊天记录整理）\n\n"
        "一般公共预算收入增长5%，固定资产投资增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("固定资产投资", "%", 2024, "target"), "8") in found


def test_an_annex_named_as_a_file_in_a_notice_is_still_an_annex():
    text = (
        "青禾县人民政府关于印发2024年主要预期目标的通知\n\n"
        "各乡镇人民政府：现将2024年主要预期目标印发给你们，请认真贯彻落实。\n\n"
        "青禾县人民政府\n2024年2月1日\n\n"
        "附件：江河市2024年主要预期目标分解表.pdf\n\n"
        "江河市社会消费品零售总额增长7%。\n"
    )
    found = all_values(text, 2023)
    assert not any(value == "7" for _, value in found)


def test_december_minutes_hearing_the_months_so_far_review_the_whole_year():
    text = (
        "青禾区人民政府\n常务会议纪要\n\n青禾区人民政府办公室　　　　2023年12月11日\n\n"
        "2023年12月8日上午，区长主持召开常务会议。会议听取了全区1-11月经济运行情况及全年预计的汇报。\n\n"
        "一、关于1-11月全区经济运行情况\n\n1-11月，全区规模以上工业增加值同比增长7.8%。\n\n"
        "区统计局汇报：全年城镇居民人均可支配收入78600元，增长4.9%。\n"
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "78600") in found
    assert not any(value == "7.8" for _, value in found)


def test_a_screens_bracketed_panels_named_with_a_year_date_their_lines_and_others_end_them():
    text = (
        "青禾市经济运行分析展示系统\n首 页 ｜ 综合经济 ｜ 工业经济\n"
        "系统时间：2015-06-05 15:21\n\n"
        "〖综合经济 · 2014年（年报）〗\n地区生产总值　　　　1493.9亿元　　比上年增长 9.5%\n\n"
        "〖商贸外经 · 2014年〗\n社会消费品零售总额　　379.6亿元　　增长 13.2%\n"
        "出口总额　　　　　　　73.2亿美元　　增长 6.7%\n\n"
        "〖2015年1-4月快报〗\n固定资产投资　　262.4亿元　　增长 18.2%\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "亿元", 2014, "final"), "1493.9") in found
    assert (("社会消费品零售总额", "亿元", 2014, "final"), "379.6") in found
    assert (("出口总额", "%", 2014, "final"), "6.7") in found
    assert not any(value in ("262.4", "18.2") for _, value in found)


_CARDS = (
    "青禾市经济运行驾驶舱\n数据截至：2025年12月\n\n━━ 核心指标 ━━\n"
    "地区生产总值（亿元）\n1032.6\n同比 +5.9%　　全市排名 2/12\n目标 +6%　　差 0.1 个百分点\n\n"
    "一般公共预算收入（亿元）\n110.3\n同比 +3.1%　　目标 +3%　✓\n\n"
    "社会消费品零售总额（亿元）\n412.9\n同比 +5.4%\n"
)


def test_a_screens_card_reads_its_value_and_the_change_on_the_line_under_it():
    found = all_values(_CARDS, 2025)
    assert (("地区生产总值", "%", 2025, "expected"), "5.9") in found
    assert (("社会消费品零售总额", "%", 2025, "expected"), "5.4") in found


def test_a_cards_target_line_closes_its_card_and_a_target_field_is_its_own():
    found = all_values(_CARDS, 2025)
    assert (("地方一般公共预算收入", "亿元", 2025, "expected"), "110.3") in found
    assert (("地方一般公共预算收入", "%", 2025, "expected"), "3.1") in found
    assert not any(
        value in ("110.3", "3.1") and kind == "target" for (_, _, _, kind), value in found
    )


def test_a_tables_column_of_marks_ends_no_sentence():
    text = (
        "青禾市2024年上半年主要指标代拟稿核对表\n2024年7月26日\n\n"
        "（一）2024年主要预期目标\n\n指标｜年初目标｜代拟稿表述｜核对\n"
        "地区生产总值｜增长5%左右｜增长5%左右｜√\n"
        "一般公共预算收入｜增长3%｜增长3%｜√\n"
    )
    found = all_values(text, 2024)
    assert (("地方一般公共预算收入", "%", 2024, "target"), "3") in found


# Guards from the round's second review.


def test_an_ordinary_arrows_bullets_under_a_plan_heading_stay_its_targets():
    text = _REPORT_HEAD + (
        "一、2023年工作回顾\n\n全县地区生产总值增长5.2%，一般公共预算收入增长6.1%。\n\n"
        "二、2024年工作安排\n\n"
        "▶ 稳增长：地区生产总值增长6%左右；\n▶ 强财源：一般公共预算收入增长5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "5") in found


def test_a_caption_of_totals_and_growths_leaves_the_levels_levels():
    text = "表1　2023年全县主要经济指标总量及增速\n\n指标\t2023年\n地区生产总值\t312.6\n增速\t5.2\n"
    found = all_values(text, 2023)
    assert not any(unit == "%" and value == "312.6" for (_, unit, _, _), value in found)


def test_a_heading_and_a_run_in_first_part_is_no_contents_line():
    text = _REPORT_HEAD + (
        "一、2023年工作回顾\n\n全县一般公共预算收入增长6.1%。\n\n"
        "二、2024年工作安排 一、主要预期目标\n\n一般公共预算收入增长5%，固定资产投资增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "6.1") in found
    assert (("固定资产投资", "%", 2024, "target"), "8") in found


def test_a_contents_line_dates_nothing_under_it():
    text = _REPORT_HEAD + (
        "一、2023年回顾　二、2024年目标　三、重点任务\n全县地区生产总值312.6亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found


def test_a_bracket_naming_another_years_target_is_no_target_of_the_year():
    text = _REPORT_HEAD + (
        "一、2023年工作回顾\n\n全县一般公共预算收入18.3亿元，增长7.1%［目标值 2025年达到25亿元］。\n"
    )
    found = all_values(text, 2023)
    assert not any(value.startswith("25") for _, value in found)


def test_a_chart_of_the_city_above_or_of_two_series_is_not_read_as_the_places():
    text = (
        "青禾县2023年经济运行情况汇报\n\n全市地区生产总值（亿元）\n2019 2020 2021\n2650.4 2711.2 2980.1\n\n"
        "城乡居民人均可支配收入（元）\n2019 2020 2021\n35120 36802 38951\n18210 19340 20886\n"
    )
    found = all_values(text, 2023)
    assert not any(value in ("2650.4", "35120", "18210") for _, value in found)


def test_figures_padded_with_zeros_are_no_computation():
    text = "青禾县2023年主要指标（报表导出）\n\n全县地区生产总值增长5.2000%，一般公共预算收入增长6.1000%。\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2000") in found
