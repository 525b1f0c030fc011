"""Gap tables, comparisons, the annex and their downloads."""

import csv
import io
from urllib.parse import quote

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from indicators.models import Assessment, Export, Figure, Jurisdiction
from reports.importing import figures_import
from tests.conftest import broker_down
from tests.factories import children_with_figures_of

pytestmark = pytest.mark.django_db


def gaps_url(code="350100", year=2023):
    return reverse("indicators:gaps", args=[code, year])


def test_fuzhou_2023_gap_table_shows_the_reports_verdicts_with_quotes(analyst_client, demo):
    page = analyst_client.get(gaps_url()).content.decode()
    summary = " ".join(page.split('class="summary">')[1].split("</p>")[0].split())
    assert summary.startswith("共 22 项目标")
    for label, count in (("超额完成", 4), ("未完成", 8), ("控制在目标内", 2)):
        assert f"{label}</span> {count}" in summary
    assert (
        'title="《关于福州市2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告》2024-01-13：一、地区生产总值'
        in page
    )
    assert '<span class="depth-2">规上工业增加值</span>' in page


def test_gap_table_filters_by_category_and_status(analyst_client, demo):
    fiscal = analyst_client.get(gaps_url() + "?category=fiscal").content.decode()
    assert "一般公共预算总收入" in fiscal and "地区生产总值" not in fiscal.split("<tbody >")[1]
    missed = analyst_client.get(gaps_url() + "?status=missed").content.decode()
    body = missed.split("<tbody >")[1]
    assert body.count("<tr") == 8 and "建筑业增加值" not in body


def test_gap_table_sorts_by_any_column(analyst_client, demo):
    body = (
        analyst_client.get(gaps_url() + "?sort=-difference").content.decode().split("<tbody >")[1]
    )
    assert body.index("一般公共预算总收入") < body.index("社会消费品零售总额")
    body = analyst_client.get(gaps_url() + "?sort=difference").content.decode().split("<tbody >")[1]
    assert body.index("社会消费品零售总额") < body.index("一般公共预算总收入")


def test_empty_gap_table_says_what_is_missing(analyst_client, demo):
    page = analyst_client.get(gaps_url("350104", 2024)).content.decode()
    assert "尚未录入仓山区 2024 年的目标；设定这些目标的报告尚未载入。" in page
    assert "<table" not in page.split("<main>")[1]


def test_comparison_of_fuzhou_and_cangshan_shows_what_each_has(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:compare", args=["350100", 2024])).content.decode()
    assert ">福州市</a></th>" in page and ">仓山区</a></th>" in page
    row = page.split(">地区生产总值</a>")[1].split("</tr>")[0]
    assert "6 左右" in row and "5.8" in row  # 福州市's target, 仓山区's result


def test_comparison_across_years_shows_target_and_result_for_each_year(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:years", args=["350100"])).content.decode()
    row = page.split(">地区生产总值</a>")[1].split("</tr>")[0]
    assert row.index("6.5 左右") < row.index("5.3 左右") < row.index("6 左右")
    assert "未完成" in row


def test_the_annex_is_laid_out_as_the_report_lays_it_out(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:annex", args=["350100", 2024])).content.decode()
    for text in (
        "2023 年市人代会通过的预期目标",
        "2023 年预计完成情况",
        "2024 年预期目标",
        "一、地区生产总值",
        "其中：第一产业增加值",
        "# 规上工业增加值",
        "十三、亿元生产总值生产安全事故死亡率",
        "资料来源：",
    ):
        assert text in page, text


def test_the_annex_downloads_as_xlsx(analyst_client, demo):
    response = analyst_client.get(
        reverse("indicators:annex", args=["350100", 2024]) + "?format=xlsx"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "福州市2024年主要指标"
    assert rows[1][:3] == ("指标名称", "单位", "2023 年市人代会通过的预期目标")
    assert rows[2] == ("一、地区生产总值", "%", "6.5 左右", 6.5, "5.3 左右", 5.3, "6 左右", 6)
    assert any(row[0] == "# 规上工业增加值" for row in rows)


def test_gap_csv_has_a_bom_translated_headers_and_status_labels(analyst_client, demo):
    response = analyst_client.get(gaps_url() + "?format=csv")
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff指标,层级,单位,目标,目标（数值）,完成情况,完成情况（数值）")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    gdp = next(row for row in rows if row[0] == "地区生产总值")
    assert gdp[1:10] == [
        "1",
        "%",
        "6.5 左右",
        "6.5",
        "5.3 左右",
        "5.3",
        "预计完成",
        "-1.2",
        "未完成",
    ]


def test_english_gap_csv_names_indicators_in_english_and_the_script_keeps_chinese(
    analyst_client, demo
):
    analyst_client.cookies["django_language"] = "en"
    response = analyst_client.get(gaps_url() + "?format=csv")
    content = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    names = [row[0].strip("\u3000") for row in rows[1:]]
    assert "Gross domestic product (GDP)" in names and "地区生产总值" not in names
    out = io.StringIO()
    call_command("export_gaps", "--jurisdiction", "福州市", "--year", "2023", stdout=out)
    script = [
        row["indicator"].strip("\u3000") for row in csv.DictReader(io.StringIO(out.getvalue()))
    ]
    assert "地区生产总值" in script and "Gross domestic product (GDP)" not in script


def test_english_annex_sheet_numbers_rows_and_names_them_in_english(analyst_client, demo):
    analyst_client.cookies["django_language"] = "en"
    response = analyst_client.get(
        reverse("indicators:annex", args=["350100", 2024]) + "?format=xlsx"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    labels = [row[0].value for row in sheet.iter_rows()]
    assert "1. Gross domestic product (GDP)" in labels
    assert "of which: Value added of the primary industry" in labels


def test_gap_xlsx_has_a_bold_frozen_header_widths_numbers_and_text_statuses(analyst_client, demo):
    response = analyst_client.get(gaps_url() + "?format=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.freeze_panes == "A4" and sheet["A3"].value == "指标" and sheet["A3"].font.bold
    assert sheet.column_dimensions["A"].width >= 20
    gdp = next(row for row in sheet.iter_rows(min_row=4) if row[0].value == "地区生产总值")
    assert gdp[8].value == pytest.approx(-1.2) and gdp[8].data_type == "n"
    assert (gdp[9].value, gdp[9].data_type) == ("未完成", "s")


def test_file_names_say_what_they_hold_in_rfc_5987_form(analyst_client, demo):
    response = analyst_client.get(gaps_url() + "?format=xlsx")
    expected = quote("福州市-2023-目标完成情况.xlsx")
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{expected}"


def test_text_that_looks_like_a_formula_is_neutralised_and_numbers_stay_numbers(
    analyst_client, demo
):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    target = Figure.objects.get(
        jurisdiction=fuzhou, indicator__name="建筑业增加值", year=2023, kind="target"
    )
    Figure.objects.filter(pk=target.pk).update(value_text='=HYPERLINK("http://x","y")')
    Assessment.objects.filter(target=target).update(
        explanation_zh="@SUM(A1)", explanation_en="@SUM(A1)"
    )
    content = b"".join(analyst_client.get(gaps_url() + "?format=csv").streaming_content).decode()
    assert "'=HYPERLINK" in content and "'@SUM(A1)" in content and ",-1.2," in content
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(analyst_client.get(gaps_url() + "?format=xlsx").streaming_content))
    ).active
    row = next(row for row in sheet.iter_rows(min_row=4) if row[0].value == "建筑业增加值")
    assert row[3].value.startswith("'=") and row[3].data_type == "s"


def test_the_figures_csv_of_a_table_imports_back(analyst_client, demo):
    url = reverse("indicators:figures_export") + "?jurisdiction=350100&year=2023"
    response = analyst_client.get(url)
    assert quote("福州市-2023-数据.csv") in response["Content-Disposition"]
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())
    result = figures_import(data=content, dry_run=True)
    assert (
        result.ok
        and result.figures_unchanged
        == Figure.objects.filter(jurisdiction__division_code="350100", year=2023).count()
    )


def test_export_gaps_writes_english_columns_and_status_codes(demo):
    out = io.StringIO()
    call_command("export_gaps", "--jurisdiction", "福州市", "--year", "2023", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0])[:7] == [
        "indicator",
        "unit",
        "target",
        "result",
        "result_kind",
        "difference",
        "status",
    ]
    by_name = {row["indicator"].strip("　"): row for row in rows}
    assert (
        by_name["地区生产总值"]["status"] == "missed"
        and by_name["地区生产总值"]["difference"] == "-1.2"
    )
    assert by_name["居民消费价格指数"]["status"] == "within_control"
    assert by_name["出口总额"]["status"] == "needs_reference"
    assert "percentage points" in by_name["地区生产总值"]["explanation"]


def test_export_gaps_writes_xlsx(demo, tmp_path):
    path = tmp_path / "gaps.xlsx"
    call_command(
        "export_gaps",
        "--jurisdiction",
        "350100",
        "--year",
        "2023",
        "--format",
        "xlsx",
        "--output",
        str(path),
    )
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][6] == "status" and ("地区生产总值", "%") == rows[1][:2]


@pytest.mark.parametrize(
    "url",
    [
        lambda: gaps_url(),
        lambda: reverse("indicators:compare", args=["350100", 2023]),
        lambda: reverse("indicators:years", args=["350100"]),
        lambda: reverse("indicators:annex", args=["350100", 2024]),
        lambda: reverse(
            "indicators:indicator", args=[Figure.objects.filter(year=2023).first().indicator_id]
        ),
        lambda: reverse("indicators:jurisdiction", args=["350100"]),
    ],
)
def test_table_pages_run_a_constant_number_of_queries(
    analyst_client, demo, django_assert_max_num_queries, url
):
    url = url()
    with django_assert_max_num_queries(11):
        assert analyst_client.get(url).status_code == 200
    children_with_figures_of(
        Jurisdiction.objects.get(division_code="350100"), count=15, figures_each=10, first_code=60
    )
    with django_assert_max_num_queries(11):
        assert analyst_client.get(url).status_code == 200


def test_a_large_figures_export_runs_as_a_task_with_progress_and_a_download(
    client, analyst, official, settings, tmp_path, demo, django_capture_on_commit_callbacks
):
    settings.EXPORT_ASYNC_ROWS = 10
    settings.MEDIA_ROOT = tmp_path
    client.force_login(analyst)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.get(reverse("indicators:figures_export") + "?within=350100")
    assert len(callbacks) == 1  # the task is queued once the export row is committed
    assert response.status_code == 302 and "/exports/" in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert "data-export-status" in page
    export_id = int(response["Location"].rstrip("/").split("/")[-1])
    status = client.get(reverse("indicators:export_status", args=[export_id])).json()
    assert status["status"] == "done" and status["percent"] == 100 and status["rows_total"] > 10
    download = client.get(reverse("indicators:export_download", args=[export_id]))
    content = b"".join(download.streaming_content)
    assert content.startswith("\ufeff".encode())
    assert (
        len(list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))) == status["rows_total"] + 1
    )
    client.force_login(official)
    assert client.get(reverse("indicators:export_download", args=[export_id])).status_code == 404


def test_all_provinces_side_by_side(analyst_client, demo):
    page = analyst_client.get(reverse("indicators:compare_roots", args=[2023])).content.decode()
    assert ">福建省</a></th>" in page and ">浙江省</a></th>" in page and ">广东省</a></th>" in page
    # The demo's 2023 GDP targets of 福建省 and 广东省, each beside the province's result.
    assert "增长6%左右" in page and "增长5%以上" in page and "增长4.8%" in page
    assert (
        reverse("indicators:compare_roots", args=[2023])
        in analyst_client.get(reverse("indicators:jurisdiction_list")).content.decode()
    )


def test_a_large_export_the_broker_cannot_take_fails_with_a_message_on_its_page(
    client, analyst, settings, demo, django_capture_on_commit_callbacks
):
    settings.EXPORT_ASYNC_ROWS = 10
    client.force_login(analyst)
    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("indicators:figures_export") + "?within=350100")
    assert response.status_code == 302 and "/exports/" in response["Location"]
    export = Export.objects.get()
    assert export.status == "failed" and "任务队列" in export.error
    assert export.error in client.get(response["Location"]).content.decode()
    status = client.get(reverse("indicators:export_status", args=[export.pk])).json()
    assert (status["status"], status["error"]) == ("failed", export.error)
