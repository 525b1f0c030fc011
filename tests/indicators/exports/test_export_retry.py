"""A large export that failed (the broker down, the worker gone) offers to run again from its
page: a POST with the CSRF token, by its requester or an administrator (issue 18, item 4)."""

import pytest
from django.test import Client
from django.urls import reverse

from indicators.models import Export
from tests.conftest import broker_down

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed(client, analyst, settings, tmp_path, demo, django_capture_on_commit_callbacks):
    """An analyst's export of 福州市 that failed because the task queue was down."""
    settings.EXPORT_ASYNC_ROWS = 10
    settings.MEDIA_ROOT = tmp_path
    client.force_login(analyst)
    with broker_down(), django_capture_on_commit_callbacks(execute=True):
        client.get(reverse("indicators:figures_export") + "?within=350100")
    export = Export.objects.get()
    assert export.status == "failed" and not export.file
    return export


def retry_url(export):
    return reverse("indicators:export_retry", args=[export.pk])


def test_a_failed_export_shows_a_retry_button_that_runs_it_again(
    client, failed, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        page = client.get(reverse("indicators:export", args=[failed.pk])).content.decode()
    assert f'action="{retry_url(failed)}"' in page and "csrfmiddlewaretoken" in page
    assert ">重试</button>" in page
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(retry_url(failed))
    assert len(callbacks) == 1  # queued once the reset export is committed
    assert response.status_code == 302 and response["Location"] == reverse(
        "indicators:export", args=[failed.pk]
    )
    failed.refresh_from_db()
    assert (failed.status, failed.error) == ("done", "") and failed.rows_done > 10
    status = client.get(reverse("indicators:export_status", args=[failed.pk])).json()
    assert status["status"] == "done" and status["percent"] == 100
    download = client.get(reverse("indicators:export_download", args=[failed.pk]))
    assert b"".join(download.streaming_content).startswith("\ufeff".encode())


def test_an_export_that_did_not_fail_is_not_run_again(
    client, failed, django_capture_on_commit_callbacks
):
    Export.objects.filter(pk=failed.pk).update(status="running", error="")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(retry_url(failed), follow=True)
    assert callbacks == []
    assert "只有失败的导出可以重试" in response.content.decode()
    assert Export.objects.get(pk=failed.pk).status == "running"


def test_an_administrator_may_retry_an_analysts_export(
    administrator, failed, django_capture_on_commit_callbacks
):
    admin = Client()
    admin.force_login(administrator)
    assert admin.get(reverse("indicators:export", args=[failed.pk])).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert admin.post(retry_url(failed)).status_code == 302
    failed.refresh_from_db()
    assert failed.status == "done" and failed.requested_by.username == "analyst"


def test_retrying_needs_a_login_the_requester_a_post_and_the_csrf_token(
    failed, official, analyst, django_capture_on_commit_callbacks
):
    anonymous, other, forged = Client(), Client(), Client(enforce_csrf_checks=True)
    other.force_login(official)
    forged.force_login(analyst)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert anonymous.post(retry_url(failed)).status_code == 302  # to the login page
        assert other.post(retry_url(failed)).status_code == 404
        assert other.get(reverse("indicators:export", args=[failed.pk])).status_code == 404
        assert forged.post(retry_url(failed)).status_code == 403
        assert forged.get(retry_url(failed)).status_code == 405
    assert callbacks == []
    failed.refresh_from_db()
    assert failed.status == "failed" and failed.error


def test_the_export_task_carries_the_time_limits_of_the_settings(settings):
    from indicators.tasks import export_figures

    assert export_figures.soft_time_limit == settings.EXPORT_SOFT_SECONDS == 600
    assert export_figures.time_limit == settings.EXPORT_HARD_SECONDS == 660


def test_an_export_the_worker_killed_shows_as_failed_and_runs_again(
    client, failed, settings, django_capture_on_commit_callbacks
):
    """Past the hard limit the worker kills the task, which never says it ended: the page and
    its status call the export timed out, and it can be tried again."""
    from datetime import timedelta

    from django.utils import timezone

    started = timezone.now() - timedelta(seconds=settings.EXPORT_HARD_SECONDS + 120)
    Export.objects.filter(pk=failed.pk).update(status="running", error="", started_at=started)
    page = client.get(reverse("indicators:export", args=[failed.pk])).content.decode()
    assert "未在 660 秒内完成" in page and f'action="{retry_url(failed)}"' in page
    status = client.get(reverse("indicators:export_status", args=[failed.pk])).json()
    assert status["status"] == "failed" and "660" in status["error"]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(retry_url(failed)).status_code == 302
    failed.refresh_from_db()
    assert failed.status == "done" and failed.started_at > started
