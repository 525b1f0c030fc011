"""Frictionless Data Packages of figures and gap tables, validated by the `frictionless` package
(the reference implementation of the Data Package and Table Schema standards)."""

import csv
import io
import json
import zipfile

import frictionless
import pytest
from django.urls import reverse
from django.utils import translation

from indicators.exports.data_packages import figures_data_package, gaps_data_package
from indicators.exports.figures_csv import FIGURES_CSV_HEADER
from indicators.exports.package_schemas import figures_schema, gaps_schema
from indicators.exports.table_sheets import SCRIPT_GAP_COLUMNS
from indicators.models import Assessment, Figure, Jurisdiction
from indicators.services.figures import figure_record
from tests.factories import FigureFactory, IndicatorFactory, JurisdictionFactory


def validated(package: bytes, tmp_path):
    """(datapackage.json, the CSV's rows as dicts) once frictionless finds the package valid."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        archive.extractall(tmp_path)
        names = archive.namelist()
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = descriptor["resources"]
    assert sorted(names) == sorted(["datapackage.json", resource["path"]])
    with open(tmp_path / resource["path"], encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return descriptor, rows


def test_figures_package_describes_the_figures_csv_and_is_valid(db, tmp_path):
    fuzhou = JurisdictionFactory(name="福州市", level="city", division_code="350100")
    gdp = IndicatorFactory(name="地区生产总值", unit="%")
    FigureFactory(jurisdiction=fuzhou, indicator=gdp, value_text="6.5 左右")
    FigureFactory(jurisdiction=fuzhou, indicator=gdp, kind="expected", value_text="5.5")
    FigureFactory(
        jurisdiction=fuzhou,
        indicator=gdp,
        year=2024,
        kind="final",
        value_text="5",
        period="2024-03",
    )
    descriptor, rows = validated(
        figures_data_package(Figure.objects.all(), name="福州市-2023-figures"), tmp_path
    )
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["name"] == "planwatch-2023-figures"
    schema = descriptor["resources"][0]["schema"]
    assert [f["name"] for f in schema["fields"]] == FIGURES_CSV_HEADER
    assert schema["missingValues"] == [""]
    assert all(f["description"] for f in schema["fields"])
    assert {(r["jurisdiction"], r["indicator"], r["value_text"]) for r in rows} == {
        ("福州市", "地区生产总值", "6.5 左右"),
        ("福州市", "地区生产总值", "5.5"),
        ("福州市", "地区生产总值", "5"),
    }
    assert {row["period"] for row in rows} == {"", "2024-03"}


def test_a_field_that_breaks_its_schema_is_found_by_frictionless(db, tmp_path):
    FigureFactory(value_text="6")
    package = figures_data_package(Figure.objects.all(), name="figures")
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(broken, "w") as target:
        target.writestr("datapackage.json", source.read("datapackage.json"))
        text = source.read("figures.csv").decode().replace(",2023,", ",二〇二三,")
        target.writestr("figures.csv", text)
    with pytest.raises(AssertionError, match="type-error"):
        validated(broken.getvalue(), tmp_path)


def gap_package(client, code, year):
    response = client.get(reverse("indicators:gaps", args=[code, year]), {"format": "datapackage"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].endswith(".datapackage.zip")
    return response.content


def test_the_gap_table_package_holds_export_gaps_columns_and_status_codes(
    analyst_client, demo, tmp_path
):
    descriptor, rows = validated(gap_package(analyst_client, "350100", 2023), tmp_path)
    schema = descriptor["resources"][0]["schema"]
    assert [f["name"] for f in schema["fields"]] == SCRIPT_GAP_COLUMNS
    assert schema["primaryKey"] == ["indicator", "unit"]
    assert descriptor["jurisdiction"] == {"name": "福州市", "division_code": "350100"}
    assert descriptor["year"] == 2023
    stored = Assessment.objects.filter(jurisdiction__division_code="350100", year=2023)
    assert len(rows) == stored.count()
    by_indicator = {(row["indicator"].lstrip("　"), row["unit"]): row for row in rows}
    for assessment in stored.select_related("indicator", "judgement"):
        row = by_indicator[(assessment.indicator.name, assessment.indicator.unit)]
        assert row["status"] == assessment.shown_status


def test_formula_looking_text_is_neutralised_in_a_package_and_numbers_stay_numbers(db, tmp_path):
    place = JurisdictionFactory(name="=1+2区")
    indicator = IndicatorFactory(name="-cmd", unit="@%")
    FigureFactory(jurisdiction=place, indicator=indicator, value_text="-1.5")
    _descriptor, [row] = validated(figures_data_package(Figure.objects.all(), name="x"), tmp_path)
    assert (row["jurisdiction"], row["indicator"], row["unit"]) == ("'=1+2区", "'-cmd", "'@%")
    assert row["value_text"] == "-1.5"
    gaps = Assessment.objects.filter(jurisdiction=place).for_gap_table()
    _descriptor, [gap] = validated(
        gaps_data_package(gaps, jurisdiction=place, year=2023), tmp_path / "gaps"
    )
    assert (gap["indicator"], gap["target"]) == ("'-cmd", "-1.5")


def test_drafts_never_reach_an_officials_or_an_anonymous_package(
    client, settings, official, analyst, demo, tmp_path
):
    figure = Figure.objects.filter(jurisdiction__division_code="350104", kind="target").first()
    figure.value_text = "8.8"
    figure_record(figure=figure, user=analyst)
    settings.PUBLIC_READ = True
    url = reverse("indicators:figures_export")
    query = {"format": "datapackage", "jurisdiction": "350104"}
    for number, user in enumerate([None, official, analyst]):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url, query)
        assert response.status_code == 200
        _descriptor, rows = validated(response.content, tmp_path / str(number))
        drafts = [row["value_text"] for row in rows if row["review_status"] == "draft"]
        assert drafts == (["8.8"] if user is analyst else [])
        assert rows


def test_a_selection_too_large_to_make_at_once_is_refused_with_a_message(
    analyst_client, settings, demo
):
    settings.EXPORT_ASYNC_ROWS = 1
    assert Jurisdiction.objects.filter(division_code="350100").exists()
    for chosen in ("sdmx", "datapackage"):
        response = analyst_client.get(reverse("indicators:figures_export"), {"format": chosen})
        assert response.status_code == 400
        assert response.content.decode()


def test_the_schemas_descriptions_are_in_the_readers_language():
    def year(schema):
        return next(f["description"] for f in schema["fields"] if f["name"] == "year")

    with translation.override("zh-hans"):
        assert year(figures_schema()) == "数据所属年份。"
    with translation.override("en"):
        assert year(figures_schema()) == "Year the figure is for."
        status = next(f for f in gaps_schema()["fields"] if f["name"] == "status")
        assert "missed" in status["constraints"]["enum"]
