from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from reports.models import Report

        # A report's title and date show next to its figures; its dates decide which figure counts.
        post_save.connect(report_changed, sender=Report, dispatch_uid="report-page-cache")
        post_delete.connect(report_changed, sender=Report, dispatch_uid="report-page-cache")


def report_changed(instance, **_signal):
    from indicators.page_cache import regions_changed

    regions_changed([instance.jurisdiction_id])
