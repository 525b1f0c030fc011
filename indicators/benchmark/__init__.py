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
import resource
import statistics
import time
import warnings
from dataclasses import asdict, dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.db.models import Count, Max
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from indicators.benchmark import floors
from indicators.models import Assessment, Figure, Indicator, Jurisdiction
from indicators.roles import administrators_group

BENCH_USER = "bench-administrator"
TREND_JURISDICTIONS = 10
# The targets of issue 8.
TARGET_P95_MS = 150
TARGET_QUERIES = 10
TARGET_RATIO = 3.0
TARGET_EXPORT_ROWS_PER_S = 100_000
TARGET_EXPORT_PEAK_MB = 200


class BenchError(Exception):
    pass


@dataclass
class Page:
    name: str
    subject: str
    url: str
    floor: object
    note: str = ""
    export: bool = False


@dataclass
class Result:
    name: str
    subject: str
    url: str
    status: int
    p50_ms: float
    p95_ms: float
    cold_p50_ms: float
    cold_p95_ms: float
    queries: int
    rows: int
    bytes: int
    floor_p50_ms: float
    ratio: float
    cold_ratio: float
    note: str = ""
    rows_per_s: float | None = None
    peak_rss_mb: float | None = None
    rss_growth_mb: float | None = None
    misses: list = field(default_factory=list)


def percentile(samples, share):
    """Nearest-rank percentile: the smallest sample with at least `share` of them at or below."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def subjects():
    """(year, province, city, trend indicator, trend jurisdictions) picked from the data."""
    year = Assessment.objects.filter(result__isnull=False).aggregate(latest=Max("year"))["latest"]
    if year is None:
        raise BenchError("No assessed results are loaded: run seed_synthetic (or load data) first.")
    by_children = Jurisdiction.objects.annotate(below=Count("children")).order_by(
        "-below", "division_code"
    )
    province = by_children.filter(level="province").first() or by_children.first()
    city = by_children.filter(level="city", below__gt=0).first() or province
    indicator = (
        Indicator.objects.filter(name="地区生产总值", unit="%").first()
        or Indicator.objects.exclude(measure=Indicator.Measure.QUALITATIVE).first()
    )
    around = [city, *city.children.order_by("division_code")]
    if len(around) < TREND_JURISDICTIONS:
        around += Jurisdiction.objects.exclude(pk__in=[j.pk for j in around]).order_by(
            "division_code"
        )[: TREND_JURISDICTIONS - len(around)]
    return year, province, city, indicator, around[:TREND_JURISDICTIONS]


def pages():
    year, province, city, indicator, chosen = subjects()
    trend_query = urlencode(
        [("indicator", indicator.pk)] + [("jurisdiction", j.division_code) for j in chosen]
    )
    return [
        Page(
            "dashboard",
            f"{province.name} {year}",
            f"{reverse('indicators:home')}?{urlencode({'jurisdiction': province.division_code, 'year': year})}",
            floors.dashboard(province, year),
        ),
        Page(
            "gap table",
            f"{province.name} {year}",
            reverse("indicators:gaps", args=[province.division_code, year]),
            floors.gap_table(province, year),
        ),
        Page(
            "compare: city and children",
            f"{city.name} + {city.children.count()} below, {year}",
            reverse("indicators:compare", args=[city.division_code, year]),
            floors.compare_children(city, year),
        ),
        Page(
            "compare: all provinces",
            f"every province, {year}",
            reverse("indicators:compare_roots", args=[year]),
            floors.compare_roots(year),
        ),
        Page(
            "compare: across years",
            f"{city.name}, every year",
            reverse("indicators:years", args=[city.division_code]),
            floors.compare_years(city),
        ),
        Page(
            "trend chart",
            f"{indicator.name} ({indicator.unit}), {len(chosen)} jurisdictions",
            f"{reverse('indicators:trend')}?{trend_query}",
            floors.trend(indicator, chosen),
        ),
        Page(
            "figures CSV export",
            f"whole country, {year}",
            f"{reverse('indicators:figures_export')}?{urlencode({'year': year})}",
            floors.export(year),
            export=True,
        ),
    ]


def administrator_client():
    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"is_staff": True}
    )
    user.groups.add(administrators_group())
    client = Client()
    client.force_login(user)
    return client


def fetch(client, url):
    """GET the page and read all of it, streamed or not; returns (status, bytes).

    The client closes the response itself (a streamed one once read to the end); closing it
    again would fire request_finished and drop the database connection after every request.
    """
    response = client.get(url)
    if response.streaming:
        size = sum(len(chunk) for chunk in response.streaming_content)
    else:
        size = len(response.content)
    return response.status_code, size


def timed(action, repeat):
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        outcome = action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, outcome


def peak_rss_mb(action):
    """(peak RSS in MB while `action` ran, growth over the RSS before it, action's result).

    Linux resets the high-water mark when 5 is written to /proc/self/clear_refs; elsewhere the
    process's lifetime peak is all there is (then growth is against that peak).
    """
    before = rss_mb("VmRSS")
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass
    outcome = action()
    peak = rss_mb("VmHWM")
    return peak, peak - before, outcome


def rss_mb(field_name):
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(page, client, repeat):
    # Warm-up (compiled templates, connection, caches); for the export, also its memory: the
    # first run, before the allocator holds on to what earlier runs freed.
    peak, growth, _ = peak_rss_mb(lambda: fetch(client, page.url))
    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as captured:
        status, size = fetch(client, page.url)  # cold: every query the page can run
    queries = len(captured)  # read now: the next request clears the connection's query log
    page_samples, _ = timed(lambda: fetch(client, page.url), repeat)
    if page.export:
        cold_samples = page_samples  # nothing of an export is cached
    else:
        with override_settings(PAGE_CACHE_SECONDS=0):
            cold_samples, _ = timed(lambda: fetch(client, page.url), repeat)
    floor_samples, (rows, _size) = timed(page.floor.run, repeat)
    p50, floor_p50 = statistics.median(page_samples), statistics.median(floor_samples)
    cold_p50 = statistics.median(cold_samples)
    result = Result(
        name=page.name,
        subject=page.subject,
        url=page.url,
        status=status,
        p50_ms=round(p50, 1),
        p95_ms=round(percentile(page_samples, 0.95), 1),
        cold_p50_ms=round(cold_p50, 1),
        cold_p95_ms=round(percentile(cold_samples, 0.95), 1),
        queries=queries,
        rows=rows,
        bytes=size,
        floor_p50_ms=round(floor_p50, 1),
        ratio=round(p50 / floor_p50, 1) if floor_p50 else 0.0,
        cold_ratio=round(cold_p50 / floor_p50, 1) if floor_p50 else 0.0,
        note=page.note,
    )
    if page.export:
        result.rows_per_s = round(rows / (p50 / 1000)) if p50 else 0
        result.peak_rss_mb, result.rss_growth_mb = round(peak, 1), round(growth, 1)
    result.misses = misses(result, export=page.export)
    return result


def misses(result, *, export):
    found = []
    if result.status != 200:
        found.append(f"HTTP {result.status}")
    if export:
        if (result.rows_per_s or 0) < TARGET_EXPORT_ROWS_PER_S:
            found.append(f"< {TARGET_EXPORT_ROWS_PER_S:,} rows/s")
        if (result.peak_rss_mb or 0) >= TARGET_EXPORT_PEAK_MB:
            found.append(f"peak ≥ {TARGET_EXPORT_PEAK_MB} MB")
    else:
        if result.p95_ms >= TARGET_P95_MS:
            found.append(f"p95 ≥ {TARGET_P95_MS} ms")
        if result.cold_p95_ms >= TARGET_P95_MS:
            found.append(f"cold p95 ≥ {TARGET_P95_MS} ms")
    if result.queries > TARGET_QUERIES:
        found.append(f"> {TARGET_QUERIES} queries")
    if result.ratio > TARGET_RATIO:
        found.append(f"> {TARGET_RATIO:g}× floor")
    if result.cold_ratio > TARGET_RATIO and not export:
        found.append(f"cold > {TARGET_RATIO:g}× floor")
    return found


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


def table(report):
    """The report as a fixed-width text table, notes below it."""
    header = [
        "page",
        "p50 ms",
        "p95 ms",
        "cold p50",
        "cold p95",
        "queries",
        "rows",
        "floor p50",
        "×floor",
        "cold×floor",
        "misses",
    ]
    lines = [header]
    notes = []
    for page in report["pages"]:
        lines.append(
            [
                page["name"],
                f"{page['p50_ms']:.1f}",
                f"{page['p95_ms']:.1f}",
                f"{page['cold_p50_ms']:.1f}",
                f"{page['cold_p95_ms']:.1f}",
                str(page["queries"]),
                str(page["rows"]),
                f"{page['floor_p50_ms']:.1f}",
                f"{page['ratio']:.1f}",
                f"{page['cold_ratio']:.1f}",
                ", ".join(page["misses"]) or "—",
            ]
        )
        notes.append(f"{page['name']}: {page['subject']} — {page['url']}")
        if page["note"]:
            notes.append(f"    note: {page['note']}")
        if page["rows_per_s"] is not None:
            notes.append(
                f"    export: {page['rows_per_s']:,} rows/s, {page['bytes'] / 1e6:.1f} MB, "
                f"peak RSS {page['peak_rss_mb']} MB (+{page['rss_growth_mb']} MB during it)"
            )
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    text = [
        "  ".join(
            cell.ljust(width) if i in (0, len(header) - 1) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in lines
    ]
    data = ", ".join(f"{count:,} {name}" for name, count in report["data"].items())
    box = report["machine"]
    return "\n".join(
        [
            f"Data: {data}",
            f"Machine: {box['cpus']} CPUs, {box['platform']}, Python {box['python']}, "
            f"PostgreSQL {box['postgresql']}",
            f"Repeats: {report['repeat']} per page, {report['export_repeat']} for the export",
            "",
            *text,
            "",
            *notes,
        ]
    )
