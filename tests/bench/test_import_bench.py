"""bench --import-rows: the import timed on a generated file, and nothing kept."""

import io
import json

import pytest
from django.core.management import call_command

from bench.measuring.importing import generated_csv
from indicators.models import Figure, Jurisdiction
from reports.importing import figures_import

pytestmark = pytest.mark.django_db


def test_a_generated_file_holds_exactly_the_rows_asked_and_imports_cleanly():
    data = generated_csv(300)
    assert data.decode().count("\n") == 301
    result = figures_import(data=data, dry_run=True)
    assert (result.ok, result.rows, result.figures_created) == (True, 300, 300)


def test_bench_times_an_import_and_keeps_nothing(tmp_path):
    path, out = tmp_path / "bench.json", io.StringIO()
    call_command("bench", "--import-rows", "300", json=str(path), stdout=out)
    numbers = json.loads(path.read_text(encoding="utf-8"))["import"]
    assert (numbers["rows"], numbers["created"], numbers["ok"]) == (300, 300, True)
    assert numbers["rows_per_s"] > 0 and numbers["peak_rss_mb"] > 0
    assert "rows/s" in out.getvalue() and "peak RSS" in out.getvalue()
    assert not Figure.objects.exists() and not Jurisdiction.objects.exists()
