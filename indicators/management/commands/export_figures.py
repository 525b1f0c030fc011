from django.core.management.base import BaseCommand

from indicators.exports.figures_csv_writing import write_figures_csv
from indicators.management.arguments import jurisdiction_argument
from indicators.models import Figure


class Command(BaseCommand):
    help = "Write figures as Figures CSV to standard output."

    def add_arguments(self, parser):
        parser.add_argument("--jurisdiction", help="Name or GB/T 2260 division code.")
        parser.add_argument("--year", type=int)
        parser.add_argument("--kind", choices=[kind.value for kind in Figure.Kind])

    def handle(self, *args, jurisdiction, year, kind, **options):
        figures = Figure.objects.for_figures_csv()
        if jurisdiction:
            figures = figures.filter(jurisdiction=jurisdiction_argument(jurisdiction))
        if year:
            figures = figures.filter(year=year)
        if kind:
            figures = figures.filter(kind=kind)
        write_figures_csv(figures, self.stdout)
