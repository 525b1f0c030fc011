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
errors, and exits non-zero on any error (outages aside, below) or lost write. It edits the loaded
data: run it on a throwaway database (`manage.py seed_synthetic`).

Outages (scripts/load_outages.py), on this machine: `--stall-redis 10 --stall-at 20` stops the
Redis server of CACHE_URL and CELERY_BROKER_URL (SIGSTOP) 20 s into the run and lets it go on
10 s later; `--restart-postgres-at 40` restarts the PostgreSQL server of DATABASE_URL
(`pg_ctl restart -m fast` as the owner of its data directory, found with SHOW data_directory or
given with --pg-data, --pg-ctl). Responses are then counted by phase: normal, during an
outage, recovering (the `--recovery` seconds after one) and recovered. A save that fails during
an outage is a failed save, which the writer was told of, not a lost write. The run then fails
on a lost write, on any error before an outage or once recovered, and on any 500 (503 is the
answer that says what is wrong).
"""

import argparse
import os
import random
import re
import shutil
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
from load_outages import Stage, Timeline, add_outage_arguments, prepare
from load_report import failures, phases, print_report, summary, verify, write_json


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
    add_outage_arguments(parser)
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
            error = None if status == 200 else f"HTTP {status} {path}"
            tally.record(kind, started, error, status)
        except Exception as error:  # counted, never fatal: the run goes on to its deadline
            tally.record(
                kind, started, f"{type(error).__name__}: {error} {path}", error_name(error)
            )
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
        except Exception as error:  # counted, never fatal: the run goes on to its deadline
            tally.record(
                "edit: form", started, f"{type(error).__name__}: {error} {path}", error_name(error)
            )
            pause(rng, think, deadline)
            continue
        tally.record(
            "edit: form", started, None if status == 200 else f"HTTP {status} {path}", status
        )
        if status != 200:
            pause(rng, think, deadline)
            continue
        value = marked_value(run, number, edit)
        fields = filled_form(content, value, f"loadtest {run} writer {number}")
        pause(rng, think, deadline)  # typing the value; an edit begun is always saved
        save(browser, path, fields, tally, number, value)


def filled_form(content, value, reason):
    form = FormReader("figure_form")
    form.feed(content.decode("utf-8"))
    fields = [(name, value if name == "value_text" else given) for name, given in form.fields]
    return fields + [("change_reason", reason), ("_continue", "1")]


def save(browser, path, fields, tally, number, value):
    """POST the form: saved when answered with the redirect back to the form (the admin's
    "save and continue"); anything else, an exception included, is a save that failed, which the
    writer would see and do again, never one it believes done."""
    started = time.perf_counter()
    try:
        status, content, headers = browser.request("POST", path, urlencode(fields))
    except Exception as error:
        tally.record(
            "edit: save", started, f"{type(error).__name__}: {error} {path}", error_name(error)
        )
        with tally.lock:
            tally.refused[number].append(value)
        return
    saved = status == 302 and "/login/" not in (headers.get("Location") or "")
    if saved:
        tally.record("edit: save", started, None, status)
    else:
        reason = re.findall(
            r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', content.decode(errors="replace")
        )
        tally.record("edit: save", started, f"HTTP {status} {path} {reason[:2]}", status)
    with tally.lock:
        (tally.written if saved else tally.refused)[number].append(value)


def error_name(error):
    """An exception as an outcome: TimeoutError, ConnectionResetError, RemoteDisconnected."""
    return type(error).__name__


def marked_value(run, number, edit):
    """A growth rate whose decimals carry the run, the writer and the edit: 3.4821000017."""
    return f"{number}.{run:04d}{edit:06d}"


def main():
    arguments = parse_arguments()
    require_postgresql()
    staged = prepare(arguments)  # finds the servers to stall or restart before anything runs
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
    timeline = Timeline(arguments.recovery)
    tally, stage = Tally(timeline), Stage(staged, timeline)
    try:
        deadline = time.monotonic() + arguments.duration
        readers = [Browser(port, session_cookie(reader)) for _ in range(arguments.readers)]
        threads = client_threads(
            arguments, readers, paths, rng, writers, port, run, deadline, tally
        )
        elapsed, origin = run_threads(threads, arguments, stage)
    finally:
        stage.finish()
        stop(server)
    return report(arguments, run, tally, writers, elapsed, timeline.described(origin), workdir)


def report(arguments, run, tally, writers, elapsed, outages, workdir):
    """Print (and with --json write) the numbers; 1 when the run failed, saying why."""
    kinds, total = summary(tally, elapsed)
    written = verify(run, tally, {n: user for n, (user, _p, _f) in enumerate(writers, start=1)})
    by_phase = phases(tally)
    print_report(kinds, total, tally, written, elapsed, outages, by_phase)
    load = [round(average, 1) for average in os.getloadavg()[:2]]
    print(f"Load average of the machine over the last 1 and 5 minutes: {load[0]}, {load[1]}.")
    reasons = failures(total, by_phase, written, tally.timeline)
    if arguments.json:
        numbers = {
            "run": run,
            "duration_s": round(elapsed, 1),
            "readers": arguments.readers,
            "think_s": list(arguments.think),
            "writers": arguments.writers,
            "workers": arguments.workers,
            "outages": outages,
            "kinds": kinds,
            "total": total,
            "phases": by_phase,
            "writes": written,
            "lost_writes": sum(check["lost_count"] for check in written.values()),
            "failed": reasons,
            "load_average_1_5_min": load,
        }
        write_json(arguments.json, numbers)
    if reasons:
        print(f"FAILED: {'; '.join(reasons)}. gunicorn's log: {workdir / 'gunicorn.log'}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


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


def run_threads(threads, arguments, stage):
    """Start every client and the staged outages, wait for all (bounded); the seconds they
    ran and when they started (time.perf_counter)."""
    started, origin = time.monotonic(), time.perf_counter()
    print(
        f"{arguments.readers} readers and {arguments.writers} writers (thinking "
        f"{arguments.think[0]:g}–{arguments.think[1]:g} s per page) for {arguments.duration:g} s …"
    )
    for thread in threads:
        thread.start()
    stage.start(origin)
    for thread in threads:
        thread.join(arguments.duration + REQUEST_TIMEOUT + 10)
    return time.monotonic() - started, origin


if __name__ == "__main__":
    sys.exit(main())
