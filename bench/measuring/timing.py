"""One page timed warm and cold against its floor, its queries counted, its misses of the
targets named."""

import resource
import statistics
import time
from dataclasses import dataclass, field

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

# The targets of issue 8.
TARGET_P95_MS = 150
TARGET_QUERIES = 10
TARGET_RATIO = 3.0
TARGET_EXPORT_ROWS_PER_S = 100_000
TARGET_EXPORT_PEAK_MB = 200


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
