import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "planwatch.settings")
application = get_wsgi_application()

# What startup loaded (Django, the apps, URL patterns, translations) lives as long as the worker:
# frozen, the collector's full passes during requests no longer walk it. Measured on the
# all-provinces comparison: p95 160 → 110 ms at the same median.
gc.freeze()
