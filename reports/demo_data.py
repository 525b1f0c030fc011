"""The demo data: both seed reports, loaded through the same import path as any Figures CSV."""

import csv
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from indicators.exports.figures_csv import parse_report_date
from indicators.models import Indicator, Jurisdiction, Plan
from indicators.services.structure import indicator_record, jurisdiction_record
from reports.importing import figures_import
from reports.models import Report
from reports.services import report_record

DEMO_DIR = Path(__file__).resolve().parent / "demo"
# Figures cited sentence by sentence from public texts (no stored report text): the national
# five-year plans, then Fujian, its cities and districts, and three other provinces, then
# Fuzhou's 十四五 goals and the results found for them.
CITED_FILES = ("national-plans.csv", "fujian-cities.csv", "fuzhou-plan.csv")


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
    for name in CITED_FILES:
        result = figures_import(data=(DEMO_DIR / name).read_bytes())
        if not result.ok:
            raise DemoLoadError("\n".join(str(error) for error in result.errors))
        results.append((name, result))
    plans_name()
    return results


def plans_name():
    """The plans' English names: the Figures CSV that creates the plans has no column for them."""
    for row in read_csv("plans.csv"):
        plan = Plan.objects.get(jurisdiction__division_code=row["division_code"], name=row["name"])
        plan.name_en = row["name_en"]
        plan.full_clean()
        plan.save()


def jurisdictions_load():
    for row in read_csv("jurisdictions.csv"):
        jurisdiction = Jurisdiction.objects.filter(division_code=row["division_code"]).first()
        jurisdiction = jurisdiction or Jurisdiction(division_code=row["division_code"])
        jurisdiction.name, jurisdiction.name_en = row["name"], row["name_en"]
        jurisdiction.level = row["level"]
        jurisdiction.parent = (
            Jurisdiction.objects.get(division_code=row["parent_code"])
            if row["parent_code"]
            else None
        )
        jurisdiction_record(jurisdiction=jurisdiction, user=None)


def indicators_load():
    rows = read_csv("indicators.csv")
    for row in rows:
        indicator_load(row)
    for row in rows:
        if row["parent"]:
            indicator = Indicator.objects.get(name=row["name"], unit=row["unit"])
            indicator.parent = Indicator.objects.get(
                name=row["parent"], unit=row["parent_unit"] or row["unit"]
            )
            indicator_record(indicator=indicator, user=None)


def indicator_load(row):
    indicator = Indicator.objects.filter(name=row["name"], unit=row["unit"]).first()
    indicator = indicator or Indicator(name=row["name"], unit=row["unit"])
    indicator.name_en, indicator.measure = row["name_en"], row["measure"]
    indicator.direction, indicator.category = row["direction"], row["category"]
    indicator.display_order = int(row["display_order"])
    indicator.in_annex = row.get("annex") == "1"
    indicator.aliases = [alias for alias in row["aliases"].split("|") if alias]
    indicator.tolerance = Decimal(row["tolerance"]) if row.get("tolerance") else None
    indicator_record(indicator=indicator, user=None)


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
    report_record(report=report, user=None)
