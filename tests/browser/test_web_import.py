"""A Figures CSV imported on the site, in Chromium: uploaded from the navigation's link, the job
page's bar reaches done and shows what was stored, or the refused rows by row and column; a job
still queued moves by polling and shows its result without a reload by hand."""

import pytest

from tests.browser.test_small_screens import DESKTOP, OVERFLOWING, PHONE

pytestmark = pytest.mark.django_db(transaction=True)

HEADER = (
    "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
    "report_title,report_date,source_quote"
)
TITLE = "关于福州市2031年国民经济和社会发展计划执行情况的报告"
ROWS = [
    f"福州市,city,福建省,地区生产总值,%,2031,target,6 左右,{TITLE},2032-01-10,增长 6% 左右",
    f"福州市,city,福建省,地区生产总值,%,2031,expected,5.8,{TITLE},2032-01-10,增长 5.8%",
]
BAD = f"福州市,city,福建省,地区生产总值,%,2031,goal,6,{TITLE},2032-01-10,6"


def csv_file(*rows):
    data = "\n".join([HEADER, *rows]).encode()
    return {"name": "figures.csv", "mimeType": "text/csv", "buffer": data}


def fits(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], page.evaluate(OVERFLOWING)


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_an_analyst_uploads_a_figures_csv_and_the_bar_reaches_done(
    window, demo_site, artifacts, width
):
    from indicators.models import Figure

    page = window(width).page
    page.goto(demo_site.url + "/")
    if width == PHONE:
        page.click("header.site .menu-button")
    with page.expect_navigation():
        page.locator("header.site nav a", has_text="导入数据").click()
    fits(page)
    page.set_input_files("#id_file", csv_file(*ROWS))
    with page.expect_navigation():
        page.click("main form.figures-import button[type=submit]")
    bar = page.locator("main .import-status progress")
    assert bar.get_attribute("value") == "100"
    assert "导入完成：数据已存储。" in page.locator("main").inner_text()
    assert TITLE in page.locator("main .import-created").inner_text()
    fits(page)
    page.screenshot(path=artifacts / f"figures-import-{width}.png", full_page=True)
    stored = Figure.objects.filter(year=2031, jurisdiction__division_code="350100")
    assert sorted(stored.values_list("kind", "value_text")) == [
        ("expected", "5.8"),
        ("target", "6 左右"),
    ]


def test_a_queued_job_page_polls_until_done_then_lists_the_refused_rows(
    window, demo_site, artifacts
):
    from django.contrib.auth import get_user_model

    from indicators.models import Figure
    from reports.import_jobs import import_job_run
    from reports.models import ImportJob

    data = csv_file(ROWS[0], BAD, ROWS[1])["buffer"]
    job = ImportJob.objects.create(
        requested_by=get_user_model().objects.get(username="browser"),
        filename="bad.csv",
        data=data,
        size=len(data),
    )
    page = window(PHONE).page
    page.goto(f"{demo_site.url}/reports/import/{job.pk}/")
    bar = page.locator("main .import-status progress")
    assert bar.get_attribute("value") == "0"
    assert "排队中" in page.locator("main [data-label]").inner_text()
    import_job_run(job_id=job.pk)  # a worker takes the job: the page finds out by itself
    page.wait_for_selector("main table.import-errors", timeout=15_000)
    assert page.locator("main .import-status progress").get_attribute("value") == "100"
    cells = page.locator("main table.import-errors tbody tr").first.locator("td")
    assert cells.all_inner_texts()[:2] == ["3", "kind"]
    assert "未存储任何内容" in page.locator("main").inner_text()
    fits(page)
    page.screenshot(path=artifacts / "figures-import-refused-390.png", full_page=True)
    assert not Figure.objects.filter(year=2031).exists()
