"""Real Celery: a worker process against a real Redis extracts a report the test stored."""

import io
import os
import random
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from indicators.models import Jurisdiction
from planwatch.celery import app
from reports.models import Report
from reports.tasks import extract_report
from tests.factories import JurisdictionFactory, ReportFactory
from tests.redis_server import running_redis

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "reports" / "demo" / "seeds" / "cangshan-2024-execution-2025-plan.txt"


@pytest.fixture
def redis_url(tmp_path):
    with running_redis(tmp_path) as (_process, url):
        yield url


@pytest.fixture
def worker(redis_url, tmp_path):
    with running_worker(redis_url, tmp_path) as process:
        yield process


@contextmanager
def running_worker(redis_url, tmp_path, pool="solo", **settings):
    """A Celery worker process on `redis_url`, with `settings` in its environment."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "MEDIA_ROOT": str(tmp_path / "media"),  # where the test stores uploaded files
        "CELERY_BROKER_URL": redis_url,
        "SECRET_KEY": "celery-test",
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        **settings,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "planwatch",
            "worker",
            "-P",
            pool,
            "--concurrency=1",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            "celery",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    # The app reads Django's CELERY_* settings, which shadow the unprefixed names: updating
    # task_always_eager alone left every task running eagerly in the test process.
    previous = {
        "CELERY_BROKER_URL": app.conf.broker_url,
        "CELERY_TASK_ALWAYS_EAGER": app.conf.task_always_eager,
    }
    app.conf.update(CELERY_BROKER_URL=redis_url, CELERY_TASK_ALWAYS_EAGER=False)
    app._after_fork()  # drop the producer pools bound to an earlier test's broker
    try:
        yield process
    finally:
        app.conf.update(previous)
        app._after_fork()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_a_worker_extracts_a_report_through_redis(demo, worker):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    district = JurisdictionFactory(
        name="试验区", level="district", parent=fuzhou, division_code="350199"
    )
    report = ReportFactory(
        jurisdiction=district,
        title="试验区的报告",
        delivered_on="2024-12-25",
        review_year=2024,
        plan_year=2025,
        text=SEED.read_text(encoding="utf-8"),
        extraction=Report.Extraction.RUNNING,
    )
    extract_report.delay(report.pk)
    report = finished(report, worker)
    assert report.extraction == Report.Extraction.DONE, report.extraction_error
    found = set(report.candidates.values_list("indicator", "unit", "year", "kind", "value_text"))
    assert ("地区生产总值", "亿元", 2024, "expected", "1110") in found and len(found) > 20


def test_a_worker_reads_an_uploaded_word_file_then_extracts_it(demo, worker, tmp_path):
    """The file is read by the task, in the reading process the worker starts, not by the
    request that stored it; title and date come from its text."""
    import docx

    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    district = JurisdictionFactory(
        name="上传区", level="district", parent=Jurisdiction.objects.get(division_code="350100")
    )
    report = uploaded(district, tmp_path, "cangshan.docx", stream.getvalue())
    extract_report.delay(report.pk)
    report = finished(report, worker)
    assert report.extraction == Report.Extraction.DONE, report.extraction_error
    assert report.date_text == "2024-12-25" and report.title.startswith("关于福州市仓山区")
    assert report.candidates.filter(indicator="地区生产总值", value_text="1110").exists()


def uploaded(jurisdiction, tmp_path, name, data):
    """A report whose file is stored where the worker reads files (not the pytest-django
    `settings` fixture: overriding settings here leaves the Celery app eager)."""
    stored = tmp_path / "media" / "reports" / name
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(data)
    report = Report(jurisdiction=jurisdiction, extraction=Report.Extraction.RUNNING)
    report.source_file.name = f"reports/{name}"
    report.save()
    return report


def finished(report, worker, seconds=90):
    """The report once the worker has finished with it (or the test fails with its log)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        report.refresh_from_db()
        if report.extraction != Report.Extraction.RUNNING:
            return report
        time.sleep(0.5)
    worker.terminate()
    pytest.fail("the worker did not finish: " + worker.communicate(timeout=20)[0][-3000:])


def slow_word_file():
    """A .docx within every size limit whose reading takes seconds: 5 MB of distinct XML."""
    rng = random.Random(18)
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{rng.getrandbits(40)}</w:t></w:r></w:p>" for _n in range(120_000)
    )
    xml = (
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        f'wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>'
    )
    from tests.reports.test_hostile_files import word_file

    return word_file(xml)


def test_a_worker_stops_a_task_past_its_soft_time_limit_and_records_it(demo, redis_url, tmp_path):
    fuzhou = Jurisdiction.objects.get(division_code="350100")
    report = uploaded(fuzhou, tmp_path, "slow.docx", slow_word_file())
    limits = {
        "EXTRACTION_SOFT_SECONDS": "1",
        "EXTRACTION_HARD_SECONDS": "30",
        "REPORT_MAX_TEXT": "50000000",  # so that the whole file is converted: seconds
    }
    with running_worker(redis_url, tmp_path, pool="prefork", **limits) as process:
        started = time.monotonic()
        # the sender's limits travel with the message: these are what a web process with the
        # worker's settings sends (extract_report.soft_time_limit, .time_limit)
        extract_report.apply_async((report.pk,), soft_time_limit=1, time_limit=30)
        report = finished(report, process)
    assert report.extraction == Report.Extraction.FAILED
    assert report.extraction_error == "提取用时超过上限 1 秒。"
    assert time.monotonic() - started < 15


def test_the_extraction_task_carries_the_time_limits_of_the_settings(settings):
    assert extract_report.soft_time_limit == settings.EXTRACTION_SOFT_SECONDS == 180
    assert extract_report.time_limit == settings.EXTRACTION_HARD_SECONDS == 240
