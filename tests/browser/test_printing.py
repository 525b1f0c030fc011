"""The gap table, comparisons and dashboard print: controls hidden, table and charts within the
width of a landscape A4 page, the sources and where and when it was printed on paper."""

import io

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.django_db(transaction=True)

# A4 landscape less the 12 mm margins of the print stylesheet, in CSS pixels (96 per inch).
PAPER_WIDTH = round((297 - 2 * 12) / 25.4 * 96)


def wait_for_charts(page, count=1):
    page.wait_for_function(
        f"document.querySelectorAll('[data-rendered=true] svg.main-svg').length >= {count}"
    )


def printed_widths(page):
    """(the page's content width, the right edge of the widest chart or table) on paper."""
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 900})
    page.emulate_media(media="print")
    page.wait_for_timeout(300)
    return page.evaluate(
        """[document.documentElement.scrollWidth,
            Math.max(0, ...[...document.querySelectorAll('svg.main-svg, main table')]
              .map(element => element.getBoundingClientRect().right))]"""
    )


def test_the_gap_table_prints_within_the_width_of_the_page(browser_page, demo_site, artifacts):
    page = browser_page.page
    page.goto(demo_site.url + "/jurisdictions/350100/2023/")
    wait_for_charts(page)
    assert page.locator("button[data-print]").is_visible()
    last_header = page.locator("table thead th").last.inner_text().strip()
    content, widest = printed_widths(page)
    assert content <= PAPER_WIDTH and widest <= PAPER_WIDTH
    for hidden in ("form.filters", "button[data-print]", "p.downloads", "header.site"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator(".printed-from").is_visible()
    assert "2024-01-13" in page.locator(".sources:not(.preliminary)").inner_text()
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (artifacts / "gap-table.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0]
    assert first.mediabox.width > first.mediabox.height  # landscape
    text = "".join(page.extract_text() for page in reader.pages)
    squeezed = "".join(text.split())
    assert last_header in squeezed and "打印自规划观察" in squeezed


@pytest.mark.parametrize(
    ("path", "charts"),
    [
        ("/?jurisdiction=350100", 3),
        ("/jurisdictions/350100/2023/compare/", 0),
        ("/jurisdictions/350100/years/", 0),
    ],
)
def test_the_dashboard_and_comparisons_print_within_the_page(browser_page, demo_site, path, charts):
    page = browser_page.page
    page.goto(demo_site.url + path)
    if charts:
        wait_for_charts(page, charts)
    assert page.locator("button[data-print]").is_visible()
    content, widest = printed_widths(page)
    assert content <= PAPER_WIDTH and widest <= PAPER_WIDTH
    assert page.locator(".printed-from").is_visible()
    assert "2024-01-13" in page.locator(".sources:not(.preliminary)").inner_text()
    assert not page.locator("header.site").is_visible()
