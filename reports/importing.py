"""Import of the Figures CSV (DESIGN.md): all-or-nothing, every rejected row reported.

indicators.exports.figures_csv_reading reads and checks the file; this stores its rows.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh
from indicators.exports.figures_csv_reading import RowError, read_figures_csv
from reports.resolving import Resolver


@dataclass
class ImportResult:
    rows: int = 0
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    created_jurisdictions: list = field(default_factory=list)
    created_indicators: list = field(default_factory=list)
    created_reports: list = field(default_factory=list)
    created_plans: list = field(default_factory=list)
    figures_created: int = 0
    figures_updated: int = 0
    figures_unchanged: int = 0
    stored: bool = False

    @property
    def ok(self):
        return not self.errors


def figures_import(*, data, user=None, dry_run=False, partial=False):
    """Import Figures CSV bytes. Nothing is stored when any row is rejected, unless `partial`."""
    read = read_figures_csv(data)
    result = ImportResult(rows=read.count, errors=read.errors, warnings=read.warnings)
    rows = read.rows
    if (result.errors and not partial) or not rows:
        return result
    with transaction.atomic():
        store_rows(rows, result, user=user)
        if dry_run or (result.errors and not partial):
            transaction.set_rollback(True)
        else:
            result.stored = True
    return result


def store_rows(rows, result, *, user):
    resolver = Resolver(result, user=user)
    for row in rows:
        store_row(resolver, row, result)
    resolver.link_indicator_parents()
    assessments_refresh(resolver.touched)


def store_row(resolver, row, result):
    """One row in its own savepoint: a refused row leaves nothing behind, even with --partial."""
    created = [
        result.created_jurisdictions,
        result.created_indicators,
        result.created_reports,
        result.created_plans,
    ]
    marks = [len(names) for names in created]
    try:
        with transaction.atomic():
            resolver.store(row)
        return
    except ValidationError as error:
        for column, messages in error.message_dict.items():
            for message in messages:
                result.errors.append(
                    RowError(row.number, "" if column == "__all__" else column, message)
                )
    except DatabaseError as error:  # a database rule the row checks did not foresee
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        result.errors.append(
            RowError(
                row.number,
                "",
                _("The database refused this row: %(error)s") % {"error": first_line},
            )
        )
    # The savepoint undid what this row created: forget it too.
    for names, mark in zip(created, marks, strict=True):
        del names[mark:]
    resolver.reload(failed_row=row.number)
