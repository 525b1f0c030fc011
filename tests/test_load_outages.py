"""The web app on gunicorn, on a PostgreSQL and a Redis of its own, through a stalled Redis and a
restarted PostgreSQL: the load run (scripts/loadtest.py) at a small scale loses no save answered
as done and answers nothing 500, and a worker whose kept connection a restart cut serves its next
request."""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import psycopg
import pytest

from tests.postgres import find_pg_bin, free_port, run_as_owner, throwaway_postgres
from tests.redis_server import running_redis, wait_for_port

ROOT = Path(__file__).resolve().parents[1]


def run(arguments, env):
    return subprocess.run(
        [sys.executable, *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The environment of a production-like site (kept, checked database connections; cache and
    broker on Redis) on a migrated database with a small synthetic country."""
    directory = tmp_path_factory.mktemp("site")
    with throwaway_postgres() as database_url, running_redis(directory) as (_redis, redis_url):
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DATABASE_CONN_MAX_AGE": "60",
            "CACHE_URL": redis_url,
            "CELERY_BROKER_URL": redis_url,
            "SECRET_KEY": "planwatch-load-test",
            "DEBUG": "false",
            "LOG_LEVEL": "ERROR",
            "STATIC_ROOT": str(directory / "static"),
        }
        seed = ["seed_synthetic", "--jurisdictions", "30", "--indicators", "4", "--years", "2"]
        for command in (["migrate"], seed, ["collectstatic", "--no-input"]):
            prepared = run(["manage.py", *command], env)
            assert prepared.returncode == 0, prepared.stderr[-3000:]
        yield env


def test_the_load_run_loses_no_save_through_a_redis_stall_and_a_postgresql_restart(site, tmp_path):
    report = tmp_path / "load.json"
    load = run(
        [
            "scripts/loadtest.py",
            *("--duration", "16", "--readers", "3", "--writers", "1", "--workers", "2"),
            *("--think", "0.2-0.6", "--recovery", "3", "--json", str(report)),
            *("--stall-redis", "3", "--stall-at", "2", "--restart-postgres-at", "8"),
        ],
        site,
    )
    assert load.returncode == 0, load.stdout[-3000:] + load.stderr[-3000:]
    numbers = json.loads(report.read_text())
    assert [outage[0] for outage in numbers["outages"]] == [
        "Redis stalled 3 s",
        "PostgreSQL restarted",
    ]
    saves = numbers["writes"]["1"]
    assert saves["saved"] > 0 and saves["found"] == saves["history rows"] == saves["saved"]
    assert numbers["lost_writes"] == 0
    phases = numbers["phases"]
    assert phases["recovering"]["errors"] == phases["recovered"]["errors"] == 0
    assert phases["recovered"]["requests"] > 0
    assert not any("500" in phase["outcomes"] for phase in phases.values())


def test_a_worker_serves_its_next_request_after_a_postgresql_restart_cut_its_connection(
    site, tmp_path
):
    """Its kept connection is checked before reuse (CONN_HEALTH_CHECKS) and replaced: without
    that the first request of every worker after a restart failed."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "planwatch.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**site, "PUBLIC_READ": "true", "ALLOWED_HOSTS": "127.0.0.1"},
        stderr=(tmp_path / "gunicorn.log").open("w"),
    )
    try:
        wait_for_port(port, seconds=30)
        assert dashboard_status(port) == 200  # the worker now keeps a connection
        restart_postgres(site["DATABASE_URL"])
        assert dashboard_status(port) == 200
    finally:
        server.terminate()
        server.wait(timeout=20)


def dashboard_status(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def restart_postgres(url):
    with psycopg.connect(url) as connection:
        data = connection.execute("SHOW data_directory").fetchone()[0]
    pg_ctl = str(find_pg_bin() / "pg_ctl")
    log = str(Path(data) / "restart.log")
    run_as_owner([pg_ctl, "restart", "-D", data, "-m", "fast", "-w", "-l", log])
