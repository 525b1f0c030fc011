"""Annex tables in the layouts reports print them in besides the seeds': a serial-number column
and an attribute column around the names, rows named with their measure, a level row with its
growth row under it, a header over two lines aligned by spaces, and a table a PDF pasted one
cell per line. The tables are our own, laid out as real annexes are."""

import shutil
import subprocess

from reports.documents import document_text
from reports.extraction import extract
from tests.reports.test_extraction import assert_verbatim, figures


def test_a_serial_number_column_and_an_attribute_column_are_neither_names_nor_values():
    text = (
        "序号\t指标名称\t单位\t2024年计划\t2024年预计完成\t2025年预期目标\t指标属性\n"
        "1\t地区生产总值增长\t%\t6\t5.5\t5.5左右\t预期性\n"
        "2\t城镇调查失业率\t%\t5.5以内\t5.1\t5.5左右\t预期性\n"
    )
    assert figures(text) == {
        ("地区生产总值", "%", 2024, "target"): "6",
        ("地区生产总值", "%", 2024, "expected"): "5.5",
        ("地区生产总值", "%", 2025, "target"): "5.5左右",
        ("城镇调查失业率", "%", 2024, "target"): "5.5以内",
        ("城镇调查失业率", "%", 2024, "expected"): "5.1",
        ("城镇调查失业率", "%", 2025, "target"): "5.5左右",
    }


def test_a_row_named_with_its_measure_is_the_growth_of_the_indicator_before_it():
    text = (
        "指标\t单位\t2024年目标\t2024年预计\n"
        "规模以上工业增加值增速\t%\t7\t6.2\n"
        "居民消费价格涨幅\t%\t3左右\t0.2\n"
    )
    found = extract(text)
    assert {(c.indicator, c.kind): (c.value_text, c.new_indicator) for c in found} == {
        ("规上工业增加值", "target"): ("7", False),
        ("规上工业增加值", "expected"): ("6.2", False),
        ("居民消费价格指数", "target"): ("3左右", False),
        ("居民消费价格指数", "expected"): ("0.2", False),
    }


def test_a_growth_row_under_a_level_row_and_a_header_over_two_lines_aligned_by_spaces():
    text = (
        "指标                      单位      2023年          2023年        2024年\n"
        "                                    计划            执行          计划\n"
        "地区生产总值              亿元      —               5230          —\n"
        "  增长                    %         6.5左右         5.8           6左右\n"
        "城镇登记失业率            %         ≤4              3.2           ≤4\n"
    )
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "亿元", 2023, "expected"): "5230",
        ("地区生产总值", "%", 2023, "target"): "6.5左右",
        ("地区生产总值", "%", 2023, "expected"): "5.8",
        ("地区生产总值", "%", 2024, "target"): "6左右",
        ("城镇登记失业率", "%", 2023, "target"): "≤4",
        ("城镇登记失业率", "%", 2023, "expected"): "3.2",
        ("城镇登记失业率", "%", 2024, "target"): "≤4",
    }


def test_a_table_pasted_one_cell_per_line_is_read_row_by_row():
    text = (
        "附件：主要指标\n指标名称\n单位\n2022年计划\n2022年预计\n2023年计划\n"
        "地区生产总值增速\n%\n7\n4.5\n6.5\n"
        "固定资产投资增速\n%\n10\n8.2\n9\n"
        "以上数据为初步统计。\n"
    )
    found = extract(text)
    assert_verbatim(text, found)
    assert {(c.indicator, c.year, c.kind): c.value_text for c in found} == {
        ("地区生产总值", 2022, "target"): "7",
        ("地区生产总值", 2022, "expected"): "4.5",
        ("地区生产总值", 2023, "target"): "6.5",
        ("固定资产投资", 2022, "target"): "10",
        ("固定资产投资", 2022, "expected"): "8.2",
        ("固定资产投资", 2023, "target"): "9",
    }
    assert found[0].quote == "地区生产总值增速\n%\n7\n4.5\n6.5"
    assert all(c.source == "annex" for c in found)


def test_lines_that_only_look_like_a_stacked_header_propose_nothing_from_it():
    text = "主要指标\n单位\n2023年\n这是一段说明文字，不是表格。\n"
    assert extract(text) == []


def test_footnote_marks_and_a_unit_in_brackets_after_a_name_are_not_part_of_it():
    text = (
        "指标\t单位\t2023年\t\t2024年\n"
        "\t\t目标\t预计完成\t目标\n"
        "1.地区生产总值①\t%\t6.5左右\t5.3\t6左右\n"
        "2.固定资产投资*\t%\t6\t5左右\t5\n"
        "（一）社会消费品零售总额（亿元）\t\t3100\t3050\t3300\n"
        "城镇新增就业人数\t万人\t1.2\t1.35\t1.2\n"
    )
    found = extract(text, report_year=2023)
    assert_verbatim(text, found)
    assert {(c.indicator, c.unit, c.year, c.kind): c.value_text for c in found} == {
        ("地区生产总值", "%", 2023, "target"): "6.5左右",
        ("地区生产总值", "%", 2023, "expected"): "5.3",
        ("地区生产总值", "%", 2024, "target"): "6左右",
        ("固定资产投资", "%", 2023, "target"): "6",
        ("固定资产投资", "%", 2023, "expected"): "5左右",
        ("固定资产投资", "%", 2024, "target"): "5",
        ("社会消费品零售总额", "亿元", 2023, "target"): "3100",
        ("社会消费品零售总额", "亿元", 2023, "expected"): "3050",
        ("社会消费品零售总额", "亿元", 2024, "target"): "3300",
        ("城镇新增就业", "万人", 2023, "target"): "1.2",
        ("城镇新增就业", "万人", 2023, "expected"): "1.35",
        ("城镇新增就业", "万人", 2024, "target"): "1.2",
    }
    assert not any(c.new_indicator for c in found)


def test_an_annex_as_a_pdfs_text_layer_gives_it_with_cells_glued_and_spaces_mixed():
    # What pypdf gives for a tabbed annex: one or two spaces between cells, a unit glued to
    # the name, a qualifier glued to the next column's value, a worded value in every column
    # glued into one word.
    text = (
        "指标名称 单位 2023 年预期目标 2023 年预计完成 2024 年预期目标\n"
        "一、地区生产总值 % 6.5 左右 5.3 左右 6 左右\n"
        "第二产业增加值% 6.5 5.6 6\n"
        "二、社会消费品零售总额 % 10 6 以上7\n"
        "三、出口总额 %  不低于 全省平均水平 保持正增长  不低于 全省平均水平\n"
        "四、单位地区生产总值二氧化碳排放降低 % 完成省下达目标完成省下达目标完成省下达目标\n"
    )
    found = figures(text, report_year=2023)
    assert found[("第二产业增加值", "%", 2023, "expected")] == "5.6"
    assert found[("社会消费品零售总额", "%", 2023, "expected")] == "6 以上"
    assert found[("社会消费品零售总额", "%", 2024, "target")] == "7"
    assert found[("出口总额", "%", 2023, "target")] == "不低于 全省平均水平"
    assert found[("出口总额", "%", 2023, "expected")] == "保持正增长"
    assert [
        found[("单位地区生产总值二氧化碳排放降低", "%", year, kind)]
        for year, kind in [(2023, "target"), (2023, "expected"), (2024, "target")]
    ] == ["完成省下达目标"] * 3
    assert len(found) == 15


def test_a_header_over_three_lines_with_merged_cells_gives_each_column_its_year_kind_and_measure():
    # year / 计划·预计完成 / 总量·增速, each merged cell left empty as Word copies it
    text = (
        "指标名称\t单位\t2023年\t\t\t\t2024年预期目标\t\n"
        "\t\t计划\t\t预计完成\t\t\t\n"
        "\t\t总量\t增速（%）\t总量\t增速（%）\t总量\t增速（%）\n"
        "社会消费品零售总额\t亿元\t2300\t8\t2210\t6.2\t2380\t7\n"
    )
    assert figures(text, report_year=2023) == {
        ("社会消费品零售总额", "亿元", 2023, "target"): "2300",
        ("社会消费品零售总额", "%", 2023, "target"): "8",
        ("社会消费品零售总额", "亿元", 2023, "expected"): "2210",
        ("社会消费品零售总额", "%", 2023, "expected"): "6.2",
        ("社会消费品零售总额", "亿元", 2024, "target"): "2380",
        ("社会消费品零售总额", "%", 2024, "target"): "7",
    }


def test_a_growth_column_headed_by_its_measure_alone_belongs_to_the_column_on_its_left():
    text = (
        "指标名称\t单位\t2023年计划增长（%）\t2023年完成\t增长（%）\t属性\n"
        "固定资产投资\t亿元\t5\t2900\t-3.5\t预期性\n"
    )
    assert figures(text, report_year=2023) == {
        ("固定资产投资", "%", 2023, "target"): "5",
        ("固定资产投资", "亿元", 2023, "expected"): "2900",
        ("固定资产投资", "%", 2023, "expected"): "-3.5",
    }


def test_a_row_named_with_its_fall_and_a_national_annexs_name_are_the_catalogues_indicators():
    text = (
        "指标\t2007年\t\t2008年\n"
        "\t计划\t预计执行\t计划\n"
        "单位国内生产总值能耗降低（%）\t4\t3\t4以上\n"
        "单位地区生产总值能耗下降\t4\t3\t4以上\n"
    )
    found = extract(text, report_year=2007)
    assert {(c.indicator, c.unit, c.year, c.kind, c.value_text) for c in found} == {
        ("万元生产总值能耗", "%", 2007, "target", "4"),
        ("万元生产总值能耗", "%", 2007, "expected", "3"),
        ("万元生产总值能耗", "%", 2008, "target", "4以上"),
    }
    assert not any(c.new_indicator for c in found)
    # 降低 4 is a change of -4: the cell cannot say so, the analyst writes the sign
    assert {c.confidence for c in found} == {0.45}


def test_a_worded_value_of_a_row_named_with_its_fall_needs_no_sign():
    text = (
        "指标\t2024年目标\t2024年预计\n单位地区生产总值能耗降低\t完成省下达任务\t完成省下达任务\n"
    )
    found = extract(text)
    assert [(c.indicator, c.value_text, c.confidence) for c in found] == [
        ("万元生产总值能耗", "完成省下达任务", 0.95),
        ("万元生产总值能耗", "完成省下达任务", 0.95),
    ]


def test_a_unit_written_inside_the_value_is_the_units_of_a_table_without_a_unit_column():
    text = (
        "指标\t2023年预期目标\t2023年预计完成\t2024年预期目标\n"
        "一、经济发展\t\t\t\n"
        "地区生产总值\t6.5%左右\t5.3%\t6%左右\n"
        "社会消费品零售总额\t3500亿元\t3380亿元\t3650亿元\n"
    )
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "%", 2023, "target"): "6.5%左右",
        ("地区生产总值", "%", 2023, "expected"): "5.3",
        ("地区生产总值", "%", 2024, "target"): "6%左右",
        ("社会消费品零售总额", "亿元", 2023, "target"): "3500",
        ("社会消费品零售总额", "亿元", 2023, "expected"): "3380",
        ("社会消费品零售总额", "亿元", 2024, "target"): "3650",
    }


def test_headers_that_count_years_from_the_plan_year_are_dated_by_the_report():
    text = (
        "某某县2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n"
        "附表：主要指标\n"
        "指标\t单位\t上年实际\t本年计划\t增长（%）\n"
        "地区生产总值\t亿元\t182.5\t197\t8\n"
    )
    assert figures(text, report_year=2015) == {
        ("地区生产总值", "亿元", 2015, "expected"): "182.5",
        ("地区生产总值", "亿元", 2016, "target"): "197",
        ("地区生产总值", "%", 2016, "target"): "8",
    }


def test_a_column_of_growth_over_last_year_is_no_column_of_last_year():
    text = "指标\t单位\t2016年计划\t比上年增长（%）\n地区生产总值\t亿元\t197\t8\n"
    assert figures(text, report_year=2015) == {
        ("地区生产总值", "亿元", 2016, "target"): "197",
        ("地区生产总值", "%", 2016, "target"): "8",
    }


def test_an_annex_whose_cells_wrap_in_a_pdf_is_read_row_by_row_from_its_text_layer():
    # What pypdf gives for a Word annex LibreOffice printed: each cell's lines one after
    # another, so the header's words break over lines and a row goes on over several.
    text = (
        "序\n号\n指标名称 单\n位\n2023 年\n目标\n2023 年\n预计完成\n2024 年\n目标\n指标\n属性\n"
        "13 城镇居民人均可支配收入增\n长\n% 6 4.6 5.5 预期\n性\n"
        "15 城镇新增就业 万\n人\n8 8.6 8 预期\n性\n"
        "18 研究与试验发展经费投入强\n度\n% 2.5 2.4 2.6 预期\n性\n"
        "21 万元生产总值能耗 % 完成省下\n达目标\n完成省下\n达目标\n完成省下\n达目标\n约束\n性\n"
        "注：加粗指标为约束性指标。\n"
    )
    found = {(i, u, y, k): "".join(v.split()) for (i, u, y, k), v in figures(text).items()}
    assert found == {
        ("城镇居民人均可支配收入", "%", 2023, "target"): "6",
        ("城镇居民人均可支配收入", "%", 2023, "expected"): "4.6",
        ("城镇居民人均可支配收入", "%", 2024, "target"): "5.5",
        ("城镇新增就业", "万人", 2023, "target"): "8",
        ("城镇新增就业", "万人", 2023, "expected"): "8.6",
        ("城镇新增就业", "万人", 2024, "target"): "8",
        ("研究与试验发展经费投入强度", "%", 2023, "target"): "2.5",
        ("研究与试验发展经费投入强度", "%", 2023, "expected"): "2.4",
        ("研究与试验发展经费投入强度", "%", 2024, "target"): "2.6",
        ("万元生产总值能耗", "%", 2023, "target"): "完成省下达目标",
        ("万元生产总值能耗", "%", 2023, "expected"): "完成省下达目标",
        ("万元生产总值能耗", "%", 2024, "target"): "完成省下达目标",
    }


def test_lines_that_start_like_a_wrapped_header_but_are_prose_propose_nothing():
    text = "指标\n完成情况\n总体良好，2023年各项指标\n序\n号\n2024\n年\n"
    assert extract(text) == []


# name, unit, 2023 target, 2023 expected, 2024 target (the catalogue's name without 增长)
_LONG_ANNEX = [
    ("地区生产总值增长", "%", "6.5左右", "5.4", "6左右"),
    ("第二产业增加值增长", "%", "7", "5.9", "6.5"),
    ("规模以上工业增加值增长", "%", "7.5", "6.1", "7"),
    ("社会消费品零售总额增长", "%", "8", "6.6", "7"),
    ("城镇居民人均可支配收入增长", "%", "6", "4.6", "5.5"),
    ("城镇新增就业", "万人", "8", "8.6", "8"),
    ("城镇调查失业率", "%", "5.5以内", "5.1", "5.5以内"),
    ("研究与试验发展经费投入强度", "%", "2.5", "2.4", "2.6"),
    ("粮食产量", "万吨", "120", "121.4", "120"),
    ("万元生产总值能耗", "%", "完成省下达目标", "完成省下达目标", "完成省下达目标"),
]


def _annex_docx(path, rows):
    """A Word annex as reports print it: a serial and an attribute column, narrow value
    columns their cells wrap in, the header row repeated on every page, pushed onto a second
    page by the text before it."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    for _ in range(40):
        document.add_paragraph("（正文）")
    header = ["序号", "指标名称", "单位", "2023年目标", "2023年预计完成", "2024年目标", "指标属性"]
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for number, cells in enumerate(
        [header, *([str(i + 1), *r, "预期性"] for i, r in enumerate(rows))]
    ):
        for cell, value in zip(table.rows[number].cells, cells, strict=True):
            cell.text = value
            cell.paragraphs[0].runs[0].font.size = Pt(12)
    repeated = OxmlElement("w:tblHeader")
    repeated.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeated)
    table.autofit = False
    for column, width in zip(table.columns, [1.1, 5.6, 1.2, 2.2, 2.2, 2.2, 1.6], strict=True):
        column.width = Cm(width)
    document.add_paragraph("注：约束性指标以国家核定为准。")
    document.save(path)


def printed_as_pdf(docx):
    """The text of the Word file `docx` printed to PDF by LibreOffice, read as an upload is."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice Writer is needed: make system-deps installs it"
    folder = docx.parent
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder}/lo-profile",
         "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = docx.with_suffix(".pdf")
    return document_text(pdf.name, pdf.read_bytes())


def test_an_annex_uploaded_as_a_pdf_made_from_word_is_read_across_its_pages(tmp_path):
    _annex_docx(tmp_path / "annex.docx", _LONG_ANNEX)
    text = printed_as_pdf(tmp_path / "annex.docx")
    assert text.count("指标名称") == 2  # the table runs onto a second page, its header again
    found = {key: "".join(value.split()) for key, value in figures(text, report_year=2023).items()}
    names = {"规模以上工业增加值": "规上工业增加值"}
    expected = {}
    for name, unit, *values in _LONG_ANNEX:
        name = name.removesuffix("增长")
        for (year, kind), value in zip(
            [(2023, "target"), (2023, "expected"), (2024, "target")], values, strict=True
        ):
            expected[(names.get(name, name), unit, year, kind)] = value
    # the last row breaks over the page, its cells' tails after the repeated header: its
    # pieces (完成省下) are no figures, every other row is read whole
    assert found.items() <= expected.items()
    assert len(found) >= len(expected) - 3


def test_a_header_spaced_over_pairs_of_level_and_growth_columns_splits_each_column():
    # pasted from a web page: a year over 绝对值 and 增长%, a unit in brackets glued to a value
    text = (
        "指标                  2023年预计完成            2024年预期目标\n"
        "                      绝对值      增长%         绝对值      增长%\n"
        "地区生产总值（亿元）  12500       5.5           13200       6左右\n"
        "实际利用外资（亿美元）18.5        —             20          —\n"
    )
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "亿元", 2023, "expected"): "12500",
        ("地区生产总值", "%", 2023, "expected"): "5.5",
        ("地区生产总值", "亿元", 2024, "target"): "13200",
        ("地区生产总值", "%", 2024, "target"): "6左右",
        ("实际利用外资", "亿美元", 2023, "expected"): "18.5",
        ("实际利用外资", "亿美元", 2024, "target"): "20",
    }


def test_a_header_over_three_lines_in_a_pdfs_text_layer_spreads_its_kinds_and_measures():
    # pypdf's text of a Word annex: the year cells merged over their kinds (2023 年 over 计划
    # and 预计完成), each over 总量 and 增速 (%) wrapped onto lines of their own, cells
    # broken over lines (左 / 右, a name broken before its unit)
    text = (
        "指标名称 单位 2023 年 2024 年预期目标\n"
        "计划 预计完成\n"
        "总量 增速\n（%）\n总量 增速\n（%）\n总量 增速\n（%）\n"
        "地区生产总值 亿元 3850 6.5 左\n右\n3790 5.6 4020 6 左右\n"
        "城镇居民人均可支\n配收入\n元 52000 6 51800 5.1 54600 5.5\n"
    )
    found = {key: "".join(value.split()) for key, value in figures(text).items()}
    assert found == {
        ("地区生产总值", "亿元", 2023, "target"): "3850",
        ("地区生产总值", "%", 2023, "target"): "6.5左右",
        ("地区生产总值", "亿元", 2023, "expected"): "3790",
        ("地区生产总值", "%", 2023, "expected"): "5.6",
        ("地区生产总值", "亿元", 2024, "target"): "4020",
        ("地区生产总值", "%", 2024, "target"): "6左右",
        ("城镇居民人均可支配收入", "元", 2023, "target"): "52000",
        ("城镇居民人均可支配收入", "%", 2023, "target"): "6",
        ("城镇居民人均可支配收入", "元", 2023, "expected"): "51800",
        ("城镇居民人均可支配收入", "%", 2023, "expected"): "5.1",
        ("城镇居民人均可支配收入", "元", 2024, "target"): "54600",
        ("城镇居民人均可支配收入", "%", 2024, "target"): "5.5",
    }


def test_a_pdfs_annex_with_a_category_merged_down_and_years_over_unequal_kinds_is_read():
    # 2024年 merged over 目标 and 预计完成, 2025年 over 目标, then 属性; the 类别 cell merged
    # down over its rows comes out once, broken over lines; worded values broken too
    text = (
        "类别 指标 单位 2024 年 2025 年 属性\n"
        "目标 预计完成 目标\n"
        "经济发\n展\n"
        "地区生产总值增长 % 6 5.1 5.5 左右 预期\n性\n"
        "全社会固定资产投资\n增长\n% 8 3.1 5 预期\n性\n"
        "民生福\n祉\n"
        "居民人均可支配收入\n增长\n% 与经济增长\n同步\n5.9 与经济增长\n同步\n预期\n性\n"
        "单位地区生产总值能\n耗降低\n% 完成省下达\n目标\n完成省下达\n目标\n完成省下达\n目标\n约束\n性\n"
    )
    found = {key: "".join(value.split()) for key, value in figures(text).items()}
    assert found == {
        ("地区生产总值", "%", 2024, "target"): "6",
        ("地区生产总值", "%", 2024, "expected"): "5.1",
        ("地区生产总值", "%", 2025, "target"): "5.5左右",
        ("固定资产投资", "%", 2024, "target"): "8",
        ("固定资产投资", "%", 2024, "expected"): "3.1",
        ("固定资产投资", "%", 2025, "target"): "5",
        ("居民人均可支配收入", "%", 2024, "target"): "与经济增长同步",
        ("居民人均可支配收入", "%", 2024, "expected"): "5.9",
        ("居民人均可支配收入", "%", 2025, "target"): "与经济增长同步",
        ("万元生产总值能耗", "%", 2024, "target"): "完成省下达目标",
        ("万元生产总值能耗", "%", 2024, "expected"): "完成省下达目标",
        ("万元生产总值能耗", "%", 2025, "target"): "完成省下达目标",
    }


def test_a_pdfs_serial_annex_with_sub_rows_and_measure_words_broken_over_lines_is_read():
    # 序号 broken over lines above a header line with its years, kinds under the years,
    # 绝对值 / 增长% pairs whose words the PDF broke (增 / 长%), a 其中 row without a serial
    # number, a unit broken (亿美 / 元), a number broken in a narrow column (6100 / 0)
    text = (
        "序\n号\n指标 单位 2023 年 2024 年\n目标 预计完成 目标\n"
        "绝对值 增\n长%\n绝对值 增\n长%\n绝对值 增\n长%\n"
        "1 地区生产总值 亿元 4100 6 4050 5.2 4300 5.5\n"
        "其中：第三产业增\n加值\n亿元 2300 7 2290 6.1 2450 6\n"
        "2 进出口总额 亿美\n元\n180 3 172 -1.5 185 2\n"
        "3 城镇居民人均可支\n配收入\n元 6100\n0\n5.5 6080\n0\n4.9 6390 5\n"
    )
    found = {key: "".join(value.split()) for key, value in figures(text).items()}
    expected = {}
    rows = {
        ("地区生产总值", "亿元"): ["4100", "6", "4050", "5.2", "4300", "5.5"],
        ("第三产业增加值", "亿元"): ["2300", "7", "2290", "6.1", "2450", "6"],
        ("进出口总额", "亿美元"): ["180", "3", "172", "-1.5", "185", "2"],
        ("城镇居民人均可支配收入", "元"): ["61000", "5.5", "60800", "4.9", "6390", "5"],
    }
    for (name, unit), values in rows.items():
        for (year, kind), level, growth in zip(
            [(2023, "target"), (2023, "expected"), (2024, "target")],
            values[::2],
            values[1::2],
            strict=True,
        ):
            expected[(name, unit, year, kind)] = level
            expected[(name, "%", year, kind)] = growth
    assert found == expected


def test_a_unit_column_headed_计量单位_gives_each_row_its_unit():
    text = "指标名称\t计量单位\t2023年实绩\t2024年预期\t增长（%）\n地区生产总值\t亿元\t2860\t3020\t5.5\n"
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "亿元", 2023, "expected"): "2860",
        ("地区生产总值", "亿元", 2024, "target"): "3020",
        ("地区生产总值", "%", 2024, "target"): "5.5",
    }


def test_a_header_line_with_years_whose_cells_go_on_over_lines_is_read_whole():
    # the Fuzhou annex printed with narrow columns: the first header line has its years, the
    # rest of each year's cell follows on lines of its own; names and worded values broken
    text = (
        "指标名称 单位 2023 年市人代\n会通过的预期\n目标\n2023 年预计完\n成情况\n2024 年预期目\n标\n"
        " 增长(%)  增长(%)  增长(%)\n"
        "一、地区生产\n总值\n% 6.5 左右 5.3 左右 6 左右\n"
        "其中：第一产\n业增加值\n% 3.5 4.5 3.5\n"
        "八、城镇居民\n人均可支配收\n入\n% 7 4.3  与经济增长保\n持同步\n"
    )
    found = {key: "".join(value.split()) for key, value in figures(text, report_year=2023).items()}
    assert found == {
        ("地区生产总值", "%", 2023, "target"): "6.5左右",
        ("地区生产总值", "%", 2023, "expected"): "5.3左右",
        ("地区生产总值", "%", 2024, "target"): "6左右",
        ("第一产业增加值", "%", 2023, "target"): "3.5",
        ("第一产业增加值", "%", 2023, "expected"): "4.5",
        ("第一产业增加值", "%", 2024, "target"): "3.5",
        ("城镇居民人均可支配收入", "%", 2023, "target"): "7",
        ("城镇居民人均可支配收入", "%", 2023, "expected"): "4.3",
        ("城镇居民人均可支配收入", "%", 2024, "target"): "与经济增长保持同步",
    }


def test_a_web_pages_table_with_merged_cells_is_aligned_by_its_units_not_by_position():
    # a stored page's table: cells between bars, a group cell only in its group's first row,
    # a year over 总量 | 增速 written as a sub-header of its own, empty cells padding the rows
    text = (
        "序号 | 指标 | 单位 | 2023年目标 | 2023年完成 | ||\n"
        "总量 | 增速（%） | ||||\n"
        "经济运行 | 1 | 地区生产总值（GDP） | 亿元 | 增长6%左右 | 1520.4 | 6.3 |\n"
        "2 | 社会消费品零售总额 | 亿元 | 增长7% | 610.2 | ||\n"
        "3 | 常住人口城镇化率 | % | 61 | 61.5 | ||\n"
    )
    assert figures(text) == {
        ("地区生产总值", "%", 2023, "target"): "6%左右",
        ("地区生产总值", "亿元", 2023, "expected"): "1520.4",
        ("地区生产总值", "%", 2023, "expected"): "6.3",
        ("社会消费品零售总额", "%", 2023, "target"): "7",
        ("社会消费品零售总额", "亿元", 2023, "expected"): "610.2",
        ("常住人口城镇化率", "%", 2023, "target"): "61",
        ("常住人口城镇化率", "%", 2023, "expected"): "61.5",
    }


def test_a_browsers_copy_of_a_table_leaves_a_merged_attribute_cell_in_the_first_row_only():
    # tabs, a 属性 cell merged down over three rows, 2024年完成 over 增速 | 总量 | 排名
    text = (
        "属性\t指标名称\t2024年计划\t2024年完成\t备注\n"
        "增速\t总量\t排名\n"
        "预期性\t地区生产总值\t5.5%左右\t6.1\t920.3亿元\t3\t\n"
        "固定资产投资\t6%\t7.2%\t\t5\n"
        "城镇调查失业率\t5.5%以内\t4.9%\n"
    )
    assert figures(text) == {
        ("地区生产总值", "%", 2024, "target"): "5.5%左右",
        ("地区生产总值", "%", 2024, "expected"): "6.1",
        ("地区生产总值", "亿元", 2024, "expected"): "920.3",
        ("固定资产投资", "%", 2024, "target"): "6",
        ("固定资产投资", "%", 2024, "expected"): "7.2",
        ("城镇调查失业率", "%", 2024, "target"): "5.5%以内",
        ("城镇调查失业率", "%", 2024, "expected"): "4.9",
    }


def test_a_table_cell_in_another_multiplier_of_its_series_unit_keeps_it():
    text = "指标\t单位\t2023年预期目标\t2023年预计完成\n地区生产总值\t亿元\t13亿元\t131487万元\n"
    assert figures(text, report_year=2023) == {
        ("地区生产总值", "亿元", 2023, "target"): "13",
        ("地区生产总值", "亿元", 2023, "expected"): "131487万元",
    }


def test_a_header_naming_no_year_is_dated_by_the_caption_right_above_it():
    text = (
        "表1：2021年全区主要指标完成情况\n"
        "指标名称\t单位\t人代会目标\t全年实绩\n"
        "地区生产总值\t%\t8%左右\t9.1\n"
        "固定资产投资\t%\t10\t12.4\n"
    )
    assert figures(text, report_year=2021) == {
        ("地区生产总值", "%", 2021, "target"): "8%左右",
        ("地区生产总值", "%", 2021, "expected"): "9.1",
        ("固定资产投资", "%", 2021, "target"): "10",
        ("固定资产投资", "%", 2021, "expected"): "12.4",
    }


def test_a_header_naming_no_year_without_a_caption_is_no_header():
    text = "指标名称\t单位\t全年实绩\t人代会目标\n地区生产总值\t%\t9.1\t8%左右\n"
    assert all(c.source != "annex" for c in extract(text, report_year=2021))


def test_a_header_naming_no_year_that_sets_targets_before_results_is_the_year_reviewed():
    # (a review's account of its targets: without a caption, the year reviewed's)
    text = "指标名称\t单位\t人代会目标\t全年实绩\n地区生产总值\t%\t8%左右\t9.1\n"
    assert figures(text, report_year=2021) == {
        ("地区生产总值", "%", 2021, "target"): "8%左右",
        ("地区生产总值", "%", 2021, "expected"): "9.1",
    }


def test_a_footnote_mark_after_a_table_value_is_not_part_of_it():
    text = "指标\t单位\t2021年目标\t2021年完成\n常住人口城镇化率\t%\t68\t73.3（*）\n"
    assert figures(text, report_year=2021) == {
        ("常住人口城镇化率", "%", 2021, "target"): "68",
        ("常住人口城镇化率", "%", 2021, "expected"): "73.3",
    }
