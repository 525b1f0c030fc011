"""Phones and small windows: no page scrolls sideways at 390 px, in Chinese or in English; the
header folds into a menu; tables scroll inside their own box with the first column fixed; charts
fit the window. At 1440 px the menu is open and nothing overflows either."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PHONE, DESKTOP = 390, 1440

# Elements sticking out of the window, for the failure message: those inside a scroll box
# are fine, the box is not.
OVERFLOWING = """() => {
  const inBox = (e) => e.closest('.table-scroll, .table-container, .js-plotly-plot');
  return [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !inBox(e.parentElement))
    .slice(0, 5)
    .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
}"""


def main_pages():
    """Every main page of the demo, by its path: 福州市 350100 and 仓山区 350104, 2023 and 2024."""
    from indicators.models import Figure, Jurisdiction, Plan
    from reports.models import Report

    figure = Figure.objects.filter(jurisdiction__division_code="350100").order_by("pk").first()
    plan = Plan.objects.order_by("pk").first()
    plan_figure = Figure.objects.filter(plan=plan).order_by("pk").first()
    report = Report.objects.filter(jurisdiction__division_code="350100").order_by("pk").first()
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    return [
        "/",
        "/?jurisdiction=350104&year=2024",
        "/jurisdictions/",
        "/jurisdictions/350100/",
        "/jurisdictions/350104/",
        "/jurisdictions/350100/2023/",
        "/jurisdictions/350104/2024/",
        "/jurisdictions/350100/2023/compare/",
        "/jurisdictions/350100/years/",
        "/jurisdictions/compare/2023/",
        "/jurisdictions/350100/annex/2024/",
        "/jurisdictions/350100/2023/pace/",
        "/jurisdictions/350100/2023/draft/",
        "/charts/trend/?jurisdiction=350100&jurisdiction=350104",
        "/indicators/",
        f"/indicators/{figure.indicator_id}/",
        f"/figures/{figure.pk}/",
        f"/plans/{plan.pk}/",
        f"/plans/{plan.pk}/compare/{plan_figure.indicator_id}/",
        f"/reports/{report.pk}/",
        f"/reports/{report.pk}/candidates/",
        f"/reports/plans/paste/{fuzhou.pk}/",
        "/reports/new/",
        "/reports/review/",
    ]


def visit(page, url):
    response = page.goto(url)
    assert response.ok, (url, response.status)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-chart]')].every((e) => e.dataset.rendered)"
    )
    width, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    return width, inner


def overflowing_pages(page, origin, paths):
    found = {}
    for path in paths:
        width, inner = visit(page, origin + path)
        if width > inner:
            found[path] = (width, page.evaluate(OVERFLOWING))
    return found


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_no_page_scrolls_sideways_on_a_phone(window, demo_site, language):
    page = window(PHONE, language).page
    paths = main_pages()
    assert overflowing_pages(page, demo_site.url, paths) == {}
    assert page.locator("html").get_attribute("lang") == language


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_login_page_fits_a_phone(window, demo_site, language):
    page = window(PHONE, language, logged_in=False).page
    assert overflowing_pages(page, demo_site.url, ["/accounts/login/"]) == {}
    assert page.locator("main input[name=username]").is_visible()


def test_nothing_overflows_a_wide_window_and_its_menu_is_open(window, demo_site):
    page = window(DESKTOP, "en").page
    assert overflowing_pages(page, demo_site.url, main_pages()) == {}
    assert page.locator("header.site .menu-button").is_hidden()
    assert page.locator("header.site nav a", has_text="Indicators").is_visible()
    assert page.locator("header.site button", has_text="Log out").is_visible()
    header = page.locator("header.site").bounding_box()
    assert header["height"] < 80  # one line


def test_a_middling_window_wraps_its_header_instead_of_overflowing(window, demo_site):
    page = window(800, "en").page  # the menu is open from 48rem, where the links need two lines
    paths = ["/", "/jurisdictions/350100/2023/", "/jurisdictions/350100/years/", "/reports/review/"]
    assert overflowing_pages(page, demo_site.url, paths) == {}
    assert page.locator("header.site .menu-button").is_hidden()
    assert page.locator("header.site button", has_text="Log out").is_visible()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_on_a_phone_the_header_folds_into_a_menu_that_opens_on_tap(window, demo_site, language):
    page = window(PHONE, language).page
    page.goto(demo_site.url + "/")
    brand = page.locator("header.site .brand").bounding_box()
    assert brand["height"] < 40  # 规划观察 on one line, not one character a line
    logout = page.locator("header.site form[action$='/logout/'] button")
    assert logout.is_hidden() and page.locator("header.site nav").is_hidden()
    page.click("header.site .menu-button")
    assert logout.is_visible() and page.locator("header.site nav").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    with page.expect_navigation():
        page.locator("header.site nav a").nth(2).click()
    assert page.url.endswith("/indicators/")


def test_on_a_phone_tables_scroll_in_their_box_with_the_first_column_fixed(
    window, demo_site, artifacts
):
    page = window(PHONE).page
    for path in ["/jurisdictions/350100/2023/", "/jurisdictions/350100/annex/2024/"]:
        page.goto(demo_site.url + path)
        box = page.locator("main .table-scroll, main .table-container").first
        assert box.evaluate("(e) => e.scrollWidth > e.clientWidth"), path
        first = box.locator("tbody tr td").first
        before = first.bounding_box()
        box.evaluate("(e) => { e.scrollLeft = 200; }")
        assert abs(first.bounding_box()["x"] - before["x"]) <= 1, path  # sticky
        assert before["width"] >= 100, path  # a name is not squeezed to a character a line
        page.screenshot(path=str(artifacts / f"phone-table-{len(path)}.png"))
    page.goto(demo_site.url + "/")
    children = page.locator("main table.heat")
    assert children.evaluate("(e) => e.parentElement.classList.contains('table-scroll')")


def test_charts_fit_a_phone_and_follow_the_window(window, demo_site):
    page = window(DESKTOP).page
    visit(page, demo_site.url + "/jurisdictions/350100/2023/")
    assert page.locator("[data-chart=gap-chart] svg.main-svg").first.bounding_box()["width"] > 900
    page.set_viewport_size({"width": PHONE, "height": 844})
    page.wait_for_function(
        "() => document.querySelector('[data-chart=gap-chart] svg.main-svg')"
        f".getBoundingClientRect().width <= {PHONE}"
    )
    visit(page, demo_site.url + "/")
    for chart in page.locator("[data-chart] svg.main-svg").all():
        assert chart.bounding_box()["width"] <= PHONE


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_phone_screenshots_of_the_dashboard(window, demo_site, artifacts, language):
    page = window(PHONE, language).page
    visit(page, demo_site.url + "/")
    name = "screenshot-phone.png" if language == "zh-hans" else "screenshot-phone-en.png"
    page.screenshot(path=str(artifacts / name), full_page=False)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
