from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = _("Indicators")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from indicators import permissions  # noqa: F401 - registers the permission rules
        from indicators.models import Indicator, Jurisdiction
        from indicators.page_cache import structure_changed

        # Names and trees show on every page: cached bodies are rendered afresh after a change.
        for model in (Jurisdiction, Indicator):
            post_save.connect(structure_changed, sender=model, dispatch_uid=f"structure-{model}")
            post_delete.connect(structure_changed, sender=model, dispatch_uid=f"structure-{model}")
