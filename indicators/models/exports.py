"""Large downloads, prepared in the background (a Celery task) and fetched when ready."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Export(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="+", verbose_name=_("requested by")
    )
    filters = models.JSONField(_("filters"), default=dict)
    filename = models.CharField(_("file name"), max_length=200)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    file = models.FileField(_("file"), upload_to="exports/%Y/%m/", blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.filename

    def timed_out(self, now):
        """A run the worker killed (past the hard time limit) never says it ended."""
        limit = timedelta(seconds=settings.EXPORT_HARD_SECONDS + 60)
        return (
            self.status == self.Status.RUNNING
            and self.started_at is not None
            and now - self.started_at > limit
        )

    def shown_status(self, now):
        return self.Status.FAILED if self.timed_out(now) else self.status

    def failure(self, now):
        if self.timed_out(now):
            return _("It did not finish within %(limit)s seconds and was stopped.") % {
                "limit": settings.EXPORT_HARD_SECONDS
            }
        return self.error

    @property
    def percent(self):
        return (
            100
            if self.status == self.Status.DONE
            else int(100 * self.rows_done / max(self.rows_total, 1))
        )
