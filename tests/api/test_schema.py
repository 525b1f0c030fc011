"""The OpenAPI 3 schema: generated from the code, valid, described in Chinese and English, and
documented on a page that loads nothing from outside our own static files."""

import re

import pytest
import yaml
from django.core.management import call_command
from rest_framework.test import APIClient

from api import examples


@pytest.mark.django_db
def test_the_schema_validates_without_a_warning(tmp_path):
    # drf-spectacular's own check: the OpenAPI 3 JSON Schema, and no guessed field types.
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    for endpoint in ("figures", "assessments", "jurisdictions", "indicators", "plans"):
        assert f"/api/v1/{endpoint}/" in paths
    assert "/api/v1/plans/{id}/progress/" in paths
    assert "/api/v1/comparisons/" in paths
    for path, operations in schema["paths"].items():
        assert set(operations) <= {"get", "parameters"}, path  # read-only


@pytest.mark.django_db
def test_field_descriptions_come_in_chinese_and_english():
    client = APIClient()
    english = client.get("/api/v1/schema/?lang=en&format=json").json()
    chinese = client.get("/api/v1/schema/?lang=zh-hans&format=json").json()
    quote = "components/schemas/Figure/properties/quote/description".split("/")

    def described(schema):
        for key in quote:
            schema = schema[key]
        return schema

    assert described(english) == "The sentence of the report the figure comes from."
    assert re.search(r"[\u4e00-\u9fff]", described(chinese))


@pytest.mark.django_db
def test_the_documentation_page_loads_only_our_own_files():
    page = APIClient().get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/") for source in sources), sources
    assert "<script>" not in html  # CSP: script-src 'self'
    script = APIClient().get("/api/v1/docs/?script=")
    assert script.status_code == 200 and b"/api/v1/schema/" in script.content


IDENTIFIERS = {"id", "indicator_id", "plan"}


def without_ids(value):
    """An answer without database ids (they differ between databases); `indicator` is an id
    where it is a number."""
    if isinstance(value, dict):
        return {
            key: without_ids(item)
            for key, item in value.items()
            if key not in IDENTIFIERS and not (key == "indicator" and isinstance(item, int))
        }
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


@pytest.mark.django_db
def test_the_documented_examples_are_what_the_demo_answers(demo, settings):
    settings.PUBLIC_READ = True
    client = APIClient()
    fuzhou_2023 = {"jurisdiction": "350100", "year": 2023, "page_size": 1000}
    figures = client.get("/api/v1/figures/", fuzhou_2023).json()["results"]
    assert without_ids(examples.FIGURE.value) in without_ids(figures)
    gaps = client.get("/api/v1/assessments/", fuzhou_2023).json()["results"]
    assert without_ids(examples.ASSESSMENT.value) in without_ids(gaps)

    plan = client.get("/api/v1/plans/", {"jurisdiction": "100000"}).json()["results"][0]
    progress = client.get(f"/api/v1/plans/{plan['id']}/progress/", {"as_of": "2024"}).json()
    documented = without_ids(examples.PROGRESS.value)
    assert documented["as_of"] == progress["as_of"]
    assert documented["targets"][0] in without_ids(progress["targets"])

    grid = client.get("/api/v1/comparisons/", {"jurisdiction": "350100", "year": 2023}).json()
    documented = without_ids(examples.COMPARISON.value)
    assert documented["columns"] == grid["columns"]
    assert documented["rows"][0] == without_ids(grid["rows"][0])
