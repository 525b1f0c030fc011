"""Real Chromium (Debian's package) driven by Playwright against the live test server."""

import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-sandbox",
]


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, django_user_model):
    from indicators.models import Assignment, Jurisdiction
    from indicators.roles import analysts_group
    from tests.demo_snapshot import DEMO

    DEMO.load()
    user = django_user_model.objects.create_user("browser", password="pw-browser-1", is_staff=True)
    user.groups.add(analysts_group())
    Assignment.objects.create(
        user=user, jurisdiction=Jurisdiction.objects.get(division_code="350100")
    )
    return live_server


class Watched:
    """A page that remembers console errors and every request that left the test server."""

    def __init__(self, page, origin):
        self.page, self.origin = page, origin
        self.errors, self.outside = [], []
        page.on(
            "console", lambda message: message.type == "error" and self.errors.append(message.text)
        )
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", self.request)

    def request(self, request):
        if not request.url.startswith((self.origin, "data:", "blob:")):
            self.outside.append(request.url)


def log_in(watched, origin):
    page = watched.page
    page.goto(origin + "/accounts/login/")
    page.fill("input[name=username]", "browser")
    page.fill("input[name=password]", "pw-browser-1")
    with page.expect_navigation():
        page.click("main button[type=submit]")


@pytest.fixture
def browser_page(chromium, demo_site):
    context = chromium.new_context(
        locale="zh-CN", accept_downloads=True, viewport={"width": 1300, "height": 900}
    )
    watched = Watched(context.new_page(), demo_site.url)
    log_in(watched, demo_site.url)
    yield watched
    context.close()
    assert watched.outside == [], watched.outside
    assert watched.errors == [], watched.errors


@pytest.fixture
def window(chromium, demo_site):
    """Opens a window of a given width in a given language (the django_language cookie, as the
    language switch sets it), logged in as the analyst unless asked not to be; a touch screen's
    if asked (page.touchscreen)."""
    opened = []

    def open_window(width, language="zh-hans", *, logged_in=True, height=844, touch=False):
        context = chromium.new_context(
            locale="zh-CN", viewport={"width": width, "height": height}, has_touch=touch
        )
        context.add_cookies([{"name": "django_language", "value": language, "url": demo_site.url}])
        watched = Watched(context.new_page(), demo_site.url)
        opened.append((context, watched))
        if logged_in:
            log_in(watched, demo_site.url)
        return watched

    yield open_window
    for context, watched in opened:
        context.close()
        assert watched.outside == [], watched.outside
        assert watched.errors == [], watched.errors


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
