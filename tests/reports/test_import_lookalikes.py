"""Figures CSV cells and uploaded files that look right and are not: digits other than 0–9,
invisible characters."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from indicators.models import Figure, Indicator, Jurisdiction
from reports.forms import PasteForm
from reports.importing import figures_import
from reports.models import Candidate
from tests.factories import JurisdictionFactory
from tests.reports.test_documents import docx_bytes
from tests.reports.test_extraction_review import CANGSHAN
from tests.reports.test_import_figures import HEADER, TITLE, csv_bytes

pytestmark = pytest.mark.django_db

PLAN_HEADER = HEADER + ",division_code,plan,plan_start,plan_end"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def row(year="2023", date="2024-01-13", code="350100", start="2021", value="6.5 左右"):
    return (
        f"福州市,city,福建省,地区生产总值,%,{year},target,{value},{TITLE},{date},增长 6.5% 左右,"
        f"{code},十四五规划,{start},2025"
    )


@pytest.mark.parametrize(
    ("cells", "column"),
    [
        ({"year": "²⁰²³"}, "year"),
        ({"year": "２０２３"}, "year"),
        ({"year": "٢٠٢٣"}, "year"),
        ({"start": "²⁰²¹"}, "plan_start"),
        ({"code": "３５０１００"}, "division_code"),
        ({"code": "³⁵⁰¹⁰⁰"}, "division_code"),
        ({"date": "２０２４-01-13"}, "report_date"),
    ],
)
def test_digits_other_than_ascii_are_a_row_error_not_a_crash(cells, column):
    result = figures_import(data=csv_bytes(row(**cells), header=PLAN_HEADER))
    assert [(e.row, e.column) for e in result.errors] == [(2, column)]
    assert not Figure.objects.exists()


def test_superscript_digits_in_a_value_are_not_a_crash():
    result = figures_import(data=csv_bytes(row(value="⁶.⁵"), header=PLAN_HEADER))
    assert result.ok or result.errors


@pytest.mark.parametrize(
    ("jurisdiction", "indicator"),
    [
        ("仓山区\u200b", "地区生产总值"),
        ("\ufeff仓山区", "地区生产总值"),
        ("仓山区", "地区生产总值\u200b"),
        ("仓\u00ad山区\u2060", "\u200e地区生产总值\u200d"),
    ],
)
def test_invisible_characters_make_no_look_alike_jurisdiction_or_indicator(
    demo, jurisdiction, indicator
):
    counts = (Jurisdiction.objects.count(), Indicator.objects.count())
    rows = [f"{jurisdiction},district,福州市,{indicator},%,2030,target,6 以上,,,"]
    result = figures_import(data=csv_bytes(*rows))
    assert result.ok and result.stored, result.errors
    assert (result.created_jurisdictions, result.created_indicators) == ([], [])
    assert (Jurisdiction.objects.count(), Indicator.objects.count()) == counts
    figure = Figure.objects.get(year=2030, kind="target", value_text="6 以上")
    assert (figure.jurisdiction.name, figure.indicator.name) == ("仓山区", "地区生产总值")


def test_the_admin_refuses_a_jurisdiction_that_differs_only_by_invisible_characters(
    client, administrator, demo
):
    client.force_login(administrator)
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    url = reverse("admin:indicators_jurisdiction_add")
    fields = {"level": "district", "parent": fuzhou.pk}
    response = client.post(url, {**fields, "name": "仓山区\u200b"})
    assert response.status_code == 200 and response.context["adminform"].form.errors
    assert Jurisdiction.objects.filter(name__startswith="仓山区").count() == 1
    assert client.post(url, {**fields, "name": "试验区\u200b"}).status_code == 302
    assert Jurisdiction.objects.filter(name="试验区").exists()


def test_an_indicator_that_differs_only_by_invisible_characters_is_a_duplicate(demo):
    with pytest.raises(ValidationError):
        Indicator(name="地区生产总值\u200b", unit="%", direction="up").full_clean()
    fresh = Indicator(name="\ufeff新指标\u200b", unit="%", direction="up", aliases=["别名\u00ad"])
    fresh.full_clean()
    assert (fresh.name, fresh.aliases) == ("新指标", ["别名"])


def test_a_pasted_table_loses_its_invisible_characters():
    form = PasteForm({"text": "地区生产总值\u200b\t亿元\t\ufeff1110"})
    assert form.is_valid() and form.cleaned_data["text"] == "地区生产总值\t亿元\t1110"


def test_an_uploaded_word_report_with_zero_width_spaces_proposes_the_known_indicators(
    analyst_client, demo, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    district = JurisdictionFactory(
        name="试验区",
        level="district",
        division_code="350199",
        parent=Jurisdiction.objects.get(division_code="350100"),
    )

    def build(document):
        for line in CANGSHAN.replace("地区生产总值", "地区生产总值\u200b").splitlines():
            document.add_paragraph(line.replace("增长", "\ufeff增长\u00ad"))

    upload = SimpleUploadedFile("report.docx", docx_bytes(build))
    with django_capture_on_commit_callbacks(execute=True):
        response = analyst_client.post(
            reverse("reports:new"), {"jurisdiction": district.pk, "file": upload}
        )

    assert response.status_code == 302
    candidates = Candidate.objects.filter(report__jurisdiction=district)
    gdp = candidates.filter(indicator__startswith="地区生产总值")
    assert gdp.exists() and {c.indicator for c in gdp} == {"地区生产总值"}
    assert not gdp.filter(new_indicator=True).exists()
    assert not candidates.filter(quote__contains="\u200b").exists()


CODED_HEADER = HEADER + ",division_code,parent_division_code"


@pytest.mark.parametrize(
    "cells",
    [
        "鼓楼区,district,福州市,地区生产总值,%,2030,target,6 以上,,,,350201,",
        "鼓楼区,district,福州市,地区生产总值,%,2030,target,6 以上,,,,360102,350100",
        "三明市,city,福建省,地区生产总值,%,2030,target,6 以上,,,,360400,350000",
    ],
)
def test_a_new_jurisdictions_code_that_does_not_fit_its_parents_is_a_row_error(demo, cells):
    counts = (Jurisdiction.objects.count(), Figure.objects.count())
    good = "仓山区,district,福州市,地区生产总值,%,2030,target,7 以上,,,,350104,350100"
    result = figures_import(data=csv_bytes(good, cells, header=CODED_HEADER))
    assert [(e.row, e.column) for e in result.errors] == [(3, "division_code")]
    assert "does not fit" in result.errors[0].message
    assert (Jurisdiction.objects.count(), Figure.objects.count()) == counts


def test_a_new_jurisdictions_code_that_fits_its_parents_is_imported(demo):
    rows = ["鼓楼区,district,福州市,地区生产总值,%,2030,target,6 以上,,,,350102,350100"]
    result = figures_import(data=csv_bytes(*rows, header=CODED_HEADER))
    assert result.ok and result.created_jurisdictions == ["鼓楼区"], result.errors
    assert Jurisdiction.objects.get(division_code="350102").parent.division_code == "350100"
