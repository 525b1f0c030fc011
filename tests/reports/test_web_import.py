"""A Figures CSV imported on the site (/reports/import/): the upload, the background job, its
progress and result, who may start and see it."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections, transaction
from django.urls import reverse
from django.utils import timezone

from indicators.models import Figure, Indicator
from reports.import_jobs import KEPT, ProgressWriter, import_job_run, result_record
from reports.importing import ImportResult, figures_import
from reports.models import ImportJob, Report
from tests.conftest import broker_down
from tests.reports.test_import_figures import GOOD_ROWS, TITLE, csv_bytes

pytestmark = pytest.mark.django_db
BAD_KIND = f"福州市,city,福建省,地区生产总值,%,2023,goal,6,{TITLE},2024-01-13,6"


def upload(client, data, *, name="figures.csv", dry_run=False, capture=None):
    """Post a file to the import page, running the queued task as a broker-less site does."""
    fields = {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
    if dry_run:
        fields["dry_run"] = "on"
    with capture(execute=True):
        return client.post(reverse("reports:import"), fields)


def many_rows(count):
    """`count` good rows of 福州市: one indicator per 50 rows, years 1950 onwards."""
    return [
        f"福州市,city,福建省,指标{n // 50},%,{1950 + n % 50},target,{n},{TITLE},2024-01-13,{n}"
        for n in range(count)
    ]


def test_an_analyst_uploads_a_file_and_its_figures_are_stored_by_the_job(
    analyst_client, analyst, django_capture_on_commit_callbacks
):
    response = upload(
        analyst_client, csv_bytes(*GOOD_ROWS), capture=django_capture_on_commit_callbacks
    )
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:import_job", args=[job.pk])
    assert (job.status, job.requested_by, job.filename, job.dry_run) == (
        "done",
        analyst,
        "figures.csv",
        False,
    )
    assert job.result["stored"] and job.result["figures_created"] == 2
    assert job.result["created_indicators"] == ["地区生产总值 (%)"]
    assert job.result["created_reports"] == [TITLE]
    assert bytes(job.data) == b"" and job.size == len(csv_bytes(*GOOD_ROWS))
    figures = Figure.objects.filter(jurisdiction__name="福州市", indicator__name="地区生产总值")
    assert sorted(figures.values_list("kind", "value_text", "entered_by")) == [
        ("expected", "5.3 左右", analyst.pk),
        ("target", "6.5 左右", analyst.pk),
    ]
    page = analyst_client.get(response["Location"]).content.decode()
    assert "地区生产总值 (%)" in page and TITLE in page and 'value="100"' in page


def test_a_file_with_a_bad_row_lists_its_row_and_column_and_stores_nothing(
    analyst_client, django_capture_on_commit_callbacks
):
    before = (Figure.objects.count(), Indicator.objects.count(), Report.objects.count())
    upload(
        analyst_client,
        csv_bytes(GOOD_ROWS[0], BAD_KIND, GOOD_ROWS[1]),
        capture=django_capture_on_commit_callbacks,
    )
    job = ImportJob.objects.get()
    assert job.status == "done" and not job.result["stored"]
    assert [(e["row"], e["column"]) for e in job.result["errors"]] == [(3, "kind")]
    assert (Figure.objects.count(), Indicator.objects.count(), Report.objects.count()) == before
    page = analyst_client.get(reverse("reports:import_job", args=[job.pk])).content.decode()
    assert "未存储任何内容" in page
    assert '<td class="num">3</td><td>kind</td>' in page


def test_a_file_that_is_not_text_is_refused_by_the_job_with_its_reason(
    analyst_client, django_capture_on_commit_callbacks
):
    upload(
        analyst_client,
        b"PK\x03\x04\xff\xfe\xfa" * 50,
        name="figures.xlsx",
        capture=django_capture_on_commit_callbacks,
    )
    job = ImportJob.objects.get()
    assert [(e["row"], e["column"]) for e in job.result["errors"]] == [(0, "")]
    assert "GB18030" in job.result["errors"][0]["message"]
    assert Figure.objects.count() == 0


def test_a_file_without_the_figures_csv_columns_names_the_missing_ones(
    analyst_client, django_capture_on_commit_callbacks
):
    upload(analyst_client, b"name,value\n a,1\n", capture=django_capture_on_commit_callbacks)
    errors = ImportJob.objects.get().result["errors"]
    assert errors[0]["row"] == 1 and "jurisdiction" in errors[0]["column"]


def test_check_only_stores_nothing_and_says_what_would_be_created(
    analyst_client, django_capture_on_commit_callbacks
):
    upload(
        analyst_client,
        csv_bytes(*GOOD_ROWS),
        dry_run=True,
        capture=django_capture_on_commit_callbacks,
    )
    job = ImportJob.objects.get()
    assert job.dry_run and job.status == "done"
    assert not job.result["stored"] and job.result["figures_created"] == 2
    assert job.result["created_indicators"] == ["地区生产总值 (%)"]
    assert not Figure.objects.exists() and not Report.objects.exists()
    assert not Indicator.objects.filter(name="地区生产总值").exists()
    page = analyst_client.get(reverse("reports:import_job", args=[job.pk])).content.decode()
    assert "未存储任何内容" in page


def test_a_file_over_the_size_limit_is_a_form_error_and_starts_nothing(
    analyst_client, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_MAX_UPLOAD_BYTES = 2**20
    data = csv_bytes(*GOOD_ROWS) + b"\n" * (2**20)
    response = upload(analyst_client, data, capture=django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "文件大小为 1.0 MB，上限为 1 MB。" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_progress_hears_each_phase_with_rising_counts_every_thousand_rows():
    heard = []
    result = figures_import(
        data=csv_bytes(*many_rows(2500)), progress=lambda *call: heard.append(call)
    )
    assert result.stored and result.figures_created == 2500
    checking = [(done, total) for phase, done, total in heard if phase == "checking"]
    assert checking == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]
    writing = [(done, total) for phase, done, total in heard if phase == "writing"]
    assert writing == [(0, 2500), (2000, 2500)]
    # Reading counts the file's bytes, judging the targets re-judged, a round at a time.
    reading = [(done, total) for phase, done, total in heard if phase == "reading"]
    assert len(reading) == 3 and reading[1][0] < reading[2][0] < reading[2][1]
    judging = [done for phase, done, total in heard if phase == "judging"]
    assert judging and judging == sorted(judging)
    phases = [phase for phase, _done, _total in heard]
    assert sorted(set(phases), key=phases.index) == ["reading", "checking", "writing", "judging"]


def test_a_job_stored_result_keeps_a_thousand_errors_and_counts_the_rest():
    from indicators.exports.figures_csv_reading import RowError

    result = ImportResult(rows=1500, errors=[RowError(n, "kind", "bad") for n in range(1500)])
    record = result_record(result)
    assert len(record["errors"]) == KEPT == 1000
    assert (record["errors_total"], record["errors_more"]) == (1500, 500)
    assert record["errors"][0] == {"row": 0, "column": "kind", "message": "bad"}


@pytest.mark.django_db(transaction=True)
def test_progress_written_inside_the_import_transaction_is_seen_by_other_connections(analyst):
    job = ImportJob.objects.create(requested_by=analyst, filename="f.csv", status="running")
    writer = ProgressWriter(job.pk, every=0)
    other = connections.create_connection("default")
    try:
        with transaction.atomic():  # as the import runs
            writer("checking", 1000, 2500)
            with other.cursor() as cursor:
                cursor.execute(
                    "SELECT phase, rows_done, rows_total FROM reports_importjob WHERE id = %s",
                    [job.pk],
                )
                assert cursor.fetchone() == ("checking", 1000, 2500)
            writer("checking", 1500, 2500)
            writer("writing", 0, 2500)
    finally:
        writer.close()
        other.close()
    job.refresh_from_db()
    assert (job.phase, job.rows_done, job.percent) == ("writing", 0, 50)


def test_progress_is_written_at_most_twice_a_second_but_always_at_a_new_phase(analyst):
    job = ImportJob.objects.create(requested_by=analyst, filename="f.csv", status="running")
    writer = ProgressWriter(job.pk, every=60)
    writer.write = lambda *call: written.append(call)
    written = []
    for done in range(0, 5000, 1000):
        writer("checking", done, 5000)
    writer("writing", 0, 5000)
    assert written == [("checking", 0, 5000), ("writing", 0, 5000)]


def test_the_task_runs_a_queued_job_once(analyst):
    job = ImportJob.objects.create(
        requested_by=analyst, filename="f.csv", data=csv_bytes(*GOOD_ROWS)
    )
    import_job_run(job_id=job.pk)
    import_job_run(job_id=job.pk)  # delivered twice
    job.refresh_from_db()
    assert job.status == "done" and job.started_at and job.finished_at
    assert Figure.objects.count() == 2


def test_an_official_may_not_open_or_post_the_import_page(
    client, official, django_capture_on_commit_callbacks
):
    client.force_login(official)
    assert client.get(reverse("reports:import")).status_code == 403
    response = upload(client, csv_bytes(*GOOD_ROWS), capture=django_capture_on_commit_callbacks)
    assert response.status_code == 403
    assert not ImportJob.objects.exists() and not Figure.objects.exists()


def test_a_visitor_is_sent_to_log_in(client):
    response = client.get(reverse("reports:import"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_import_refuses_rows_of_places_outside_the_analysts_scope(
    client, cangshan_analyst, django_capture_on_commit_callbacks
):
    client.force_login(cangshan_analyst)
    upload(client, csv_bytes(*GOOD_ROWS), capture=django_capture_on_commit_callbacks)
    job = ImportJob.objects.get()
    assert job.status == "done" and not job.result["stored"] and job.result["errors"]
    assert not Figure.objects.exists()


def test_another_analyst_cannot_see_follow_or_retry_my_job(
    client, analyst, cangshan_analyst, administrator
):
    job = ImportJob.objects.create(requested_by=analyst, filename="mine.csv", status="failed")
    client.force_login(cangshan_analyst)
    for name in ("import_job", "import_status"):
        assert client.get(reverse(f"reports:{name}", args=[job.pk])).status_code == 404
    assert client.post(reverse("reports:import_retry", args=[job.pk])).status_code == 404
    job.refresh_from_db()
    assert job.status == "failed"
    client.force_login(administrator)
    assert client.get(reverse("reports:import_status", args=[job.pk])).json()["status"] == "failed"


def test_the_status_endpoint_runs_the_same_queries_whatever_the_result_holds(
    analyst_client, analyst, django_assert_num_queries
):
    small = ImportJob.objects.create(requested_by=analyst, filename="a.csv", status="running")
    errors = [{"row": n, "column": "kind", "message": "bad"} for n in range(KEPT)]
    large = ImportJob.objects.create(
        requested_by=analyst,
        filename="b.csv",
        status="done",
        data=b"x" * 2**20,
        result={"errors": errors, "errors_total": 5000, "stored": False},
    )
    ImportJob.objects.filter(pk=small.pk).update(phase="checking", rows_done=1000, rows_total=4000)
    analyst_client.get(reverse("reports:import_status", args=[small.pk]))  # session warmed
    with django_assert_num_queries(3):
        state = analyst_client.get(reverse("reports:import_status", args=[small.pk])).json()
    assert (state["status"], state["phase"], state["percent"]) == ("running", "checking", 23)
    assert state["label"] == "核对各行：1000 / 4000"
    with django_assert_num_queries(3):
        assert (
            analyst_client.get(reverse("reports:import_status", args=[large.pk])).json()["percent"]
            == 100
        )


def test_the_job_page_runs_the_same_queries_whatever_the_result_holds(
    analyst_client, analyst, django_assert_num_queries
):
    def job(count):
        errors = [{"row": n, "column": "kind", "message": "bad"} for n in range(count)]
        result = {"errors": errors, "errors_total": count, "stored": False, "warnings": ["w"]}
        result["created_jurisdictions"] = [f"区{n}" for n in range(count)]
        return ImportJob.objects.create(
            requested_by=analyst, filename="a.csv", status="done", result=result
        )

    few, many = job(1), job(KEPT)
    analyst_client.get(reverse("reports:import_job", args=[few.pk]))
    with django_assert_num_queries(4) as few_queries:
        analyst_client.get(reverse("reports:import_job", args=[few.pk]))
    with django_assert_num_queries(len(few_queries)):
        page = analyst_client.get(reverse("reports:import_job", args=[many.pk])).content.decode()
    assert page.count('<tr><td class="num">') == KEPT


def test_a_running_job_page_shows_its_bar_and_refreshes_without_scripts(analyst_client, analyst):
    job = ImportJob.objects.create(
        requested_by=analyst,
        filename="a.csv",
        status="running",
        phase="writing",
        rows_done=1000,
        rows_total=2000,
        started_at=timezone.now(),
    )
    page = analyst_client.get(reverse("reports:import_job", args=[job.pk])).content.decode()
    assert '<progress max="100" value="65">' in page  # writing spans 50–80
    assert "写入数据：1000 / 2000" in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert "js/import-progress.js" in page


def test_a_job_the_broker_cannot_take_fails_with_a_message_and_can_be_tried_again(
    analyst_client, django_capture_on_commit_callbacks
):
    with broker_down():
        response = upload(
            analyst_client, csv_bytes(*GOOD_ROWS), capture=django_capture_on_commit_callbacks
        )
    job = ImportJob.objects.get()
    assert job.status == "failed" and "任务队列" in job.error
    page = analyst_client.get(response["Location"]).content.decode()
    assert job.error in page and reverse("reports:import_retry", args=[job.pk]) in page
    assert not Figure.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):  # the broker is back
        analyst_client.post(reverse("reports:import_retry", args=[job.pk]))
    job.refresh_from_db()
    assert (job.status, job.error) == ("done", "") and Figure.objects.count() == 2


def test_a_job_the_worker_killed_past_its_time_limit_shows_as_failed_and_can_be_retried(
    analyst_client, analyst, settings, django_capture_on_commit_callbacks
):
    job = ImportJob.objects.create(
        requested_by=analyst,
        filename="a.csv",
        data=csv_bytes(*GOOD_ROWS),
        status="running",
        started_at=timezone.now() - timedelta(seconds=settings.IMPORT_HARD_SECONDS + 61),
    )
    state = analyst_client.get(reverse("reports:import_status", args=[job.pk])).json()
    assert state["status"] == "failed" and str(settings.IMPORT_HARD_SECONDS) in state["error"]
    page = analyst_client.get(reverse("reports:import_job", args=[job.pk])).content.decode()
    assert reverse("reports:import_retry", args=[job.pk]) in page
    with django_capture_on_commit_callbacks(execute=True):
        analyst_client.post(reverse("reports:import_retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "done" and Figure.objects.count() == 2


def test_a_finished_job_is_not_run_again_by_a_retry(analyst_client, analyst):
    job = ImportJob.objects.create(requested_by=analyst, filename="a.csv", status="done")
    response = analyst_client.post(reverse("reports:import_retry", args=[job.pk]), follow=True)
    assert "只有失败的导入可以重试" in response.content.decode()
    job.refresh_from_db()
    assert job.status == "done"


def test_the_navigation_links_the_import_page_for_those_who_may_write_figures(
    client, analyst, official
):
    client.force_login(analyst)
    assert reverse("reports:import") in client.get(reverse("reports:new")).content.decode()
    client.force_login(official)
    assert reverse("reports:import") not in client.get("/").content.decode()


def test_the_import_pages_speak_english_too(client, analyst):
    client.force_login(analyst)
    client.cookies["django_language"] = "en"
    page = client.get(reverse("reports:import")).content.decode()
    assert "Import a Figures CSV" in page and "Check only" in page


def test_nul_characters_in_the_file_or_its_name_are_refused_rows_not_a_crash(
    analyst_client, django_capture_on_commit_callbacks
):
    rows = [GOOD_ROWS[0].replace("6.5 左右", "6.5\x00"), BAD_KIND.replace("goal", "go\x00al")]
    response = upload(
        analyst_client,
        csv_bytes(*rows),
        name="a\x00<b>.csv",
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert job.status == "done" and {e["row"] for e in job.result["errors"]} == {2, 3}
    assert not Figure.objects.exists()
    page = analyst_client.get(response["Location"]).content.decode()
    assert "<b>" not in page


def test_the_import_page_lists_my_recent_jobs_only_in_constant_queries(
    analyst_client, analyst, cangshan_analyst, django_assert_num_queries
):
    ImportJob.objects.create(requested_by=cangshan_analyst, filename="theirs.csv")
    for n in range(12):
        ImportJob.objects.create(requested_by=analyst, filename=f"mine-{n}.csv", status="done")
    analyst_client.get(reverse("reports:import"))
    with django_assert_num_queries(4):
        page = analyst_client.get(reverse("reports:import")).content.decode()
    assert page.count("mine-") == 10 and "theirs.csv" not in page


def test_a_job_reading_its_file_shows_how_far_in_percent(analyst_client, analyst):
    job = ImportJob.objects.create(
        requested_by=analyst, filename="a.csv", status="running", phase="reading",
        rows_done=30 * 2**20, rows_total=60 * 2**20, started_at=timezone.now(),
    )  # fmt: skip
    state = analyst_client.get(reverse("reports:import_status", args=[job.pk])).json()
    assert (state["percent"], state["label"]) == (7, "读取文件：50%")
