import io

import pytest
from django.core.management import call_command
from django.utils import translation

from indicators.models import Figure, Indicator, Jurisdiction
from reports.importing import figures_import
from reports.models import Report

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


HEADER = (
    "jurisdiction,jurisdiction_level,parent_jurisdiction,indicator,unit,year,kind,value_text,"
    "report_title,report_date,source_quote,review_status"
)
ROWS = [
    "仓山区,district,福州市,城镇新增就业,万人,2026,target,1.9,,,,draft",
    "仓山区,district,福州市,城镇新增就业,万人,2026,expected,1.8,,,,returned",
    "仓山区,district,福州市,城镇新增就业,万人,2026,final,1.85,,,,approved",
]


def csv_bytes(*rows, header=HEADER):
    return "\n".join([header, *rows]).encode()


def statuses():
    return dict(
        Figure.objects.filter(indicator__name="城镇新增就业", year=2026).values_list(
            "kind", "review_status"
        )
    )


def empty_database():
    Figure.objects.all().delete()
    Report.objects.all().delete()
    Indicator.objects.all().delete()
    for level in ("district", "city", "province", "country"):
        Jurisdiction.objects.filter(level=level).delete()


def test_export_then_import_keeps_drafts_and_returned_figures_unpublished():
    figures_import(data=csv_bytes(*[row.rsplit(",", 1)[0] + "," for row in ROWS]))
    Figure.objects.filter(year=2026, kind="target").update(review_status="draft")
    Figure.objects.filter(year=2026, kind="expected").update(review_status="returned")
    exported = io.StringIO()
    call_command("export_figures", stdout=exported)
    before = sorted(
        Figure.objects.values_list("jurisdiction__name", "year", "kind", "review_status")
    )
    empty_database()
    result = figures_import(data=exported.getvalue().encode())
    assert result.ok, result.errors
    after = sorted(
        Figure.objects.values_list("jurisdiction__name", "year", "kind", "review_status")
    )
    assert after == before
    assert statuses() == {"target": "draft", "expected": "returned", "final": "approved"}
    again = io.StringIO()
    call_command("export_figures", stdout=again)
    assert again.getvalue() == exported.getvalue()


def test_a_review_status_that_is_not_one_is_a_row_and_column_error():
    result = figures_import(data=csv_bytes(ROWS[0], ROWS[1].replace("returned", "published")))
    assert not result.stored
    assert [str(error) for error in result.errors] == [
        "row 3, column review_status: 'published' is not one of draft, approved, returned."
    ]
    assert Figure.objects.count() == 0


def test_a_reviewer_imports_figures_in_the_status_the_file_gives(analyst, demo):
    result = figures_import(data=csv_bytes(*ROWS), user=analyst)
    assert result.ok and result.stored and not result.warnings
    assert statuses() == {"target": "draft", "expected": "returned", "final": "approved"}
    final = Figure.objects.get(year=2026, kind="final", indicator__name="城镇新增就业")
    assert (final.entered_by, final.reviewed_by) == (analyst, analyst)
    assert final.history.first().review_status == "approved"


def test_an_analyst_who_may_not_review_imports_approved_rows_as_drafts(cangshan_analyst, demo):
    result = figures_import(data=csv_bytes(*ROWS), user=cangshan_analyst)
    assert result.ok and result.stored
    assert statuses() == {"target": "draft", "expected": "draft", "final": "draft"}
    assert result.warnings == [
        "Row 3: you may not review figures of 仓山区; its rows marked approved or returned "
        "were stored as drafts."
    ]


def test_a_changed_review_status_alone_updates_the_figure(demo):
    figures_import(data=csv_bytes(*ROWS))
    result = figures_import(data=csv_bytes(ROWS[0].replace(",draft", ",approved"), *ROWS[1:]))
    assert (result.figures_updated, result.figures_unchanged) == (1, 2)
    assert statuses()["target"] == "approved"


def test_an_empty_review_status_imports_as_before(cangshan_analyst, demo):
    rows = [row.rsplit(",", 1)[0] + "," for row in ROWS]
    figures_import(data=csv_bytes(*rows), user=cangshan_analyst)
    assert set(statuses().values()) == {"draft"}


def test_an_analyst_imports_figures_of_a_district_the_file_creates_in_their_city(analyst, demo):
    rows = ["新设区,district,福州市,城镇新增就业,万人,2026,target,1.9,,,,"]
    result = figures_import(data=csv_bytes(*rows), user=analyst)
    assert result.ok, result.errors
    assert result.created_jurisdictions == ["新设区"]
    assert Figure.objects.get(jurisdiction__name="新设区").value_text == "1.9"


def test_a_district_created_outside_an_analysts_scope_is_still_refused(cangshan_analyst, demo):
    rows = ["新设区,district,福州市,城镇新增就业,万人,2026,target,1.9,,,,"]
    result = figures_import(data=csv_bytes(*rows), user=cangshan_analyst)
    assert [e.column for e in result.errors] == ["jurisdiction"]
    assert not Jurisdiction.objects.filter(name="新设区").exists()
