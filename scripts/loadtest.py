#!/usr/bin/env python
"""HTTP load run against a real gunicorn on loopback: readers browse, analysts edit figures.

    DATABASE_URL=postgres://… SECRET_KEY=… DEBUG=false .venv/bin/python scripts/loadtest.py

The script collects static files into a temporary directory, starts
`gunicorn planwatch.wsgi -w 4 -b 127.0.0.1:PORT` with the caller's environment, and runs, for
`--duration` seconds, `--readers` threads requesting the main pages (dashboard, gap table,
comparisons, trend; not the export) as an official and `--writers` threads editing figures
through the admin change form (GET the form, POST it back with its CSRF token and hidden
loaded_version) as analysts of one province each. Only the standard library and threads.
Each reader spends 1 to 3 s on a page before asking for the next, and each writer as long on
the form before saving it, as people reading and typing do (`--think`, locust's wait_time);
`--think 0` makes every request follow the last at once (a stress run).

Sessions are made in-process with Django's test client (force_login), so no password hashing
runs on the server. Each writer edits figures of its own province only, each figure once, and
writes a value that marks the run, the writer and the edit; afterwards every successful write
must be in the database (value and a history row). It prints throughput, p50/p95 per kind and
errors, and exits non-zero on any error or lost write. It edits the loaded data: run it on a
throwaway database, after `manage.py bench`.
"""

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from load_http import (  # noqa: E402
    HOST,
    REQUEST_TIMEOUT,
    ROOT,
    Browser,
    FormReader,
    Tally,
    collect_static,
    free_port,
    start_gunicorn,
    stop,
)


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="Seconds of load (60).")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument(
        "--think",
        type=think_range,
        default=(1.0, 3.0),
        metavar="MIN-MAX",
        help="Seconds each reader spends on a page before the next, and each writer on a form "
        "before saving it, drawn uniformly (1-3: people reading and typing, as locust's "
        "wait_time; 0: none, every request follows the last at once, a stress run).",
    )
    parser.add_argument("--writers", type=int, default=5)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (4).")
    parser.add_argument("--port", type=int, default=0, help="Loopback port (a free one).")
    parser.add_argument("--json", metavar="FILE", help="Also write the numbers as JSON.")
    return parser.parse_args()


def think_range(text):
    low, _dash, high = text.partition("-")
    try:
        low, high = float(low), float(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give seconds as MIN-MAX, e.g. 1-3") from None
    if not 0 <= low <= high:
        raise argparse.ArgumentTypeError(f"{text!r}: need 0 <= MIN <= MAX")
    return low, high


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planwatch.settings")
    import django

    django.setup()


# The cast and what they request ------------------------------------------------------------


def session_cookie(user):
    """A logged-in session for `user`, made in-process: the server shares the database."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


def cast(writers, run):
    """(reader user, [(writer user, province, figure ids to edit)])."""
    from django.contrib.auth import get_user_model

    from indicators.models import Assignment, Figure, Jurisdiction
    from indicators.roles import analysts_group, officials_group

    users = get_user_model().objects
    reader, _created = users.get_or_create(username="loadtest-official")
    reader.groups.add(officials_group())
    provinces = list(Jurisdiction.objects.filter(level="province").order_by("division_code"))
    if len(provinces) < writers:
        raise SystemExit(f"{writers} writers need {writers} provinces; {len(provinces)} loaded.")
    cast = []
    for number, province in enumerate(random.Random(run).sample(provinces, writers)):
        user, _created = users.get_or_create(
            username=f"loadtest-analyst-{number + 1}", defaults={"is_staff": True}
        )
        user.groups.add(analysts_group())
        Assignment.objects.get_or_create(user=user, jurisdiction=province)
        below = Jurisdiction.objects.descendant_ids([province.pk])
        figures = list(
            Figure.objects.filter(jurisdiction_id__in=below)
            .exclude(value_text__startswith="loadtest")
            .order_by("?")
            .values_list("pk", flat=True)[:5000]
        )
        cast.append((user, province, figures))
    return reader, cast


def reading_paths(rng, count=2000):
    """Page paths a reader picks from: every main page, places of every level, every year."""
    from django.db.models import Max, Min
    from django.urls import reverse

    from indicators.models import Assessment, Indicator, Jurisdiction

    years = Assessment.objects.aggregate(first=Min("year"), last=Max("year"))
    places = list(Jurisdiction.objects.values_list("division_code", "level"))
    parents = [code for code, level in places if level in ("province", "city")]
    indicators = list(
        Indicator.objects.exclude(measure=Indicator.Measure.QUALITATIVE).values_list(
            "pk", flat=True
        )
    )
    codes = [code for code, _level in places]
    paths = []
    for _ in range(count):
        year = rng.randint(years["first"], years["last"])
        code = rng.choice(codes)
        kind = rng.choice(["dashboard", "gaps", "compare", "years", "trend"])
        if kind == "dashboard":
            query = urlencode({"jurisdiction": code, "year": year})
            path = f"{reverse('indicators:home')}?{query}"
        elif kind == "gaps":
            path = reverse("indicators:gaps", args=[code, year])
        elif kind == "compare":
            path = reverse("indicators:compare", args=[rng.choice(parents), year])
        elif kind == "years":
            path = reverse("indicators:years", args=[code])
        else:
            chosen = rng.sample(codes, rng.randint(3, 10))
            query = urlencode(
                [("indicator", rng.choice(indicators))] + [("jurisdiction", c) for c in chosen]
            )
            path = f"{reverse('indicators:trend')}?{query}"
        paths.append((kind, path))
    return paths


# HTTP --------------------------------------------------------------------------------------


def read_loop(browser, paths, deadline, tally, rng, think):
    while time.monotonic() < deadline:
        kind, path = rng.choice(paths)
        started = time.perf_counter()
        try:
            status, _content, _headers = browser.request("GET", path)
            tally.record(kind, started, None if status == 200 else f"HTTP {status} {path}")
        except Exception as error:  # counted, never fatal: the run goes on to its deadline
            tally.record(kind, started, f"{type(error).__name__}: {error} {path}")
        pause(rng, think, deadline)


def pause(rng, think, deadline):
    """A person's time on a page: `think` seconds (low, high), never past the deadline."""
    time.sleep(min(rng.uniform(*think), max(0.0, deadline - time.monotonic())))


def write_loop(browser, number, figures, run, deadline, tally, think):
    rng = random.Random(run * 100 + number)
    for edit, pk in enumerate(figures):
        if time.monotonic() >= deadline:
            return
        path = f"/admin/indicators/figure/{pk}/change/"
        started = time.perf_counter()
        try:
            status, content, _headers = browser.request("GET", path)
            if status != 200:
                tally.record("edit: form", started, f"HTTP {status} {path}")
                continue
            tally.record("edit: form", started)
            form = FormReader("figure_form")
            form.feed(content.decode("utf-8"))
            value = marked_value(run, number, edit)
            fields = [
                (name, value if name == "value_text" else given) for name, given in form.fields
            ]
            fields += [("change_reason", f"loadtest {run} writer {number}"), ("_continue", "1")]
            pause(rng, think, deadline)  # typing the value; an edit begun is always saved
            started = time.perf_counter()
            status, content, headers = browser.request("POST", path, urlencode(fields))
            if status == 302:
                tally.record("edit: save", started)
                with tally.lock:
                    tally.written[number].append(value)
            else:
                reason = re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', content.decode())
                tally.record("edit: save", started, f"HTTP {status} {path} {reason[:2]}")
        except Exception as error:  # counted, never fatal: the run goes on to its deadline
            tally.record("edit: save", started, f"{type(error).__name__}: {error} {path}")


def marked_value(run, number, edit):
    """A growth rate whose decimals carry the run, the writer and the edit: 3.4821000017."""
    return f"{number}.{run:04d}{edit:06d}"


def verify(run, tally, writers):
    """Every write saved (value as written, edited by its writer) and in the history."""
    from indicators.models import Figure

    lost = {}
    for number, values in tally.written.items():
        stored = set(
            Figure.objects.filter(value_text__in=values, entered_by=writers[number]).values_list(
                "value_text", flat=True
            )
        )
        history = Figure.history.filter(
            history_change_reason=f"loadtest {run} writer {number}"
        ).count()
        lost[number] = {
            "saved": len(values),
            "found": len(stored),
            "history rows": history,
            "lost": sorted(set(values) - stored)[:10],
        }
    return lost


def summary(tally, duration):
    kinds = {}
    for kind, samples in sorted(tally.latencies.items()):
        ordered = sorted(samples)
        kinds[kind] = {
            "requests": len(samples),
            "per_s": round(len(samples) / duration, 1),
            "p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[max(0, -(-len(ordered) * 95 // 100) - 1)], 1),
            "max_ms": round(ordered[-1], 1),
            "errors": len(tally.errors.get(kind, [])),
        }
    everything = sorted(s for samples in tally.latencies.values() for s in samples)
    total = {
        "requests": len(everything),
        "per_s": round(len(everything) / duration, 1),
        "p50_ms": round(statistics.median(everything), 1) if everything else None,
        "p95_ms": round(everything[max(0, -(-len(everything) * 95 // 100) - 1)], 1)
        if everything
        else None,
        "errors": sum(len(e) for e in tally.errors.values()),
    }
    return kinds, total


def main():
    arguments = parse_arguments()
    require_postgresql()
    run = random.randrange(1000, 10000)
    rng = random.Random(run)
    reader, writers = cast(arguments.writers, run)
    paths = reading_paths(rng)
    port = arguments.port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="planwatch-loadtest-"))
    environment = {
        **os.environ,
        "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS") or HOST,
        "STATIC_ROOT": str(workdir / "static"),
    }
    print(f"Run {run}: collecting static files, starting gunicorn on {HOST}:{port} …")
    collect_static(environment)
    server = start_gunicorn(port, arguments.workers, environment, workdir / "gunicorn.log")
    tally = Tally()
    try:
        deadline = time.monotonic() + arguments.duration
        readers = [Browser(port, session_cookie(reader)) for _ in range(arguments.readers)]
        threads = client_threads(
            arguments, readers, paths, rng, writers, port, run, deadline, tally
        )
        elapsed = run_threads(threads, arguments)
    finally:
        stop(server)
    kinds, total = summary(tally, elapsed)
    written = verify(run, tally, {n: user for n, (user, _p, _f) in enumerate(writers, start=1)})
    lost = sum(w["saved"] - w["found"] for w in written.values())
    print_report(kinds, total, tally, written, lost, elapsed)
    if arguments.json:
        write_json(arguments, run, elapsed, kinds, total, written, lost)
    shutil.rmtree(workdir, ignore_errors=True)
    return 1 if lost or total["errors"] else 0


def require_postgresql():
    if not os.environ.get("SECRET_KEY"):
        raise SystemExit("Set SECRET_KEY (and DATABASE_URL): the server runs with DEBUG off.")
    django_setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("The load run needs the PostgreSQL database the benchmark loaded.")


def client_threads(arguments, readers, paths, rng, writers, port, run, deadline, tally):
    """One thread per reader (random pages) and per writer (edits of its province's figures)."""
    think = arguments.think
    threads = [
        threading.Thread(target=read_loop, args=(browser, paths, deadline, tally, rng, think))
        for browser in readers
    ]
    for number, (user, _province, figures) in enumerate(writers, start=1):
        browser = Browser(port, session_cookie(user))
        args = (browser, number, figures, run, deadline, tally, think)
        threads.append(threading.Thread(target=write_loop, args=args))
    return threads


def run_threads(threads, arguments):
    """Start every client, wait for all (bounded), and return the seconds they ran."""
    started = time.monotonic()
    print(
        f"{arguments.readers} readers and {arguments.writers} writers (thinking "
        f"{arguments.think[0]:g}–{arguments.think[1]:g} s per page) for {arguments.duration:g} s …"
    )
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(arguments.duration + REQUEST_TIMEOUT + 10)
    return time.monotonic() - started


def print_report(kinds, total, tally, written, lost, elapsed):
    print(f"\n{'kind':<12} {'requests':>9} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'max ms':>8} {'errors':>7}")  # fmt: skip
    for kind, numbers in [*kinds.items(), ("all", total)]:
        print(
            f"{kind:<12} {numbers['requests']:>9} {numbers['per_s']:>7} {numbers['p50_ms']:>8} "
            f"{numbers['p95_ms']:>8} {numbers.get('max_ms', ''):>8} {numbers['errors']:>7}"
        )
    for kind, errors in tally.errors.items():
        print(f"errors of {kind} (first 3 of {len(errors)}): {errors[:3]}")
    for number, check in written.items():
        print(
            f"writer {number}: {check['saved']} edits saved, {check['found']} found in the "
            f"database, {check['history rows']} history rows"
            + (f", LOST {check['lost']}" if check["lost"] else "")
        )
    print(f"Lost writes: {lost}. Elapsed {elapsed:.1f} s.")


def write_json(arguments, run, elapsed, kinds, total, written, lost):
    numbers = {
        "run": run,
        "duration_s": round(elapsed, 1),
        "readers": arguments.readers,
        "think_s": list(arguments.think),
        "writers": arguments.writers,
        "workers": arguments.workers,
        "kinds": kinds,
        "total": total,
        "writes": written,
        "lost_writes": lost,
    }
    Path(arguments.json).write_text(
        json.dumps(numbers, ensure_ascii=False, indent=2), encoding="utf-8"
    )


if __name__ == "__main__":
    sys.exit(main())
