"""Forms found in round seventy, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

import unicodedata

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def test_a_result_set_beside_a_plans_target_dates_neither_the_targets_after_it():
    text = (
        "青禾县2025年国民经济和社会发展计划草案（摘要）\n\n"
        "2025年全县地区生产总值计划增长6%左右，2024年增长5.4%；"
        "固定资产投资计划增长8%，2024年下降2.7%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2025, "target"), "6%左右") in found
    assert (("地区生产总值", "%", 2024, "expected"), "5.4") in found
    assert (("固定资产投资", "%", 2025, "target"), "8") in found
    assert (("固定资产投资", "%", 2024, "expected"), "下降2.7") in found
    assert not any(key[:4] == ("固定资产投资", "%", 2024, "target") for key, _ in found)
    assert not any(key[:4] == ("地区生产总值", "%", 2024, "target") for key, _ in found)


def test_a_joint_report_of_a_city_and_its_new_area_is_the_citys_own():
    text = (
        "关于青禾市和青禾新区2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全市地区生产总值512.3亿元，增长5.8%。"
        "其中，新区地区生产总值128.6亿元，增长9.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "512.3") in found
    assert (("地区生产总值", "%", 2023, "expected"), "5.8") in found
    assert not any(value in ("128.6", "9.5") for _, value in found)


def test_a_district_whose_name_opens_on_a_conjunction_stays_the_reports_own():
    text = (
        "青禾市和平区2023年国民经济和社会发展计划执行情况的报告\n\n"
        "2023年，全区地区生产总值212.3亿元，增长6.1%。\n"
        "全市地区生产总值1512.3亿元，增长5.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "212.3") in found
    assert not any(value in ("1512.3", "5.2") for _, value in found)


def test_a_line_naming_a_list_of_projects_heads_no_list_of_contents():
    text = (
        "青禾市政府工作简报\n第3期　青禾市人民政府办公室编　2024年1月20日\n\n"
        "附件：2024年市级重点项目目录\n"
        "◆2022年主要指标完成情况\n"
        "全市地区生产总值增长3.2%，一般公共预算收入增长4.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2022, "final"), "3.2") in found
    assert (("地方一般公共预算收入", "%", 2022, "final"), "4.1") in found


def test_a_gazetteers_chapter_gives_the_years_it_records_final():
    text = (
        "青禾县志（1991—2010）\n\n第五编　综合经济\n\n"
        "2010年，全县地区生产总值186.4亿元，比上年增长13.2%；"
        "社会消费品零售总额62.1亿元，增长18.4%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2010, "final"), "186.4") in found
    assert (("地区生产总值", "%", 2010, "final"), "13.2") in found
    assert (("社会消费品零售总额", "%", 2010, "final"), "18.4") in found


def test_a_yearbooks_overview_or_later_edition_gives_the_year_final():
    overview = (
        "综　　述\n\n"
        "【概况】青禾市位于某省西部，辖3区4县，总面积8120平方千米。\n"
        "【经济】2022年，全市实现地区生产总值1320.5亿元，比上年增长4.1%。\n\n"
        "（市统计局供稿）\n"
    )
    edition = "青禾年鉴（2016）\n\n综合经济\n\n2015年，全区地区生产总值428.7亿元，增长8.3%。\n"
    found = all_values(overview, 2022)
    assert (("地区生产总值", "亿元", 2022, "final"), "1320.5") in found
    assert (("地区生产总值", "%", 2022, "final"), "4.1") in found
    found = all_values(edition, 2015)
    assert (("地区生产总值", "亿元", 2015, "final"), "428.7") in found
    found = all_values(edition.replace("青禾年鉴（2016）", "青禾年鉴·2016"), 2015)
    assert (("地区生产总值", "亿元", 2015, "final"), "428.7") in found
    finance = (
        "青禾省金融运行报告（2020）\n中国人民银行青禾中心支行\n货币政策分析小组\n\n"
        "［内容摘要］\n2019年，全省实现地区生产总值8246.1亿元，同比增长6.3%。"
        "年末全省金融机构本外币各项存款余额1.8万亿元，同比增长7.2%。\n"
    )
    found = all_values(finance, 2019)
    assert (("地区生产总值", "亿元", 2019, "final"), "8246.1") in found


def test_a_brief_credited_to_its_writers_stays_a_reports_expected_results():
    text = (
        "青禾市2023年经济运行情况\n\n"
        "【综述】2023年，全市实现地区生产总值1412.6亿元，增长5.6%。\n\n"
        "（市统计局供稿）\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1412.6") in found


def test_a_legend_of_a_level_and_a_growth_gives_a_tables_columns_their_units():
    text = (
        "青禾县志（1991—2010）\n\n"
        "表3　2006—2010年地区生产总值\n"
        "单位：亿元、%\n\n"
        "年份　　地区生产总值　　第一产业　　第二产业　　增长速度\n"
        "2009　　164.2　　30.5　　80.1　　12.4\n"
        "2010　　186.4　　32.8　　91.6　　13.2\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2009, "final"), "164.2") in found
    assert (("第一产业增加值", "亿元", 2010, "final"), "32.8") in found
    assert (("第二产业增加值", "亿元", 2010, "final"), "91.6") in found
    assert not any(key[1] == "%" and value in ("164.2", "30.5", "80.1") for key, value in found)


def test_news_of_the_years_communique_released_gives_its_results_final():
    text = (
        "青禾去年GDP增长5.1%\n\n"
        "本报讯（记者 林青）2024年3月18日，青禾市统计局发布"
        "《2023年青禾市国民经济和社会发展统计公报》。\n\n"
        "去年全市地区生产总值1286.4亿元，比上年增长5.1%。\n\n"
        "公报指出，全市社会消费品零售总额512.3亿元，增长6.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "1286.4") in found
    assert (("社会消费品零售总额", "%", 2023, "final"), "6.2") in found


def test_a_communique_still_to_come_leaves_a_years_results_expected():
    text = (
        "本报讯（记者 林青）2024年1月20日，青禾市统计局介绍，"
        "《2023年青禾市国民经济和社会发展统计公报》将于3月发布。\n\n"
        "初步核算，去年全市地区生产总值1286.4亿元，比上年增长5.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in found


def test_a_hong_kong_or_taiwan_papers_wordings_read_as_the_mainlands():
    taiwan = (
        "青禾去年GDP年增5.2%　今年目標6%左右\n\n"
        "（中央社記者林青台北15日電）青禾市今天召開人民代表大會，市長在政府工作報告中指出，"
        "去年青禾地區生產總值預計達1,234.5億元人民幣，年增5.2%；社會消費品零售總額412.3億元，"
        "年減1.9%；進出口總額成長3.4%；全年空氣品質優良天數比例達93.2%。\n"
    )
    hong_kong = (
        "【明報專訊】青禾省昨日公布，去年全省本地生產總值達2,345.6億元人民幣，按年增長4.8%；"
        "固定資產投資按年跌2.1%，社會消費品零售總額按年升3.6%。\n"
    )
    found = all_values(taiwan, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "年減1.9") in found
    assert (("进出口总额", "%", 2023, "expected"), "3.4") in found
    assert (("优良空气天数比例", "%", 2023, "expected"), "93.2") in found
    found = all_values(hong_kong, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "2,345.6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "4.8") in found
    assert (("固定资产投资", "%", 2023, "expected"), "跌2.1") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "3.6") in found


def test_a_plans_milestones_after_its_base_years_column_are_targets():
    text = (
        "青禾市人民政府关于印发青禾市经济高质量发展三年行动方案（2023—2025年）的通知\n\n"
        "各县（区）人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻落实。\n\n"
        "2023年5月18日\n\n"
        "附表　主要目标分年度安排\n"
        "序号　指标名称　单位　2022年基期值　2023年　2024年　2025年\n"
        "1　地区生产总值增速　%　4.6　6.5　6.5　6.5\n"
        "2　社会消费品零售总额　亿元　1629.3　1740　1865　2000\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6.5") in found
    assert (("社会消费品零售总额", "亿元", 2023, "target"), "1740") in found
    assert (("社会消费品零售总额", "亿元", 2025, "target"), "2000") in found
    assert not any(key[3] == "expected" for key, _ in found)


def test_a_rows_rate_of_a_fall_names_the_falls_series():
    text = (
        "青禾市污染防治攻坚三年行动计划（2024—2026年）\n\n"
        "附表　主要指标分年度目标\n"
        "指标名称　　2023年（基准年）　2024年　2025年　2026年\n"
        "化学需氧量排放量削减比例（%）　3.2　2.5　2.5　2\n"
        "单位地区生产总值二氧化碳排放降低率（%）　4.4　4.2　4　4\n"
    )
    found = all_values(text, 2023)
    assert (("化学需氧量", "%", 2024, "target"), "2.5") in found
    assert (("化学需氧量", "%", 2026, "target"), "2") in found
    assert (("单位地区生产总值二氧化碳排放降低", "%", 2025, "target"), "4") in found
    assert not any("比例" in key[0] or key[0].endswith("率") for key, _ in found)


def test_a_notice_issuing_the_years_own_plan_sets_that_years_targets():
    text = (
        "青禾区人民政府办公室\n关于印发《青禾区2022年稳增长攻坚行动计划》的通知\n\n"
        "各街道、区级各部门：\n现将《青禾区2022年稳增长攻坚行动计划》印发给你们，请认真贯彻落实。\n\n"
        "一、总体形势\n2021年，全区地区生产总值达到806.2亿元，增长8.1%。"
        "4月份，全区规模以上工业增加值同比下降1.5%。\n\n"
        "二、目标任务\n全年地区生产总值增长7%以上，固定资产投资增长10%。\n"
    )
    found = all_values(text, 2022)
    assert (("地区生产总值", "亿元", 2021, "final"), "806.2") in found
    assert (("地区生产总值", "%", 2022, "target"), "7%以上") in found
    assert (("固定资产投资", "%", 2022, "target"), "10") in found
    assert not any(key[2] == 2023 for key, _ in found)
    assert not any(value in ("下降1.5", "1.5") for _, value in found)


def test_a_day_of_a_month_dates_no_months_figures():
    text = (
        "青禾县2023年国民经济和社会发展计划执行情况\n\n"
        "截至12月20日，全县地区生产总值预计增长6.2%；4月18日开工的项目已投产。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.2") in found


def _side_by_side(left, right, width=50):
    """Lines of two columns as a converter lays them out: the left padded to `width` display
    columns (a Chinese character two), then the right."""

    def shown(text):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    rows = zip(left, right + [""] * (len(left) - len(right)), strict=True)
    return "\n".join((a + " " * (width - shown(a)) + b).rstrip() for a, b in rows)


def test_a_report_laid_out_in_two_columns_is_read_a_column_at_a_time():
    left = [
        "各位代表：",
        "  现在，我代表市人民政府，向大会报告工作，",
        "请予审议，并请市政协委员和其他列席人员提出",
        "意见。",
        "            一、2023年工作回顾",
        "  过去一年，全市上下坚持稳中求进工作总基调，",
        "经济运行总体回升向好。初步核算，全市地区生",
        "产总值达到1286.4亿元，增长5.6%；规模以上工",
        "业增加值增长6.8%，固定资产投资增长4.2%，社",
        "会消费品零售总额达到512.3亿元、增长7.1%。",
        "地方一般公共预算收入完成86.5亿元、增长9.2%。",
        "城镇、农村常住居民人均可支配收入分别达到",
        "46210元、23150元，增长5.2%、7.4%。",
        "  （一）坚持工业强市，实体经济加快壮大。实施",
        "新型工业化一号工程，新增规上工业企业138家、",
        "总数达到1130家，精细化工、生物医药产业产值",
        "分别增长9.6%和12.4%，产业链条不断延伸拓展。",
    ]
    right = [
        "全市空气质量优良天数比例达到88.6%，单位地区",
        "生产总值能耗下降3.1%。城镇新增就业3.2万人，",
        "城镇调查失业率5.2%，居民消费价格上涨0.6%。",
        "全市高新技术企业达到812家，研究与试验发展经",
        "费投入强度达到2.45%，新增国家级专精特新企业",
        "12家，创新活力持续增强，发展后劲不断积蓄。",
        "全市粮食总产量达到86.2万吨，连续五年稳定在",
        "八十万吨以上，农业农村发展基础进一步夯实，",
        "乡村振兴各项重点任务扎实推进，成效明显。",
        "  回顾一年的工作，我们主要做了以下几个方面：",
        "坚持工业强市，实体经济加快壮大，新动能加速",
        "成长，产业结构持续优化，高质量发展迈出新步",
        "伐，发展质量效益稳步提升，综合实力再上台阶。",
        "  （二）坚持项目为王，有效投资持续扩大。全年",
        "滚动实施亿元以上项目480个，工业投资增长13.6%，",
        "技改投资增长9.8%，重大交通项目加快推进建设。",
    ]
    text = (
        "                                   政府工作报告\n"
        "                ——2024年1月11日在青禾市第八届人民代表大会第四次会议上\n\n"
        + _side_by_side(left, right)
        + "\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "512.3") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "9.2") in found
    assert (("农村居民人均可支配收入", "元", 2023, "expected"), "23150") in found
    assert (("优良空气天数比例", "%", 2023, "expected"), "88.6") in found
    assert (("城镇调查失业率", "%", 2023, "expected"), "5.2") in found
    assert (("研究与试验发展经费投入强度", "%", 2023, "expected"), "2.45") in found
    assert (("粮食产量", "万吨", 2023, "expected"), "86.2") in found
    for candidate in extract(text, report_year=2023):
        assert text[candidate.start : candidate.end] == candidate.quote


def test_a_table_set_across_a_page_of_columns_is_read_whole():
    left = ["初步核算，全市地区生产总值增长5.6%，规模以上工"] * 12
    right = ["业增加值增长6.8%，固定资产投资增长4.2%，社会消"] * 12
    table = (
        "\n  指    标                单位     2023年预计     2024年计划\n"
        "  地区生产总值            亿元     1286.4         1360\n"
        "  社会消费品零售总额      亿元     512.3          545\n"
    )
    text = "青禾市2023年国民经济和社会发展计划执行情况\n\n" + _side_by_side(left, right) + table
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2024, "target"), "1360") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "512.3") in found


def test_a_quoted_or_forwarded_message_is_outside_the_sections_above_it():
    text = (
        "主题：回复：请核实政府工作报告2023年主要指标\n"
        "发件人：林青 <linq@example.gov.cn>\n发送时间：2024年1月10日 09:16\n\n"
        "各位：\n\n一、2023年主要指标（均为预计数）\n全市地区生产总值1286.4亿元，增长5.6%。\n\n"
        "二、2024年预期目标\n地区生产总值增长6%左右；固定资产投资增长8%。\n\n"
        "林青\n\n"
        "在 2024-01-09 21:05，“王明”<wangm@example.gov.cn> 写道：\n"
        "> 社会消费品零售总额512.3亿元、增长7.1%，无误。\n\n"
        "-------- 转发的邮件 --------\n发件人：周敏 <zhoum@example.gov.cn>\n"
        "一般公共预算收入86.5亿元，同口径增长9.2%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found
    assert (("社会消费品零售总额", "亿元", 2023, "expected"), "512.3") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "expected"), "86.5") in found
    assert not any(key[2] == 2024 and value in ("512.3", "7.1", "86.5") for key, value in found)


def test_a_past_plans_goals_by_its_last_year_quoted_in_a_review_are_that_years_targets():
    text = (
        "青禾县志（1986—2010）\n\n第三节　五年计划执行\n\n二、“十五”计划\n\n"
        "“十五”计划提出，到2005年全县生产总值达到120亿元，农民人均纯收入达到4500元。"
        "执行结果，2005年全县生产总值131.6亿元，农民人均纯收入4620元，均完成计划。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "亿元", 2005, "target"), "120") in found
    assert (("农村居民人均纯收入", "元", 2005, "target"), "4500") in found
    assert (("地区生产总值", "亿元", 2005, "final"), "131.6") in found
    assert (("农村居民人均纯收入", "元", 2005, "final"), "4620") in found


def test_a_legend_of_a_level_alone_gives_a_tables_columns_its_unit():
    text = (
        "青禾省志·综合经济志（1978—2012）\n\n"
        "表2-1　生产总值及构成（选年）\n\n单位：亿元\n\n"
        "年份　　生产总值　　第一产业　　第二产业　　第三产业\n"
        "1990　　260.14　　100.94　　100.51　　58.69\n"
        "2000　　1029.92　　271.20　　391.20　　367.52\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "亿元", 1990, "final"), "260.14") in found
    assert (("第三产业增加值", "亿元", 2000, "final"), "367.52") in found
    assert not any(key[1] == "%" for key, _ in found)


def test_a_report_on_the_half_years_progress_on_its_targets_is_a_mid_year_report():
    text = (
        "青禾区人民政府\n关于2024年上半年目标任务推进情况及全年预计的报告\n\n"
        "青禾市人民政府：\n现将我区上半年目标任务推进情况和全年预计报告如下。\n\n"
        "一、年度目标任务基本情况\n"
        "2024年，市政府下达我区的主要经济指标为：地区生产总值增长6.5%，固定资产投资增长10%。\n\n"
        "二、上半年推进情况\n上半年，全区地区生产总值增长6.1%，固定资产投资增长11.3%。\n"
    )
    found = all_values(text, 2024)
    assert (("地区生产总值", "%", 2024, "target"), "6.5") in found
    assert (("固定资产投资", "%", 2024, "target"), "10") in found
    assert not any(key[2] == 2025 for key, _ in found)
    assert not any(value in ("6.1", "11.3") for _, value in found)


def test_a_spans_start_at_a_years_end_dates_neither_its_end_nor_the_sentences_after():
    text = (
        "关于青禾市2022年国民经济和社会发展计划执行情况的报告\n\n"
        "年末全市常住人口城镇化率由2021年末的43.38%提高到44.36%。"
        "全年城镇新增就业3.21万人。\n"
    )
    found = all_values(text, 2022)
    assert (("常住人口城镇化率", "%", 2022, "expected"), "44.36") in found
    assert (("城镇新增就业", "万人", 2022, "expected"), "3.21") in found
    assert not any(key[2] == 2021 for key, _ in found)


def test_an_earlier_year_a_span_starts_from_dates_no_clause_after_a_semicolon():
    text = (
        "青禾县“十三五”发展成就综述\n\n"
        "2015年，全县地区生产总值仅为86.2亿元，到2020年已增至128.5亿元；"
        "一般公共预算收入达到10.2亿元，城镇居民人均可支配收入达到38210元。\n"
    )
    found = all_values(text, 2020)
    assert not any(key[2] == 2015 and value in ("10.2", "38210") for key, value in found)


def test_a_half_years_or_a_numbered_years_growth_in_a_traditional_copy_stays_as_written():
    text = (
        "（中央社記者林青台北15日電）青禾市政府工作報告指出，青禾社會消費品零售總額上半年增3.2%，"
        "全年增長4.4%；固定資產投資2023年增6.1%，進出口總額近三年增15%。"
        "報告並提到，青禾將持續深化兩岸經貿交流合作。\n"
    )
    found = all_values(text, 2023)
    assert (("社会消费品零售总额", "%", 2023, "expected"), "4.4") in found
    assert (("固定资产投资", "%", 2023, "expected"), "6.1") in found


def test_a_simplified_report_quoting_a_traditional_sentence_keeps_its_own_words():
    text = (
        "青禾市对台经贸交流情况\n\n"
        "2023年，全市对台贸易额达到12.6亿美元。台资企业在报告中写道：“本公司營業額年增15%，"
        "員工人數年增8%。”台商協會會長表示，兩岸經貿合作前景廣闊，臺資企業將繼續擴大投資規模。"
        "全市高成长企业达到86家。\n"
        + "下一步，将坚持稳中求进工作总基调，着力扩大有效需求，持续推动经济实现质的有效提升。\n"
        * 3
    )
    assert not any("高增长" in c.indicator for c in extract(text, report_year=2023))


def test_a_communique_to_come_or_a_meetings_leaves_the_years_results_expected():
    to_come = (
        "本报讯　市统计局将于3月下旬发布《2023年青禾市国民经济和社会发展统计公报》。\n\n"
        "初步核算，去年全市地区生产总值1286.4亿元，增长5.6%。\n"
    )
    meeting = (
        "中共青禾市委十二届六次全会召开\n\n"
        "会议公报指出，一年来，全市地区生产总值增长5.6%，一般公共预算收入增长9.2%。\n"
    )
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in all_values(to_come, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in all_values(meeting, 2023)


def test_a_reviews_progress_table_after_a_base_keeps_the_past_years_results():
    text = (
        "青禾市“十四五”规划纲要实施中期评估报告\n\n"
        "表1　主要指标进展情况\n"
        "指标名称　单位　2020年基数　2021年　2022年　2023年　2025年目标\n"
        "地区生产总值　亿元　1012.3　1132.8　1186.2　1286.4　1500\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2021, "final"), "1132.8") in found
    assert (("地区生产总值", "亿元", 2025, "target"), "1500") in found
    assert not any(key[2] in (2021, 2022, 2023) and key[3] == "target" for key, _ in found)


def test_an_events_month_dates_the_years_figures_still():
    text = (
        "青禾市2023年大事记\n\n"
        "3月，市十七届人大三次会议召开，会议确定地区生产总值增长6.5%左右的预期目标。\n"
        "9月，青禾综合保税区封关运行，全年外贸进出口总额增长18.5%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "target"), "6.5%左右") in found


def test_a_body_line_ending_in_zhi_or_naming_a_gazetteer_leaves_results_expected():
    text = (
        "青禾县2023年经济运行情况\n\n"
        "城市标志（2019—2023）评选结果揭晓。"
        "《青禾县志（2011—2020）》编纂工作全面完成。\n"
        "初步核算，全县地区生产总值312.5亿元，增长6.1%。\n"
    )
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.5") in all_values(text, 2023)


def test_a_contents_line_with_an_issue_note_still_heads_a_list():
    text = (
        "青禾统计信息\n目录（2024年第3期）\n◎2023年全市经济运行简况\n◎2024年1月工业生产情况\n\n"
        "2023年全市经济运行简况\n初步核算，全市地区生产总值1286.4亿元，增长5.6%。"
        "社会消费品零售总额512.3亿元，增长7.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in found
    assert (("社会消费品零售总额", "%", 2023, "expected"), "7.1") in found


def test_a_legends_level_unit_leaves_a_rates_column_a_rate():
    text = (
        "表2　2019—2023年主要指标\n单位：亿元、%\n\n"
        "年份　　地区生产总值　　增长　　一般公共预算收入　　常住人口城镇化率\n"
        "2022　　1186.2　　3.1　　78.1　　64.2\n"
        "2023　　1286.4　　5.6　　86.5　　65.1\n"
    )
    found = all_values(text, 2023)
    assert (("地方一般公共预算收入", "亿元", 2022, "final"), "78.1") in found
    assert (("常住人口城镇化率", "%", 2022, "final"), "64.2") in found


def test_a_table_of_names_and_notes_set_apart_by_spaces_is_no_layout_of_columns():
    rows = [
        ("城镇居民人均可支配收入增长", "预期增长6%，与经济增长保持基本同步"),
        ("农村居民人均可支配收入增长", "预期增长7.5%，高于城镇居民收入增速"),
        ("城镇调查失业率控制目标", "控制在5.5%以内，保持就业形势稳定"),
    ] * 4
    text = "青禾市2024年主要预期目标及说明\n\n指标名称　　预期目标及说明\n" + "\n".join(
        _side_by_side([name], [note], width=34) for name, note in rows
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "%", 2024, "target"), "6") in found
    assert (("城镇调查失业率", "%", 2024, "target"), "5.5%以内") in found


def test_a_sums_currency_before_it_and_an_events_year_since_in_a_taiwan_paper():
    text = (
        "【經濟日報／記者林青／台北報導】青禾市長發表政府工作報告指出，2023年青禾地區生產總值"
        "預計達人民幣2,720億元，年增5.1%；進出口總額865.1億美元，年減2.1%，是2009年金融海嘯"
        "以來首度負成長，其中出口538.7億美元，年增0.8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "2,720") in found
    assert (("出口总额", "亿美元", 2023, "expected"), "538.7") in found
    assert not any(key[2] == 2009 for key, _ in found)


def test_a_communiques_own_title_gives_its_years_results_final_even_in_march():
    text = (
        "青禾市2023年国民经济和社会发展统计公报\n青禾市统计局\n（2024年3月18日）\n\n"
        "初步核算，全年全市地区生产总值1286.4亿元，比上年增长5.6%。"
        "全年社会消费品零售总额512.3亿元，增长7.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "1286.4") in found
    assert (("社会消费品零售总额", "%", 2023, "final"), "7.1") in found


def test_a_report_citing_the_nations_communique_in_its_title_keeps_its_own_expected():
    text = (
        "学习《中华人民共和国2023年国民经济和社会发展统计公报》\n\n"
        "初步核算，去年全市地区生产总值1286.4亿元，增长5.6%。\n"
    )
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in all_values(text, 2023)


def test_a_plans_yearly_items_and_its_goal_by_a_year_date_the_paragraphs_under_them():
    text = (
        "青禾市创新型城市建设三年行动方案（2016—2018年）\n\n"
        "二、总体目标\n\n到2018年，基本建成创新型城市。全社会研究与试验发展经费投入强度达到2.1%，"
        "高新技术企业达到200家以上。\n\n三、年度目标\n\n"
        "　　（一）2016年目标。全社会研究与试验发展经费投入强度达到1.8%；高新技术企业达到130家。\n"
        "　　（二）2017年目标。全社会研究与试验发展经费投入强度达到1.95%；高新技术企业达到165家。\n"
    )
    found = all_values(text, 2016)
    assert (("研究与试验发展经费投入强度", "%", 2018, "target"), "2.1") in found
    assert (("高新技术企业", "家", 2018, "target"), "200家以上") in found
    assert (("研究与试验发展经费投入强度", "%", 2016, "target"), "1.8") in found
    assert (("研究与试验发展经费投入强度", "%", 2017, "target"), "1.95") in found
    assert (("高新技术企业", "家", 2017, "target"), "165") in found


def test_a_target_a_superior_set_for_the_place_under_its_items_name_is_a_target():
    text = (
        "青禾市人民政府\n关于2012年度目标责任完成情况的报告\n\n一、主要经济指标预计完成情况\n"
        "（一）生产总值。市下达目标为增长12%。预计全年完成360亿元，增长13.2%。\n"
        "（二）全社会固定资产投资。下达的目标为增长25%。预计全年完成240亿元，增长26.1%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "target"), "12") in found
    assert (("地区生产总值", "%", 2012, "expected"), "13.2") in found
    assert (("固定资产投资", "%", 2012, "target"), "25") in found
    assert (("固定资产投资", "%", 2012, "expected"), "26.1") in found


def test_a_reports_own_wrote_or_sender_line_ends_no_section_of_targets():
    text = (
        "青禾区2024年国民经济和社会发展计划\n\n一、2023年经济运行情况\n"
        "2023年，全区地区生产总值完成486.3亿元，增长6.1%。\n\n二、2024年主要目标\n"
        "在写给全区基层干部的新春寄语中，区委书记写道：\n“目标定下来，就要一锤一锤钉钉子。”\n"
        "发件人：区统计局　　收件人：区发改局\n"
        "（一）地区生产总值增长6.5%左右。\n（二）一般公共预算收入增长6%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2024, "target"), "6.5%左右") in found
    assert (("地方一般公共预算收入", "%", 2024, "target"), "6") in found
    assert (("地区生产总值", "%", 2023, "expected"), "6.1") in found


def test_a_year_end_report_naming_the_half_years_follow_up_is_no_mid_year_report():
    text = (
        "关于青禾市2023年国民经济和社会发展计划执行情况的报告\n——2023年12月26日在市人大常委会会议上\n\n"
        "受市人民政府委托，现报告2023年计划执行情况以及对上半年经济工作审议意见落实情况，请予审议。\n"
        "预计全年地区生产总值增长5.6%，一般公共预算收入增长6.1%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "6.1") in found


def test_progress_said_after_a_quoted_plans_goal_is_the_years_result():
    text = (
        "青禾市2023年国民经济和社会发展计划执行情况\n\n一、计划执行情况\n"
        "“十四五”规划纲要提出，到2025年全市地区生产总值达到1500亿元，"
        "2023年全市地区生产总值已达到1286.4亿元；规划要求，到2025年常住人口城镇化率达到70%，"
        "目前已达到67.8%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2025, "target"), "1500") in found
    assert (("地区生产总值", "亿元", 2023, "expected"), "1286.4") in found
    assert not any(value == "67.8" and key[3] == "target" for key, value in found)


def test_a_figures_year_before_a_record_since_stays_its_year():
    text = (
        "青禾市“十三五”发展回顾\n\n"
        "2019年全市进出口创有史以来新高，达到356.2亿元。2020年财政收入创设市以来最好，"
        "一般公共预算收入达到92.5亿元。\n"
    )
    found = all_values(text, 2023)
    assert any(key[:3] == ("进出口总额", "亿元", 2019) and value == "356.2" for key, value in found)
    assert any(key[:3] == ("地方一般公共预算收入", "亿元", 2020) for key, _ in found)


def test_a_communiques_title_in_a_list_of_documents_makes_no_estimate_final():
    text = (
        "青禾市政府门户网站　>　政务公开　>　统计信息\n相关文件：\n"
        "青禾市2023年国民经济和社会发展统计公报\n\n"
        "本报讯　12月28日，全市经济工作会议召开。会议指出，预计全年地区生产总值增长5.6%左右，"
        "社会消费品零售总额增长7%左右。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6%左右") in found


def test_a_communique_released_by_a_planning_commission_is_final():
    text = (
        "本报讯　市统计局和市发展计划委员会今天联合发布了《青禾市2002年国民经济和社会发展统计公报》。"
        "2002年，全市国内生产总值达到286.4亿元，比上年增长10.6%。\n"
    )
    found = all_values(text, 2002)
    assert (("地区生产总值", "亿元", 2002, "final"), "286.4") in found


def test_a_table_of_years_naming_one_indicator_beside_its_parts_is_read():
    text = (
        "青禾县志（1991—2010）\n\n表6-2　2006—2010年青禾县粮食产量\n\n单位：万吨\n\n"
        "年份　　粮食总产量　　其中：玉米　　水稻\n"
        "2009　　245.3　　198.2　　28.1\n"
        "2010　　280.1　　231.4　　28.9\n"
    )
    found = all_values(text, 2010)
    assert (("粮食产量", "万吨", 2009, "final"), "245.3") in found
    assert (("粮食产量", "万吨", 2010, "final"), "280.1") in found
