from celery import shared_task
from django.conf import settings

from indicators.exports.figures_download import export_run
from indicators.models import Export


@shared_task(soft_time_limit=settings.EXPORT_SOFT_SECONDS, time_limit=settings.EXPORT_HARD_SECONDS)
def export_figures(export_id):
    export_run(Export.objects.select_related("requested_by").get(pk=export_id))
