"""Tables as Frictionless Data Packages: a zip of `datapackage.json` (a Tabular Data Package with
a Table Schema: field names, types, descriptions, primary key, missing values) beside the CSV it
describes, UTF-8 without a byte order mark.

- figures_data_package: the Figures CSV (DESIGN.md) of some figures, as the import reads it.
- gaps_data_package: a gap table in `export_gaps`' columns with plain status codes.

Text a spreadsheet would run as a formula starts with an apostrophe, as in the Figures CSV;
numbers stay numbers. The schema's descriptions are in the language of the request.
"""

import csv
import io
import json
import zipfile
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _

from indicators.exports.figures_csv import Echo
from indicators.exports.figures_csv_writing import FiguresCsv
from indicators.exports.package_schemas import figures_schema, gaps_schema
from indicators.exports.sheet_files import cell_text
from indicators.exports.table_sheets import script_gap_sheet

ZIP_TYPE = "application/zip"


def package_name(text: str) -> str:
    """A Data Package name (lower-case ASCII letters, digits, - . _) for a title that may be
    Chinese: planwatch- and what slugify keeps of it."""
    kept = slugify(text)
    return kept if kept.startswith("planwatch") else "-".join(filter(None, ["planwatch", kept]))


def descriptor(*, name, title, resource, path, schema, extra=None):
    return {
        "profile": "tabular-data-package",
        "name": package_name(name),
        "title": title,
        **(extra or {}),
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": resource,
                "path": path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": True},
                "schema": schema,
            }
        ],
    }


def zipped(package: dict, path: str, csv_bytes: Iterable[bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "datapackage.json", json.dumps(package, ensure_ascii=False, indent=2) + "\n"
        )
        with archive.open(path, "w") as member:
            for block in csv_bytes:
                member.write(block)
    return stream.getvalue()


def figures_data_package(figures, *, name: str, title: str = "") -> bytes:
    """A zip of the Figures CSV of `figures` (a Figure queryset, filtered as the reader may
    see it) and its datapackage.json."""
    package = descriptor(
        name=name,
        title=title or _("Figures"),
        resource="figures",
        path="figures.csv",
        schema=figures_schema(),
    )
    return zipped(package, "figures.csv", FiguresCsv(figures.for_figures_csv()))


def gap_csv_blocks(assessments) -> Iterable[bytes]:
    writer = csv.writer(Echo(), lineterminator="\r\n")
    sheet = script_gap_sheet(assessments)
    yield writer.writerow(sheet.headers).encode()
    for row in sheet.rows:
        yield writer.writerow([cell_text(value) for value in row]).encode()


def gaps_data_package(assessments, *, jurisdiction, year: int, title: str = "") -> bytes:
    """A zip of a gap table (assessments loaded as for_gap_table, in the table's order) in
    `export_gaps`' columns, and its datapackage.json naming the jurisdiction and year."""
    code = jurisdiction.division_code or ""
    package = descriptor(
        name=f"planwatch-gaps-{code or jurisdiction.pk}-{year}",
        title=title
        or _("%(name)s %(year)s targets and results") % {"name": jurisdiction.name, "year": year},
        resource="gaps",
        path="gaps.csv",
        schema=gaps_schema(),
        extra={"jurisdiction": {"name": jurisdiction.name, "division_code": code}, "year": year},
    )
    return zipped(package, "gaps.csv", gap_csv_blocks(assessments))


def data_package_response(package: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(package, content_type=ZIP_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
