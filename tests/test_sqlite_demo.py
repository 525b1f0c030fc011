"""`make run` serves the demo from SQLite: every main page, the Figures CSV, SDMX-CSV and the Data
Packages work there too.

The suite runs against PostgreSQL; the pages take PostgreSQL-only paths (COPY, epoch seconds,
UNION of LIMITed probes) with a fallback elsewhere. This runs the demo on a SQLite file in a
separate process, as `make run` does, and reads each page.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGES = """
import csv
import io

from django.contrib.auth import get_user_model
from django.test import Client
from django.test.utils import override_settings

from indicators.models import Figure
from indicators.services.figures import figure_record

user = get_user_model().objects.create_user("sqlite-demo", is_staff=True, is_superuser=True)
client = Client()
client.force_login(user)
with override_settings(ALLOWED_HOSTS=["*"]):
    for url in [
        "/", "/jurisdictions/350100/2023/", "/jurisdictions/350100/2023/compare/",
        "/jurisdictions/350100/years/", "/jurisdictions/compare/2023/", "/charts/trend/",
        "/jurisdictions/", "/jurisdictions/?q=3501", "/indicators/", "/indicators/1/",
        "/jurisdictions/350100/", "/jurisdictions/350100/annex/2024/",
    ]:
        assert client.get(url).status_code == 200, url
    body = b"".join(client.get("/exports/figures/?jurisdiction=350100").streaming_content)
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == Figure.objects.filter(jurisdiction__division_code="350100").count() + 1
    for url in ["/exports/figures/?jurisdiction=350100&format=", "/jurisdictions/350100/2023/?format="]:
        sdmx = b"".join(client.get(url + "sdmx").streaming_content)
        assert sdmx.startswith(b"STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA"), url
        package = client.get(url + "datapackage")
        assert package.status_code == 200 and package.content.startswith(b"PK"), url
    target = Figure.objects.get(
        jurisdiction__division_code="350100", indicator__name="地区生产总值",
        indicator__unit="%", year=2023, kind="target",
    )
    target.value_text = "6.8 左右"
    figure_record(figure=target, user=None)
    assert "6.8 左右" in client.get("/jurisdictions/350100/2023/").content.decode()
print("sqlite demo ok")
"""


def manage(*args, env, stdin=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_demo_on_sqlite_serves_every_main_page_and_the_figures_csv(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "DEBUG": "true",
        "CELERY_BROKER_URL": "",
        "CACHE_URL": "",
    }
    for command in (["migrate", "--no-input"], ["load_demo"]):
        done = manage(*command, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
    done = manage("shell", env=env, stdin=PAGES)
    assert done.returncode == 0 and "sqlite demo ok" in done.stdout, done.stderr[-3000:]
