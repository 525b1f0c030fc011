import django_filters
from django.utils.translation import gettext_lazy as _

from indicators.expressions import STATUS_CHOICES
from indicators.models import Assessment, Indicator


class GapFilter(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(
        field_name="indicator__category",
        choices=Indicator.Category.choices,
        label=_("Category"),
        empty_label=_("All categories"),
    )
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, label=_("Status"), empty_label=_("All statuses")
    )

    class Meta:
        model = Assessment
        fields = ["category", "status"]


class IndicatorFilter(django_filters.FilterSet):
    """The indicators list's search: a name in Chinese or English or an alias, and a category."""

    q = django_filters.CharFilter(method="search", label=_("Name or alias"))
    category = django_filters.ChoiceFilter(
        choices=Indicator.Category.choices, label=_("Category"), empty_label=_("All categories")
    )

    class Meta:
        model = Indicator
        fields = ["q", "category"]

    def search(self, queryset, name, value):
        return queryset.matching(value)
