"""The domain: jurisdictions, indicators and the figures reports state about them."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from indicators import expressions

MIN_YEAR = 1949
MAX_YEAR = 2100

division_code_validator = RegexValidator(
    r"^\d{6}$", _("A division code has six digits (GB/T 2260).")
)


class JurisdictionQuerySet(models.QuerySet):
    def by_name_or_code(self, value):
        """The one jurisdiction with this division code or name; DoesNotExist or MultipleObjectsReturned."""
        value = value.strip()
        if value.isdigit():
            return self.get(division_code=value)
        return self.get(name=value)


class Jurisdiction(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        DISTRICT = "district", _("District or county")

    name = models.CharField(_("name"), max_length=64)
    name_en = models.CharField(_("English name"), max_length=128, blank=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    division_code = models.CharField(
        _("division code"),
        max_length=6,
        null=True,
        blank=True,
        unique=True,
        validators=[division_code_validator],
        help_text=_("GB/T 2260 administrative division code, e.g. 350100 for 福州市."),
    )

    objects = JurisdictionQuerySet.as_manager()

    class Meta:
        verbose_name = _("jurisdiction")
        verbose_name_plural = _("jurisdictions")
        ordering = ["division_code", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="jurisdiction_unique_name_in_parent"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="jurisdiction_unique_root_name",
            ),
            models.CheckConstraint(
                condition=Q(level__in=["province", "city", "district"]),
                name="jurisdiction_level_valid",
            ),
        ]

    def __str__(self):
        return self.name


class Indicator(models.Model):
    class Measure(models.TextChoices):
        GROWTH = "growth", _("Growth rate")
        LEVEL = "level", _("Level")
        RATIO = "ratio", _("Ratio")
        QUALITATIVE = "qualitative", _("Qualitative")

    class Direction(models.TextChoices):
        UP = "up", _("Higher is better")
        DOWN = "down", _("Lower is better")

    class Category(models.TextChoices):
        ECONOMY = "economy", _("Economy")
        FISCAL = "fiscal", _("Fiscal")
        TRADE = "trade", _("Trade and investment")
        LIVELIHOOD = "livelihood", _("People's livelihood")
        INNOVATION = "innovation", _("Innovation")
        GREEN = "green", _("Green development")
        SAFETY = "safety", _("Safety")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=128)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    unit = models.CharField(
        _("unit"), max_length=32, help_text=_("As written: %, 亿元, 万美元, 元, 万人, 家 …")
    )
    measure = models.CharField(
        _("measure"), max_length=16, choices=Measure.choices, default=Measure.GROWTH
    )
    direction = models.CharField(
        _("direction"), max_length=4, choices=Direction.choices, default=Direction.UP
    )
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    category = models.CharField(
        _("category"), max_length=16, choices=Category.choices, default=Category.OTHER
    )
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names reports use for this series."),
    )
    display_order = models.PositiveIntegerField(_("display order"), default=1000)
    tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=12,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_(
            "Band around approximate (左右) targets, in the indicator's unit; 0.1 when empty."
        ),
    )

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["display_order", "name", "unit"]
        constraints = [
            # 地区生产总值 in % and in 亿元 are two series.
            models.UniqueConstraint(fields=["name", "unit"], name="indicator_unique_name_unit"),
            models.CheckConstraint(
                condition=Q(direction__in=["up", "down"]), name="indicator_direction_valid"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.unit})"

    def clean(self):
        if not isinstance(self.aliases, list) or not all(isinstance(a, str) for a in self.aliases):
            raise ValidationError({"aliases": _("Aliases must be a list of names.")})

    @property
    def names(self):
        return [self.name, *self.aliases]


class FigureQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("jurisdiction", "indicator", "source_report")

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
        )


class Figure(models.Model):
    class Kind(models.TextChoices):
        TARGET = "target", _("Target")
        EXPECTED = "expected", _("Expected result")
        FINAL = "final", _("Final result")

    # Qualifiers as the reports write them; kept verbatim.
    FLAG_CHOICES = ["预计", "初步统计", "同口径", "可比价", "口径调整"]

    jurisdiction = models.ForeignKey(
        Jurisdiction, models.PROTECT, related_name="figures", verbose_name=_("jurisdiction")
    )
    indicator = models.ForeignKey(
        Indicator, models.PROTECT, related_name="figures", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
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
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = FigureQuerySet.as_manager()

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["jurisdiction", "indicator__display_order", "year", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year", "kind", "source_report"],
                condition=Q(source_report__isnull=False),
                name="figure_unique_per_report",
            ),
            models.UniqueConstraint(
                fields=["jurisdiction", "indicator", "year", "kind"],
                condition=Q(source_report__isnull=True),
                name="figure_unique_without_report",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR), name="figure_year_plausible"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["target", "expected", "final"]), name="figure_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(source_report__isnull=True) | ~Q(source_quote=""),
                name="figure_quote_required_with_report",
            ),
            models.CheckConstraint(condition=~Q(value_text=""), name="figure_value_text_not_empty"),
        ]
        indexes = [
            models.Index(fields=["indicator", "year", "kind"], name="figure_indicator_year_kind")
        ]

    def __str__(self):
        return f"{self.jurisdiction} {self.year} {self.indicator.name} {self.get_kind_display()}: {self.value_text}"

    def save(self, *args, **kwargs):
        self.refresh_value()
        super().save(*args, **kwargs)

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
        if errors:
            raise ValidationError(errors)

    def refresh_value(self):
        """Store the number the text states, in the indicator's unit (None when it states none)."""
        self.value = parsed_number(self.value_text, self.indicator.unit)

    @property
    def expression(self):
        return expressions.parse(self.value_text)

    @property
    def is_approximate(self):
        return self.expression.kind == "approx"

    @property
    def is_result(self):
        return self.kind in (self.Kind.EXPECTED, self.Kind.FINAL)


def parsed_number(text, unit):
    number = expressions.number_in_unit(expressions.parse(text), unit)
    if number is None:
        return None
    return number.quantize(Decimal("0.000001")) if abs(number) < Decimal("1e17") else None


def flags_in_quote(quote):
    """The report's own qualifiers found in a quote (预计, 初步统计 …), in canonical order."""
    return [flag for flag in Figure.FLAG_CHOICES if flag in (quote or "")]
