"""Real Celery: a worker process against a real Redis extracts a report the test stored."""

import io
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from indicators.models import Jurisdiction
from planwatch.celery import app
from reports.models import Report
from reports.tasks import extract_report
from tests.factories import JurisdictionFactory, ReportFactory
from tests.postgres import free_port

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "reports" / "demo" / "seeds" / "cangshan-2024-execution-2025-plan.txt"


def wait_for_port(port, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture
def redis_url(tmp_path):
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
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def worker(redis_url, tmp_path):
    database = connection.settings_dict
    env = {
        **os.environ,
        "MEDIA_ROOT": str(tmp_path / "media"),  # where the test stores uploaded files
        "CELERY_BROKER_URL": redis_url,
        "SECRET_KEY": "celery-test",
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
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
            "solo",
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
    previous = {"broker_url": app.conf.broker_url, "task_always_eager": app.conf.task_always_eager}
    app.conf.update(broker_url=redis_url, task_always_eager=False)
    try:
        yield process
    finally:
        app.conf.update(
            broker_url=previous.get("broker_url"),
            task_always_eager=previous.get("task_always_eager"),
        )
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


def test_a_worker_reads_an_uploaded_word_file_then_extracts_it(demo, worker, settings, tmp_path):
    """The file is read by the task, in the reading process the worker starts, not by the
    request that stored it; title and date come from its text."""
    import docx
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path / "media"
    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    district = JurisdictionFactory(
        name="上传区", level="district", parent=Jurisdiction.objects.get(division_code="350100")
    )
    report = Report(jurisdiction=district, extraction=Report.Extraction.RUNNING)
    report.source_file.save("cangshan.docx", ContentFile(stream.getvalue()), save=True)
    extract_report.delay(report.pk)
    report = finished(report, worker)
    assert report.extraction == Report.Extraction.DONE, report.extraction_error
    assert report.date_text == "2024-12-25" and report.title.startswith("关于福州市仓山区")
    assert report.candidates.filter(indicator="地区生产总值", value_text="1110").exists()


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
