"""People's XLSX downloads print as leaders read them: landscape A4 one page wide under a title,
the header on every page, one line per cell, numbers beside the texts as written."""

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from indicators.exports.table_sheets import SCRIPT_GAP_COLUMNS
from indicators.models import Figure, Jurisdiction, Plan
from tests.indicators.test_plan_progress import fuzhou_energy_plan

pytestmark = pytest.mark.django_db

DEMO_SHEETS = [
    ("indicators:gaps", ["350100", 2023], "福州市 2023 年目标完成情况"),
    ("indicators:compare", ["350100", 2023], "福州市"),
    ("indicators:compare_roots", [2023], "2023"),
    ("indicators:years", ["350100"], "福州市"),
    ("indicators:annex", ["350100", 2024], "福州市2024年主要指标"),
]


def workbook_of(client, url, params=None):
    response = client.get(url, {**(params or {}), "format": "xlsx"})
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def header_row(sheet):
    return int(sheet.print_title_rows.replace("$", "").split(":")[0])


def assert_prints_as_leaders_read_it(sheet, title):
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    header = header_row(sheet)
    assert header >= 2 and sheet.freeze_panes == f"A{header + 1}"
    assert title in sheet["A1"].value and sheet["A1"].font.bold
    assert sheet.cell(header, 1).font.bold and sheet.cell(header, 1).border.left.style == "thin"
    for row in sheet.iter_rows(values_only=True):
        for value in row:
            assert not (isinstance(value, str) and set(value) & set("\t\n\r")), value
    return header


def column(sheet, header, name):
    return next(cell.column for cell in sheet[header] if cell.value == name)


def quote_with_breaks(jurisdiction="350100", year=2023, name="地区生产总值"):
    target = Figure.objects.get(
        jurisdiction__division_code=jurisdiction, indicator__name=name, year=year, kind="target"
    )
    Figure.objects.filter(pk=target.pk).update(source_quote="突破\n\n110\t亿元")


@pytest.mark.parametrize(("name", "args", "title"), DEMO_SHEETS)
def test_every_tables_xlsx_prints_landscape_one_page_wide_under_its_title(
    analyst_client, demo, name, args, title
):
    quote_with_breaks()
    sheet = workbook_of(analyst_client, reverse(name, args=args))
    assert_prints_as_leaders_read_it(sheet, title)


def test_the_trend_xlsx_prints_as_leaders_read_it(analyst_client, demo):
    sheet = workbook_of(analyst_client, reverse("indicators:trend"), {"jurisdiction": "350100"})
    assert_prints_as_leaders_read_it(sheet, "地区生产总值")


def test_the_gap_xlsx_names_indicators_without_indentation_and_computes(analyst_client, demo):
    quote_with_breaks()
    sheet = workbook_of(analyst_client, reverse("indicators:gaps", args=["350100", 2023]))
    header = assert_prints_as_leaders_read_it(sheet, "福州市 2023 年目标完成情况")
    assert sheet["A2"].value.startswith("来源：《") and "2024-01-13" in sheet["A2"].value
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=header + 1)}
    assert not any(name.startswith("　") for name in rows)
    industry = rows["规上工业增加值"]
    level = column(sheet, header, "层级")
    assert industry[level - 1].value > 1 and rows["地区生产总值"][level - 1].value == 1
    gdp = rows["地区生产总值"]
    for name, number in (("目标（数值）", 6.5), ("完成情况（数值）", 5.3)):
        cell = gdp[column(sheet, header, name) - 1]
        assert (cell.value, cell.data_type) == (pytest.approx(number), "n")
    status = gdp[column(sheet, header, "状态") - 1]
    assert status.value == "未完成" and status.fill.fgColor.rgb.endswith("FBE3E0")
    source = gdp[column(sheet, header, "目标出处") - 1].value
    assert source.endswith("突破 110 亿元")


def test_the_gap_csv_keeps_each_row_on_one_line(analyst_client, demo):
    quote_with_breaks()
    url = reverse("indicators:gaps", args=["350100", 2023])
    content = b"".join(analyst_client.get(url, {"format": "csv"}).streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert all(not set(cell) & set("\t\n\r") for row in rows for cell in row)
    assert any(cell.endswith("突破 110 亿元") for row in rows for cell in row)


def test_the_plan_and_year_progress_xlsx_print_as_leaders_read_them(admin_client, demo):
    fuzhou_energy_plan(("2021", "下降3%"), ("2022", "下降3.5%"))
    plan = Plan.objects.get(jurisdiction__division_code="350100")
    sheet = workbook_of(admin_client, reverse("indicators:plan", args=[plan.pk]))
    header = assert_prints_as_leaders_read_it(sheet, "福州市")
    energy = next(row for row in sheet.iter_rows(min_row=header + 1) if row[0].value)
    target = energy[column(sheet, header, "目标（数值）") - 1]
    assert target.data_type == "n"
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    pace = reverse("indicators:year_pace", args=[fuzhou.division_code, 2024])
    assert_prints_as_leaders_read_it(workbook_of(admin_client, pace), "福州市")


def test_the_export_gaps_command_keeps_its_columns_and_indentation(demo, tmp_path):
    path = tmp_path / "gaps.xlsx"
    options = {"jurisdiction": "350100", "year": "2023", "format": "xlsx", "output": str(path)}
    call_command("export_gaps", *[f"--{key}={value}" for key, value in options.items()])
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == SCRIPT_GAP_COLUMNS and sheet.freeze_panes == "A2"
    assert sheet.page_setup.orientation != "landscape"
    assert any(row[0].startswith("　") for row in rows[1:])
