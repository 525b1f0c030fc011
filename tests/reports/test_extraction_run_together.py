"""A copy that runs a report together on one line, its paragraphs and a table's cells parted by
runs of spaces, as some sites' pages and some PDFs' text give one (浦东 2022, 湖南 2017 and 寿光 2023
in the corpus). Read with those runs as line breaks, it gives what the same report gives one
paragraph a line; quotes stay those of the text as written.

Measured on the blind sets, each text run together so (every line break and the spaces around it
made three spaces): recall 92.3% (15644/16947), precision 94.9%, before; 96.7% (16396/16947) and
98.0% after the runs were read as breaks, 96.9% and 98.1% once a site's line mark before a single
space counted too. Run together by a paragraph's indent (two full-width spaces): 92.3% and 94.9%
before, 96.9% and 98.1% after. The texts as written give 97.1% and 98.3%.
"""

import re

import pytest

from reports.extraction import extract, report_metadata
from reports.extraction.reading import as_read
from reports.extraction.run_together import runs_as_breaks
from reports.extraction.sections import FINAL
from tests.reports.test_extraction_layouts import run_together
from tests.reports.test_extraction_unseen import candidates

REPORT = (
    "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "2024年4月19日在某县第十八届人民代表大会第四次会议上\n"
    "某县发展和改革局\n"
    "各位代表：\n"
    "受县人民政府委托，现将某县2023年国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
    "全年地区生产总值完成412.6亿元，增长5.8%；一般公共预算收入完成23.4亿元，增长6.1%；"
    "固定资产投资增长8.2%；社会消费品零售总额完成150.3亿元，增长7.4%。\n"
    "二、2024年经济社会发展的主要预期目标\n"
    "地区生产总值增长6%左右；一般公共预算收入增长5%；固定资产投资增长8%以上；"
    "城乡居民收入增长与经济增长基本同步。\n"
)
# a table of the main indicators, its header over two rows (完成情况 over 绝对值 | 同比增长),
# one cell a line as a page's flattened table gives it
TABLE = (
    "全县坚持稳中求进，年初确定的主要目标任务顺利完成，见表1。\n"
    "表1：2023年某县主要指标完成情况\n"
    "序号\n指标名称\n属性\n完成情况\n年度目标\n绝对值\n同比增长\n"
    "1\n地区生产总值\n预期性\n412.6亿元\n5.8%\n增长6%以上\n"
    "2\n一般公共预算收入\n预期性\n23.4亿元\n6.1%\n增长5%\n"
    "3\n社会消费品零售总额\n预期性\n150.3亿元\n7.4%\n增长7%\n"
)
TABLE_FIGURES = {
    ("地区生产总值", "亿元", 2023, "expected"): "412.6",
    ("地区生产总值", "%", 2023, "expected"): "5.8",
    ("地区生产总值", "%", 2023, "target"): "6%以上",
    ("地方一般公共预算收入", "亿元", 2023, "expected"): "23.4",
    ("地方一般公共预算收入", "%", 2023, "expected"): "6.1",
    ("地方一般公共预算收入", "%", 2023, "target"): "5",
    ("社会消费品零售总额", "亿元", 2023, "expected"): "150.3",
    ("社会消费品零售总额", "%", 2023, "expected"): "7.4",
    ("社会消费品零售总额", "%", 2023, "target"): "7",
}


# three spaces, three tabs, or a paragraph's indent of two full-width spaces
JOINERS = ["   ", "\t\t\t", "\u3000\u3000"]


def _joined(text, joiner):
    return re.sub(r"\s*\n\s*", joiner, text)


@pytest.mark.parametrize("joiner", JOINERS, ids=["spaces", "tabs", "indents"])
def test_a_report_run_together_on_one_line_gives_what_its_lines_give(joiner):
    line = _joined(REPORT, joiner)
    assert "\n" not in line.strip()
    found = extract(line, report_year=2023)
    assert {(c.indicator, c.unit, c.year, c.kind): c.value_text for c in found} == candidates(
        REPORT, 2023
    )
    metadata = report_metadata(as_read(line))
    # delivered in April: the year's statistics are out, its results final
    assert (metadata.date_text, metadata.results_kind) == ("2024-04-19", FINAL)
    for figure in found:
        assert line[figure.start : figure.end] == figure.quote


def test_a_table_run_together_is_read_as_its_rows_its_results_under_their_measures():
    line = run_together(TABLE)
    assert candidates(line, 2023) == TABLE_FIGURES
    for figure in extract(line, report_year=2023):  # a row's quote keeps the runs as written
        assert line[figure.start : figure.end] == figure.quote
        assert "   预期性   " in figure.quote


def test_a_barred_table_one_cell_a_line_run_together_is_read_as_its_rows():
    # the runs read as breaks leave each cell's line opening with spaces: a value is no name
    rows = [
        ("地区生产总值", "增长6%左右", "8120.5亿元，增长5.2%"),
        ("一般公共预算收入", "增长5%左右", "690.3亿元，增长4.6%"),
        ("固定资产投资", "增长8%", "3120.4亿元，增长7.9%"),
        ("社会消费品零售总额", "增长6%以上", "3702亿元，下降1.4%"),
        ("进出口总额", "总体稳定", "3223.5亿美元，增长1%"),
    ]
    table = (
        "各项指标完成情况如下。\n表一 2023年某市主要预期目标完成情况\n"
        "指 标 名 称 |\n全年预期目标 |\n全年完成情况 |\n|\n"
        + "".join(f"{name} |\n{target} |\n{result} |\n|\n" for name, target, result in rows)
    )
    for joiner in JOINERS:
        assert candidates(_joined(table, joiner), 2023) == candidates(table, 2023), joiner
    found = candidates(run_together(table), 2023)
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "下降1.4"
    assert found[("固定资产投资", "%", 2023, "target")] == "8"


def test_a_table_one_cell_a_line_spreads_its_measures_under_the_results_not_the_target():
    assert candidates(TABLE, 2023) == TABLE_FIGURES


def test_a_word_spaced_out_inside_a_cell_is_not_parted():
    text = "主要指标如下。   指    标   单位   目标   地区生产总值   亿元   420"
    read = runs_as_breaks(text)
    assert len(read) == len(text)
    assert "指    标" in read
    assert read.count("\n") == 6


def test_a_narrower_run_than_the_copys_parting_is_kept():
    text = "全年经济平稳运行。    指标  名称    单位    2023年目标    全年完成情况良好。"
    read = runs_as_breaks(text)
    assert "指标  名称" in read
    assert read.count("\n") == 4


def test_lines_that_are_no_paragraphs_run_together_keep_their_spaces():
    # a table's row spaced cell from cell ends no sentence; a paragraph may set two spaces once
    row = "地区生产总值   亿元   7.5   4620"
    paragraph = "全年经济平稳运行。  地区生产总值增长5.8%，高于全省平均水平。"
    # an indent opens a paragraph's line; a PDF's text sets spaces around its figures
    indented = "\u3000\u3000全年经济平稳运行。  地区生产总值增长5.8%，高于全省平均水平。"
    targets = "主要预期目标是：  地区生产总值增长  6%  左右；一般公共预算收入增长  5%  以上。"
    for line in (row, paragraph, f"{paragraph}\n{row}", indented, targets):
        assert runs_as_breaks(line) == line


def test_a_sites_line_mark_before_a_single_space_in_its_summary_still_marks_its_lines():
    # a document site ends each line with a token of its own and runs the copy together; its
    # repeated summary sets the token before one space
    line = (
        "（广东省）2020年某县人民政府工作报告（全文） 政府工作报告Qzk 2020年6月15日在某县第十六届"
        "人民代表大会第六次会议上Qzk 某县人民政府县长   "
        + "Qzk   ".join(
            [
                "政府工作报告",
                "2020年6月15日在某县第十六届人民代表大会第六次会议上",
                "某县人民政府县长 某某",
                "各位代表：",
                "现在，我代表县人民政府向大会作工作报告，请予审议。",
                "一、2019年工作回顾",
                "2019年，全县地区生产总值150.2亿元，同比增长7.4%；一般公共预算收入4.56亿元，增长5.1%。",
            ]
        )
    )
    found = candidates(line, 2019)
    # delivered in June: the year's results final
    assert found[("地区生产总值", "亿元", 2019, "final")] == "150.2"
    assert found[("地方一般公共预算收入", "%", 2019, "final")] == "5.1"
