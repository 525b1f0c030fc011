"""Figures as SDMX-CSV 2.0.0, read back by sdmx1's SDMX-CSV reader against the documented
structure (tests/indicators/exports/sdmx_structure.py)."""

from datetime import date

import pytest
from django.urls import reverse

from indicators.exports.sdmx_csv import (
    obs_status,
    ref_area,
    sdmx_csv_bytes,
    sdmx_csv_lines,
    time_period,
)
from indicators.models import Figure, Jurisdiction
from indicators.services.figures import figure_record
from tests.factories import FigureFactory, IndicatorFactory, JurisdictionFactory, ReportFactory
from tests.indicators.exports.sdmx_structure import attribute, by_key, read_sdmx_csv


@pytest.mark.parametrize(
    ("kind", "flags", "status"),
    [
        ("target", [], "A"),
        ("plan_target", ["约束性"], "A"),
        ("expected", ["预计"], "E"),
        ("final", ["初步统计"], "P"),
        ("final", [], "A"),
    ],
)
def test_the_kind_of_a_figure_is_its_sdmx_observation_status(kind, flags, status):
    assert obs_status(Figure(kind=kind, flags=flags)) == status


@pytest.fixture
def fuzhou_figures(db):
    fuzhou = JurisdictionFactory(name="福州市", level="city", division_code="350100")
    gdp = IndicatorFactory(name="地区生产总值", unit="%")
    revenue = IndicatorFactory(name="一般公共预算收入", unit="亿元")
    FigureFactory(jurisdiction=fuzhou, indicator=gdp, year=2023, value_text="6.5 左右")
    FigureFactory(jurisdiction=fuzhou, indicator=gdp, year=2023, kind="expected", value_text="5.5")
    FigureFactory(jurisdiction=fuzhou, indicator=revenue, year=2023, value_text="6—6.5")
    FigureFactory(
        jurisdiction=fuzhou, indicator=revenue, year=2022, kind="final", value_text="−1.2"
    )
    FigureFactory(
        jurisdiction=fuzhou,
        indicator=revenue,
        year=2024,
        kind="final",
        value_text="313.64",
        period="2024-03",
        flags=["初步统计"],
    )
    return fuzhou, gdp, revenue


def test_figures_read_back_as_one_observation_each_with_values_as_numbers(fuzhou_figures, caplog):
    fuzhou, gdp, revenue = fuzhou_figures
    content = sdmx_csv_bytes(Figure.objects.for_sdmx())
    observations = by_key(read_sdmx_csv(content, caplog))
    assert set(observations) == {
        ("350100", str(gdp.pk), "2023", "TARGET"),
        ("350100", str(gdp.pk), "2023", "ACTUAL"),
        ("350100", str(revenue.pk), "2023", "TARGET"),
        ("350100", str(revenue.pk), "2022", "ACTUAL"),
        ("350100", str(revenue.pk), "2024-01-01/P3M", "ACTUAL"),
    }
    target = observations[("350100", str(gdp.pk), "2023", "TARGET")]
    assert (target.value, attribute(target, "VALUE_TEXT")) == ("6.5", "6.5 左右")
    assert attribute(target, "OBS_STATUS") == "A"
    expected = observations[("350100", str(gdp.pk), "2023", "ACTUAL")]
    assert (expected.value, attribute(expected, "OBS_STATUS")) == ("5.5", "E")
    ranged = observations[("350100", str(revenue.pk), "2023", "TARGET")]
    assert (ranged.value, attribute(ranged, "VALUE_TEXT")) == ("", "6—6.5")
    falling = observations[("350100", str(revenue.pk), "2022", "ACTUAL")]
    assert falling.value == "-1.2"
    quarter = observations[("350100", str(revenue.pk), "2024-01-01/P3M", "ACTUAL")]
    assert (quarter.value, attribute(quarter, "OBS_STATUS")) == ("313.64", "P")


def test_chinese_text_round_trips_in_utf8(fuzhou_figures, caplog):
    content = sdmx_csv_bytes(Figure.objects.for_sdmx())
    assert not content.startswith(b"\xef\xbb\xbf")  # SDMX readers take no byte order mark
    [observation] = [
        obs
        for obs in read_sdmx_csv(content, caplog)
        if attribute(obs, "UNIT_MEASURE") == "亿元" and obs.value == "313.64"
    ]
    assert attribute(observation, "REF_AREA_NAME") == "福州市"
    assert attribute(observation, "INDICATOR_NAME") == "一般公共预算收入"


def test_the_final_result_and_the_newest_report_give_the_one_observation(db, caplog):
    place = JurisdictionFactory()
    indicator = IndicatorFactory()
    older = ReportFactory(jurisdiction=place, delivered_on=date(2024, 1, 13))
    newer = ReportFactory(jurisdiction=place, delivered_on=date(2025, 1, 10))
    for report, kind, text in [
        (older, "expected", "5.5"),
        (newer, "final", "5.7"),
        (older, "target", "6.5"),
        (newer, "target", "6"),
    ]:
        FigureFactory(
            jurisdiction=place,
            indicator=indicator,
            kind=kind,
            value_text=text,
            source_report=report,
            source_quote=f"增长{text}%",
        )
    observations = by_key(read_sdmx_csv(sdmx_csv_bytes(Figure.objects.for_sdmx()), caplog))
    values = {
        key[3]: (obs.value, attribute(obs, "OBS_STATUS")) for key, obs in observations.items()
    }
    assert values == {"ACTUAL": ("5.7", "A"), "TARGET": ("6", "A")}


def test_formula_looking_text_is_neutralised_and_numbers_stay_numbers(db, caplog):
    indicator = IndicatorFactory(name='=HYPERLINK("http://example.invalid")', unit="@亿元")
    FigureFactory(indicator=indicator, kind="final", value_text="-3.5")
    FigureFactory(indicator=indicator, kind="target", value_text="+正增长")
    observations = read_sdmx_csv(sdmx_csv_bytes(Figure.objects.for_sdmx()), caplog)
    texts = {attribute(obs, "VALUE_TEXT"): obs for obs in observations}
    assert set(texts) == {"-3.5", "'+正增长"}
    assert texts["-3.5"].value == "-3.5"
    for obs in observations:
        assert attribute(obs, "INDICATOR_NAME") == '\'=HYPERLINK("http://example.invalid")'
        assert attribute(obs, "UNIT_MEASURE") == "'@亿元"


@pytest.fixture
def with_a_draft(demo, analyst):
    figure = Figure.objects.filter(jurisdiction__division_code="350104", kind="target").first()
    figure.value_text = "8.8"
    figure_record(figure=figure, user=analyst)
    return figure


def export_observations(client, caplog, **query):
    response = client.get(reverse("indicators:figures_export"), {"format": "sdmx", **query})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.sdmx.data+csv; version=2.0.0")
    return read_sdmx_csv(b"".join(response.streaming_content), caplog)


def test_drafts_never_reach_an_officials_or_an_anonymous_sdmx_download(
    client, settings, official, analyst, with_a_draft, caplog
):
    settings.PUBLIC_READ = True
    for user in (None, official):
        client.logout()
        if user:
            client.force_login(user)
        observations = export_observations(client, caplog, jurisdiction="350104")
        assert observations
        assert {attribute(obs, "REVIEW_STATUS") for obs in observations} == {"approved"}
        assert "8.8" not in {attribute(obs, "VALUE_TEXT") for obs in observations}
    client.force_login(analyst)
    observations = export_observations(client, caplog, jurisdiction="350104")
    drafts = [obs for obs in observations if attribute(obs, "REVIEW_STATUS") == "draft"]
    assert [attribute(obs, "VALUE_TEXT") for obs in drafts] == ["8.8"]


def test_for_sdmx_writes_a_whole_selection_in_one_query(fuzhou_figures, django_assert_num_queries):
    figures = Figure.objects.for_sdmx()
    with django_assert_num_queries(1):
        lines = list(sdmx_csv_lines(figures))
    assert len(lines) == 1 + 5


def test_a_period_is_an_sdmx_time_range_and_a_place_without_a_code_is_still_keyed():
    assert time_period(Figure(year=2023, period="")) == "2023"
    assert time_period(Figure(year=2024, period="2024-03")) == "2024-01-01/P3M"
    assert time_period(Figure(year=2024, period="2021-2024")) == "2021-01-01/P4Y"
    assert ref_area(Jurisdiction(pk=7, level="country", name="全国")) == "CN"
    assert ref_area(Jurisdiction(pk=7, level="city", name="新城")) == "J7"
    assert ref_area(Jurisdiction(pk=7, level="city", division_code="350100")) == "350100"
