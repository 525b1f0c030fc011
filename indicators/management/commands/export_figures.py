from django.core.management.base import BaseCommand, CommandError

from indicators.exports import write_figures_csv
from indicators.models import Figure, Jurisdiction


class Command(BaseCommand):
    help = "Write figures as Figures CSV to standard output."

    def add_arguments(self, parser):
        parser.add_argument("--jurisdiction", help="Name or GB/T 2260 division code.")
        parser.add_argument("--year", type=int)
        parser.add_argument("--kind", choices=[kind.value for kind in Figure.Kind])

    def handle(self, *args, jurisdiction, year, kind, **options):
        figures = Figure.objects.for_figures_csv()
        if jurisdiction:
            figures = figures.filter(jurisdiction=self.jurisdiction(jurisdiction))
        if year:
            figures = figures.filter(year=year)
        if kind:
            figures = figures.filter(kind=kind)
        write_figures_csv(figures, self.stdout)

    def jurisdiction(self, value):
        try:
            return Jurisdiction.objects.by_name_or_code(value)
        except Jurisdiction.DoesNotExist:
            raise CommandError(f"No jurisdiction named or coded {value!r}.") from None
        except Jurisdiction.MultipleObjectsReturned:
            raise CommandError(
                f"{value!r} names several jurisdictions: give its division code."
            ) from None
