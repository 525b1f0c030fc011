from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from indicators.assessing.pacing import as_of_of, plan_lines, year_lines
from indicators.exports.progress_sheets import script_progress_sheet
from indicators.management.arguments import jurisdiction_argument
from indicators.management.output import sheet_write
from indicators.models import Plan


class Command(BaseCommand):
    help = (
        "Progress against time (序时进度) of a jurisdiction's targets as of a year or a month: "
        "with --plan, that plan's targets; without, the annual targets of that year. English "
        "columns (indicator, unit, target, target_type, binding, base, latest, progress, "
        "time_progress, status, needed, explanation), progress in percent, status codes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jurisdiction", required=True, help="Name or GB/T 2260 division code."
        )
        parser.add_argument("--as-of", required=True, help="YYYY or YYYY-MM.")
        parser.add_argument("--plan", help="The plan's name, e.g. 十四五规划纲要.")
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--output", help="File to write (default: standard output).")

    def handle(self, *args, jurisdiction, as_of, plan, format, output, **options):
        place = jurisdiction_argument(jurisdiction)
        try:
            date = as_of_of(as_of)
        except ValueError as error:
            raise CommandError(f"--as-of {as_of!r}: {error}") from None
        with translation.override("en"):  # scripts read English explanations
            if plan:
                lines = plan_lines([plan_argument(place, plan)], date)
                lines = next(iter(lines.values()))
            else:
                lines = year_lines(place, date)
            sheet = script_progress_sheet(lines)
            sheet.rows = list(sheet.rows)
        sheet_write(sheet, format=format, output=output, stdout=self.stdout)


def plan_argument(place, name):
    try:
        return place.plans.get(name=name)
    except Plan.DoesNotExist:
        known = "、".join(place.plans.values_list("name", flat=True)) or "none"
        raise CommandError(
            f"{place.name} has no plan named {name!r} (its plans: {known})."
        ) from None
