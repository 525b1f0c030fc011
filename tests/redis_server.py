"""A throwaway redis-server on a free loopback port, for one test."""

import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

import pytest

from tests.postgres import free_port


def wait_for_port(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@contextmanager
def running_redis(directory):
    """Yield the server process and its URL; stop it afterwards."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail(
            "redis-server is not installed: `make test` installs it (apt-get install redis-server)"
        )
    port = free_port()
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield process, f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
