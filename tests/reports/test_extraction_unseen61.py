"""Forms found in round sixty-one, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import report_metadata
from tests.reports.test_extraction_unseen47 import all_values


def test_a_target_column_after_a_growth_column_sets_the_growth_of_an_amount():
    text = (
        "主要指标完成情况如下：\n\n"
        "指标,单位,2021年,2022年,2022年增长(%),2023年目标\n"
        "地区生产总值,亿元,1210.4,1288.6,4.2,6左右\n"
        "社会消费品零售总额,亿元,455.0,462.3,1.6,5\n"
        "全社会固定资产投资,亿元,610.2,640.8,5.0,700\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2023, "target"), "6左右") in found
    assert (("社会消费品零售总额", "%", 2023, "target"), "5") in found
    # an amount planned stays an amount: 700 lies nearer the level than the growth
    assert (("固定资产投资", "亿元", 2023, "target"), "700") in found


def test_a_row_of_the_growth_alone_under_a_level_row_is_that_indicators_growth():
    text = (
        "指标\t单位\t2015年计划\t2015年预计\t2016年计划\n"
        "地区生产总值\t亿元\t860\t872.5\t940\n"
        "  其中：增长速度\t%\t9\t8.6\t8\n"
        "城镇居民人均可支配收入\t元\t—\t28600\t—\n"
        "  实际增长率\t%\t8\t8.2\t8\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "%", 2015, "expected"), "8.6") in found
    assert (("地区生产总值", "%", 2016, "target"), "8") in found
    assert (("城镇居民人均可支配收入", "%", 2015, "expected"), "8.2") in found
    assert not any(key[0] in ("增长速度", "实际增长率") for key, _value in found)


def test_a_heading_estimating_the_whole_year_after_the_adjusted_targets_gives_results():
    text = (
        "关于某县2021年国民经济和社会发展计划部分指标调整情况的报告\n"
        "（2021年8月20日在某县第十七届人民代表大会常务委员会第三十次会议上）\n"
        "一、调整的原因\n"
        "上半年，全县地区生产总值下降2.4%。\n"
        "二、调整的具体建议\n"
        "建议地区生产总值增长目标由7%调整为4%左右。\n"
        "三、全年主要指标预计\n"
        "预计全年全县地区生产总值增长4.5%左右，总量达到318亿元；一般公共预算收入完成21.6亿元。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "expected"), "4.5%左右") in found
    assert (("地区生产总值", "亿元", 2021, "expected"), "318") in found
    assert (("地方一般公共预算收入", "亿元", 2021, "expected"), "21.6") in found


def test_a_heading_on_the_next_steps_opens_the_years_targets_after_its_results():
    text = (
        "关于某市2022年上半年国民经济和社会发展计划执行情况的报告\n"
        "（2022年7月28日在某市第十六届人民代表大会常务委员会第五次会议上）\n"
        "一、上半年计划执行情况\n"
        "上半年，全市地区生产总值增长3.1%，社会消费品零售总额下降2.2%。\n"
        "二、全年主要指标预计\n"
        "预计全年全市地区生产总值增长5%左右。\n"
        "三、下一步工作措施\n"
        "（一）稳住就业。确保全年城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "expected"), "5%左右") in found
    assert (("城镇新增就业", "万人", 2022, "target"), "3.5") in found
    assert (("城镇调查失业率", "%", 2022, "target"), "5.5%以内") in found


def test_a_ratings_or_disclosures_labelled_date_dates_its_figures():
    for label, date in (
        ("评级日期：2019年6月21日", "2019-06-21"),
        ("发布日期：2019年5月", "2019-05"),
    ):
        text = (
            f"某市城市建设投资集团有限公司2019年跟踪信用评级报告\n\n{label}\n\n"
            "一、区域经济\n2018年，某市实现地区生产总值1520.6亿元，同比增长7.1%。\n"
        )
        assert report_metadata(text, 2018).date_text == date
        found = all_values(text, 2018)
        assert (("地区生产总值", "亿元", 2018, "final"), "1520.6") in found, label


def test_a_chronicle_is_dated_by_its_closing_note_not_by_its_entries():
    text = (
        "某县2016年大事记\n\n"
        "1月9日，中共某县委十二届十次全体（扩大）会议召开，部署全年工作。\n\n"
        "2月20日，县十七届人大六次会议召开，确定2016年主要预期目标是：地区生产总值增长8%左右。\n\n"
        "是年，全县地区生产总值226.3亿元，增长8.2%；一般公共预算收入15.4亿元。\n\n"
        "（某县地方志办公室编，据县统计局2017年4月公布的数据校核，2017年8月）\n"
    )
    metadata = report_metadata(text, 2016)
    assert (metadata.date_text, metadata.review_year) == ("2017-08", 2016)
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "8%左右") in found
    assert (("地区生产总值", "亿元", 2016, "final"), "226.3") in found
    assert (("地方一般公共预算收入", "亿元", 2016, "final"), "15.4") in found


def test_a_chronicle_published_before_april_gives_expected_results():
    text = (
        "某市2020年大事记\n\n"
        "3月2日，市统计局发布2019年全市经济运行情况。\n\n"
        "是年，全市地区生产总值1180.5亿元，增长3.9%。\n\n"
        "（原载《某市政报》2021年第2期，2021年2月）\n"
    )
    assert report_metadata(text, 2020).date_text == "2021-02"
    assert (("地区生产总值", "亿元", 2020, "expected"), "1180.5") in all_values(text, 2020)


def test_the_year_figures_were_published_in_is_not_the_year_they_are_of():
    text = (
        "2021年，全区经济稳步恢复。据区统计局2022年发布的统计数据：全区实现地区生产总值2136.5亿元，"
        "增长9.6%；一般公共预算收入135.4亿元。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "expected"), "2136.5") in found
    assert (("地方一般公共预算收入", "亿元", 2021, "expected"), "135.4") in found
    assert not any(key[2] == 2022 for key, _value in found)


def test_what_a_meeting_proposed_for_the_year_reviewed_is_its_target():
    text = (
        "某县2016年大事记\n\n"
        "2月20日，县十七届人大六次会议召开。会议提出，2016年全县地区生产总值增长8%左右。\n\n"
        "是年，全县地区生产总值226.3亿元，增长8.2%。\n\n"
        "（某县地方志办公室编，2017年8月）\n"
    )
    found = all_values(text, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "8%左右") in found
    assert (("地区生产总值", "%", 2016, "final"), "8.2") in found


def test_what_a_report_is_said_to_have_put_forward_of_last_year_is_a_result():
    text = (
        "1月20日，某省第十三届人民代表大会第五次会议开幕。记者注意到，政府工作报告提出，"
        "2021年全省地区生产总值增长7.2%，2022年全省生产总值增长目标为6.5%左右。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "%", 2021, "expected"), "7.2") in found


def test_a_text_stating_months_of_the_next_year_gives_final_results_of_the_year_reviewed():
    text = (
        "某市城市建设投资有限公司公司债券募集说明书（节选）\n\n"
        "（一）某市经济发展状况\n"
        "2021年，某市实现地区生产总值1420.3亿元，同比增长8.1%；一般公共预算收入98.6亿元。\n\n"
        "（二）2022年上半年经济运行情况\n"
        "2022年1—6月，某市实现地区生产总值702.5亿元，同比增长4.2%。\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "final"), "1420.3") in found
    assert (("地方一般公共预算收入", "亿元", 2021, "final"), "98.6") in found


def test_a_plan_for_the_next_years_first_quarter_leaves_results_expected():
    text = (
        "2021年，全市地区生产总值增长8.1%。\n"
        "2022年，全市地区生产总值预期增长6%左右，力争一季度实现“开门红”。\n"
    )
    assert (("地区生产总值", "%", 2021, "expected"), "8.1") in all_values(text, 2021)


def test_a_heading_on_the_places_future_opens_its_targets_after_its_review():
    text = (
        "二、某县2019年经济运行情况\n"
        "2019年，全县实现地区生产总值312.4亿元，增长7.6%。\n"
        "三、某县未来发展规划\n"
        "根据《2020年某县政府工作报告》，2020年全县地区生产总值预期增长7%，固定资产投资增长10%。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2020, "target"), "7") in found
    assert (("固定资产投资", "%", 2020, "target"), "10") in found


def test_a_web_pages_source_reads_as_the_text_it_shows():
    text = (
        '<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="publishdate" content="2021-04-20">\n'
        "<title>某市2020年国民经济和社会发展统计公报</title>\n"
        "<style>\np.body {font-size:16pt;}\n</style>\n"
        "<script>var nav = {year: 2019, growth: 8.8};</script>\n</head>\n<body>\n"
        '<div class="content"><p style="text-indent:2em"><span>全年全市生产总值</span>'
        "<span>1856.2</span><span>亿元，比上年增长</span><span>3.1%</span>。</p>\n"
        "<p>年末常住人口426.5万人，人口自然增长率为2.15&permil;；&ldquo;十四五&rdquo;开局良好。</p>\n"
        "</div>\n</body>\n</html>\n"
    )
    assert report_metadata(text, 2020).date_text == "2021-04-20"
    found = all_values(text, 2020)
    assert (("地区生产总值", "亿元", 2020, "final"), "1856.2") in found
    assert (("地区生产总值", "%", 2020, "final"), "3.1") in found
    assert any(key[0] == "人口自然增长率" and key[1] == "‰" for key, _value in found)
    assert not any(value == "8.8" for _key, value in found)


def test_a_pages_title_in_its_head_says_what_the_report_is():
    text = (
        "<html><head><title>关于某省2016年上半年国民经济和社会发展计划执行情况的报告</title>"
        "<style>body {margin:0}</style></head>\n<body>\n"
        "<p>上半年，全省地区生产总值增长7.2%。</p>\n"
        "<p>年初确定的全年目标是：地区生产总值增长7.5%左右。</p>\n</body></html>\n"
    )
    metadata = report_metadata(text, 2016)
    assert (metadata.review_year, metadata.plan_year) == (2016, 2016)
    assert (("地区生产总值", "%", 2016, "target"), "7.5%左右") in all_values(text, 2016)


def test_a_subtitle_files_cues_read_on_as_the_sentences_spoken():
    text = (
        "1\n00:00:01,000 --> 00:00:03,500\n欢迎收看某市新闻\n\n"
        "2\n00:00:03,600 --> 00:00:07,200\n市长张明代表市人民政府作政府工作报告\n\n"
        "3\n00:00:07,300 --> 00:00:10,100\n报告显示 去年全市地区生产总值达到2150亿元\n\n"
        "4\n00:00:10,200 --> 00:00:12,000\n比上年增长6.8%\n\n"
        "5\n00:00:12,100 --> 00:00:15,000\n今年全市经济社会发展的主要预期目标是\n\n"
        "6\n00:00:15,100 --> 00:00:17,900\n地区生产总值增长6%左右\n"
    )
    found = all_values(text, 2021)
    assert (("地区生产总值", "亿元", 2021, "expected"), "2150") in found
    assert (("地区生产总值", "%", 2021, "expected"), "6.8") in found
    assert (("地区生产总值", "%", 2022, "target"), "6%左右") in found


def test_a_compilers_bracketed_date_in_the_head_or_at_the_end_dates_the_text():
    body = "2020年，全县地区生产总值186.4亿元，增长4.1%。\n热忱欢迎海内外客商投资兴业！\n"
    for text, date in (
        ("某县县情简介（2021年6月修订）\n\n" + body, "2021-06"),
        ("投资某县的十大理由\n（某县投资促进局 2021年7月编印）\n\n" + body, "2021-07"),
        ("某县县情\n\n" + body + "（某县投资促进中心 2021年5月）\n", "2021-05"),
    ):
        assert report_metadata(text, 2020).date_text == date
        assert (("地区生产总值", "亿元", 2020, "final"), "186.4") in all_values(text, 2020)


def test_a_motto_heading_over_the_year_so_far_in_december_is_of_the_year_reviewed():
    text = (
        "某区在2019投资合作推介会上的推介词\n（2019年12月6日）\n\n"
        "三、某区发展得怎么样？\n"
        "今年以来，全区经济保持了总体平稳的态势。\n"
        "预计全年全区地区生产总值可完成420亿元，增长6.2%左右。\n"
        "2018年，我区地区生产总值突破400亿元，达到401.3亿元。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "expected"), "420") in found
    assert (("地区生产总值", "%", 2019, "expected"), "6.2%左右") in found


def test_an_answer_goes_on_from_the_question_on_targets_it_answers():
    text = (
        "十问2023年市政府工作报告\n2023-01-12 08:30\n\n"
        "一问：去年全市经济成绩单怎么样？\n\n"
        "答：预计全市地区生产总值增长4.2%。\n\n"
        "八问：就业和物价的目标是什么？\n\n"
        "答：城镇新增就业6万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "expected"), "4.2") in found
    assert (("城镇新增就业", "万人", 2023, "target"), "6万人以上") in found
    assert (("城镇调查失业率", "%", 2023, "target"), "5.5%左右") in found


def test_a_quarter_a_release_gives_dates_the_figures_after_it():
    text = (
        "某县2018年大事记\n\n"
        "4月20日，县统计局通报一季度经济运行情况：全县地区生产总值增长7.1%，"
        "规模以上工业增加值增长8.3%。\n\n"
        "是年，全县实现地区生产总值212.6亿元，增长7.6%。\n\n"
        "（某县地方志办公室编，2019年8月）\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "final"), "7.6") in found
    assert not any(value in ("7.1", "8.3") for _key, value in found)


def test_a_column_of_adjusted_targets_is_kept_beside_the_approved_one():
    text = (
        "关于某区2020年国民经济和社会发展计划部分指标调整情况的报告\n"
        "（2020年8月20日在某区人民代表大会常务委员会会议上）\n"
        "表1  2020年主要指标调整建议表\n"
        "指标名称  单位  年初计划  调整建议\n"
        "地区生产总值增长  %  6.5左右  3左右\n"
        "社会消费品零售总额增长  %  8  -2左右\n"
        "实际利用外资  亿美元  11  11\n"
    )
    found = all_values(text, 2020)
    for value in ("6.5左右", "3左右"):
        assert (("地区生产总值", "%", 2020, "target"), value) in found
    for value in ("8", "-2左右"):
        assert (("社会消费品零售总额", "%", 2020, "target"), value) in found
    assert [v for k, v in found if k[0] == "实际利用外资"] == ["11"]


def test_a_notice_on_the_months_so_far_under_its_issuer_is_of_the_year_in_course():
    text = (
        "某县人民政府办公室\n关于2022年1—5月全县主要经济指标完成情况的通报\n\n"
        "某府办函〔2022〕31号\n\n"
        "县第十八届人民代表大会第六次会议确定的2022年主要预期目标是：地区生产总值增长7%左右；"
        "固定资产投资增长10%。\n"
        "1—5月，全县固定资产投资增长12.4%，完成全年目标的45.2%，超序时进度3.5个百分点。\n"
    )
    metadata = report_metadata(text, 2022)
    assert (metadata.review_year, metadata.plan_year) == (2022, 2022)
    found = all_values(text, 2022)
    assert (("地区生产总值", "%", 2022, "target"), "7%左右") in found
    assert (("固定资产投资", "%", 2022, "target"), "10") in found
    assert not any(value == "12.4" for _key, value in found)


def test_a_motto_heading_over_the_year_so_far_in_september_leaves_the_targets_after_it():
    text = (
        "在全州1—8月经济运行调度会上的讲话\n\n（2018年9月21日）\n\n"
        "一、正视困难，坚定信心\n"
        "今年以来，全州经济运行总体平稳，但离年初确定的全年目标还有差距。\n"
        "今年的主要预期目标是：地区生产总值增长9%；固定资产投资增长15%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "%", 2018, "target"), "9") in found
    assert (("固定资产投资", "%", 2018, "target"), "15") in found


def test_a_slides_plus_before_a_rate_reads_as_growth():
    text = (
        "Slide 5\n2019年经济运行\nGDP　312.6亿元　+6.8%\n规上工业增加值　+8.1%\n"
        "固投　186.4亿元　-6.2%\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "%", 2019, "expected"), "6.8") in found
    assert (("规上工业增加值", "%", 2019, "expected"), "8.1") in found
    assert (("固定资产投资", "%", 2019, "expected"), "-6.2") in found


def test_a_letters_date_under_its_signature_dates_it_though_contacts_follow():
    text = (
        "关于市十五届人大五次会议第0126号建议的答复\n\n某发改函〔2021〕58号\n\n刘建平代表：\n\n"
        "您提出的建议收悉。现答复如下：2020年，全市实现地区生产总值3105.8亿元，增长4.0%。\n\n"
        + "下一步，我们将继续加大工作力度，推动县域经济高质量发展。"
        * 12
        + "\n\n某市发展和改革委员会\n二〇二一年六月二十二日\n\n"
        "（联系人：周敏；联系电话：0731-28826513）\n\n抄送：市人大常委会人事代表工作委员会。\n"
    )
    assert report_metadata(text, 2020).date_text == "2021-06-22"
    assert (("地区生产总值", "亿元", 2020, "final"), "3105.8") in all_values(text, 2020)


def test_a_drafts_tracked_changes_read_as_its_current_text():
    text = (
        "某县人民政府工作报告（征求意见稿 2019年12月20日）\n\n"
        "全县实现地区生产总值[删除：XX亿元][插入：310.6亿元]，[删除：增长8%][插入：增长7.6%]。"
        "固定资产投资增长<del>12%</del><ins>10.3%</ins>；实际利用外资5100万美元→5280万美元。"
        "一般公共预算收入增长6.8%【改为：7%左右】【财政局：待决算后确定】。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "expected"), "310.6") in found
    assert (("地区生产总值", "%", 2019, "expected"), "7.6") in found
    assert (("固定资产投资", "%", 2019, "expected"), "10.3") in found
    assert (("实际利用外资", "万美元", 2019, "expected"), "5280") in found
    assert (("地方一般公共预算收入", "%", 2019, "expected"), "7%左右") in found
    assert not any(value in ("8", "12", "5100", "6.8") for _key, value in found)


def test_a_communiques_date_after_its_issuer_on_one_line_dates_it():
    text = (
        "某县2013年国民经济和社会发展统计公报\n某县统计局　2014年5月20日\n\n一、综合\n"
        "初步核算，全县实现地区生产总值41.26亿元，按可比价格计算，比上年增长8.1%。\n"
    )
    assert report_metadata(text, 2013).date_text == "2014-05-20"
    assert (("地区生产总值", "亿元", 2013, "final"), "41.26") in all_values(text, 2013)


def test_last_years_results_in_a_notice_of_march_are_expected():
    text = (
        "某县人民政府办公室\n关于2022年1—2月全县经济运行情况的通报\n\n某府办函〔2022〕17号\n\n"
        "各镇人民政府，县级各部门：现将有关情况通报如下。\n\n"
        "一、2021年经济运行情况\n\n2021年，全县实现地区生产总值528.6亿元，增长8.6%。\n\n"
        "二、2022年主要目标\n\n2022年主要预期目标是：地区生产总值增长7.5%左右。\n\n"
        "某县人民政府办公室\n2022年3月21日\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2021, "expected"), "528.6") in found
    assert (("地区生产总值", "%", 2022, "target"), "7.5%左右") in found
