"""What figures measure: indicators, one series per name and unit."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.models.names import clean_names, visible_name

# How reports name a series whose figures are changes (地区生产总值增长, 居民消费价格涨幅,
# 单位GDP能耗降低) and one whose figures are shares (常住人口城镇化率, 森林覆盖率, …比重).
CHANGE_WORDS = re.compile(r"增长|增速|增幅|涨幅|上涨|降低|下降|降幅|减少|削减|提高")
SHARE_WORDS = re.compile(r"率$|比重|比例|占比|覆盖率|比率|强度$")
# Series where less is better: energy and emission intensity, unemployment, accidents, prices.
LESS_IS_BETTER = re.compile(r"能耗|排放|失业率|死亡率|事故|价格指数|物价|PM2\.?5|细颗粒物")


def guessed_measure(name, unit):
    """What a new series measures, from its name and unit, when nothing says: in percent, a
    change unless its name names a share; any other unit, a level."""
    if unit not in ("%", "％"):
        return Indicator.Measure.LEVEL
    if SHARE_WORDS.search(name) and not CHANGE_WORDS.search(name):
        return Indicator.Measure.RATIO
    return Indicator.Measure.GROWTH


def guessed_direction(name):
    """Lower is better for a series named as one of LESS_IS_BETTER, higher otherwise."""
    return Indicator.Direction.DOWN if LESS_IS_BETTER.search(name) else Indicator.Direction.UP


def report_order(indicator):
    return (indicator.display_order, indicator.name, indicator.unit)


class IndicatorQuerySet(models.QuerySet):
    def in_report_order(self):
        """These indicators with their parents (for their depth), in the order reports list
        them; sorted here, where the database's collation would order the names otherwise."""
        return sorted(self.select_related("parent__parent"), key=report_order)

    def in_tree_order(self):
        """These indicators in report order with each one's children right after it, their
        parents loaded (for their depth and to name the parent of a child found alone)."""

        def path(indicator):
            steps = []
            while indicator is not None:
                steps.insert(0, report_order(indicator))
                indicator = indicator.parent
            return steps

        return sorted(self.select_related("parent__parent__parent"), key=path)

    def of_series(self, series):
        """The indicators of these (name, unit) pairs that exist, in the pairs' order."""
        wanted = {pair: index for index, pair in enumerate(series)}
        found = self.filter(
            name__in={name for name, _unit in series}, unit__in={unit for _name, unit in series}
        )
        return sorted(
            (i for i in found if (i.name, i.unit) in wanted), key=lambda i: wanted[(i.name, i.unit)]
        )

    def matching(self, text):
        """Those whose Chinese or English name, or one of whose aliases, contains the text. The
        aliases are searched as their JSON text, which PostgreSQL keeps in readable characters."""
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text) | Q(name_en__icontains=text) | Q(aliases__icontains=text)
        )

    def charted(self):
        """Those a trend chart can draw: every series but the qualitative ones."""
        return self.exclude(measure=Indicator.Measure.QUALITATIVE)


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
    in_annex = models.BooleanField(
        _("main indicator"),
        default=False,
        help_text=_("Listed in the annex table of main indicators (主要指标) the reports carry."),
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

    objects = IndicatorQuerySet.as_manager()
    history = HistoricalRecords()

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
        if any("\x00" in alias for alias in self.aliases):
            # the admin's JSON field decodes the escape \u0000, which PostgreSQL cannot store
            raise ValidationError(
                {"aliases": _("An alias holds a NUL character (\\u0000), which no name can hold.")}
            )
        clean_names(self, "name", "name_en", "unit")
        self.aliases = [alias for alias in map(visible_name, self.aliases) if alias]

    @property
    def depth(self):
        """0 for a top-level indicator, 1 for 第二产业增加值 under GDP, 2 for 规上工业 under that."""
        depth, parent = 0, self.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        return depth

    @property
    def names(self):
        return [self.name, *self.aliases]
