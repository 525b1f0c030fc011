"""The benchmark at a tiny size: bench reports every page (no timings are asserted: they belong
to the national-size run, see issue 8)."""

import io
import json

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True)  # the seed COPYs in its own thread

PAGES = [
    "dashboard",
    "gap table",
    "compare: city and children",
    "compare: all provinces",
    "compare: across years",
    "trend chart",
    "plan progress",
    "progress within the year",
    "draft of the review",
    "API gap table (JSON)",
    "API figures, a page of 100 (JSON)",
    "figures CSV export",
]
API_PAGES = PAGES[-3:-1]


def test_bench_reports_every_page_with_numbers(seed, tmp_path):
    seed()
    path = tmp_path / "bench.json"
    out = io.StringIO()

    call_command("bench", repeat=2, export_repeat=1, json=str(path), stdout=out)

    report = json.loads(path.read_text(encoding="utf-8"))
    assert [page["name"] for page in report["pages"]] == PAGES
    for page in report["pages"]:
        assert page["status"] == 200, page
        for number in (
            "p50_ms",
            "p95_ms",
            "cold_p50_ms",
            "cold_p95_ms",
            "floor_p50_ms",
            "ratio",
            "cold_ratio",
        ):
            assert isinstance(page[number], int | float) and page[number] >= 0, (number, page)
        assert page["queries"] > 0 and page["rows"] > 0 and page["bytes"] > 0, page
    for page in report["pages"]:
        if page["name"] in API_PAGES:
            assert page["queries"] <= 10, page  # issue 16: at most 10 queries a page
    export = report["pages"][-1]
    assert export["rows"] == 12 * 6 * 3 and export["rows_per_s"] > 0
    assert export["peak_rss_mb"] > 0
    assert report["pages"][3]["url"].startswith("/jurisdictions/compare/")  # every province
    assert report["data"]["jurisdictions"] == 12
    printed = out.getvalue()
    for name in PAGES:
        assert name in printed
    assert "floor p50" in printed and "×floor" in printed and "cold p95" in printed
