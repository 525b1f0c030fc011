from django.core.management.base import BaseCommand
from django.utils import translation

from indicators.exports.table_sheets import script_gap_sheet
from indicators.management.arguments import jurisdiction_argument
from indicators.management.output import sheet_write
from indicators.models import Assessment


class Command(BaseCommand):
    help = (
        "Write one jurisdiction's gap table for a year: English columns (indicator, unit, target, result, "
        "result_kind, difference, status, explanation, target_source, result_source) and status codes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jurisdiction", required=True, help="Name or GB/T 2260 division code."
        )
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, jurisdiction, year, format, output, **options):
        place = jurisdiction_argument(jurisdiction)
        assessments = (
            Assessment.objects.filter(jurisdiction=place, year=year)
            .select_related(
                "indicator__parent__parent", "target__source_report", "result__source_report"
            )
            .order_by("indicator__display_order", "indicator__name", "indicator__unit")
        )
        with translation.override("en"):  # scripts read English explanations
            sheet = script_gap_sheet(assessments)
            sheet.rows = list(sheet.rows)
        sheet_write(sheet, format=format, output=output, stdout=self.stdout)
