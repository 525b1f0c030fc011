"""The API's documentation page draws in Chromium from our own files alone (offline, CSP on)."""

import pytest

from tests.browser.conftest import Watched


@pytest.mark.django_db(transaction=True)
def test_the_api_documentation_draws_every_endpoint_offline(chromium, live_server):
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    watched = Watched(page, live_server.url)
    page.goto(f"{live_server.url}/api/v1/docs/")
    page.wait_for_selector(".opblock", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v1/assessments/" in [path.replace("\u200b", "") for path in paths]
    assert watched.errors == [] and watched.outside == []
    page.close()
