"""Forms found in round seventy-four, reading what probe texts still miss, each in a text of our
own wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from tests.reports.test_extraction_unseen47 import all_values

_REVIEW = "青禾市2024年政府工作报告\n（2024年1月10日）\n一、2023年工作回顾\n"


def test_a_change_in_brackets_going_on_past_a_comma_is_the_levels_growth():
    text = _REVIEW + (
        "全年实现地区生产总值2568.3亿元（增长6.7%，增速居全省第3位），"
        "地方一般公共预算收入86.2亿元（同比增长4.5%，其中税收收入增长3.2%）。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.7") in found
    assert (("地方一般公共预算收入", "%", 2023, "expected"), "4.5") in found


def test_the_year_befores_change_in_the_same_brackets_is_of_that_year():
    text = _REVIEW + (
        "全年实现地区生产总值2568.3亿元（增长6.7%，上年为5.1%），"
        "社会消费品零售总额1024.6亿元（增长7.2%，上年增长-3.9%）。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.7") in found
    assert (("地区生产总值", "%", 2022, "final"), "5.1") in found
    assert (("社会消费品零售总额", "%", 2022, "final"), "-3.9") in found


def test_a_growth_resumed_after_a_fall_is_the_years_growth():
    text = "青禾市2011年政府工作报告\n（2011年1月8日）\n一、“十一五”回顾\n" + (
        "全市生产总值2008年下降3.2%，2009年恢复增长9.7%，2010年实现恢复性增长12.1%。"
        "进出口总额反弹增长21.5%。\n"
    )
    found = all_values(text, 2010)
    assert (("地区生产总值", "%", 2009, "final"), "9.7") in found
    assert (("地区生产总值", "%", 2010, "expected"), "12.1") in found
    assert (("进出口总额", "%", 2010, "expected"), "21.5") in found


def test_a_share_of_the_level_recovered_is_no_growth():
    text = "青禾县2021年政府工作报告\n（2021年1月12日）\n一、2020年工作回顾\n" + (
        "一般公共预算收入13.79亿元，恢复66.7%；固定资产投资304亿元，恢复71.6%。\n"
    )
    found = all_values(text, 2020)
    assert not [key for key, _value in found if key[1] == "%"]


def test_values_shared_out_again_for_a_year_after_a_semicolon_are_that_years():
    text = _REVIEW + (
        "城镇和农村居民人均可支配收入分别为48120元、22650元；2022年分别为45210元、21030元。\n"
    )
    found = all_values(text, 2023)
    assert (("城镇居民人均可支配收入", "元", 2023, "expected"), "48120") in found
    assert (("城镇居民人均可支配收入", "元", 2022, "final"), "45210") in found
    assert (("农村居民人均可支配收入", "元", 2022, "final"), "21030") in found


_EVALUATION = (
    "青禾县2017年度高标准农田建设项目\n财政支出绩效评价报告\n\n"
    "评价组织单位：青禾县财政局\n报告日期：2018年5月10日\n\n"
    "第一部分 项目基本情况\n\n"
    "一、项目概况\n2017年，县政府统筹资金建设高标准农田8.6万亩。\n"
    "二、绩效目标\n"
    "（一）产出目标：建成高标准农田8.6万亩；项目区灌溉保证率≥75%。\n"
    "（二）效益目标：助力全县粮食总产量稳定在85万吨以上，农村居民人均可支配收入增长8%以上。\n\n"
    "第二部分 全县农业农村经济发展情况\n\n"
    "全县实现地区生产总值182.4亿元，比上年增长7.6%。"
    "城镇居民人均可支配收入26142元，增长8.3%；农村居民人均可支配收入12986元，增长8.9%。\n\n"
    "第三部分 存在问题及建议\n\n"
    "建议2018年继续加大投入，确保全县粮食总产量稳定在86万吨以上。\n"
)


def test_a_performance_evaluations_targets_are_of_the_year_it_evaluates():
    found = all_values(_EVALUATION, 2017)
    assert (("粮食产量", "万吨", 2017, "target"), "85万吨以上") in found
    assert (("农村居民人均可支配收入", "%", 2017, "target"), "8%以上") in found
    assert (("粮食产量", "万吨", 2018, "target"), "86万吨以上") in found


def test_a_part_heading_saying_neither_kind_ends_the_targets_before_it():
    found = all_values(_EVALUATION, 2017)
    assert (("地区生产总值", "亿元", 2017, "final"), "182.4") in found
    assert (("城镇居民人均可支配收入", "%", 2017, "final"), "8.3") in found
    assert not [key for key, _value in found if key == ("地区生产总值", "亿元", 2018, "target")]


def test_a_plan_reports_part_headings_keep_their_kinds():
    text = (
        "关于青禾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n"
        "第一部分 2023年计划执行情况\n全市地区生产总值增长5.6%。\n\n"
        "第二部分 2024年经济社会发展的主要目标\n地区生产总值增长5.5%左右。\n\n"
        "第三部分 奋力推动高质量发展\n社会消费品零售总额增长6%。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in found
    assert (("地区生产总值", "%", 2024, "target"), "5.5%左右") in found


_CENSUS = (
    "青禾市第五次全国经济普查主要数据公报\n"
    "青禾市第五次全国经济普查领导小组办公室\n青禾市统计局\n\n"
    "根据《全国经济普查条例》，我市开展了第五次全国经济普查。普查标准时点为2023年12月31日，"
    "普查时期资料为2023年年度资料。现将主要数据公布如下：\n\n"
    "一、地区生产总值\n经普查修订，2023年全市地区生产总值1256.3亿元，比上年增长5.6%。"
    "其中，第三产业增加值702.5亿元，增长6.8%。\n"
)


def test_a_census_communique_gives_its_years_figures_as_final():
    found = all_values(_CENSUS, 2023)
    assert (("地区生产总值", "亿元", 2023, "final"), "1256.3") in found
    assert (("第三产业增加值", "%", 2023, "final"), "6.8") in found


def test_a_revision_notice_gives_the_revised_figures_as_final():
    text = (
        "青禾市统计局关于2018年全市地区生产总值（GDP）数据修订结果的公告\n\n"
        "根据第四次全国经济普查结果，现将我市2018年地区生产总值数据修订结果公告如下：\n"
        "经修订，2018年全市地区生产总值为2271.6亿元，比上年增长8.7%。\n"
    )
    found = all_values(text, 2018)
    assert (("地区生产总值", "亿元", 2018, "final"), "2271.6") in found


_WORKING_OUT = (
    "青禾市2025年主要经济指标预期目标测算报告\n\n"
    "青禾市发展和改革委员会\n2024年11月22日\n\n"
    "一、2024年经济运行预判\n\n"
    "今年以来，全市经济运行呈现“前低后稳”态势。前三季度，全市地区生产总值增长3.1%。\n\n"
    "综合1—10月主要指标运行情况，预计2024年全市地区生产总值3180亿元左右，增长3.5%左右；"
    "社会消费品零售总额1230亿元，增长2.8%。\n\n"
    "上年（2023年）全市地区生产总值3105.9亿元，增长1.9%；一般公共预算收入168.1亿元，增长4.3%。\n\n"
    "二、测算依据\n\n"
    "《青禾市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》提出，"
    "到2025年全市地区生产总值突破4000亿元，一般公共预算收入达到220亿元，高新技术企业达到1100家。\n\n"
    "三、测算方案\n\n"
    "方案一（稳妥方案）：地区生产总值增长4.5%，社会消费品零售总额增长4%。\n"
    "方案二（积极方案）：地区生产总值增长5%，社会消费品零售总额增长5%。\n"
    "方案三（进取方案）：地区生产总值增长5.5%，社会消费品零售总额增长6%。\n\n"
    "四、2025年主要预期目标建议\n\n"
    "建议采用方案二，具体为：\n1．地区生产总值增长5%左右；\n2．社会消费品零售总额增长5%。\n"
)


def test_a_paper_estimating_its_years_whole_is_no_report_on_the_months_so_far():
    found = all_values(_WORKING_OUT, 2024)
    assert (("地区生产总值", "亿元", 2024, "expected"), "3180亿元左右") in found
    assert (("社会消费品零售总额", "%", 2024, "expected"), "2.8") in found
    assert (("地区生产总值", "%", 2025, "target"), "5%左右") in found


def test_scenarios_weighed_against_each_other_give_no_figure():
    found = all_values(_WORKING_OUT, 2024)
    for value in ("4.5", "5.5", "4", "6"):
        assert not [key for key, written in found if written == value]
    assert (("社会消费品零售总额", "%", 2025, "target"), "5") in found


def test_one_line_naming_a_scenario_is_no_set_of_scenarios():
    text = _REVIEW + "方案一：全年地区生产总值增长5.6%，社会消费品零售总额增长7.2%。\n"
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in found


_ESTIMATES = (
    "青禾市2022年主要经济指标预期目标测算报告\n\n青禾市发展和改革委员会\n2021年11月22日\n\n"
    "一、2021年经济运行情况\n\n"
    "预计2021年全市地区生产总值3180亿元左右，增长3.5%左右。\n\n"
)


def test_a_plans_goals_quoted_from_its_title_in_brackets_are_of_its_last_year():
    text = _ESTIMATES + (
        "二、测算依据\n\n（一）“十四五”规划目标。"
        "《青禾市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》提出，"
        "到2025年全市地区生产总值突破4000亿元，一般公共预算收入达到220亿元，高新技术企业达到1100家。\n"
    )
    found = all_values(text, 2021)
    assert (("地方一般公共预算收入", "亿元", 2025, "target"), "220") in found
    assert (("高新技术企业", "家", 2025, "target"), "1100") in found


def test_the_year_before_glossed_opening_a_sentence_dates_its_clauses_past_semicolons():
    for lead in ("上年（2020年）", "去年（2020年）", "上年"):
        text = _ESTIMATES + (
            f"{lead}全市地区生产总值3105.9亿元，增长1.9%；一般公共预算收入168.1亿元，增长4.3%。\n"
        )
        found = all_values(text, 2021)
        assert (("地区生产总值", "%", 2020, "final"), "1.9") in found
        assert (("地方一般公共预算收入", "亿元", 2020, "final"), "168.1") in found


def test_a_heading_whose_first_paragraph_names_no_year_takes_no_later_paragraphs_year():
    text = (
        "中共青禾区委　青禾区人民政府\n关于统计督察反馈意见整改情况的通报\n\n"
        "　　一、关于部分统计数据存在虚报问题的整改情况\n\n"
        "　　整改情况：区统计局会同有关部门组成联合核查组，逐一核查。\n\n"
        "　　二、整改成效\n\n"
        "　　通过整改，我区统计数据质量明显提升。经初步核算，2023年全区实现地区生产总值261.47亿元，"
        "增长4.8%。其中，第三产业增加值110.29亿元，增长4.9%。规模以上工业增加值增长6.3%。\n\n"
        "　　同期，全市地区生产总值增长5.3%。\n\n"
        "　　2024年，区委、区政府确定全区主要预期目标为：地区生产总值增长6%左右。\n\n"
        "　　中共青禾区委办公室\n　　2024年2月26日\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "261.47") in found
    assert (("第三产业增加值", "亿元", 2023, "expected"), "110.29") in found
    assert (("规上工业增加值", "%", 2023, "expected"), "6.3") in found
    assert (("地区生产总值", "%", 2024, "target"), "6%左右") in found


def test_a_motto_headings_year_may_open_a_paragraph_after_its_subheading():
    text = (
        "青禾市2024年政府工作报告\n（2024年1月10日）\n\n"
        "一、稳中求进，经济运行回升向好\n\n（一）综合实力\n\n"
        "2023年，全市地区生产总值增长5.6%，社会消费品零售总额增长7.2%。\n\n"
        "二、奋发有为，推动高质量发展\n\n"
        "2024年，全市地区生产总值增长5.5%左右。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.6") in found
    assert (("地区生产总值", "%", 2024, "target"), "5.5%左右") in found


def test_an_amount_in_numerals_of_yi_and_wan_reads_whole():
    text = (
        "青禾县革命委员会一九六三年工作报告\n（一九六四年一月十日）\n一、一九六三年工作回顾\n"
        "全县粮食总产量达到七亿八千六百万斤。全县财政收入一亿零六百三十万元。"
        "社会商品零售总额为一亿五千二百万元。\n"
    )
    found = all_values(text, 1963)
    assert (("粮食产量", "万吨", 1963, "expected"), "七亿八千六百万斤") in found
    assert (("一般公共预算总收入", "亿元", 1963, "expected"), "一亿零六百三十万元") in found
    assert (("社会消费品零售总额", "亿元", 1963, "expected"), "一亿五千二百万元") in found


def test_a_commune_members_net_income_is_the_rural_net_income():
    text = (
        "青禾县一九七九年国民经济计划执行情况的报告\n（一九八〇年一月八日）\n一、一九七九年计划执行情况\n"
        "据对全县二百户社员家庭收支情况的调查，社员人均纯收入预计达到145元，增长27.2%。"
        "农民平均每人纯收入89元。\n"
    )
    found = all_values(text, 1979)
    assert (("农村居民人均纯收入", "元", 1979, "expected"), "145") in found
    assert (("农村居民人均纯收入", "%", 1979, "expected"), "27.2") in found


_ADOPTED = (
    "青禾市2013年主要指标预期目标测算报告\n（送审稿）\n\n青禾市发展和改革委员会\n2012年11月26日\n\n"
    "今年以来，全市经济平稳较快增长。\n\n"
    "一、2012年主要指标预计完成情况\n\n"
    "1—10月，全市规模以上工业增加值增长20.8%。\n\n"
    "初步预计，2012年全市地区生产总值2508亿元，增长14%左右；社会消费品零售总额720亿元，增长16%。\n\n"
    "二、推荐意见\n\n"
    "经综合平衡，建议采用中方案，2013年全市主要经济指标预期目标安排如下：\n"
    "——地区生产总值增长12%；\n——社会消费品零售总额增长15%。\n"
)


def test_an_estimate_of_the_year_after_a_comma_makes_no_report_on_the_months():
    found = all_values(_ADOPTED, 2012)
    assert (("地区生产总值", "亿元", 2012, "expected"), "2508") in found
    assert (("社会消费品零售总额", "%", 2012, "expected"), "16") in found


def test_the_targets_after_the_scenario_adopted_are_the_years_planned():
    found = all_values(_ADOPTED, 2012)
    assert (("地区生产总值", "%", 2013, "target"), "12") in found
    assert (("社会消费品零售总额", "%", 2013, "target"), "15") in found
    assert (("地区生产总值", "%", 2012, "expected"), "14%左右") in found


def test_targets_the_party_committee_set_after_a_colon_are_targets():
    text = (
        "致全市广大干部群众的节能倡议书\n\n青禾市人民政府\n2008年6月5日\n\n"
        "去年，全市生产总值增长15.3%。今年，市委、市政府确定：全市生产总值增长13%，"
        "万元生产总值能耗下降5%左右。这是一份沉甸甸的责任。\n"
    )
    found = all_values(text, 2008)
    assert (("地区生产总值", "%", 2008, "target"), "13") in found
    assert (("万元生产总值能耗", "%", 2008, "target"), "下降5%左右") in found


def test_a_year_looked_back_on_leads_its_sentence():
    text = (
        "青禾市人民政府向全市人民报告\n（2026年2月10日）\n\n一、2025年，我们一起交出的答卷\n\n"
        "回望2024年，全市地区生产总值6555.1亿元，增长6.0%，我们站上了新的起点。"
        "2025年，初步核算，全市地区生产总值6918.5亿元，增长5.7%。\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2024, "final"), "6555.1") in found
    assert (("地区生产总值", "亿元", 2025, "expected"), "6918.5") in found


def test_figures_after_the_targets_a_session_set_are_those_targets():
    text = (
        "青禾市2013年主体信用评级报告\n\n评级时间：2013年11月20日\n\n"
        "二、2013年经济运行：增速持续回落\n"
        "2013年前三季度，全市实现地区生产总值2688.9亿元，同比增长9.1%。"
        "按照年初市人代会确定的目标，2013年全市地区生产总值增长12%，全社会固定资产投资增长15%。"
        "从前三季度进度看，主要指标均难以完成。我们预计，2013年全市地区生产总值增速在9%左右。\n"
    )
    found = all_values(text, 2013)
    assert (("地区生产总值", "%", 2013, "target"), "12") in found
    assert (("固定资产投资", "%", 2013, "target"), "15") in found


_CHECKED = "青禾县统计数据核查情况的通报\n2020年6月10日\n\n"


def test_a_figure_as_a_check_revised_it_is_the_years():
    text = _CHECKED + (
        "2019年，全县地区生产总值修订为176.42亿元，按可比价格计算增长4.3%。"
        "全县社会消费品零售总额核实为52.37亿元，增长7.4%。"
        "全县规模以上工业增加值由原上报的62.37亿元核减为41.08亿元。\n"
    )
    found = all_values(text, 2019)
    assert (("地区生产总值", "亿元", 2019, "final"), "176.42") in found
    assert (("社会消费品零售总额", "亿元", 2019, "final"), "52.37") in found
    assert (("规上工业增加值", "亿元", 2019, "final"), "41.08") in found
    assert not [key for key, value in found if value == "62.37"]


def test_the_figure_reported_yields_to_the_one_verified_after_it():
    text = _CHECKED + (
        "全县固定资产投资增长13.5%，核实后为下降8.7%。"
        "全县社会消费品零售总额增长10.6%，经核实为增长7.4%。"
        "县上原上报2019年农民人均纯收入2456元，核实为2143元。\n"
    )
    found = all_values(text, 2019)
    assert (("固定资产投资", "%", 2019, "final"), "下降8.7") in found
    assert (("社会消费品零售总额", "%", 2019, "final"), "7.4") in found
    assert (("农村居民人均纯收入", "元", 2019, "final"), "2143") in found
    for reported in ("13.5", "10.6", "2456"):
        assert not [key for key, value in found if value == reported]


def test_a_year_opening_a_links_title_after_its_bar_leads_it():
    text = (
        "青禾两会｜@所有人，2026年市政府工作报告干货来了！\n青禾发布 2026-01-09 17:45\n\n"
        "🌟PART 1 2025年成绩单\n全市地区生产总值增长5.3%。\n\n"
        "📚往期回顾\n🔗2025青禾两会｜2024年全市地区生产总值5880.1亿元，增长5.1%\n"
        "🔗2024青禾两会｜2023年一般公共预算收入368.2亿元，增长6.3%\n"
    )
    found = all_values(text, 2025)
    assert (("地区生产总值", "亿元", 2024, "final"), "5880.1") in found
    assert (("地区生产总值", "%", 2024, "final"), "5.1") in found
    assert (("地方一般公共预算收入", "亿元", 2023, "final"), "368.2") in found


def test_a_sentence_on_the_year_with_its_change_over_the_year_before_ends_a_look_back():
    text = (
        "青禾区常住人口十年增长逾四成\n——区统计局解读第七次全国人口普查主要数据\n2021年5月20日\n\n"
        "区统计局有关负责人表示，十年来青禾人口快速增长，最主要的动力来自经济的持续快速发展。"
        "2020年，全区实现地区生产总值1913.04亿元，比上年增长3.2%。"
        "全区规模以上工业增加值1136.42亿元，增长5.6%；社会消费品零售总额559.81亿元，增长7.5%。\n"
    )
    found = all_values(text, 2020)
    assert (("规上工业增加值", "%", 2020, "final"), "5.6") in found
    assert (("社会消费品零售总额", "%", 2020, "final"), "7.5") in found


def test_a_sentence_on_the_year_with_the_years_change_goes_on_over_them():
    text = (
        "青禾市2011年政府工作报告\n（2011年1月8日）\n\n一、“十一五”时期工作回顾\n"
        "五年来，全市经济实力显著增强。2010年，全市生产总值达到1200亿元，比2005年增长86%。"
        "地方一般公共预算收入增长1.5倍，城镇居民人均可支配收入增长72.3%。\n"
    )
    found = all_values(text, 2010)
    assert not [key for key, value in found if value == "72.3"]


def test_a_motto_headings_year_may_follow_a_subheading_with_a_comma():
    text = (
        "青禾县2024年政府工作报告\n（2024年1月12日）\n\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n\n"
        "二、坚定信心，奋力开创高质量发展新局面\n（一）聚焦主导产业，壮大实体经济\n"
        "2024年是实施“十四五”规划的关键一年。\n全县规模以上工业增加值增长8%，固定资产投资增长10%。\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2024, "target"), "8") in found


def test_results_after_the_targets_a_session_set_stay_results():
    text = _REVIEW + (
        "按照年初市人代会确定的目标，全市地区生产总值完成312.6亿元，增长5.2%，均超额完成年度目标任务。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found


def test_a_report_on_the_months_estimating_its_year_gives_only_the_estimate():
    text = (
        "青禾市1—7月经济运行情况\n（2024年8月12日）\n\n"
        "今年以来，全市规模以上工业增加值增长6.1%，固定资产投资增长3.2%。"
        "综合研判，预计2024年全市地区生产总值增长5.5%左右。\n"
    )
    found = all_values(text, 2024)
    assert not [key for key, value in found if value in ("6.1", "3.2")]


def test_a_budgets_performance_targets_are_of_the_year_to_come():
    text = (
        "青禾县农业农村局2025年部门预算编制说明\n（2024年12月20日）\n\n"
        "一、部门基本情况\n本部门负责全县农业农村工作。\n\n"
        "三、绩效目标\n全县粮食总产量稳定在52万吨以上，农村居民人均可支配收入增长7%。\n"
    )
    found = all_values(text, 2024)
    assert (("粮食产量", "万吨", 2025, "target"), "52万吨以上") in found


def test_a_census_named_in_passing_makes_no_report_final():
    text = (
        "青禾县2024年政府工作报告\n\n各位代表：\n一、2023年工作回顾\n"
        "全县地区生产总值312.6亿元，增长5.2%。第五次全国经济普查主要数据公报将于年内发布。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "亿元", 2023, "expected"), "312.6") in found


def test_a_look_back_at_a_span_from_a_year_dates_nothing_to_that_year():
    text = _REVIEW + "回顾2018年机构改革以来的五年，全市地区生产总值由186.3亿元增加到312.6亿元。\n"
    found = all_values(text, 2023)
    assert not [key for key, value in found if key[2] == 2018]


def test_the_year_before_in_a_report_given_after_its_year_is_the_year_reviewed():
    text = (
        "青禾县经济工作会议召开\n2024年3月5日\n\n"
        "会议指出，上年全县地区生产总值增长5.2%，粮食总产量38.2万吨。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "5.2") in found


def test_results_set_against_the_targets_a_session_set_stay_results():
    text = _REVIEW + (
        "按照年初县人代会确定的目标，2023年全县地区生产总值增长6.8%，高于预期目标0.3个百分点；"
        "一般公共预算收入增长9.1%，超过目标1.1个百分点。\n"
    )
    found = all_values(text, 2023)
    assert (("地区生产总值", "%", 2023, "expected"), "6.8") in found
    assert not [key for key, _value in found if key[3] == "target"]


def test_a_motto_headings_short_line_before_the_paragraph_on_its_year_is_passed_over():
    text = (
        "青禾县2024年政府工作报告\n（2024年1月12日）\n\n一、2023年工作回顾\n全县地区生产总值增长5.2%。\n\n"
        "二、牢记使命，奋勇争先\n厚望如山，使命如磐。\n"
        "2024年是实施“十四五”规划的关键一年。\n全县规模以上工业增加值增长8%。\n"
    )
    found = all_values(text, 2023)
    assert (("规上工业增加值", "%", 2024, "target"), "8") in found
