"""Every table's download menu offers SDMX-CSV and a Data Package of what the table shows,
validated by sdmx1 and frictionless."""

import re
from html import unescape

import pytest
from django.urls import reverse

from indicators.models import Assessment, Figure
from indicators.services.figures import figure_record
from tests.indicators.exports.sdmx_structure import attribute, by_key, read_sdmx_csv
from tests.indicators.exports.test_data_packages import validated


def download_links(page):
    [menu] = re.findall(r'<p class="downloads">.*?</p>', page, re.S)
    return [unescape(href) for href in re.findall(r'href="([^"]*)"', menu)]


def test_the_gap_table_offers_sdmx_csv_and_a_data_package_beside_its_other_downloads(
    analyst_client, demo
):
    url = reverse("indicators:gaps", args=["350100", 2023])
    page = analyst_client.get(url, {"status": "missed"}).content.decode()
    links = download_links(page)
    assert links[:4] == [
        "?status=missed&format=xlsx",
        "?status=missed&format=csv",
        "?status=missed&format=sdmx",
        "?status=missed&format=datapackage",
    ]
    assert links[4].startswith(reverse("indicators:figures_export"))
    assert "SDMX-CSV" in page and "数据包" in page


def test_the_gap_tables_sdmx_csv_holds_its_targets_and_results(analyst_client, demo, caplog):
    response = analyst_client.get(
        reverse("indicators:gaps", args=["350100", 2023]), {"format": "sdmx"}
    )
    assert response["Content-Disposition"].endswith(".sdmx.csv")
    observations = by_key(read_sdmx_csv(b"".join(response.streaming_content), caplog))
    stored = Assessment.objects.filter(jurisdiction__division_code="350100", year=2023)
    targets = {key for key in observations if key[3] == "TARGET"}
    assert len(targets) == stored.count()
    assert len(observations) == stored.count() + stored.exclude(result=None).count()
    for assessment in stored.select_related("target", "result"):
        key = ("350100", str(assessment.indicator_id), "2023")
        target = observations[(*key, "TARGET")]
        assert attribute(target, "VALUE_TEXT") == assessment.target.value_text
        if assessment.result:
            result = observations[(*key, "ACTUAL")]
            assert attribute(result, "VALUE_TEXT") == assessment.result.value_text
            status = {"expected": "E", "final": "A"}[assessment.result.kind]
            if "初步统计" in assessment.result.flags:
                status = "P"
            assert attribute(result, "OBS_STATUS") == status


def test_the_gap_table_download_follows_the_tables_filter(analyst_client, demo, caplog, tmp_path):
    url = reverse("indicators:gaps", args=["350100", 2023])
    missed = Assessment.objects.filter(jurisdiction__division_code="350100", year=2023)
    missed = missed.filter(status="missed", judgement=None).count()
    response = analyst_client.get(url, {"format": "datapackage", "status": "missed"})
    _descriptor, rows = validated(response.content, tmp_path)
    assert {row["status"] for row in rows} == {"missed"} and len(rows) == missed


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("compare", ["350100", 2023]),
        ("years", ["350100"]),
        ("annex", ["350100", 2024]),
    ],
)
def test_comparisons_and_the_annex_download_as_sdmx_csv_and_a_data_package(
    analyst_client, demo, caplog, tmp_path, name, args
):
    url = reverse(f"indicators:{name}", args=args)
    page = analyst_client.get(url).content.decode()
    assert "format=sdmx" in page and "format=datapackage" in page
    sdmx = analyst_client.get(url, {"format": "sdmx"})
    observations = read_sdmx_csv(b"".join(sdmx.streaming_content), caplog)
    assert observations
    descriptor, rows = validated(
        analyst_client.get(url, {"format": "datapackage"}).content, tmp_path
    )
    assert descriptor["resources"][0]["name"] == "figures"
    assert len(rows) == len(observations)


def test_a_draft_never_reaches_an_officials_table_download(client, official, analyst, demo, caplog):
    figure = Figure.objects.filter(jurisdiction__division_code="350104", kind="target").first()
    figure.value_text = "8.8"
    figure_record(figure=figure, user=analyst)
    client.force_login(official)
    for name, args in [("gaps", ["350104", figure.year]), ("years", ["350104"])]:
        response = client.get(reverse(f"indicators:{name}", args=args), {"format": "sdmx"})
        observations = read_sdmx_csv(b"".join(response.streaming_content), caplog)
        assert observations
        assert "8.8" not in {attribute(obs, "VALUE_TEXT") for obs in observations}
        assert {attribute(obs, "REVIEW_STATUS") for obs in observations} == {"approved"}
