"""Figures CSV downloads from pages: streamed when small, prepared by a Celery task when large."""

import tempfile

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from indicators.exports.figures_csv import BOM
from indicators.exports.figures_csv_writing import FiguresCsv
from indicators.models import Export, Figure, Jurisdiction
from indicators.permissions import sees_drafts
from indicators.queueing import queue_after_commit
from indicators.services.figures import permission_check

PROGRESS_EVERY = 5000
# One COPY per this many jurisdictions: progress between statements (about 16 steps for a country).
PLACES_PER_COPY = 200


def figures_for(filters, user):
    """The figures a download's filters select, as this user may see them."""
    figures = Figure.objects.for_reader(drafts=sees_drafts(user)).for_figures_csv()
    if filters.get("within"):
        root = Jurisdiction.objects.get(division_code=filters["within"])
        figures = figures.filter(jurisdiction_id__in=Jurisdiction.objects.descendant_ids([root.pk]))
    if filters.get("jurisdiction"):
        figures = figures.filter(jurisdiction__division_code=filters["jurisdiction"])
    if filters.get("years"):
        figures = figures.filter(year__in=filters["years"])
    if filters.get("kind"):
        figures = figures.filter(kind=filters["kind"])
    return figures


def export_start(*, user, filters: dict, filename: str) -> Export:
    """Queue a background export; the task starts once this transaction commits."""
    export = Export.objects.create(requested_by=user, filters=filters, filename=filename)
    queue_export(export)
    return export


def export_retry(*, export: Export, user) -> Export:
    """Queue a failed export again (the broker was down, the worker died, the disk was full);
    one that is queued, running or done is left as it is."""
    permission_check(user, "indicators.change_export", export)
    with transaction.atomic():
        export = Export.objects.select_for_update().get(pk=export.pk)
        if export.shown_status(timezone.now()) != Export.Status.FAILED:
            raise ValidationError(_("Only a failed export can be tried again."))
        export.status, export.error, export.rows_done = Export.Status.QUEUED, "", 0
        export.save(update_fields=["status", "error", "rows_done"])
        queue_export(export)
    return export


def queue_export(export):
    from indicators.tasks import export_figures  # tasks import this module

    queue_after_commit(export_figures, export.pk, failed=lambda error: export_failed(export, error))


def export_failed(export: Export, error: str) -> None:
    export.status, export.error = Export.Status.FAILED, error[:1000]
    export.save(update_fields=["status", "error"])


def export_run(export: Export) -> Export:
    figures = figures_for(export.filters, export.requested_by)
    export.status, export.started_at = Export.Status.RUNNING, timezone.now()
    export.rows_total = figures.count()
    export.save(update_fields=["status", "started_at", "rows_total"])
    try:
        with tempfile.TemporaryFile("w+b") as stream:
            stream.write(BOM.encode())
            written, reported = FiguresCsv(figures, places_per_copy=PLACES_PER_COPY), 0
            for block in written:
                stream.write(block)
                if written.rows - reported >= PROGRESS_EVERY:
                    reported = written.rows
                    Export.objects.filter(pk=export.pk).update(rows_done=reported)
            stream.seek(0)
            export.file.save(export.filename, File(stream), save=False)
    except SoftTimeLimitExceeded:
        limit = {"limit": settings.EXPORT_SOFT_SECONDS}
        export_failed(
            export, _("The export took longer than %(limit)s seconds, the limit.") % limit
        )
        return export
    except Exception as error:  # the page must say it failed, not spin forever
        export_failed(export, str(error))
        raise
    export.status, export.rows_done, export.finished_at = (
        Export.Status.DONE,
        export.rows_total,
        timezone.now(),
    )
    export.save(update_fields=["status", "rows_done", "finished_at", "file"])
    return export
