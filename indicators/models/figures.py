"""Figures: one statement of one indicator for one jurisdiction and year, as written."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators import expressions
from indicators.models.places import MAX_YEAR, MIN_YEAR, Jurisdiction
from indicators.models.reviewing import ReviewQuerySet
from indicators.models.series import Indicator
from indicators.models.years import FigureYears
from indicators.progress.periods import period_of, period_text


def published_condition():
    """Which figures are published, as a condition a figure's history records answer too."""
    if not settings.REVIEW_REQUIRED:
        return Q()
    return Q(review_status=Figure.Review.APPROVED)


class FigureQuerySet(FigureYears, ReviewQuerySet):
    def published(self):
        """What officials and the public see, and what verdicts are computed from."""
        return self.filter(published_condition())

    def awaiting_review(self):
        """Drafts and returned figures: what readers who see drafts get beside the published
        ones (none while the review step is off, when every figure is published)."""
        if not settings.REVIEW_REQUIRED:
            return self.none()
        return self.exclude(review_status=Figure.Review.APPROVED)

    def annual(self):
        """Figures of a whole year: what annual verdicts, gap tables and trends use. A figure
        for part of a year or for several years (its `period`) counts only towards progress."""
        return self.filter(period="")

    def for_reader(self, *, drafts):
        """With drafts (marked as such) for those who see them (permissions.sees_drafts);
        published figures for everyone else."""
        return self if drafts else self.published()

    def for_listing(self):
        return self.select_related("jurisdiction", "indicator", "source_report")

    def for_paged_listing(self):
        """for_listing for a page deep into a long list: the reports are fetched for the page's
        rows alone, since joining them all (100,000 nationally) before the OFFSET costs more than
        the page."""
        return self.select_related("jurisdiction", "indicator").prefetch_related("source_report")

    def annual_year_kinds(self):
        """The (year, kind) pairs of these figures' whole-year results and targets, as a set:
        which years have targets, and which is the latest year of a year's own figures."""
        annual = self.annual().exclude(kind=Figure.Kind.PLAN_TARGET).order_by()
        return set(annual.values_list("year", "kind").distinct())

    def by_indicator(self):
        """In the order a jurisdiction's page lists them: by indicator as reports do, then kind."""
        return self.order_by("indicator__display_order", "indicator__name", "kind", "pk")

    def by_jurisdiction(self):
        """In the order an indicator's page lists them: by division code, then kind."""
        return self.order_by("jurisdiction__division_code", "jurisdiction__name", "kind", "pk")

    def for_detail(self):
        """With what a figure's page shows besides the figure."""
        return self.select_related(
            "jurisdiction", "indicator", "source_report", "entered_by", "reviewed_by"
        )

    def for_sdmx(self):
        """For exports.sdmx_csv: figures of one observation key one after another (expected
        next to final), with what an observation shows."""
        return self.select_related("jurisdiction", "indicator", "source_report").order_by(
            "jurisdiction__division_code",
            "jurisdiction_id",
            "indicator_id",
            "year",
            "period",
            "kind",
            "pk",
        )

    def for_figures_csv(self):
        return self.select_related(
            "jurisdiction__parent", "indicator__parent", "source_report"
        ).order_by(
            "jurisdiction__division_code",
            "jurisdiction__name",
            "source_report__delivered_on",
            "source_report__title",
            "indicator__display_order",
            "indicator__name",
            "indicator__unit",
            "year",
            "kind",
            "period",
            "pk",
        )


class Figure(models.Model):
    class Kind(models.TextChoices):
        TARGET = "target", _("Target")
        EXPECTED = "expected", _("Expected result")
        FINAL = "final", _("Final result")
        PLAN_TARGET = "plan_target", _("Plan target")

    class Method(models.TextChoices):
        LOG = "log", _("Logarithmic (the official method)")
        LINEAR = "linear", _("Plain ratio")

    class Review(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")

    # Qualifiers as the reports write them; kept verbatim.
    FLAG_CHOICES = ["预计", "初步统计", "同口径", "可比价", "口径调整", "约束性", "预期性"]
    BINDING = "约束性"
    PRELIMINARY = "初步统计"  # a final result's first count, which may still be revised

    jurisdiction = models.ForeignKey(
        Jurisdiction, models.PROTECT, related_name="figures", verbose_name=_("jurisdiction")
    )
    indicator = models.ForeignKey(
        Indicator, models.PROTECT, related_name="figures", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=11, choices=Kind.choices)
    value_text = models.CharField(_("value as written"), max_length=200)
    value = models.DecimalField(
        _("parsed value"),
        max_digits=24,
        decimal_places=6,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The number in the indicator's unit, when the text states one."),
    )
    source_report = models.ForeignKey(
        "reports.Report",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="figures",
        verbose_name=_("source report"),
    )
    source_quote = models.TextField(
        _("source quote"), blank=True, help_text=_("The sentence it came from, verbatim.")
    )
    flags = models.JSONField(_("flags"), default=list, blank=True)
    plan = models.ForeignKey(
        "indicators.Plan",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="figures",
        verbose_name=_("plan"),
        help_text=_("The multi-year plan a plan target, or a figure over several years, is of."),
    )
    period = models.CharField(
        _("period"),
        max_length=9,
        blank=True,
        help_text=_(
            "Empty: the year. YYYY-MM: from January to that month of the year. YYYY-YYYY: "
            "cumulative over those years."
        ),
    )
    method = models.CharField(
        _("progress method"),
        max_length=6,
        choices=Method.choices,
        blank=True,
        help_text=_("For a plan target: how its progress is computed; empty is logarithmic."),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    review_status = models.CharField(
        _("review"), max_length=8, choices=Review.choices, default=Review.APPROVED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)
    # Optimistic locking: an edit made from version N is refused once the figure is at N+1.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FigureQuerySet.as_manager()
    # History rows are read by the figure's id alone (its history page, the review's earlier
    # value): the foreign keys' indexes, kept up on every write of millions of rows, served no
    # query. An import of 200,000 figures writes as many history rows.
    history = HistoricalRecords(
        excluded_fields=["value", "updated_at", "created_at"],
        no_db_index=[
            "jurisdiction",
            "indicator",
            "source_report",
            "plan",
            "entered_by",
            "reviewed_by",
        ],
    )

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["jurisdiction", "indicator__display_order", "year", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year", "kind", "period", "source_report"],
                condition=Q(source_report__isnull=False),
                name="figure_unique_per_report",
            ),
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year", "kind", "period"],
                condition=Q(source_report__isnull=True),
                name="figure_unique_without_report",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR), name="figure_year_plausible"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["target", "expected", "final", "plan_target"]),
                name="figure_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(source_report__isnull=True) | ~Q(source_quote=""),
                name="figure_quote_required_with_report",
            ),
            models.CheckConstraint(condition=~Q(value_text=""), name="figure_value_text_not_empty"),
        ]
        indexes = [
            models.Index(fields=["indicator", "year", "kind"], name="figure_indicator_year_kind"),
            # A jurisdiction's year (gap tables, comparisons) and a whole year (exports).
            models.Index(fields=["jurisdiction", "year"], name="figure_jurisdiction_year"),
            models.Index(fields=["year", "kind"], name="figure_year_kind"),
            # The figures awaiting review (awaiting_review), which every staff page's header
            # counts: few among millions, so without it the count read the whole table (600 ms
            # a page nationally).
            models.Index(
                fields=["jurisdiction"],
                condition=~Q(review_status="approved"),
                name="figure_awaiting_review",
            ),
        ]

    def __str__(self):
        return f"{self.jurisdiction} {self.year} {self.indicator.name} {self.get_kind_display()}: {self.value_text}"

    def clean(self):
        errors = {}
        if self.year is not None and not MIN_YEAR <= self.year <= MAX_YEAR:
            errors["year"] = _("A year between %(min)s and %(max)s.") % {
                "min": MIN_YEAR,
                "max": MAX_YEAR,
            }
        if self.source_report_id and not self.source_quote.strip():
            errors["source_quote"] = _("Quote the sentence the figure came from.")
        if (
            self.source_report_id
            and self.jurisdiction_id
            and (self.source_report.jurisdiction_id != self.jurisdiction_id)
        ):
            errors["source_report"] = _("The report belongs to another jurisdiction.")
        unknown = [flag for flag in self.flags or [] if flag not in self.FLAG_CHOICES]
        if unknown:
            errors["flags"] = _("Unknown flags: %(flags)s") % {"flags": "、".join(unknown)}
        if self.year is not None and "year" not in errors:
            errors.update(self.plan_errors())
        if errors:
            raise ValidationError(errors)

    def plan_errors(self):
        """What is wrong with the plan, period and method: a plan target ends its plan; a
        figure over several years lies within its plan; a part of a year is a result."""
        plan, kind = self.plan, self.kind
        if (
            plan is not None
            and self.jurisdiction_id
            and plan.jurisdiction_id != self.jurisdiction_id
        ):
            return {"plan": _("The plan belongs to another jurisdiction.")}
        if self.method and kind != self.Kind.PLAN_TARGET:
            return {"method": _("Only a plan target has a progress method.")}
        if kind == self.Kind.PLAN_TARGET:
            if plan is None:
                return {"plan": _("A plan target needs its plan.")}
            if self.year != plan.last_year:
                return {
                    "year": _("A plan target's year is its plan's last year, %(year)s.")
                    % {"year": plan.last_year}
                }
        if not self.period:
            return {}
        try:
            period = period_parts(self.period, self.year)
        except ValueError as error:
            return {"period": str(error)}
        self.period = period_text(period)  # one spelling: 2024-3 and 2024-03 are one period
        if kind not in (self.Kind.EXPECTED, self.Kind.FINAL):
            return {"period": _("Only a result covers a period; a target is for its year.")}
        if period.is_single_year:
            return {}
        if plan is None:
            return {"plan": _("A figure over several years needs the plan it counts towards.")}
        if period.first_year < plan.first_year or period.last_year > plan.last_year:
            return {
                "period": _("%(period)s lies outside the plan's years %(first)s–%(last)s.")
                % {"period": self.period, "first": plan.first_year, "last": plan.last_year}
            }
        return {}

    def refresh_value(self):
        """Store the number the text states, in the indicator's unit (None when it states none)."""
        self.value = parsed_number(self.value_text, self.indicator.unit)

    @property
    def assessment_key(self):
        return (self.jurisdiction_id, self.indicator_id, self.year)

    @property
    def expression(self):
        return expressions.parse(self.value_text)

    @property
    def is_approximate(self):
        return self.expression.kind == "approx"

    @property
    def period_label(self):
        """What the figure covers besides its whole year, as a reader says it; '' for the year."""
        try:
            period = period_parts(self.period, self.year)
        except ValueError:
            return self.period
        if period.month is not None:
            return _("%(year)s-01 to %(year)s-%(month)02d") % {
                "month": period.month,
                "year": period.last_year,
            }
        if period.is_single_year:
            return ""
        return _("%(first)s–%(last)s cumulative") % {
            "first": period.first_year,
            "last": period.last_year,
        }

    @property
    def is_result(self):
        return self.kind in (self.Kind.EXPECTED, self.Kind.FINAL)


def period_parts(period, year):
    """The Period (indicators.progress.periods) a figure of `year` covers by its `period`
    column; ValueError, saying what is expected, for anything else."""
    try:
        return period_of(period, year)
    except ValueError:
        raise ValueError(
            _(
                "%(period)r is not a period of %(year)s: YYYY-MM (from January to that month "
                "of %(year)s) or YYYY-YYYY (several years ending in %(year)s)."
            )
            % {"period": period, "year": year}
        ) from None


def parsed_number(text, unit):
    number = expressions.number_in_unit(expressions.parse(text), unit)
    if number is None:
        return None
    return number.quantize(Decimal("0.000001")) if abs(number) < Decimal("1e17") else None


def flags_in_quote(quote):
    """The report's own qualifiers found in a quote (预计, 初步统计 …), in canonical order."""
    return [flag for flag in Figure.FLAG_CHOICES if flag in (quote or "")]
