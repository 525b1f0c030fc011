from celery import shared_task

from indicators.exports.figures_download import export_run
from indicators.models import Export


@shared_task
def export_figures(export_id):
    export_run(Export.objects.select_related("requested_by").get(pk=export_id))
