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

from indicators.models import Export
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


@pytest.fixture
def hung_broker(tmp_path, monkeypatch):
    """Celery sending, not eagerly, to a Redis that is stopped, with the broker options
    settings.py gives a Redis broker: a web process while the Redis it queues tasks on hangs."""
    from planwatch.celery import app

    with running_redis(tmp_path) as (process, url):
        monkeypatch.setenv("CELERY_BROKER_URL", url)
        options = runpy.run_path(str(ROOT / "planwatch" / "settings.py"))
        previous = {
            "CELERY_BROKER_URL": app.conf.broker_url,
            "CELERY_TASK_ALWAYS_EAGER": app.conf.task_always_eager,
            "CELERY_BROKER_TRANSPORT_OPTIONS": app.conf.broker_transport_options,
            "CELERY_TASK_PUBLISH_RETRY_POLICY": app.conf.task_publish_retry_policy,
        }
        app.conf.update(
            CELERY_BROKER_URL=url,
            CELERY_TASK_ALWAYS_EAGER=False,
            CELERY_BROKER_TRANSPORT_OPTIONS=options.get("CELERY_BROKER_TRANSPORT_OPTIONS", {}),
            CELERY_TASK_PUBLISH_RETRY_POLICY=options.get(
                "CELERY_TASK_PUBLISH_RETRY_POLICY", previous["CELERY_TASK_PUBLISH_RETRY_POLICY"]
            ),
        )
        app._after_fork()  # no producer pool bound to another broker
        os.kill(process.pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(process.pid, signal.SIGCONT)
            app.conf.update(previous)
            app._after_fork()


def test_a_large_export_asked_while_the_broker_hangs_answers_and_is_marked_failed(
    client, analyst, demo, settings, tmp_path, hung_broker, django_capture_on_commit_callbacks
):
    settings.EXPORT_ASYNC_ROWS = 10
    settings.MEDIA_ROOT = tmp_path
    client.force_login(analyst)

    def export():  # the task is sent once the request's transaction commits
        with django_capture_on_commit_callbacks(execute=True):
            return client.get(reverse("indicators:figures_export") + "?within=350100")

    response, seconds = timed(export)
    assert response.status_code == 302 and seconds < 8
    export = Export.objects.get()
    assert export.status == "failed" and not export.file
    assert "任务队列暂不可用" in export.error


def test_a_hung_cache_is_logged_once_not_on_every_request_while_it_rests(
    client, analyst, demo, hung_cache, caplog
):
    client.force_login(analyst)
    with caplog.at_level("WARNING"):
        for _ in range(3):
            page, seconds = timed(lambda: client.get(GAPS))
            assert page.status_code == 200 and seconds < 3
    unavailable = [r for r in caplog.records if r.getMessage().endswith("cache unavailable")]
    assert len(unavailable) == 1 and unavailable[0].exc_info is not None
