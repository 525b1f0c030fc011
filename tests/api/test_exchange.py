"""The statisticians' formats from the API: the filtered figures as SDMX-CSV read back by
sdmx1, and a gap table as a Data Package that frictionless finds valid."""

import io
import zipfile

import frictionless
import pytest

from indicators.models import Figure
from tests.api.conftest import token_client
from tests.indicators.exports.sdmx_structure import attribute, by_key, read_sdmx_csv


def streamed(response):
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_figures_as_sdmx_follow_the_filters_and_never_carry_drafts(
    draft, official, administrator, caplog
):
    query = {"within": "350100", "year": 2026}
    for_official = token_client(official).get("/api/v1/figures/sdmx/", query)
    assert for_official.status_code == 200
    assert for_official["Content-Type"].startswith("application/vnd.sdmx.data+csv")
    assert not by_key(read_sdmx_csv(streamed(for_official), caplog))  # the 2026 draft only

    for_administrator = token_client(administrator).get("/api/v1/figures/sdmx/", query)
    observations = by_key(read_sdmx_csv(streamed(for_administrator), caplog))
    assert [attribute(obs, "REVIEW_STATUS") for obs in observations.values()] == ["draft"]

    year_2023 = token_client(official).get(
        "/api/v1/figures/sdmx/", {"jurisdiction": "350100", "year": 2023}
    )
    read = by_key(read_sdmx_csv(streamed(year_2023), caplog))
    assert read and {key[0] for key in read} == {"350100"}
    assert {key[2] for key in read} == {"2023"}


@pytest.mark.django_db
def test_a_gap_table_as_a_data_package_is_valid_and_says_status_for_status(
    demo, official, tmp_path
):
    response = token_client(official).get(
        "/api/v1/assessments/datapackage/", {"jurisdiction": "福州市", "year": 2023}
    )
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    zipfile.ZipFile(io.BytesIO(response.content)).extractall(tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    rows = package.resources[0].read_rows()
    api = token_client(official).get(
        "/api/v1/assessments/", {"jurisdiction": "350100", "year": 2023, "page_size": 1000}
    )
    assert sorted(row["status"] for row in rows) == sorted(
        row["status"] for row in api.json()["results"]
    )

    missing = token_client(official).get("/api/v1/assessments/datapackage/", {"year": 2023})
    assert missing.status_code == 400 and missing.json()["jurisdiction"]


@pytest.mark.django_db
def test_a_selection_too_large_to_write_at_once_is_a_400(demo, official, settings):
    settings.EXPORT_ASYNC_ROWS = 5
    assert Figure.objects.published().count() > 5
    for url in ("/api/v1/figures/sdmx/", "/api/v1/figures/datapackage/"):
        refused = token_client(official).get(url)
        assert refused.status_code == 400 and refused.json()["within"], url
