from django.core.management.base import BaseCommand

from indicators.assessing.refresh import assessments_refresh_all
from indicators.models import Assessment


class Command(BaseCommand):
    help = "Recompute every stored assessment from the figures (idempotent)."

    def handle(self, *args, **options):
        total = assessments_refresh_all()
        counts = Assessment.objects.status_counts()
        summary = ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))
        self.stdout.write(f"{total} assessments: {summary}")
