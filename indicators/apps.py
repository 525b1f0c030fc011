from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Indicators")

    def ready(self):
        from indicators import permissions  # noqa: F401 - registers the permission rules
