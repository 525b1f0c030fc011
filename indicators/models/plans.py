"""Multi-year plans: a jurisdiction's 十四五规划纲要, or a sector plan handed down to it (a
province's 节能目标 for a city). Their targets are figures of kind plan_target; progress against
the time elapsed is indicators.progress's."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.models.places import MAX_YEAR, MIN_YEAR, Jurisdiction


class PlanQuerySet(models.QuerySet):
    def covering(self, year):
        """Plans whose years include this one."""
        return self.filter(first_year__lte=year, last_year__gte=year)


class Plan(models.Model):
    jurisdiction = models.ForeignKey(
        Jurisdiction, models.PROTECT, related_name="plans", verbose_name=_("jurisdiction")
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("As the plan calls itself: 十四五规划纲要.")
    )
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    first_year = models.PositiveSmallIntegerField(_("first year"))
    last_year = models.PositiveSmallIntegerField(_("last year"))

    objects = PlanQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["jurisdiction", "-last_year", "name"]
        constraints = [
            models.UniqueConstraint(fields=["jurisdiction", "name"], name="plan_unique_name"),
            models.CheckConstraint(
                condition=Q(first_year__lte=F("last_year")), name="plan_years_in_order"
            ),
        ]

    def __str__(self):
        return f"{self.jurisdiction} {self.name} ({self.first_year}–{self.last_year})"

    def clean(self):
        errors = {}
        for field in ("first_year", "last_year"):
            value = getattr(self, field)
            if value is not None and not MIN_YEAR < value <= MAX_YEAR:
                errors[field] = _("A year between %(min)s and %(max)s.") % {
                    "min": MIN_YEAR + 1,
                    "max": MAX_YEAR,
                }
        if (
            not errors
            and self.first_year is not None
            and self.last_year is not None
            and self.first_year > self.last_year
        ):
            errors["last_year"] = _("The last year comes before the first.")
        if not errors and self.pk and self.stranded_figures().exists():
            errors["last_year"] = _(
                "Figures of this plan lie outside these years; move them first."
            )
        if errors:
            raise ValidationError(errors)

    def stranded_figures(self):
        """Its figures these years would no longer hold: a plan target is of the last year, a
        figure over several years lies within the plan."""
        return self.figures.filter(
            Q(kind="plan_target") & ~Q(year=self.last_year)
            | Q(year__gt=self.last_year)
            | Q(year__lt=self.first_year)
        )

    @property
    def base_year(self):
        """The year the plan starts from: its base values (2020 for 2021–2025) are of this year."""
        return self.first_year - 1

    @property
    def years(self):
        return range(self.first_year, self.last_year + 1)
