"""Real Celery: a Figures CSV uploaded on the site is imported by a worker process through a
real Redis, and the job's progress reaches the page while the import's transaction is open."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from indicators.models import Figure
from reports.import_jobs import import_figures
from reports.models import ImportJob
from tests.redis_server import running_redis
from tests.reports.test_import_figures import csv_bytes
from tests.reports.test_web_import import many_rows
from tests.test_celery_redis import running_worker

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_worker_imports_an_uploaded_file_and_the_job_shows_its_progress(analyst_client, tmp_path):
    with running_redis(tmp_path) as (_redis, url), running_worker(url, tmp_path) as worker:
        response = analyst_client.post(
            reverse("reports:import"),
            {"file": SimpleUploadedFile("many.csv", csv_bytes(*many_rows(3000)))},
        )
        assert response.status_code == 302
        job = ImportJob.objects.get()
        seen = polled(analyst_client, job, worker)
    job.refresh_from_db()
    assert job.status == "done", (job.error, job.result.get("errors"))
    assert job.result["figures_created"] == 3000 and Figure.objects.count() == 3000
    # Written by the worker's own connection while the import's transaction was open.
    assert job.phase == "judging"
    percents = [state["percent"] for state in seen]
    assert percents == sorted(percents) and percents[-1] == 100


def polled(client, job, worker, seconds=120):
    """The job's status as its page polls it, until it has finished."""
    url, seen = reverse("reports:import_status", args=[job.pk]), []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seen.append(client.get(url).json())
        if seen[-1]["status"] in ("done", "failed"):
            return seen
        time.sleep(0.1)
    worker.terminate()
    pytest.fail("the worker did not finish: " + worker.communicate(timeout=20)[0][-3000:])


def test_the_import_task_carries_the_time_limits_of_the_settings(settings):
    assert import_figures.soft_time_limit == settings.IMPORT_SOFT_SECONDS == 1800
    assert import_figures.time_limit == settings.IMPORT_HARD_SECONDS == 1900


def test_a_worker_stops_an_import_past_its_soft_time_limit_and_nothing_is_stored(analyst, tmp_path):
    data = csv_bytes(*many_rows(20_000))
    job = ImportJob.objects.create(requested_by=analyst, filename="big.csv", data=data)
    limits = {"IMPORT_SOFT_SECONDS": "1", "IMPORT_HARD_SECONDS": "60"}
    with running_redis(tmp_path) as (_redis, url):
        with running_worker(url, tmp_path, pool="prefork", **limits) as worker:
            # the sender's limits travel with the message (as in tests/test_celery_redis.py)
            import_figures.apply_async((job.pk,), soft_time_limit=1, time_limit=60)
            deadline = time.monotonic() + 90
            while job.status in ("queued", "running") and time.monotonic() < deadline:
                time.sleep(0.2)
                job.refresh_from_db()
            if job.status != "failed":
                worker.terminate()
                pytest.fail(f"{job.status}: " + worker.communicate(timeout=20)[0][-3000:])
    assert job.error == "导入用时超过上限 1 秒，未存储任何内容。"
    assert Figure.objects.count() == 0 and bytes(job.data) == data  # kept for a retry
