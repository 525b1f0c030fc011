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
