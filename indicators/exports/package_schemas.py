"""Table Schemas (Frictionless) of the files data_packages writes: the Figures CSV and the gap
table in `export_gaps`' columns. Field names are the files' own columns, in their order; the
descriptions are translated."""

from django.utils.translation import gettext as _

from indicators.exports.figures_csv import FIGURES_CSV_HEADER
from indicators.exports.table_sheets import SCRIPT_GAP_COLUMNS
from indicators.expressions import STATUS_CHOICES
from indicators.models import Figure, Indicator, Jurisdiction

MISSING_VALUES = [""]
DIVISION_CODE = {"pattern": "[0-9]{6}"}


def field(name, kind, description, **constraints):
    described = {"name": name, "type": kind, "description": str(description)}
    if constraints:
        described["constraints"] = constraints
    return described


def text_field(name, description, **constraints):
    """Free text: a cell a spreadsheet would run as a formula starts with an apostrophe."""
    note = _("Text that would start with = + - @ starts with an apostrophe.")
    return field(name, "string", f"{description} {note}", **constraints)


def place_fields():
    """The Figures CSV's columns about the jurisdiction."""
    return {
        "jurisdiction": text_field("jurisdiction", _("Jurisdiction, as named."), required=True),
        "jurisdiction_level": field(
            "jurisdiction_level",
            "string",
            _("Level of the jurisdiction."),
            enum=Jurisdiction.Level.values,
        ),
        "parent_jurisdiction": text_field("parent_jurisdiction", _("The jurisdiction above.")),
        "division_code": field(
            "division_code", "string", _("GB/T 2260 division code."), **DIVISION_CODE
        ),
        "parent_division_code": field(
            "parent_division_code",
            "string",
            _("GB/T 2260 division code of the jurisdiction above."),
            **DIVISION_CODE,
        ),
    }


def figures_fields():
    return {
        **place_fields(),
        "indicator": text_field("indicator", _("Indicator, as named."), required=True),
        "unit": text_field("unit", _("Unit of the indicator, as written."), required=True),
        "year": field("year", "integer", _("Year the figure is for."), required=True),
        "kind": field(
            "kind",
            "string",
            _("target, expected (result), final (result) or plan_target."),
            enum=Figure.Kind.values,
        ),
        "value_text": text_field("value_text", _("The value exactly as written."), required=True),
        "report_title": text_field("report_title", _("Title of the source report.")),
        "report_date": field(
            "report_date",
            "string",
            _("Date the report was delivered: YYYY-MM-DD, YYYY-MM or YYYY."),
            pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
        ),
        "source_quote": text_field("source_quote", _("The sentence it came from, verbatim.")),
        "direction": field(
            "direction",
            "string",
            _("up: higher is better; down: lower is better."),
            enum=Indicator.Direction.values,
        ),
        "indicator_parent": text_field("indicator_parent", _("The indicator above.")),
        "flags": text_field("flags", _("Qualifiers as the report writes them, separated by |.")),
        "plan": text_field("plan", _("The multi-year plan.")),
        "plan_start": field("plan_start", "integer", _("First year of the plan.")),
        "plan_end": field("plan_end", "integer", _("Last year of the plan.")),
        "method": field(
            "method",
            "string",
            _("How a plan target's progress is computed."),
            enum=Figure.Method.values,
        ),
        "period": field(
            "period",
            "string",
            _("Empty: the year. YYYY-MM: January to that month. YYYY-YYYY: those years."),
            pattern="[0-9]{4}-([0-9]{2}|[0-9]{4})",
        ),
        "review_status": field(
            "review_status",
            "string",
            _("draft, approved or returned."),
            enum=Figure.Review.values,
        ),
    }


def figures_schema():
    fields = figures_fields()
    return {
        "fields": [fields[name] for name in FIGURES_CSV_HEADER],
        "missingValues": MISSING_VALUES,
    }


def gaps_fields():
    statuses = [code for code, _label in STATUS_CHOICES]
    return {
        "indicator": text_field(
            "indicator", _("Indicator, indented by one ideographic space a level."), required=True
        ),
        "unit": text_field("unit", _("Unit of the indicator, as written."), required=True),
        "target": text_field("target", _("The target as written."), required=True),
        "result": text_field("result", _("The result as written; empty when none yet.")),
        "result_kind": field(
            "result_kind",
            "string",
            _("expected or final."),
            enum=[Figure.Kind.EXPECTED, Figure.Kind.FINAL],
        ),
        "difference": field(
            "difference",
            "number",
            _("Result minus target in the indicator's unit (percentage points for rates)."),
        ),
        "status": field("status", "string", _("Status code of the verdict."), enum=statuses),
        "explanation": text_field("explanation", _("How the verdict was reached.")),
        "target_source": text_field("target_source", _("Report and quote of the target.")),
        "result_source": text_field("result_source", _("Report and quote of the result.")),
    }


def gaps_schema():
    fields = gaps_fields()
    return {
        "fields": [fields[name] for name in SCRIPT_GAP_COLUMNS],
        "primaryKey": ["indicator", "unit"],
        "missingValues": MISSING_VALUES,
    }
