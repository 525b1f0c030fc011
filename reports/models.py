"""Source documents: the reports figures come from."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.exports.figures_csv import report_date_text
from indicators.models import MAX_YEAR, MIN_YEAR, Figure, Jurisdiction
from indicators.models.time_limits import TimeLimitedRun, killed_past_limit, stopped_message
from reports.uploads import validate_report_file


class Report(models.Model):
    class Extraction(models.TextChoices):
        NONE = "", _("Not run")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    jurisdiction = models.ForeignKey(
        Jurisdiction, models.PROTECT, related_name="reports", verbose_name=_("jurisdiction")
    )
    # Both may wait for the text of an uploaded file, which the extraction task reads (clean()).
    title = models.CharField(_("title"), max_length=300, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=200, blank=True)
    delivered_on = models.DateField(_("date delivered"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    meeting = models.CharField(_("meeting"), max_length=200, blank=True)
    review_year = models.PositiveSmallIntegerField(
        _("year reviewed"),
        null=True,
        blank=True,
        help_text=_("The year whose plan execution the report reviews."),
    )
    plan_year = models.PositiveSmallIntegerField(
        _("year planned"),
        null=True,
        blank=True,
        help_text=_("The year whose plan the report proposes."),
    )
    text = models.TextField(_("full text"), blank=True)
    source_file = models.FileField(
        _("original file"),
        upload_to="reports/%Y/",
        blank=True,
        validators=[validate_report_file],
        help_text=_("PDF, Word (.docx) or text; kept outside the public static files."),
    )
    extraction = models.CharField(
        _("extraction"),
        max_length=8,
        choices=Extraction.choices,
        default=Extraction.NONE,
        blank=True,
    )
    extraction_error = models.TextField(_("extraction error"), blank=True)
    extraction_started = models.DateTimeField(_("extraction started"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "created_at"])

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-delivered_on", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "title", "delivered_on"],
                condition=~Q(title=""),
                name="report_unique_title_date",
            ),
            models.CheckConstraint(
                condition=Q(review_year__isnull=True)
                | Q(review_year__gte=MIN_YEAR, review_year__lte=MAX_YEAR),
                name="report_review_year_plausible",
            ),
            models.CheckConstraint(
                condition=Q(plan_year__isnull=True)
                | Q(plan_year__gte=MIN_YEAR, plan_year__lte=MAX_YEAR),
                name="report_plan_year_plausible",
            ),
        ]

    def __str__(self):
        return self.title or self.file_name or _("Report %(number)s") % {"number": self.pk}

    def clean(self):
        if self.review_year and self.plan_year and self.plan_year < self.review_year:
            raise ValidationError(
                {"plan_year": _("The planned year cannot precede the reviewed year.")}
            )
        if not self.awaits_reading:
            missing = {
                field: _("This field is required.")
                for field in ("title", "delivered_on")
                if not getattr(self, field)
            }
            if missing:
                raise ValidationError(missing)

    @property
    def awaits_reading(self):
        """An uploaded file whose text the extraction task has not read yet: its title and date
        may come from that text."""
        return bool(self.source_file) and not self.text

    @property
    def file_name(self):
        return self.source_file.name.rsplit("/", 1)[-1] if self.source_file else ""

    def extraction_timed_out(self, now):
        """A run the worker was killed in (past the hard time limit) never says it ended."""
        return killed_past_limit(
            running=self.extraction == self.Extraction.RUNNING,
            started=self.extraction_started,
            hard_seconds=settings.EXTRACTION_HARD_SECONDS,
            now=now,
        )

    def extraction_shown(self, now):
        """The extraction's state as pages show it: a run the worker was killed in has failed."""
        return self.Extraction.FAILED if self.extraction_timed_out(now) else self.extraction

    def extraction_failure(self, now):
        """What went wrong: the recorded error, or the time-out of a run the worker killed."""
        if self.extraction_timed_out(now):
            return stopped_message(settings.EXTRACTION_HARD_SECONDS)
        return self.extraction_error

    @property
    def date_text(self):
        """The delivery date as precisely as the report gives it (the Figures CSV form)."""
        return report_date_text(self.delivered_on, self.date_precision)


class Candidate(models.Model):
    """A figure extraction proposes from a report's text, with its quote, until an analyst decides."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("To review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    report = models.ForeignKey(
        Report, models.CASCADE, related_name="candidates", verbose_name=_("report")
    )
    indicator = models.CharField(_("indicator"), max_length=128)
    unit = models.CharField(_("unit"), max_length=32)
    indicator_parent = models.CharField(_("parent indicator"), max_length=128, blank=True)
    new_indicator = models.BooleanField(_("new indicator"), default=False)
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=11, choices=Figure.Kind.choices)
    value_text = models.CharField(_("value as written"), max_length=200)
    quote = models.TextField(_("quote"))
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    confidence = models.FloatField(_("confidence"))
    flags = models.JSONField(_("flags"), default=list, blank=True)
    decision = models.CharField(
        _("decision"), max_length=8, choices=Decision.choices, default=Decision.PENDING
    )
    figure = models.ForeignKey(
        Figure, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("figure")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["start", "year", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="candidate_span_ordered"
            ),
        ]

    def __str__(self):
        return f"{self.indicator} {self.year} {self.kind}: {self.value_text}"

    @property
    def key(self):
        return (self.indicator, self.unit, self.year, self.kind)


class ImportJobQuerySet(models.QuerySet):
    def without_data(self):
        """Jobs as pages show them: without the file's bytes (up to IMPORT_MAX_UPLOAD_MB)."""
        return self.defer("data")


class ImportJob(TimeLimitedRun, models.Model):
    """A Figures CSV uploaded on the site, imported by a Celery task as its requester: the file's
    bytes until the import is done, how far the task has got, and what came of it."""

    HARD_SECONDS_SETTING = "IMPORT_HARD_SECONDS"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Phase(models.TextChoices):
        WAITING = "", _("Waiting to start")
        READING = "reading", _("Reading the file")
        CHECKING = "checking", _("Checking rows")
        WRITING = "writing", _("Writing figures")
        JUDGING = "judging", _("Re-judging targets")

    # Where each phase starts and ends on the job's one bar, in percent: about the share of the
    # time each took in a 200,000-row import (2026-12-01).
    SPANS = {
        "": (0, 0),
        "reading": (0, 15),
        "checking": (15, 50),
        "writing": (50, 80),
        "judging": (80, 99),
    }

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="+", verbose_name=_("requested by")
    )
    filename = models.CharField(_("file name"), max_length=200)
    # Read only by the task (ImportJobQuerySet defers it); emptied once the import is done.
    data = models.BinaryField(_("file contents"), blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    dry_run = models.BooleanField(_("check only"), default=False)
    # The uploader's language, which the task writes the row errors in.
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    phase = models.CharField(
        _("phase"), max_length=8, choices=Phase.choices, default=Phase.WAITING, blank=True
    )
    # Rows checked or written, targets re-judged; while reading, the file's bytes.
    rows_done = models.PositiveIntegerField(_("done"), default=0)
    rows_total = models.PositiveIntegerField(_("total"), default=0)
    # reports.import_jobs.result_record: counts, created names, warnings, errors (capped).
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("figures import")
        verbose_name_plural = _("figures imports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.filename

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def phase_percent(self):
        """How far into its phase the job is, in percent."""
        return int(100 * min(self.rows_done / self.rows_total, 1)) if self.rows_total else 0

    @property
    def percent(self):
        if self.status == self.Status.DONE:
            return 100
        start, end = self.SPANS.get(self.phase, (0, 0))
        return int(start + (end - start) * self.phase_percent / 100)
