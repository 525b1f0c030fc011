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


def validated(obj):
    """full_clean, with errors renamed to the CSV columns (database constraints checked later)."""
    try:
        obj.full_clean(validate_constraints=False, validate_unique=False)
    except ValidationError as error:
        columns = COLUMN_OF.get(type(obj), {})
        raise ValidationError(
            {
                columns.get(field, "" if field == "__all__" else field): messages
                for field, messages in error.message_dict.items()
            }
        ) from None
    return obj


# What the import resolves itself (the foreign keys: no query per row to check they exist) or
# sets when it writes.
FIGURE_FIELDS_RESOLVED = [
    "jurisdiction",
    "indicator",
    "source_report",
    "plan",
    "entered_by",
    "reviewed_by",
    "review_status",
    "version",
]


def checked(figure):
    """validated() for a figure an import builds from objects it has found or created."""
    try:
        figure.clean_fields(exclude=FIGURE_FIELDS_RESOLVED)
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
