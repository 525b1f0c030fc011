"""The API's query parameters. A value that names nothing (an unknown jurisdiction, a year like
² or 99999) is a 400 naming the parameter, never an empty list that looks like an answer."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field

from indicators.expressions import STATUS_CHOICES
from indicators.models import MAX_YEAR, MIN_YEAR, Assessment, Figure, Indicator, Jurisdiction, Plan


class YearField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        # ASCII only: int() reads ² or ３ too, which no stored year equals.
        if not (value.isascii() and value.isdigit() and MIN_YEAR <= int(value) <= MAX_YEAR):
            raise ValidationError(
                _("%(value)s is not a year from %(min)s to %(max)s.")
                % {"value": value[:20], "min": MIN_YEAR, "max": MAX_YEAR}
            )
        return int(value)


class YearFilter(django_filters.Filter):
    field_class = YearField


class JurisdictionField(forms.CharField):
    """A jurisdiction given by division code or by name, Chinese or English."""

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        named = Q(name=value) | Q(name_en__iexact=value)
        if value.isascii() and value.isdigit():
            named |= Q(division_code=value)
        found = list(Jurisdiction.objects.filter(named)[:2])
        if not found:
            raise ValidationError(
                _("No jurisdiction has the division code or name %(value)s.")
                % {"value": value[:64]}
            )
        if len(found) > 1:
            raise ValidationError(
                _("%(value)s names several jurisdictions: give its division code.")
                % {"value": value[:64]}
            )
        return found[0]


class IndicatorField(forms.CharField):
    """Indicators given by id, or by a Chinese or English name (every series of that name)."""

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        if value.isascii() and value.isdigit():
            found = list(Indicator.objects.filter(pk=int(value))) if len(value) < 19 else []
        else:
            found = list(Indicator.objects.filter(Q(name=value) | Q(name_en__iexact=value)))
        if not found:
            raise ValidationError(
                _("No indicator has the id or name %(value)s.") % {"value": value[:128]}
            )
        return found


@extend_schema_field(
    {
        "type": "string",
        "description": _("Division code (350100) or name (Chinese or English): that jurisdiction."),
    }
)
class JurisdictionFilter(django_filters.Filter):
    field_class = JurisdictionField

    def filter(self, qs, value):
        return qs if value is None else qs.filter(**{self.field_name: value})


@extend_schema_field(
    {
        "type": "string",
        "description": _("Division code or name: that jurisdiction and every one below it."),
    }
)
class WithinFilter(JurisdictionFilter):
    def filter(self, qs, value):
        if value is None:
            return qs
        ids = Jurisdiction.objects.descendant_ids([value.pk])
        return qs.filter(**{f"{self.field_name}__in": ids})


@extend_schema_field(
    {"type": "string", "description": _("Indicator id, or name in Chinese or English.")}
)
class IndicatorFilter(django_filters.Filter):
    field_class = IndicatorField

    def filter(self, qs, value):
        return qs if value is None else qs.filter(indicator__in=value)


class PlacedSet(django_filters.FilterSet):
    jurisdiction = JurisdictionFilter(field_name="jurisdiction")
    within = WithinFilter(field_name="jurisdiction")


class SeriesSet(PlacedSet):
    """Rows of a jurisdiction, an indicator and a year: figures and assessments."""

    indicator = IndicatorFilter(field_name="indicator")
    year = YearFilter(field_name="year", help_text=_("One year, e.g. 2023."))
    year_from = YearFilter(field_name="year", lookup_expr="gte", help_text=_("From this year on."))
    year_to = YearFilter(field_name="year", lookup_expr="lte", help_text=_("Up to this year."))


class JurisdictionSet(django_filters.FilterSet):
    within = WithinFilter(field_name="id")
    level = django_filters.ChoiceFilter(choices=Jurisdiction.Level.choices)

    class Meta:
        model = Jurisdiction
        fields = ["within", "level"]


class IndicatorSet(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(choices=Indicator.Category.choices)

    class Meta:
        model = Indicator
        fields = ["category"]


class FigureSet(SeriesSet):
    kind = django_filters.MultipleChoiceFilter(
        choices=Figure.Kind.choices, help_text=_("One or more kinds: target, result, preliminary …")
    )

    class Meta:
        model = Figure
        fields = ["jurisdiction", "within", "indicator", "year", "year_from", "year_to", "kind"]


class AssessmentSet(SeriesSet):
    status = django_filters.MultipleChoiceFilter(
        choices=STATUS_CHOICES, help_text=_("One or more status codes.")
    )

    class Meta:
        model = Assessment
        fields = ["jurisdiction", "within", "indicator", "year", "year_from", "year_to", "status"]


class PlanSet(PlacedSet):
    year = YearFilter(
        field_name="first_year",
        method="covering",
        help_text=_("Plans whose years include this one."),
    )

    class Meta:
        model = Plan
        fields = ["jurisdiction", "within", "year"]

    def covering(self, queryset, name, value):
        return queryset.covering(value)
