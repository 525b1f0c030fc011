"""A throwaway PostgreSQL cluster on a free loopback port, for the test session.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
"""

import os
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path


def find_pg_bin():
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError(
        "PostgreSQL is not installed: `make test` installs it (apt-get install postgresql)"
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_as_owner(args):
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    # (not the test's id pytest puts in the environment: a parametrized one may pass the kernel's
    # limit on one variable, and the cluster then fails to start for whichever test starts it)
    env = {name: value for name, value in os.environ.items() if name != "PYTEST_CURRENT_TEST"}
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


@contextmanager
def throwaway_postgres():
    """Yield a DATABASE_URL for a fresh cluster; stop and remove it afterwards."""
    pg_bin = find_pg_bin()
    workdir = Path(tempfile.mkdtemp(prefix="planwatch-pg-"))
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")
    data, port = workdir / "data", free_port()
    options = (
        f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    )
    try:
        run_as_owner(
            [
                str(pg_bin / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        )
        run_as_owner(
            [
                str(pg_bin / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(workdir / "log"),
                "-o",
                options,
                "-w",
                "start",
            ]
        )
        yield f"postgres://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            run_as_owner([str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(workdir, ignore_errors=True)
