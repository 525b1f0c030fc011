"""Log in, see the dashboard's charts drawn, open a gap table, download XLSX, switch to English."""

import io

import openpyxl
import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for_charts(page, count=1):
    page.wait_for_function(
        f"document.querySelectorAll('[data-rendered=true] svg.main-svg').length >= {count}"
    )


def test_the_dashboard_draws_its_charts_with_the_demo_data(browser_page, demo_site, artifacts):
    page = browser_page.page
    page.goto(demo_site.url + "/")
    wait_for_charts(page, 3)
    assert page.locator("h1").inner_text() == "福建省 2023 年目标完成情况"  # the demo's province
    page.goto(demo_site.url + "/?jurisdiction=350100")
    wait_for_charts(page, 3)
    assert page.locator("h1").inner_text() == "福州市 2023 年目标完成情况"
    traces = page.evaluate("window.planwatchCharts['trend-1'].data")
    results = next(t for t in traces if t["meta"]["role"] == "result")
    targets = next(t for t in traces if t["meta"]["role"] == "target")
    assert results["x"] == [2023] and results["y"] == [5.3]
    assert targets["x"] == [2023, 2024] and targets["y"] == [6.5, 6.0]
    assert targets["customdata"][0][0] == "6.5 左右" and targets["customdata"][0][3] == "未完成"
    assert page.locator("a.count").first.inner_text().startswith("4")
    page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)


def test_the_trend_chart_compares_jurisdictions(browser_page, demo_site, artifacts):
    page = browser_page.page
    page.goto(demo_site.url + "/charts/trend/?jurisdiction=350100&jurisdiction=350104")
    wait_for_charts(page)
    names = page.evaluate(
        "document.querySelector('[data-chart=trend-chart]').data.map(t => t.name)"
    )
    assert "福州市 完成" in names and "仓山区 完成" in names and "仓山区 目标" in names
    assert (
        page.locator(".modebar-btn[data-title*='png'], .modebar-btn[data-title*='PNG']").count()
        == 1
    )
    page.screenshot(path=str(artifacts / "trend.png"), full_page=True)


def test_a_gap_table_draws_its_chart_and_downloads_as_xlsx(browser_page, demo_site):
    page = browser_page.page
    page.goto(demo_site.url + "/jurisdictions/350100/2023/")
    wait_for_charts(page)
    bars = page.evaluate("window.planwatchCharts['gap-chart'].data[0]")
    assert bars["x"][0] == -4.0 and bars["y"][0] == "社会消费品零售总额"
    labels = page.eval_on_selector_all(
        "[data-chart=gap-chart] .bartext", "texts => texts.map((text) => text.textContent)"
    )
    assert "+5.8" in labels and "-4" in labels  # each bar's value, signed, without hovering
    with page.expect_download() as download:
        page.click("text=XLSX")
    assert download.value.suggested_filename == "福州市-2023-目标完成情况.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(open(download.value.path(), "rb").read())).active
    assert sheet["A3"].value == "指标" and sheet["J4"].value == "未完成"


def test_switching_to_english(browser_page, demo_site):
    page = browser_page.page
    page.goto(demo_site.url + "/jurisdictions/350100/2023/")
    with page.expect_navigation():
        page.click("header button[name=language][value=en]")
    # English names where there are some, the Chinese one on hover.
    assert page.locator("h1").inner_text() == "Fuzhou 2023: targets and results"
    assert page.locator(".crumbs span[title='福州市']").inner_text() == "Fuzhou"
    assert page.locator("th", has_text="Status").count() == 1


def test_tapping_a_target_on_a_phone_opens_its_figure_page_with_the_source_quote(window, demo_site):
    page = window(390, touch=True).page
    page.goto(demo_site.url + "/")
    wait_for_charts(page, 3)
    chart = page.locator("[data-chart=trend-1]")
    chart.scroll_into_view_if_needed()
    point = page.evaluate(
        """() => {
          const chart = document.querySelector('[data-chart=trend-1]');
          const layout = chart._fullLayout, box = chart.getBoundingClientRect();
          const target = chart._fullData.find((trace) => trace.meta.role === 'target');
          return {
            x: box.left + layout._size.l + layout.xaxis.l2p(target.x[0]),
            y: box.top + layout._size.t + layout.yaxis.l2p(target.y[0]),
            link: target.customdata[0][target.meta.link],
          };
        }"""
    )
    with page.expect_navigation():
        page.touchscreen.tap(point["x"], point["y"])
    assert page.url.endswith(point["link"]) and "/figures/" in point["link"]
    assert page.locator("h1").inner_text().endswith("目标")
    assert page.locator("dd q").inner_text()  # the sentence the target is quoted from
