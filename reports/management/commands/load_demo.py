from django.core.management.base import BaseCommand, CommandError

from reports.demo_data import DemoLoadError, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo: 福建省, 福州市, 仓山区 and every figure of both seed reports (idempotent)."
    )

    def handle(self, *args, **options):
        try:
            results = demo_load()
        except DemoLoadError as error:
            raise CommandError(f"The demo data does not import:\n{error}") from error
        for title, result in results:
            self.stdout.write(
                f"{title}: {result.figures_created} created, {result.figures_updated} updated, "
                f"{result.figures_unchanged} unchanged"
            )
