"""Adding a result from a gap-table row in Chromium: the form arrives prefilled, the saved
figure is a draft awaiting review, and the analyst's gap table shows it marked as one."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_analyst_adds_a_result_from_the_gap_table_and_sees_it_as_a_draft(
    browser_page, demo_site, artifacts
):
    page = browser_page.page
    page.goto(demo_site.url + "/jurisdictions/350100/2024/")
    row = page.locator("table.gaps tbody tr", has_text="地区生产总值").first
    with page.expect_navigation():
        row.get_by_role("link", name="添加结果").click()
    assert page.locator("#id_jurisdiction option:checked").inner_text() == "福州市"
    assert page.locator("#id_indicator option:checked").inner_text() == "地区生产总值 (%)"
    assert page.locator("#id_year").input_value() == "2024"
    assert page.locator("#id_kind input[value=expected]").is_checked()
    assert "已审核" not in page.locator("main").inner_text()
    # Another place brings its own reports to choose from, the indicator and year kept.
    with page.expect_navigation():
        page.select_option("#id_jurisdiction", label="仓山区")
    assert "仓山区" in page.locator("#id_source_report").inner_text()
    assert page.locator("#id_year").input_value() == "2024"
    with page.expect_navigation():
        page.select_option("#id_jurisdiction", label="福州市")
    page.fill("#id_value_text", "5.7 左右")
    page.fill("#id_new_report_title", "关于福州市2024年国民经济和社会发展计划执行情况的报告")
    page.fill("#id_new_report_date", "2025-01-20")
    page.fill("#id_source_quote", "全市地区生产总值增长5.7%左右")
    page.check("#id_flags input[value=预计]")
    page.screenshot(path=artifacts / "add-a-result.png", full_page=True)
    with page.expect_navigation():
        page.click("main form.result-entry button[type=submit]")
    assert page.url == demo_site.url + "/jurisdictions/350100/2024/"
    assert "这是草稿，现等待审核" in page.locator("ul.messages").inner_text()
    row = page.locator("table.gaps tbody tr", has_text="地区生产总值").first
    assert "5.7 左右" in row.inner_text() and row.locator(".review-draft").is_visible()
