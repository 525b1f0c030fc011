from celery import shared_task
from django.conf import settings

from reports.services import report_extract_run


# Past the soft limit the task records the time-out on the report; past the hard one the worker
# kills it, and the report's page calls a run that never ended timed out (Report.extraction_timed_out).
@shared_task(
    soft_time_limit=settings.EXTRACTION_SOFT_SECONDS, time_limit=settings.EXTRACTION_HARD_SECONDS
)
def extract_report(report_id):
    report_extract_run(report_id=report_id)
