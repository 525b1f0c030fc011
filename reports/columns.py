"""Model fields named as the Figures CSV columns, so a refusal says which cell to fix."""

from django.core.exceptions import ValidationError

from indicators.models import Figure, Indicator, Jurisdiction, Plan
from reports.models import Report

COLUMN_OF = {
    Jurisdiction: {
        "name": "jurisdiction",
        "level": "jurisdiction_level",
        "parent": "parent_jurisdiction",
    },
    Indicator: {
        "name": "indicator",
        "unit": "unit",
        "direction": "direction",
        "parent": "indicator_parent",
    },
    Report: {
        "title": "report_title",
        "delivered_on": "report_date",
        "jurisdiction": "jurisdiction",
    },
    Figure: {
        "source_report": "report_title",
        "jurisdiction": "jurisdiction",
        "indicator": "indicator",
        "review_status": "review_status",
    },
    Plan: {"name": "plan", "first_year": "plan_start", "last_year": "plan_end"},
}


def validated(obj, *, resolved=()):
    """full_clean, with errors renamed to the CSV columns (database constraints checked later);
    `resolved`: foreign keys the import has found itself, not queried again."""
    try:
        obj.full_clean(exclude=resolved, validate_constraints=False, validate_unique=False)
    except ValidationError as error:
        columns = COLUMN_OF.get(type(obj), {})
        raise ValidationError(
            {
                columns.get(field, "" if field == "__all__" else field): messages
                for field, messages in error.message_dict.items()
            }
        ) from None
    return obj


# What the Figures CSV reader has not checked already (figures_csv_reading.parse_row): the
# other fields are foreign keys the import resolves itself (no query per row), choices and
# years the reader checked, and what the import sets when it writes.
FIGURE_FIELDS_UNCHECKED = {"value_text", "period"}


def checked(figure):
    """validated() for a figure an import builds from objects it has found or created."""
    try:
        figure.clean_fields(exclude=FIGURE_FIELDS_OTHER)
        figure.clean()
    except ValidationError as error:
        columns = COLUMN_OF[Figure]
        raise ValidationError(
            {
                columns.get(field, "" if field == "__all__" else field): messages
                for field, messages in error.message_dict.items()
            }
        ) from None
    return figure


FIGURE_FIELDS_OTHER = [
    field.name
    for field in Figure._meta.concrete_fields
    if field.name not in FIGURE_FIELDS_UNCHECKED
]
