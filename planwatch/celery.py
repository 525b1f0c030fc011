import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planwatch.settings")

app = Celery("planwatch")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
