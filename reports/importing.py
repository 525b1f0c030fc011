"""Import of the Figures CSV (DESIGN.md): all-or-nothing, every rejected row reported.

indicators.exports.figures_csv_reading reads and checks the file; this stores its rows.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh_in_rounds
from indicators.exports.figures_csv_reading import (
    FiguresCsvRead,
    RowError,
    parse_row,
    read_figures_csv,
)
from reports.extraction import Catalogue
from reports.plan_tables import figure_cells, header_disagrees, plan_table
from reports.resolving import Resolver
from reports.services import catalogue
from reports.storing import FigureSet


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


def figures_import(*, data, user=None, dry_run=False, partial=False, progress=None):
    """Import a Figures CSV, bytes or a seekable binary file. Nothing is stored when any row is
    rejected, unless `partial`.
    `progress(phase, done, total)`, if given, hears how far it got (reports.import_jobs)."""
    if progress:
        progress("reading", 0, 0)
    read = read_figures_csv(data, progress)
    return read_import(read, user=user, dry_run=dry_run, partial=partial, progress=progress)


def read_import(read, *, user=None, dry_run=False, partial=False, progress=None):
    """Store the rows of a FiguresCsvRead, however they were read (a file, a pasted table).
    `read.rows` is emptied as the rows are checked (see store_rows)."""
    result = ImportResult(rows=read.count, errors=read.errors, warnings=read.warnings)
    rows = read.rows
    if (result.errors and not partial) or not rows:
        return result
    with transaction.atomic():
        store_rows(rows, result, user=user, write=not dry_run, partial=partial, progress=progress)
        if dry_run or (result.errors and not partial):
            transaction.set_rollback(True)
        else:
            result.stored = True
    return result


@dataclass
class PlanTableImport:
    """A pasted plan table: what was read, the figure rows it gives (by line), what happened."""

    table: object
    rows: list
    result: ImportResult


def plan_table_import(*, text, jurisdiction, plan, report, user, dry_run=False) -> PlanTableImport:
    """Read a pasted main-indicator table (reports.plan_tables) and import its figures as Figures
    CSV rows of `jurisdiction`: the same checks, permissions and plan recording as a file's, each
    problem named by the pasted line. plan: (name, first year, last year); report: (title, date).

    A dry run (the preview) checks every row; otherwise nothing is stored unless all pass."""
    table = plan_table(text)
    read = FiguresCsvRead(errors=[RowError(p.line, "", p.message) for p in table.problems])
    disagreement = header_disagrees(table, plan[1], plan[2])
    if disagreement:
        read.errors.insert(0, RowError(disagreement.line, "", disagreement.message))
    known = Catalogue(catalogue())
    cells = figure_cells(
        table,
        place=place_cells(jurisdiction),
        plan=plan,
        report=report,
        known=lambda name, unit: (
            known.resolve(name) if unit in known.units.get(known.resolve(name), ()) else None
        ),
    )
    for number, row_cells in cells:
        read.count += 1
        row, errors = parse_row(number, row_cells)
        read.errors.extend(errors)
        if row is not None:
            read.rows.append(row)
    rows = list(read.rows)  # the preview shows them; read_import empties read.rows
    result = read_import(read, user=user, dry_run=dry_run, partial=dry_run)
    return PlanTableImport(table=table, rows=rows, result=result)


def place_cells(jurisdiction):
    """A stored jurisdiction as the Figures CSV names it."""
    parent = jurisdiction.parent
    return {
        "jurisdiction": jurisdiction.name,
        "jurisdiction_level": jurisdiction.level,
        "division_code": jurisdiction.division_code or "",
        "parent_jurisdiction": parent.name if parent else "",
        "parent_division_code": (parent.division_code or "") if parent else "",
    }


def store_rows(rows, result, *, user, write=True, partial=False, progress=None):
    """Check every row (creating the jurisdictions, indicators, reports and plans they name),
    then, when `write` and no row was refused (or `partial`), store the figures in sets and
    re-judge once: a refused row costs no figure write. `rows` is emptied once they are checked:
    each checked figure keeps its own row, and the re-judging needs the memory they free (a
    200,000-row file's rows are 120 MB)."""
    resolver = Resolver(
        result,
        user=user,
        titles=(row.report_title for row in rows),
        plans=(row.plan for row in rows),
    )
    checked_from = len(result.errors)
    counted = counting(rows, progress) if progress else rows
    planned = [entry for row in counted if (entry := plan_row(resolver, row, result)) is not None]
    rows.clear()
    resolver.link_indicator_parents()
    resolver.seen = None  # duplicates are found
    if partial or not result.errors:  # an import already refused adds no report
        resolver.add_reports()
    figures = FigureSet(resolver)
    figures.sort(planned)
    del planned
    # Row order, as the rows were read (sorting finds refusals after the rows are checked).
    result.errors[checked_from:] = sorted(result.errors[checked_from:], key=lambda e: e.row)
    if write and (partial or not result.errors):
        keys = figures.write(progress=progress)
        del figures  # its checked rows: the re-judging needs the memory more
        assessments_refresh_in_rounds(keys, progress=progress)


PROGRESS_ROWS = 1000


def counting(rows, progress):
    """The rows, telling `progress` every PROGRESS_ROWS of them how many were checked."""
    total = len(rows)
    for number, row in enumerate(rows):
        if number % PROGRESS_ROWS == 0:
            progress("checking", number, total)
        yield row
    progress("checking", total, total)


def plan_row(resolver, row, result):
    """One row checked; a refused row leaves nothing behind (its savepoint, if it wrote), even
    with --partial."""
    created = [
        result.created_jurisdictions,
        result.created_indicators,
        result.created_reports,
        result.created_plans,
    ]
    marks = [len(names) for names in created]
    resolver.savepoint, resolver.row_reports = None, []
    try:
        planned = resolver.resolve(row)
    except ValidationError as error:
        for column, messages in error.message_dict.items():
            for message in messages:
                result.errors.append(
                    RowError(row.number, "" if column == "__all__" else column, message)
                )
    except DatabaseError as error:  # a database rule the row checks did not foresee
        if resolver.savepoint is None:
            raise
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        result.errors.append(
            RowError(
                row.number,
                "",
                _("The database refused this row: %(error)s") % {"error": first_line},
            )
        )
    else:
        if resolver.savepoint is not None:
            transaction.savepoint_commit(resolver.savepoint)
        return planned
    resolver.forget_row_reports()
    if resolver.savepoint is None:
        return None  # nothing was written
    # The savepoint undoes what this row created: forget it too.
    transaction.savepoint_rollback(resolver.savepoint)
    for names, mark in zip(created, marks, strict=True):
        del names[mark:]
    resolver.reload(failed_row=row.number)
    return None
