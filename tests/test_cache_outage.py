"""A hung cache (Redis stopped, its port still accepting) slows a page down a little; it does
not hold every page and every login until the web server's own timeout."""

import os
import runpy
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.urls import reverse

from tests.redis_server import running_redis

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[1]
GAPS = reverse("indicators:gaps", args=["350100", 2023])


class Hung(BaseException):
    """Not an Exception, so the code that forgives cache errors cannot swallow it."""


@contextmanager
def deadline(seconds):
    """Stop the block after `seconds`: without a socket timeout a read from a stopped Redis
    never returns."""

    def expire(_signum, _frame):
        raise Hung(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def hung_cache(tmp_path, settings, monkeypatch):
    """The cache as settings.py configures it for CACHE_URL, on a Redis that is stopped."""
    with running_redis(tmp_path) as (process, url):
        monkeypatch.setenv("CACHE_URL", url)
        settings.CACHES = runpy.run_path(str(ROOT / "planwatch" / "settings.py"))["CACHES"]
        os.kill(process.pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(process.pid, signal.SIGCONT)


def timed(request):
    started = time.monotonic()
    with deadline(10):
        response = request()
    return response, time.monotonic() - started


def test_logins_and_pages_answer_while_the_cache_hangs(client, analyst, demo, hung_cache):
    login, seconds = timed(
        lambda: client.post(reverse("login"), {"username": "analyst", "password": "pw-analyst-1"})
    )
    assert login.status_code == 302 and seconds < 3
    page, seconds = timed(lambda: client.get(GAPS))
    assert page.status_code == 200 and seconds < 3
    assert "6.5 左右" in page.content.decode()
    assert f'<span class="user">{analyst.username}</span>' in page.content.decode()
