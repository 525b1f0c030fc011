"""Outages the load run stages (scripts/loadtest.py): the Redis server behind the app's cache and
broker stopped for some seconds (SIGSTOP, then SIGCONT: a hung server whose port still accepts,
the hard case for a client), and the PostgreSQL server it uses restarted (`pg_ctl restart -m
fast`: every open connection cut, new ones refused until it is back). Both must run on this
machine; each is found from the app's own settings and asked for its process or data directory.

Each response of the run falls in a phase: *normal* before any outage; *outage* while one lasts
(a request in flight at its start or end counts as in it: Redis stopped until SIGCONT,
PostgreSQL from the stop until pg_ctl saw it accept connections again); *recovering* in the
`recovery` seconds after one ended; *recovered* afterwards. Errors are expected in an outage,
reported in recovering (PostgreSQL should fail no request once it is back) and fail the run
anywhere else.
"""

import os
import pwd
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

NORMAL, OUTAGE, RECOVERING, RECOVERED = "normal", "outage", "recovering", "recovered"


class Timeline:
    """When each outage began and ended, on time.perf_counter's clock, shared by the threads."""

    def __init__(self, recovery):
        self.recovery = recovery
        self.lock = threading.Lock()
        self.windows = []  # [name, began, ended or None while it lasts]
        self.failures = []  # an outage that could not be staged or undone
        self.origin = time.perf_counter()  # the run's start, set when the clients start

    def begin(self, name):
        with self.lock:
            self.windows.append([name, time.perf_counter(), None])
            return len(self.windows) - 1

    def end(self, index):
        with self.lock:
            self.windows[index][2] = time.perf_counter()

    def phase(self, started, finished):
        with self.lock:
            windows = [(began, ended) for _name, began, ended in self.windows]
        phases = {NORMAL}
        for began, ended in windows:
            if finished < began:
                continue  # over before this outage began
            if ended is None or started <= ended:
                phases.add(OUTAGE)
            elif started <= ended + self.recovery:
                phases.add(RECOVERING)
            else:
                phases.add(RECOVERED)
        return next(phase for phase in (OUTAGE, RECOVERING, RECOVERED, NORMAL) if phase in phases)

    def described(self, origin):
        """[(name, seconds from `origin` it began, seconds it lasted)]."""
        with self.lock:
            return [
                (name, round(began - origin, 1), None if ended is None else round(ended - began, 1))
                for name, began, ended in self.windows
            ]


# Redis -------------------------------------------------------------------------------------


def redis_pids(urls):
    """{process id: URL} of the Redis servers behind `urls`, as each server reports itself."""
    import redis

    pids = {}
    for url in filter(None, urls):
        if not url.startswith(("redis://", "rediss://", "unix://")):
            continue
        try:
            pid = redis.Redis.from_url(url, socket_timeout=5).info("server")["process_id"]
            os.kill(pid, 0)  # ours to signal: on this machine, not in a container
        except (OSError, redis.RedisError) as error:
            raise SystemExit(f"Cannot stall the Redis at {url}: {error}") from None
        pids[pid] = url
    if not pids:
        raise SystemExit("--stall-redis: neither CACHE_URL nor CELERY_BROKER_URL names a Redis.")
    return pids


def stall_redis(pids, seconds, timeline, stop):
    """Stop the servers for `seconds` (or until `stop` is set), then let them go on."""
    index = timeline.begin(f"Redis stalled {seconds:g} s")
    try:
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        stop.wait(seconds)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
        timeline.end(index)


# PostgreSQL --------------------------------------------------------------------------------


class PostgresServer:
    """The cluster behind Django's default connection, restarted with its own pg_ctl as the
    user that owns its data directory (PostgreSQL refuses to run as root)."""

    def __init__(self, data_directory=None, pg_ctl=None, log=None):
        from django.db import connection

        with connection.cursor() as cursor:
            if data_directory is None:
                cursor.execute("SHOW data_directory")  # superusers and pg_read_all_settings
                data_directory = cursor.fetchone()[0]
        self.data = Path(data_directory)
        if not (self.data / "PG_VERSION").exists():
            raise SystemExit(f"{self.data} is no PostgreSQL data directory on this machine.")
        self.pg_ctl = pg_ctl or find_pg_ctl(connection.pg_version // 10000)
        self.owner = pwd.getpwuid(self.data.stat().st_uid).pw_name
        if os.geteuid() not in (0, self.data.stat().st_uid):
            raise SystemExit(f"Restarting PostgreSQL needs root or the user {self.owner}.")
        # Without -l the restarted server would write its log to this script's output.
        self.log = Path(log) if log else self.data / "loadtest-restart.log"

    def command(self):
        command = [self.pg_ctl, "restart", "-D", str(self.data), "-m", "fast", "-w", "-t", "60"]
        command += ["-l", str(self.log)]
        if os.geteuid() == 0 and self.owner != "root":
            command = ["runuser", "-u", self.owner, "--", *command]
        return command

    def restart(self, timeline):
        index = timeline.begin("PostgreSQL restarted")
        try:
            result = subprocess.run(
                self.command(), capture_output=True, text=True, timeout=120, check=False
            )
            if result.returncode:
                timeline.failures.append(f"pg_ctl restart: {result.stderr or result.stdout}")
        finally:
            timeline.end(index)


def find_pg_ctl(major):
    for candidate in (Path(f"/usr/lib/postgresql/{major}/bin/pg_ctl"), shutil.which("pg_ctl")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit("No pg_ctl found: give its path with --pg-ctl.")


# Staging -----------------------------------------------------------------------------------


def add_outage_arguments(parser):
    outages = parser.add_argument_group("outages (servers on this machine)")
    outages.add_argument("--stall-redis", type=float, metavar="SECONDS", help="Stop Redis so long.")
    outages.add_argument(
        "--stall-at", type=float, default=20.0, metavar="T", help="… T s into the run (20)."
    )
    outages.add_argument("--restart-postgres-at", type=float, metavar="T", help="Restart at T s.")
    outages.add_argument("--pg-data", help="Its data directory (default: SHOW data_directory).")
    outages.add_argument("--pg-ctl", help="Its pg_ctl (default: that of its major version).")
    outages.add_argument(
        "--postgres-log", help="Its log once restarted (default: in its data dir)."
    )
    outages.add_argument(
        "--recovery",
        type=float,
        default=5.0,
        help="Seconds after an outage counted as recovering (5).",
    )


def prepare(arguments):
    """The outages asked for, each as (seconds into the run, action(timeline, stop))."""
    from django.conf import settings

    staged = []
    if arguments.stall_redis:
        pids = redis_pids([settings.CACHE_URL, settings.CELERY_BROKER_URL])
        seconds = arguments.stall_redis
        staged.append(
            (arguments.stall_at, lambda timeline, stop: stall_redis(pids, seconds, timeline, stop))
        )
    if arguments.restart_postgres_at is not None:
        server = PostgresServer(arguments.pg_data, arguments.pg_ctl, arguments.postgres_log)
        staged.append(
            (arguments.restart_postgres_at, lambda timeline, _stop: server.restart(timeline))
        )
    return staged


class Stage:
    """Runs each prepared outage at its time in a thread of its own; `finish` cuts a Redis
    stall short and waits, so that no server is left stopped when the run ends early."""

    def __init__(self, staged, timeline):
        self.staged, self.timeline, self.stop = staged, timeline, threading.Event()
        self.threads = []

    def start(self, origin):
        self.timeline.origin = origin
        for at, action in self.staged:
            thread = threading.Thread(target=self.run, args=(origin + at, action))
            thread.start()
            self.threads.append(thread)

    def run(self, when, action):
        if self.stop.wait(max(0.0, when - time.perf_counter())):
            return
        try:
            action(self.timeline, self.stop)
        except Exception as error:  # reported with the run's numbers, and it fails the run
            self.timeline.failures.append(f"{type(error).__name__}: {error}")

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join()
