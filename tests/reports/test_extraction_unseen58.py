"""Forms found in round fifty-eight, reading what probe texts still miss, each in a text of our own
wording: classes of layout and wording, not the probes' texts.

Extraction runs with the built-in catalogue, as for a jurisdiction whose database knows none.
"""

from reports.extraction import extract
from tests.reports.test_extraction_unseen47 import all_values


def test_a_row_named_by_its_indicator_alone_over_a_growth_row_holds_levels():
    text = (
        "附表：全区主要经济指标（单位：亿元、元、%）\n"
        "指标\t2021年计划\t2021年预计完成\n"
        "地区生产总值\t412\t405.6\n"
        "增速\t7\t6.2\n"
        "农村居民人均可支配收入\t18600\t18420\n"
        "比上年增长\t8\t7.4\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "亿元", 2021, "target"), "412"),
        (("地区生产总值", "亿元", 2021, "expected"), "405.6"),
        (("地区生产总值", "%", 2021, "target"), "7"),
        (("地区生产总值", "%", 2021, "expected"), "6.2"),
        (("农村居民人均可支配收入", "元", 2021, "target"), "18600"),
        (("农村居民人均可支配收入", "%", 2021, "expected"), "7.4"),
    ):
        assert (key, value) in found, key
    assert (("地区生产总值", "%", 2021, "target"), "412") not in found


def test_a_table_on_its_side_pairs_each_indicator_with_the_growth_column_after_it():
    text = (
        "附表  全县主要指标（单位：亿元、%）\n\n"
        "项目         财政总收入   增幅    社会消费品零售总额   增幅\n"
        "2019年计划   31.5         8       96                   9\n"
        "2019年预计   32.08        9.7     97.4                 8.8\n"
    )
    found = all_values(text, 2019)
    for key, value in (
        (("一般公共预算总收入", "亿元", 2019, "target"), "31.5"),
        (("一般公共预算总收入", "%", 2019, "expected"), "9.7"),
        (("社会消费品零售总额", "亿元", 2019, "expected"), "97.4"),
        (("社会消费品零售总额", "%", 2019, "target"), "9"),
    ):
        assert (key, value) in found, key


def test_a_header_of_years_kinds_and_measures_one_cell_a_line_is_read_as_its_columns():
    header = ["项目", "单位", "2020年", "2021年目标", "计划", "实际", "绝对值", "增速（%）"]
    header += ["绝对值", "增速（%）", "增速（%）"]
    rows = [
        ["全县生产总值", "亿元", "215", "7.5", "208.4", "4.1", "6.5左右"],
        ["社会消费品零售总额", "亿元", "—", "8", "—", "-2.6", "10"],
    ]
    lines = ["表2  2020年主要指标完成情况", *header, *(cell for row in rows for cell in row)]
    text = "\n\n".join(lines) + "\n"
    found = all_values(text, 2020)
    for key, value in (
        (("地区生产总值", "亿元", 2020, "target"), "215"),
        (("地区生产总值", "%", 2020, "target"), "7.5"),
        (("地区生产总值", "亿元", 2020, "expected"), "208.4"),
        (("地区生产总值", "%", 2020, "expected"), "4.1"),
        (("地区生产总值", "%", 2021, "target"), "6.5左右"),
        (("社会消费品零售总额", "%", 2020, "expected"), "-2.6"),
        (("社会消费品零售总额", "%", 2021, "target"), "10"),
    ):
        assert (key, value) in found, key
    assert not any(value == "215" and key[1] == "%" for key, value in found)


def test_a_header_whose_year_and_kind_are_split_over_two_lines_still_reads_as_before():
    header = ["指标", "单位", "2018年", "2019年", "计划", "预计", "增长（%）", "目标", "增长（%）"]
    row = ["地区生产总值", "亿元", "88", "90.5", "7.2", "97", "7"]
    text = "\n".join(["附表", *header, *row]) + "\n"
    found = all_values(text, 2018)
    for key, value in (
        (("地区生产总值", "亿元", 2018, "target"), "88"),
        (("地区生产总值", "亿元", 2018, "expected"), "90.5"),
        (("地区生产总值", "%", 2018, "expected"), "7.2"),
        (("地区生产总值", "亿元", 2019, "target"), "97"),
        (("地区生产总值", "%", 2019, "target"), "7"),
    ):
        assert (key, value) in found, key


def test_a_growth_sub_row_with_its_own_cells_is_no_wrapped_line_of_the_numbered_row_above():
    text = (
        "表1  主要指标\n"
        " 序号   指标名称               单位      2021年计划   2021年预计   2022年目标\n"
        "  1     社会消费品零售总额     亿元      96           94.2         101\n"
        "        比上年增长             %         9            7.1          7\n"
        "  2     规模以上工业增加值     %         8            8.4          8\n"
        "        增速\n"
        "  3     城镇新增就业           万人      1.1          1.25         1.1\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("社会消费品零售总额", "亿元", 2021, "expected"), "94.2"),
        (("社会消费品零售总额", "%", 2021, "expected"), "7.1"),
        (("社会消费品零售总额", "%", 2022, "target"), "7"),
        (("规上工业增加值", "%", 2021, "expected"), "8.4"),
        (("城镇新增就业", "万人", 2022, "target"), "1.1"),
    ):
        assert (key, value) in found, key


def test_a_spaced_row_that_leaves_a_cell_empty_puts_its_values_under_the_columns_they_stand_in():
    text = (
        "附表  主要指标\n"
        "指标名称                 单位      2020年目标    2020年完成    2021年目标\n"
        "全县生产总值             亿元                    318.2         340\n"
        "城镇居民人均可支配收入   元        36000         35210\n"
        "城镇新增就业             万人      0.5                         0.55\n"
    )
    found = all_values(text, 2020)
    for key, value in (
        (("地区生产总值", "亿元", 2020, "expected"), "318.2"),
        (("地区生产总值", "亿元", 2021, "target"), "340"),
        (("城镇居民人均可支配收入", "元", 2020, "expected"), "35210"),
        (("城镇新增就业", "万人", 2020, "target"), "0.5"),
        (("城镇新增就业", "万人", 2021, "target"), "0.55"),
    ):
        assert (key, value) in found, key
    assert (("地区生产总值", "亿元", 2020, "target"), "318.2") not in found
    assert (("城镇新增就业", "万人", 2020, "expected"), "0.55") not in found


def test_a_pdf_header_of_years_over_the_names_over_the_kinds_dates_each_kind_by_its_year():
    text = (
        "表2  全区主要指标\n"
        "                                        2022年       2022年       2023年\n"
        " 序号   指 标 名 称            单 位                                            属 性\n"
        "                                        年度计划     预计完成     预期目标\n"
        "  1     一般公共预算收入       亿元     24.5         25.06        26.3          预期性\n"
        "  2     城镇调查失业率         %        5.5以内      5.1          5.5左右       预期性\n"
    )
    found = all_values(text, 2022)
    for key, value in (
        (("地方一般公共预算收入", "亿元", 2022, "target"), "24.5"),
        (("地方一般公共预算收入", "亿元", 2022, "expected"), "25.06"),
        (("地方一般公共预算收入", "亿元", 2023, "target"), "26.3"),
        (("城镇调查失业率", "%", 2022, "target"), "5.5以内"),
        (("城镇调查失业率", "%", 2022, "expected"), "5.1"),
        (("城镇调查失业率", "%", 2023, "target"), "5.5左右"),
    ):
        assert (key, value) in found, key


def test_a_pdf_row_wrapped_with_its_category_is_joined_column_by_column():
    text = (
        "表1  全县主要指标完成情况\n"
        " 类别   序号   指标名称                       单位       2023年目标    2023年预计\n"
        " 科技    1     研究与试验发展经费支出占       %          2.6           2.71\n"
        " 创新          生产总值比重\n"
        "         2     高新技术企业数                 家         120           131\n"
        " 生态    3     空气质量优良天数比例           %          90            92.3\n"
        " 环境\n"
        "         4     PM2.5平均浓度                  微克/立方米  30          27\n"
        "  二、民生\n"
        "         5     城镇新增就业                   万人       0.6           0.68\n"
    )
    found = all_values(text, 2023)
    for key, value in (
        (("研究与试验发展经费投入强度", "%", 2023, "target"), "2.6"),
        (("研究与试验发展经费投入强度", "%", 2023, "expected"), "2.71"),
        (("高新技术企业", "家", 2023, "expected"), "131"),
        (("优良空气天数比例", "%", 2023, "expected"), "92.3"),
        (("城镇新增就业", "万人", 2023, "target"), "0.6"),
        (("城镇新增就业", "万人", 2023, "expected"), "0.68"),
    ):
        assert (key, value) in found, key


def test_a_grid_tables_row_wrapped_over_lines_is_read_with_each_columns_pieces_joined():
    text = (
        "附表  主要指标\n\n"
        "+----------------+------+----------+----------+\n"
        "| 指标           | 单位 | 2012年   | 2013年   |\n"
        "|                |      | 预计     | 目标     |\n"
        "+================+======+==========+==========+\n"
        "| 社会消费品零售 | 亿元 | 356.2    | 405      |\n"
        "| 总额           |      |          |          |\n"
        "+----------------+------+----------+----------+\n"
        "| 地方公共财政   | 亿元 | 41.3     | 46       |\n"
        "| 预算收入       |      |          |          |\n"
        "+----------------+------+----------+----------+\n"
        "| 城镇新增就业   | 万人 | 2.1      | 2        |\n"
        "+----------------+------+----------+----------+\n"
    )
    found = all_values(text, 2012)
    for key, value in (
        (("社会消费品零售总额", "亿元", 2012, "expected"), "356.2"),
        (("社会消费品零售总额", "亿元", 2013, "target"), "405"),
        (("地方一般公共预算收入", "亿元", 2012, "expected"), "41.3"),
        (("地方一般公共预算收入", "亿元", 2013, "target"), "46"),
        (("城镇新增就业", "万人", 2013, "target"), "2"),
    ):
        assert (key, value) in found, key


def test_an_earlier_year_compared_with_mid_paragraph_does_not_redate_the_figures_after_it():
    text = (
        "去年全县地区生产总值186.4亿元，比上年增长8.2%。2019年我们是172亿元，一年上了一个台阶。"
        "分产业看，第一产业增加值21.3亿元，增长3.0%；第三产业增加值80.5亿元，增长7.7%。"
    )
    found = all_values(text, 2020)
    for key, value in (
        (("第一产业增加值", "亿元", 2020, "expected"), "21.3"),
        (("第三产业增加值", "%", 2020, "expected"), "7.7"),
    ):
        assert (key, value) in found, key
    assert not any(key[2] == 2019 for key, _value in found)


def test_a_briefings_date_line_heads_no_section_of_that_years_targets():
    for date_line in (
        "【发布时间】2014年1月22日",
        "时间：2014年1月22日上午10:00",
        "日期：2014年1月22日",
    ):
        text = (
            f"{date_line}\n\n"
            "市统计局局长：下面通报2013年全市经济运行情况。经初步核算，全市实现地区生产总值"
            "812.6亿元，比上年增长9.6%；社会消费品零售总额301.2亿元，增长13.1%。\n"
        )
        found = all_values(text, 2013)
        assert (("地区生产总值", "亿元", 2013, "expected"), "812.6") in found, date_line
        assert (("社会消费品零售总额", "%", 2013, "expected"), "13.1") in found, date_line
        assert not any(key[3] == "target" for key, _value in found), date_line


def test_a_briefing_in_december_dated_by_its_labelled_date_line_reviews_its_own_year():
    text = (
        "“2021年全县经济社会发展情况”新闻发布会\n\n"
        "时间：2021年12月28日（星期二）上午10:00\n\n"
        "县发改局局长：今年全县预计实现地区生产总值421.5亿元，增长8.1%；高新技术企业总数达到136家。"
        "明年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("地区生产总值", "亿元", 2021, "expected"), "421.5"),
        (("地区生产总值", "%", 2021, "expected"), "8.1"),
        (("高新技术企业", "家", 2021, "expected"), "136"),
        (("地区生产总值", "%", 2022, "target"), "7%左右"),
    ):
        assert (key, value) in found, key


def test_a_web_pages_labelled_posting_line_does_not_date_the_report():
    text = (
        "政府工作报告\n"
        "发布日期：2016年07月12日 09:30 来源：办公室 浏览次数：\n\n"
        "一、2015年工作回顾\n"
        "全市地区生产总值预计完成655.2亿元，增长7.6%。\n"
    )
    found = all_values(text, 2015)
    assert (("地区生产总值", "亿元", 2015, "expected"), "655.2") in found


def test_the_nations_figures_in_a_local_speech_that_names_no_place_are_left_out():
    text = (
        "在全县经济工作会议上的讲话\n（2012年12月20日）\n\n"
        "同志们：今年全国经济增长预计在7.7%左右，全国居民消费价格上涨2.6%。"
        "全县预计实现地区生产总值86.3亿元，增长11.2%；居民消费价格上涨2.2%。\n"
    )
    found = all_values(text, 2012)
    assert (("地区生产总值", "%", 2012, "expected"), "11.2") in found
    assert (("居民消费价格指数", "%", 2012, "expected"), "2.2") in found
    assert not any(value in ("7.7%左右", "2.6") for _key, value in found)


def test_an_excerpt_naming_no_local_place_keeps_the_nations_figures_as_its_own():
    text = "去年国民经济和社会发展计划执行情况：国内生产总值102398亿元，增长8%。全国财政收入18914亿元，增长15.4%。"
    found = all_values(text, 2002)
    assert (("一般公共预算总收入", "亿元", 2002, "expected"), "18914") in found


def test_results_the_statistics_count_as_final_are_final_however_early_they_are_given():
    text = (
        "根据市统计局最终核实的数据，2015年全市地区生产总值512.4亿元，增长8.3%。"
        "规模以上工业增加值176.2亿元，增长9.1%。\n"
        "一般公共预算收入最终确认为38.2亿元，增长12.4%。\n"
        "预计今年一般公共预算收入增长7%。\n"
    )
    found = all_values(text, 2015)
    for key, value in (
        (("地区生产总值", "亿元", 2015, "final"), "512.4"),
        (("地区生产总值", "%", 2015, "final"), "8.3"),
        (("规上工业增加值", "亿元", 2015, "final"), "176.2"),
        (("地方一般公共预算收入", "亿元", 2015, "final"), "38.2"),
    ):
        assert (key, value) in found, key
    assert not any(key[3] == "expected" and value == "512.4" for key, value in found)


def test_a_cell_opening_on_its_growth_in_a_row_of_levels_holds_a_rate():
    text = (
        "附表  主要指标\n"
        "| 指标 | 单位 | 2021年目标 | 2021年预计 | 增长（%） | 2022年目标 |\n"
        "|---|---|---|---|---|---|\n"
        "| 社会消费品零售总额 | 亿元 | 增长9 | 612.3 | 8.4 | 增长8左右 |\n"
        "| 外贸进出口总额 | 亿元 | 下降2 | 305.1 | 1.2 | 增长3 |\n"
    )
    found = all_values(text, 2021)
    for key, value in (
        (("社会消费品零售总额", "%", 2021, "target"), "9"),
        (("社会消费品零售总额", "亿元", 2021, "expected"), "612.3"),
        (("社会消费品零售总额", "%", 2022, "target"), "8左右"),
        (("进出口总额", "%", 2022, "target"), "3"),
    ):
        assert (key, value) in found, key
    assert not any(key[1] == "亿元" and key[3] == "target" for key, _value in found)


def test_a_table_left_in_its_html_markup_is_read_as_a_barred_one():
    text = (
        "附表：主要指标完成情况\n<table>\n<thead>\n"
        '<tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">2017年</th>'
        '<th rowspan="2">2018年<br>目标</th></tr>\n'
        "<tr><th>计划</th><th>预计完成</th></tr>\n</thead>\n<tbody>\n"
        "<tr>\n<td><p>地区生产总值</p></td>\n<td>亿元</td>\n<td>520</td>\n<td>516.8</td>\n"
        "<td>560</td>\n</tr>\n"
        "<tr><td>城镇登记失业率</td><td>%</td><td>4以内</td><td>3.2</td><td>4以内</td></tr>\n"
        "</tbody>\n</table>\n"
    )
    found = all_values(text, 2017)
    for key, value in (
        (("地区生产总值", "亿元", 2017, "target"), "520"),
        (("地区生产总值", "亿元", 2017, "expected"), "516.8"),
        (("地区生产总值", "亿元", 2018, "target"), "560"),
        (("城镇登记失业率", "%", 2017, "expected"), "3.2"),
        (("城镇登记失业率", "%", 2018, "target"), "4以内"),
    ):
        assert (key, value) in found, key
    quotes = {c.quote for c in extract(text, report_year=2017)}
    assert any("<td>516.8</td>" in quote for quote in quotes)  # verbatim, markup and all


def test_an_ocr_copys_look_alikes_are_read_as_the_characters_meant_and_quoted_as_scanned():
    text = (
        "全年完成地区生产总値86.4\n亿兀，比上年增长1O.2%；一般公共预箅收入5.3亿兀，增长l.8%；"
        "城镇新増就业1.2万人。\n"
    )
    found = all_values(text, 2016)
    for key, value in (
        (("地区生产总值", "亿元", 2016, "expected"), "86.4"),
        (("地区生产总值", "%", 2016, "expected"), "1O.2"),
        (("地方一般公共预算收入", "亿元", 2016, "expected"), "5.3"),
        (("地方一般公共预算收入", "%", 2016, "expected"), "l.8"),
        (("城镇新增就业", "万人", 2016, "expected"), "1.2"),
    ):
        assert (key, value) in found, key


def test_a_tables_header_cell_on_a_line_of_its_own_heads_no_section_of_its_year():
    lines = ["主要指标完成情况", "指标名称", "2022年目标", "2022年预计完成", "2023年目标"]
    lines += ["地区生产总值增速", "6.5", "5.8", "6左右", "", "■ 亮点"]
    lines += ["社会消费品零售总额预计完成382.1亿元，增长4.2%。"]
    lines += ["## 二、2023年主要目标", "城镇新增就业2万人以上。"]
    found = all_values("\n".join(lines) + "\n", 2022)
    for key, value in (
        (("地区生产总值", "%", 2022, "expected"), "5.8"),
        (("地区生产总值", "%", 2023, "target"), "6左右"),
        (("社会消费品零售总额", "亿元", 2022, "expected"), "382.1"),
        (("城镇新增就业", "万人", 2023, "target"), "2万人以上"),
    ):
        assert (key, value) in found, key
