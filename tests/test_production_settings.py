"""The production settings and the commands docker-compose.yml runs, exercised outside Docker."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "x" * 60 + "-production-test-key-with-enough-entropy",
    "ALLOWED_HOSTS": "planwatch.example.gov.cn",
    "DATABASE_URL": "postgres://planwatch:planwatch@127.0.0.1:5/planwatch",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6/0",
    "SECURE_PROXY_SSL_HEADER": "true",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "true",
}


def run_python(*args, env=None):
    # The test process allows async-unsafe calls for live_server; production never does.
    skip = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {key: value for key, value in os.environ.items() if key not in skip}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_with_production_settings():
    result = run_python(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_python(
        "-c",
        "import django; django.setup()",
        env={**env, "DJANGO_SETTINGS_MODULE": "planwatch.settings"},
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_bad_boolean_fails_loudly():
    env = {**PRODUCTION_ENV, "DEBUG": "maybe", "DJANGO_SETTINGS_MODULE": "planwatch.settings"}
    result = run_python("-c", "import django; django.setup()", env=env)
    assert "DEBUG must be true or false" in result.stderr


@pytest.mark.parametrize("module", ["planwatch.wsgi", "planwatch.asgi"])
def test_the_compose_web_entry_points_load_with_production_settings(module):
    result = run_python(
        "-c", f"import {module} as m; print(type(m.application).__name__)", env=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stderr


def test_the_compose_celery_app_uses_the_broker_from_the_environment():
    code = (
        "from planwatch.celery import app; print(app.conf.broker_url, app.conf.task_always_eager)"
    )
    result = run_python(
        "-c", code, env={**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "planwatch.settings"}
    )
    assert result.stdout.split() == ["redis://127.0.0.1:6/0", "False"], result.stderr


def test_without_a_broker_tasks_run_in_process():
    code = "from planwatch.celery import app; print(app.conf.task_always_eager)"
    env = {
        **PRODUCTION_ENV,
        "CELERY_BROKER_URL": "",
        "DJANGO_SETTINGS_MODULE": "planwatch.settings",
    }
    assert run_python("-c", code, env=env).stdout.strip() == "True"


def test_compose_runs_the_commands_tested_here():
    compose = (ROOT / "docker-compose.yml").read_text()
    for command in (
        "gunicorn planwatch.wsgi",
        "celery -A planwatch worker",
        "celery -A planwatch beat",
        "image: postgres:16",
        "image: redis:7",
        "healthcheck",
    ):
        assert command in compose
    documented = (ROOT / ".env.example").read_text()
    for variable in ("DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "CELERY_BROKER_URL"):
        assert f"\n{variable}=" in documented


def test_every_variable_the_settings_read_is_documented_in_env_example():
    settings_source = (ROOT / "planwatch" / "settings.py").read_text()
    read = set(
        re.findall(r'(?:env_int|env_bool|env_list|environ\.get)\("([A-Z_]+)"', settings_source)
    )
    documented = set(re.findall(r"^#? ?([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert {"REPORT_MAX_TEXT", "DOCUMENT_MAX_PAGES", "EXTRACTION_HARD_SECONDS"} <= read
    assert read <= documented, read - documented


def test_report_limits_come_from_the_environment_and_fail_loudly_when_inconsistent():
    env = {
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "planwatch.settings",
        "DOCUMENT_MAX_PAGES": "12",
        "DOCUMENT_MAX_UNZIPPED_MB": "3",
        "REPORT_MAX_TEXT": "1000",
    }
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DOCUMENT_MAX_PAGES, s.DOCUMENT_MAX_UNZIPPED_BYTES, s.REPORT_MAX_TEXT)"
    )
    assert run_python("-c", script, env=env).stdout.split() == ["12", str(3 * 2**20), "1000"]
    env = {**env, "EXTRACTION_SOFT_SECONDS": "300", "EXTRACTION_HARD_SECONDS": "200"}
    result = run_python("-c", script, env=env)
    assert result.returncode != 0 and "EXTRACTION_HARD_SECONDS must exceed" in result.stderr
    result = run_python("-c", script, env={**env, "DOCUMENT_MAX_PAGES": "many"})
    assert "DOCUMENT_MAX_PAGES must be an integer" in result.stderr


def test_persistent_database_connections_are_checked_before_reuse():
    # A kept connection dead since a PostgreSQL restart would fail the first request of every
    # worker; Django's health check replaces it instead.
    env = {**PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "planwatch.settings"}
    script = (
        "import django; django.setup(); from django.conf import settings as s; "
        "d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    result = run_python("-c", script, env={**env, "DATABASE_CONN_MAX_AGE": "60"})
    assert result.stdout.split() == ["60", "True"], result.stderr
