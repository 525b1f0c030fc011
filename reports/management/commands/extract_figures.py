from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from indicators.exports.figures_csv import (
    FIGURES_CSV_HEADER,
    FigureRow,
    figure_cells,
    figures_csv_line_writer,
    parse_report_date,
)
from indicators.management.arguments import jurisdiction_argument
from indicators.models import Indicator, Jurisdiction
from reports.documents import DocumentError, document_text
from reports.extraction import extract, report_metadata


class Command(BaseCommand):
    help = (
        "Print the candidate figures of a report (.txt, .docx or .pdf) as Figures CSV; "
        "nothing is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--jurisdiction",
            required=True,
            help="The reporting jurisdiction: name or code. One not stored yet is printed as "
            "given, for import_figures to create.",
        )
        parser.add_argument(
            "--level",
            choices=Jurisdiction.Level.values,
            help="The level of a jurisdiction not stored yet (read from its name when omitted).",
        )
        parser.add_argument(
            "--parent", help="The parent of a jurisdiction not stored yet: name or code."
        )
        parser.add_argument(
            "--report-year",
            type=int,
            help="The year whose execution the report reviews, when its text does not say.",
        )
        parser.add_argument(
            "--report-date",
            help="2024-01-13, 2024-01 or 2024, when the text gives no date; results stated "
            "from April of the year after the one reviewed are read as final.",
        )

    def handle(self, *args, file, jurisdiction, report_year, report_date, **options):
        place = _place(jurisdiction, options.get("level"), options.get("parent"))
        try:
            text = document_text(file.name, file.read_bytes())
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        except DocumentError as error:
            raise CommandError(str(error)) from error
        report_date = _report_date(report_date)
        metadata = report_metadata(text, report_year, delivered=report_date)
        title, date = metadata.title, metadata.date_text
        if title and not date:
            self.stderr.write(
                "warning: the report's date is not in the text (give --report-date); "
                "the figures are printed without their report."
            )
            title = ""
        indicators = Indicator.objects.select_related("parent")
        catalogue = [
            (i.name, i.unit, i.aliases, i.parent.name if i.parent else "") for i in indicators
        ]
        directions = {(i.name, i.unit): i.direction for i in indicators}
        line = figures_csv_line_writer()
        self.stdout.write(line(FIGURES_CSV_HEADER), ending="")
        parent = place.parent
        candidates = extract(
            text, report_year=report_year, indicators=catalogue, delivered=report_date
        )
        for found in candidates:
            row = FigureRow(
                jurisdiction=place.name,
                level=place.level,
                parent=parent.name if parent else "",
                division_code=place.division_code or "",
                parent_code=(parent.division_code or "") if parent else "",
                indicator=found.indicator,
                unit=found.unit,
                direction=directions.get((found.indicator, found.unit), ""),
                indicator_parent=found.indicator_parent,
                year=found.year,
                kind=found.kind,
                value_text=found.value_text,
                report_title=title,
                report_date=date if title else "",
                quote=found.quote,
                flags=found.flags,
            )
            self.stdout.write(line(figure_cells(row)), ending="")


def _report_date(value):
    """--report-date as given, checked: it decides whether the results are final."""
    if not value:
        return ""
    try:
        parse_report_date(value)
    except ValueError:
        raise CommandError(
            f"--report-date {value!r} is not a date: give 2024-01-13, 2024-01 or 2024."
        ) from None
    return value.strip()


# The suffixes a jurisdiction's name ends with, for the level of one not stored yet. 市 is a
# city: a county-level city (福清市) needs --level district.
_LEVEL_SUFFIXES = [
    (("省", "自治区"), Jurisdiction.Level.PROVINCE),
    (("市", "州", "盟", "地区"), Jurisdiction.Level.CITY),
    (("区", "县", "旗", "特区", "林区"), Jurisdiction.Level.DISTRICT),
]


_PARENT_LEVEL = {
    Jurisdiction.Level.DISTRICT: Jurisdiction.Level.CITY,
    Jurisdiction.Level.CITY: Jurisdiction.Level.PROVINCE,
    Jurisdiction.Level.PROVINCE: Jurisdiction.Level.COUNTRY,
}


def _place(value, level, parent):
    """The jurisdiction `value` names; one not stored yet stands as an unsaved Jurisdiction
    with the name, level and parent given (stored or not), which import_figures creates."""
    name = value.strip()
    if not name or name.isdigit() or Jurisdiction.objects.filter(name=name).exists():
        return jurisdiction_argument(value)  # a code, or a name stored once or several times
    level = level or next(
        (found for suffixes, found in _LEVEL_SUFFIXES if name.endswith(suffixes)), None
    )
    if level is None:
        raise CommandError(f"No jurisdiction named {name!r}: give its --level to print it new.")
    above = _place(parent, _PARENT_LEVEL.get(level), None) if parent else None
    return Jurisdiction(name=name, level=level, parent=above)
