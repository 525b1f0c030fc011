"""Spreadsheet files: a sheet's name is one Excel accepts, whatever the table's title holds."""

import io

from openpyxl import load_workbook

from indicators.exports.sheet_files import Sheet, sheet_title, write_xlsx


def test_a_title_with_characters_excel_refuses_still_makes_a_workbook():
    title = "人均可支配收入 元/人 [2023]: 十四五规划纲要？*\\"
    stream = io.BytesIO()
    write_xlsx(Sheet(title=title, headers=["指标"], rows=[["地区生产总值"]]), stream)
    workbook = load_workbook(io.BytesIO(stream.getvalue()))
    [name] = workbook.sheetnames
    assert name == sheet_title(title)
    assert not set(name) & set("/\\\\?*[]:：")
    assert len(name) <= 31
    assert workbook[name]["A2"].value == "地区生产总值"


def test_an_empty_title_names_the_sheet_sheet1():
    assert sheet_title("") == sheet_title("/:?") == "Sheet1"
