"""序时进度 within a year on a page: each annual target against the months elapsed, read from the
figures reported for part of the year (「1–3 月累计完成投资 313.64 亿元」)."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from indicators.models import Figure
from indicators.progress.periods import AsOf
from reports.importing import figures_import

pytestmark = pytest.mark.django_db

HEADER = (
    "jurisdiction,jurisdiction_level,division_code,parent_jurisdiction,indicator,unit,year,kind,"
    "value_text,period,report_title,report_date,source_quote"
)
INVESTMENT = [
    "某市,city,350100,,重点项目投资,亿元,2024,target,1015,,,,",
    "某市,city,350100,,重点项目投资,亿元,2024,final,313.64,2024-03,,,",
]


def load(*rows):
    result = figures_import(data="\n".join([HEADER, *rows]).encode())
    assert result.ok, result.errors


def pace(client, as_of="2024-03", **extra):
    return client.get(
        reverse("indicators:year_pace", args=["350100", 2024]), {"as_of": as_of, **extra}
    )


def test_a_target_after_the_first_quarter_shows_progress_against_a_quarter_of_the_year(
    admin_client,
):
    load(*INVESTMENT)
    admin_client.cookies["django_language"] = "en"
    response = pace(admin_client)
    assert response.status_code == 200
    [line] = response.context["lines"]
    assert (line.progress.progress, line.progress.time_progress) == (Decimal("30.90"), 25)
    assert line.progress.status == "ahead"
    page = response.content.decode()
    assert "30.9%" in page and "25.0%" in page and "313.64" in page
    assert "Still to complete" in page and "Binding" not in page


def test_the_page_reads_the_months_reached_by_the_date_chosen(admin_client):
    load(*INVESTMENT)
    [line] = pace(admin_client, as_of="2024-02").context["lines"]
    assert line.latest is None and line.progress.status == "pending"
    # Read in June with March the latest month reported, progress is compared at March.
    [line] = pace(admin_client, as_of="2024-06").context["lines"]
    assert line.progress.through == AsOf(2024, 3) and line.progress.time_progress == 25


def test_a_date_outside_the_year_or_unreadable_is_explained_not_used(admin_client):
    load(*INVESTMENT)
    for text in ("2023-05", "2024-13", "三月"):
        response = pace(admin_client, as_of=text)
        assert response.status_code == 200
        assert text in response.context["problem"]
        assert response.context["as_of"].year == 2024  # the year's own default


def test_the_page_runs_a_constant_number_of_queries(admin_client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    load(*INVESTMENT)
    with CaptureQueriesContext(connection) as few:
        assert pace(admin_client).status_code == 200
    rows = []
    for n in range(10):
        rows += [
            f"某市,city,350100,,项目{n},亿元,2024,target,{100 + n},,,,",
            f"某市,city,350100,,项目{n},亿元,2024,final,{n + 20},2024-02,,,",
            f"某市,city,350100,,项目{n},亿元,2024,expected,{n + 30},2024-03,,,",
        ]
    load(*rows)
    with CaptureQueriesContext(connection) as many:
        response = pace(admin_client)
    assert len(many) == len(few)
    assert len(response.context["lines"]) == 11


def test_drafts_are_not_counted_and_downloads_carry_the_lines(admin_client):
    load(*INVESTMENT)
    Figure.objects.filter(period="2024-03").update(review_status=Figure.Review.DRAFT)
    [line] = pace(admin_client).context["lines"]
    assert line.latest is None
    Figure.objects.update(review_status=Figure.Review.APPROVED)
    download = pace(admin_client, format="csv")
    body = b"".join(download.streaming_content) if download.streaming else download.content
    assert "重点项目投资" in body.decode("utf-8-sig") and "30.9" in body.decode("utf-8-sig")
    xlsx = pace(admin_client, format="xlsx")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd")


def test_the_gap_table_links_to_the_progress_within_its_year(admin_client):
    load(*INVESTMENT)
    page = admin_client.get(reverse("indicators:gaps", args=["350100", 2024])).content.decode()
    assert reverse("indicators:year_pace", args=["350100", 2024]) in page
    assert "年内序时进度" in page  # Chinese first
