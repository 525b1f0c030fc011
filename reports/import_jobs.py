"""Figures CSV imports started on the site: the upload kept as an ImportJob, imported by a
Celery task as the user who uploaded it (all-or-nothing, permissions asked row by row), its
progress written where the job page can poll it, its result kept for that page."""

import logging
import time

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, connections, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from indicators.queueing import queue_after_commit
from indicators.services.figures import permission_check
from reports.importing import figures_import
from reports.models import ImportJob

logger = logging.getLogger(__name__)
# What a job keeps of each list of its result: a file of 200,000 bad rows is not kept whole.
KEPT = 1000
# Progress is written at most this often (phase changes always): the page polls each second.
PROGRESS_SECONDS = 0.5


def import_job_start(
    *, user, filename: str, data: bytes, dry_run: bool, language: str = ""
) -> ImportJob:
    """Keep the upload and queue its import once this transaction commits. Its messages are
    written in `language`, the uploader's."""
    permission_check(user, "reports.add_importjob", None)
    with transaction.atomic():
        job = ImportJob.objects.create(
            requested_by=user,
            filename=filename[:200],
            data=data,
            size=len(data),
            dry_run=dry_run,
            language=language or settings.LANGUAGE_CODE,
        )
        queue_import(job)
    return job


def import_job_retry(*, job: ImportJob, user) -> ImportJob:
    """Queue a failed import again (the broker was down, the worker died or ran out of time);
    one that is queued, running or done is left as it is."""
    permission_check(user, "reports.change_importjob", job)
    now = timezone.now()
    with transaction.atomic():
        job = ImportJob.objects.without_data().select_for_update().get(pk=job.pk)
        if job.shown_status(now) != ImportJob.Status.FAILED:
            raise ValidationError(_("Only a failed import can be tried again."))
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.QUEUED,
            phase=ImportJob.Phase.WAITING,
            rows_done=0,
            rows_total=0,
            result={},
            error="",
            started_at=None,
            finished_at=None,
        )
        queue_import(job)
    return job


def queue_import(job):
    queue_after_commit(
        import_figures, job.pk, failed=lambda message: import_job_failed(job.pk, message)
    )


def import_job_failed(job_id: int, message: str) -> None:
    ImportJob.objects.filter(pk=job_id).update(
        status=ImportJob.Status.FAILED, error=message[:1000], finished_at=timezone.now()
    )


# The task lives here, not in reports.tasks: it runs the import, whose modules reach
# reports.services, which imports reports.tasks — a cycle. CELERY_IMPORTS registers it with the
# worker. Past the soft limit the failure is recorded on the job; past the hard one the worker
# kills it, and the job's page calls a run that never ended timed out (ImportJob.timed_out).
@shared_task(soft_time_limit=settings.IMPORT_SOFT_SECONDS, time_limit=settings.IMPORT_HARD_SECONDS)
def import_figures(job_id):
    import_job_run(job_id=job_id)


def import_job_run(*, job_id: int) -> None:
    """The task: import the job's file as its requester. Whatever goes wrong is recorded on the
    job, which then says so and offers to try again; nothing is raised, because without a broker
    the task runs inside the upload's request."""
    started = ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
        status=ImportJob.Status.RUNNING, started_at=timezone.now()
    )
    if not started:  # deleted, or run already (a message delivered twice)
        return
    progress = ProgressWriter(job_id)
    job = ImportJob.objects.select_related("requested_by").get(pk=job_id)
    try:
        # The result is recorded in the import's transaction: a job that fails stored nothing.
        # (Its row is written here only after the last progress, which another connection
        # writes: locked earlier, that write would wait on this transaction for ever.)
        with transaction.atomic(), translation.override(job.language or settings.LANGUAGE_CODE):
            result = figures_import(
                data=bytes(job.data), user=job.requested_by, dry_run=job.dry_run, progress=progress
            )
            ImportJob.objects.filter(pk=job_id).update(
                status=ImportJob.Status.DONE,
                result=result_record(result),
                data=b"",  # the figures are stored (or refused): the bytes are not needed again
                finished_at=timezone.now(),
            )
    except SoftTimeLimitExceeded:
        import_job_failed(
            job_id,
            _("The import took longer than %(limit)s seconds, the limit; nothing was stored.")
            % {"limit": settings.IMPORT_SOFT_SECONDS},
        )
    except Exception:
        logger.exception("import job %s failed", job_id)
        import_job_failed(
            job_id,
            _(
                "The import failed on an unexpected error, which is in the server's log; "
                "nothing was stored."
            ),
        )
    finally:
        progress.close()


# The lists of an ImportResult a job keeps, besides its errors.
KEPT_LISTS = (
    "warnings",
    "created_jurisdictions",
    "created_indicators",
    "created_reports",
    "created_plans",
)


def result_record(result) -> dict:
    """An ImportResult as the job keeps it (JSON): each list at most KEPT long, with how many
    more there were."""
    record = {
        "rows": result.rows,
        "stored": result.stored,
        "figures_created": result.figures_created,
        "figures_updated": result.figures_updated,
        "figures_unchanged": result.figures_unchanged,
        "errors_total": len(result.errors),
        "errors": [
            {"row": e.row, "column": kept_text(e.column), "message": kept_text(e.message)}
            for e in result.errors[:KEPT]
        ],
    }
    for name in KEPT_LISTS:
        record[name] = [kept_text(value) for value in getattr(result, name)[:KEPT]]
    for name in ("errors", *KEPT_LISTS):
        record[f"{name}_more"] = max(len(getattr(result, name)) - KEPT, 0)
    return record


def kept_text(text):
    """Text as PostgreSQL can keep it in JSON: a NUL (which a damaged file may hold) shown."""
    return str(text).replace("\x00", "\\0")


class ProgressWriter:
    """The import's progress callback: (phase, done, total) written to the job, at most every
    PROGRESS_SECONDS and at each change of phase, by a plain UPDATE.

    The import runs in one transaction, whose writes no one else sees until it commits; on
    PostgreSQL the progress therefore goes through a connection of its own, committed at once.
    SQLite allows one writer at a time, so there the progress inside the transaction is not
    written (without a broker the request waits for the import anyway)."""

    def __init__(self, job_id, every=PROGRESS_SECONDS):
        self.job_id, self.every = job_id, every
        self.phase, self.written_at, self.side = None, 0.0, None

    def __call__(self, phase, done, total):
        now = time.monotonic()
        if phase == self.phase and now - self.written_at < self.every:
            return
        self.phase, self.written_at = phase, now
        self.write(phase, min(done, total) if total else 0, total)

    def write(self, phase, done, total):
        if not connection.in_atomic_block:
            ImportJob.objects.filter(pk=self.job_id).update(
                phase=phase, rows_done=done, rows_total=total
            )
        elif connection.vendor == "postgresql":
            if self.side is None:
                self.side = connections.create_connection(connection.alias)
            table, db = ImportJob._meta.db_table, self.side.ops
            with self.side.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {db.quote_name(table)} SET phase = %s, rows_done = %s, "
                    "rows_total = %s WHERE id = %s",
                    [phase, done, total, self.job_id],
                )

    def close(self):
        if self.side is not None:
            self.side.close()
            self.side = None
