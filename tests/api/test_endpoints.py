"""What the API answers: the gap table as `export_gaps` writes it, filters, pages that neither
repeat nor skip, plan progress and comparisons, and a 400 naming the parameter for bad input."""

import base64
import csv
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators.models import Assessment, Figure, Jurisdiction
from tests.api.conftest import token_client
from tests.factories import children_with_figures_of


def every_row(client, url, **query):
    found, params = [], {"page_size": 7, **query}
    while url:
        response = client.get(url, params)
        assert response.status_code == 200, response.content
        page = response.json()
        found += page["results"]
        url, params = page["next"], None
    return found


def export_gaps_rows(code, year):
    out = io.StringIO()
    call_command("export_gaps", jurisdiction=code, year=year, stdout=out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["350100", "350104"])
def test_the_gap_table_equals_export_gaps_status_for_status(demo, official, code):
    client = token_client(official)
    years = Assessment.objects.filter(jurisdiction__division_code=code).values_list(
        "year", flat=True
    )
    assert years
    for year in set(years):
        expected = export_gaps_rows(code, year)
        rows = every_row(client, "/api/v1/assessments/", jurisdiction=code, year=year, lang="en")
        shown = sorted(
            (
                "　" * row["depth"] + row["indicator_name"],
                row["unit"],
                row["target"],
                row["result"] or "",
                row["status"],
                row["explanation"],
                row["target_source"],
                row["result_source"],
            )
            for row in rows
        )
        written = sorted(
            (
                row["indicator"],
                row["unit"],
                row["target"],
                row["result"],
                row["status"],
                row["explanation"],
                row["target_source"],
                row["result_source"],
            )
            for row in expected
        )
        assert shown == written, (code, year)


@pytest.mark.django_db
def test_explanations_follow_the_language_asked_for(demo, official):
    client = token_client(official)
    query = {"jurisdiction": "350100", "year": 2023, "status": "missed", "page_size": 1}
    chinese = client.get("/api/v1/assessments/", query).json()["results"][0]["explanation"]
    english = client.get("/api/v1/assessments/", {**query, "lang": "en"}).json()["results"][0]
    header = client.get("/api/v1/assessments/", query, HTTP_ACCEPT_LANGUAGE="en").json()
    assert "低于" in chinese
    assert english["explanation"].isascii() or "below" in english["explanation"]
    assert header["results"][0]["explanation"] == english["explanation"]


@pytest.mark.django_db
def test_pages_walk_every_figure_once_in_a_stable_order(demo, official):
    rows = every_row(token_client(official), "/api/v1/figures/")
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids)
    assert set(ids) == set(Figure.objects.published().values_list("pk", flat=True))


@pytest.mark.django_db
def test_filters_by_place_with_descendants_indicator_years_and_kind(demo, official):
    client = token_client(official)
    fuzhou = every_row(client, "/api/v1/figures/", jurisdiction="Fuzhou")
    assert {row["jurisdiction"] for row in fuzhou} == {"350100"}
    below = every_row(client, "/api/v1/figures/", within="福州市")
    assert {row["jurisdiction"] for row in below} == {"350100", "350104", "350105"}
    assert (
        len(below)
        == Figure.objects.published()
        .filter(jurisdiction__division_code__in=["350100", "350104", "350105"])
        .count()
    )

    gdp = every_row(
        client, "/api/v1/figures/", indicator="地区生产总值", year_from=2023, year_to=2024
    )
    assert gdp and {row["indicator_name"] for row in gdp} == {"地区生产总值"}
    assert {row["year"] for row in gdp} <= {2023, 2024}

    kinds = client.get("/api/v1/figures/?kind=target&kind=final&page_size=1000").json()
    assert {row["kind"] for row in kinds["results"]} == {"target", "final"}

    missed = every_row(client, "/api/v1/assessments/", status="missed", within="350100")
    assert missed and {row["status"] for row in missed} == {"missed"}

    cities = every_row(client, "/api/v1/jurisdictions/", within="350000", level="city")
    assert {row["code"] for row in cities} == {
        "350100",
        "350200",
        "350300",
        "350500",
        "350600",
        "350900",
    }


ONE_ROW_A_RESULT = ["/api/v1/figures/", "/api/v1/assessments/", "/api/v1/plans/"]


def forged(text):
    return base64.b64encode(text.encode()).decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"jurisdiction": "三明市"}, "jurisdiction"),
        ({"within": "999999"}, "within"),
        ({"year": "²"}, "year"),
        ({"year": "99999"}, "year"),
        ({"year_from": "２０２３"}, "year_from"),
        ({"indicator": "不存在的指标"}, "indicator"),
        ({"kind": "guess"}, "kind"),
        ({"status": "great"}, "status"),
        ({"cursor": "not-base64!"}, "cursor"),
        ({"cursor": forged("p=abc")}, "cursor"),
        ({"cursor": forged("p=1' OR 1=1")}, "cursor"),
        ({"cursor": forged("o=-5")}, "cursor"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"yaer": "2023"}, "yaer"),
    ],
)
def test_bad_query_parameters_get_a_400_naming_the_parameter(official, query, parameter):
    only = {
        "kind": ["/api/v1/figures/"],
        "status": ["/api/v1/assessments/"],
        "year_from": ONE_ROW_A_RESULT[:2],
        "indicator": ONE_ROW_A_RESULT[:2],
    }
    for url in only.get(parameter, ONE_ROW_A_RESULT):
        response = token_client(official).get(url, query)
        assert response.status_code == 400, (url, query, response.content)
        assert response.json()[parameter], response.json()


@pytest.mark.django_db
def test_comparisons_put_a_jurisdiction_beside_those_below_it(demo, official):
    client = token_client(official)
    grid = client.get("/api/v1/comparisons/", {"jurisdiction": "350100", "year": 2023}).json()
    assert [column["code"] for column in grid["columns"]] == ["350100", "350104", "350105"]
    gdp = next(row for row in grid["rows"] if row["indicator"]["name"] == "地区生产总值")
    assert gdp["cells"][0]["target"]["value_text"] == "6.5 左右"
    assert gdp["cells"][0]["status"] == "missed"

    provinces = client.get("/api/v1/comparisons/", {"year": 2023}).json()
    assert "350000" in [column["code"] for column in provinces["columns"]]

    refused = client.get("/api/v1/comparisons/", {"jurisdiction": "nowhere", "year": "20x3"})
    assert refused.status_code == 400
    assert set(refused.json()) == {"jurisdiction", "year"}


@pytest.mark.django_db
def test_plan_progress_answers_as_the_progress_command_writes(demo, official):
    client = token_client(official)
    plan = client.get("/api/v1/plans/", {"year": 2023}).json()["results"][0]
    answer = client.get(f"/api/v1/plans/{plan['id']}/progress/", {"as_of": "2023"}).json()
    out = io.StringIO()
    call_command(
        "progress",
        jurisdiction=plan["jurisdiction"],
        plan=plan["name"],
        as_of="2023",
        stdout=out,
    )
    written = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(answer["targets"]) == len(written) > 0
    for target, row in zip(answer["targets"], written, strict=True):
        assert "　" * target["depth"] + target["indicator"] == row["indicator"]
        assert (target["target"], target["status"]) == (row["target"], row["status"])

    for bad in ("", "1999", "2023-13", "²"):
        refused = client.get(f"/api/v1/plans/{plan['id']}/progress/", {"as_of": bad})
        assert refused.status_code == 400 and refused.json()["as_of"]


PAGES = [
    "/api/v1/figures/?within=350100&page_size=100",
    "/api/v1/assessments/?within=350100&page_size=100",
    "/api/v1/jurisdictions/?within=350100",
    "/api/v1/comparisons/?jurisdiction=350100&year=2023",
]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"][:120] for query in queries.captured_queries]


@pytest.mark.django_db
def test_a_page_costs_the_same_queries_whatever_the_data_size(demo, official):
    client = token_client(official)
    for url in PAGES:
        client.get(url)  # warm what is read once per process (content types, translations)
    few = {url: queries_of(client, url) for url in PAGES}
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    children_with_figures_of(fuzhou, count=12, figures_each=20)
    for url in PAGES:
        many = queries_of(client, url)
        assert len(many) == len(few[url]) <= 10, (url, many)
