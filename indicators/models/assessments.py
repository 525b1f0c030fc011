"""Stored verdicts: the current assessment of every target, and analysts' judgements."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from indicators.expressions import EXCEEDED, MET, MISSED, STATUS_CHOICES, WITHIN_CONTROL
from indicators.models.figures import Figure
from indicators.models.keys import KeyedQuerySet
from indicators.models.places import Jurisdiction
from indicators.models.series import Indicator


class Judgement(models.Model):
    """An analyst's verdict where text alone cannot settle one (a quota, a qualitative result)."""

    VERDICT_CHOICES = [
        (code, label)
        for code, label in STATUS_CHOICES
        if code in (EXCEEDED, MET, MISSED, WITHIN_CONTROL)
    ]

    jurisdiction = models.ForeignKey(
        Jurisdiction, models.CASCADE, related_name="+", verbose_name=_("jurisdiction")
    )
    indicator = models.ForeignKey(
        Indicator, models.CASCADE, related_name="+", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    verdict = models.CharField(_("verdict"), max_length=16, choices=VERDICT_CHOICES)
    reason = models.TextField(_("reason"))
    # The texts judged: a judgement no longer applies once the target or result is rewritten.
    target_text = models.CharField(_("target judged"), max_length=200, editable=False)
    result_text = models.CharField(_("result judged"), max_length=200, blank=True, editable=False)
    judged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="+",
        verbose_name=_("judged by"),
        null=True,
    )
    judged_at = models.DateTimeField(_("judged at"), auto_now=True)

    objects = KeyedQuerySet.as_manager()

    class Meta:
        verbose_name = _("judgement")
        verbose_name_plural = _("judgements")
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year"], name="judgement_unique_key"
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="judgement_reason_required"),
        ]

    def __str__(self):
        return (
            f"{self.jurisdiction} {self.year} {self.indicator.name}: {self.get_verdict_display()}"
        )

    @property
    def assessment_key(self):
        return (self.jurisdiction_id, self.indicator_id, self.year)


class AssessmentQuerySet(KeyedQuerySet):
    def for_listing(self):
        return self.select_related(
            "indicator", "target", "result", "judgement__judged_by"
        ).order_by("-year", "indicator__display_order", "indicator__name", "indicator__unit")

    def for_gap_table(self):
        """With what a gap table row shows and nothing more: building the full instances (a
        verdict, its series, two figures, their reports) was most of the page's time."""
        figure = ["value_text", "source_quote", "kind", "source_report__title"]
        figure += ["source_report__delivered_on", "source_report__date_precision"]
        # An indicator's depth walks its parents (their parent columns).
        series = ["name", "name_en", "unit", "display_order", "direction", "tolerance", "parent"]
        parents = ["indicator__parent__", "indicator__parent__parent__"]
        return self.select_related(
            "indicator__parent__parent",
            "target__source_report",
            "result__source_report",
            "judgement__judged_by",
        ).only(
            "jurisdiction_id",
            "year",
            "status",
            "difference",
            "explanation_zh",
            "explanation_en",
            *[f"indicator__{name}" for name in series],
            *[f"{parent}parent" for parent in parents],
            *[f"target__{name}" for name in figure],
            *[f"result__{name}" for name in figure],
            "judgement__verdict",
            "judgement__reason",
            "judgement__judged_by__username",
        )

    def shown_statuses(self, *key_fields):
        """{(values of key_fields): the verdict shown}, an analyst's when one applies (as
        Assessment.shown_status), from plain rows."""
        width = len(key_fields)
        return {
            row[:width]: row[width + 1] or row[width]
            for row in self.values_list(*key_fields, "status", "judgement__verdict")
        }

    def results_by_year(self):
        """{year: how many of these assessments have a result}."""
        return dict(self.order_by().values_list("year").annotate(n=models.Count("result")))

    def status_counts(self):
        return dict(self.values_list("status").annotate(count=models.Count("pk")).order_by())


class Assessment(models.Model):
    """The current verdict for one (jurisdiction, indicator, year) with a target, kept for SQL."""

    jurisdiction = models.ForeignKey(
        Jurisdiction, models.CASCADE, related_name="assessments", verbose_name=_("jurisdiction")
    )
    indicator = models.ForeignKey(
        Indicator, models.CASCADE, related_name="assessments", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    target = models.ForeignKey(Figure, models.CASCADE, related_name="+", verbose_name=_("target"))
    result = models.ForeignKey(
        Figure, models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("result")
    )
    reference = models.ForeignKey(
        Figure,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reference"),
    )
    status = models.CharField(_("status"), max_length=16, choices=STATUS_CHOICES)
    difference = models.DecimalField(
        _("difference"), max_digits=24, decimal_places=6, null=True, blank=True
    )
    approximate = models.BooleanField(_("approximate result"), default=False)
    explanation_zh = models.TextField(_("explanation (Chinese)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)
    judgement = models.ForeignKey(
        Judgement,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("judgement"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year"], name="assessment_unique_key"
            ),
        ]
        indexes = [
            models.Index(
                fields=["jurisdiction", "year", "status"], name="assessment_jur_year_status"
            )
        ]

    def __str__(self):
        return f"{self.jurisdiction_id} {self.year} {self.indicator_id}: {self.status}"

    @property
    def explanation(self):
        return self.explanation_en if get_language() == "en" else self.explanation_zh

    @property
    def shown_status(self):
        """The verdict to show: an analyst's, when one applies."""
        return self.judgement.verdict if self.judgement_id else self.status
