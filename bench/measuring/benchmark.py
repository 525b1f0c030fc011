"""The national-scale benchmark (`manage.py bench`): each main page timed on the loaded data.

Every page is requested through django.test.Client as a logged-in administrator (middleware,
session, templates and, for the export, the whole streamed body included), `repeat` times after
one warm-up request; its queries are counted in one more request. Pages are timed twice: warm
(the page cache holds the body, as for every reader after the first until a write in the
region) and cold (the cache off: every request renders the body). Each page's floor
(`floors`) is timed the same way; "rows" is what the page shows: the floor query's rows. The
export's peak memory is the process's RSS high-water mark during its first (warm-up) run.
Subjects are picked from the data: the latest year with results, the province with the most
cities, the city with the most counties, and that city with its first nine counties for the
trend chart.
"""

import gc
import os
import platform
import warnings
from dataclasses import asdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from bench.measuring.pages import BenchError, pages
from bench.measuring.timing import (
    TARGET_EXPORT_PEAK_MB,
    TARGET_EXPORT_ROWS_PER_S,
    TARGET_P95_MS,
    TARGET_QUERIES,
    TARGET_RATIO,
    measure,
)
from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from indicators.roles import administrators_group

BENCH_USER = "bench-administrator"


def administrator_client():
    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"is_staff": True}
    )
    user.groups.add(administrators_group())
    client = Client()
    client.force_login(user)
    return client


def bench_settings():
    """Streamed exports of any size; plain static files when collectstatic has not run."""
    overrides = {"EXPORT_ASYNC_ROWS": 10**12}
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    if manifest and not staticfiles_storage.exists(manifest):
        overrides["STORAGES"] = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    overrides["ALLOWED_HOSTS"] = [*settings.ALLOWED_HOSTS, "testserver"]
    return override_settings(**overrides)


def data_sizes():
    """Exact counts of the small tables, the planner's estimates for the large ones."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples::bigint FROM pg_class WHERE relname = ANY(%s)",
            [[Figure._meta.db_table, Assessment._meta.db_table]],
        )
        estimates = dict(cursor.fetchall())
    return {
        "jurisdictions": Jurisdiction.objects.count(),
        "indicators": Indicator.objects.count(),
        "years": Figure.objects.values("year").distinct().count(),
        "figures (estimate)": estimates.get(Figure._meta.db_table, 0),
        "assessments (estimate)": estimates.get(Assessment._meta.db_table, 0),
    }


def machine():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        (postgres,) = cursor.fetchone()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "postgresql": postgres,
    }


def bench(*, repeat=20, export_repeat=3, only=None, out=print):
    """Measure every page; returns the report as plain data (what --json writes)."""
    if connection.vendor != "postgresql":
        raise BenchError(f"bench measures PostgreSQL; DATABASE_URL points at {connection.vendor}.")
    gc.freeze()  # as planwatch/wsgi.py does in every server worker once the app is loaded
    try:
        with bench_settings(), warnings.catch_warnings():
            warnings.filterwarnings(
                "ignore", "No directory at", UserWarning
            )  # whitenoise, no collectstatic
            chosen = [p for p in pages() if not only or p.name in only]
            client = administrator_client()
            results = []
            for page in chosen:
                out(f"  {page.name}: {page.subject} …")
                results.append(measure(page, client, export_repeat if page.export else repeat))
    finally:
        gc.unfreeze()
    return {
        "machine": machine(),
        "data": data_sizes(),
        "repeat": repeat,
        "export_repeat": export_repeat,
        "targets": {
            "p95_ms": TARGET_P95_MS,
            "queries": TARGET_QUERIES,
            "ratio": TARGET_RATIO,
            "export_rows_per_s": TARGET_EXPORT_ROWS_PER_S,
            "export_peak_mb": TARGET_EXPORT_PEAK_MB,
        },
        "pages": [asdict(result) for result in results],
    }
