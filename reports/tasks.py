from celery import shared_task

from reports.models import Report
from reports.services import report_extract, report_extract_failed


@shared_task
def extract_report(report_id):
    try:
        report_extract(report=Report.objects.get(pk=report_id))
    except Exception as error:  # the review page must say it failed, not spin forever
        report_extract_failed(report_id=report_id, error=error)
        raise
