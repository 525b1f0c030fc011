"""The demo data: both seed reports, loaded through the same import path as any Figures CSV."""

import csv
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from indicators.exports.figures_csv import parse_report_date
from indicators.models import Indicator, Jurisdiction
from reports.importing import figures_import
from reports.models import Report

DEMO_DIR = Path(__file__).resolve().parent / "demo"


class DemoLoadError(Exception):
    pass


def read_csv(name):
    with open(DEMO_DIR / name, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@transaction.atomic
def demo_load():
    """Load (or refresh) the demo; idempotent. Returns the import results, one per report."""
    jurisdictions_load()
    indicators_load()
    results = []
    for entry in read_csv("reports.csv"):
        result = figures_import(data=(DEMO_DIR / entry["figures_file"]).read_bytes())
        if not result.ok:
            raise DemoLoadError("\n".join(str(error) for error in result.errors))
        report_describe(entry)
        results.append((entry["title"], result))
    return results


def jurisdictions_load():
    for row in read_csv("jurisdictions.csv"):
        parent = (
            Jurisdiction.objects.get(division_code=row["parent_code"])
            if row["parent_code"]
            else None
        )
        Jurisdiction.objects.update_or_create(
            division_code=row["division_code"],
            defaults={
                "name": row["name"],
                "name_en": row["name_en"],
                "level": row["level"],
                "parent": parent,
            },
        )


def indicators_load():
    rows = read_csv("indicators.csv")
    for row in rows:
        Indicator.objects.update_or_create(
            name=row["name"],
            unit=row["unit"],
            defaults={
                "name_en": row["name_en"],
                "measure": row["measure"],
                "direction": row["direction"],
                "category": row["category"],
                "display_order": int(row["display_order"]),
                "in_annex": row.get("annex") == "1",
                "aliases": [alias for alias in row["aliases"].split("|") if alias],
                "tolerance": Decimal(row["tolerance"]) if row.get("tolerance") else None,
            },
        )
    for row in rows:
        if row["parent"]:
            parent = Indicator.objects.get(
                name=row["parent"], unit=row["parent_unit"] or row["unit"]
            )
            Indicator.objects.filter(name=row["name"], unit=row["unit"]).update(parent=parent)


def report_describe(entry):
    delivered_on, _precision = parse_report_date(entry["date"])
    report = Report.objects.get(
        jurisdiction__division_code=entry["division_code"],
        title=entry["title"],
        delivered_on=delivered_on,
    )
    report.issuing_body, report.meeting = entry["issuing_body"], entry["meeting"]
    report.review_year, report.plan_year = int(entry["review_year"]), int(entry["plan_year"])
    report.text = (DEMO_DIR / entry["text_file"]).read_text(encoding="utf-8")
    report.full_clean()
    report.save()
