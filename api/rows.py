"""The API's answers that are not one model row each: a plan's progress and a comparison grid,
built from the row builders the `progress` command and the comparison pages use."""

from indicators.exports.progress_sheets import SCRIPT_PROGRESS_COLUMNS, progress_rows


def as_of_text(as_of):
    return f"{as_of.year}-{as_of.month:02d}" if as_of.month else str(as_of.year)


def progress_data(plan, as_of, lines):
    """A plan's targets as of a date, one object per target with the `progress` command's
    columns (the indicator's name without its indentation, `depth` beside it)."""
    targets = []
    for line, row in zip(lines, progress_rows(lines), strict=True):
        target = dict(zip(SCRIPT_PROGRESS_COLUMNS, row, strict=True))
        target["indicator"] = line.indicator.name
        target["indicator_id"] = line.indicator.pk
        target["depth"] = line.indicator.depth
        target["binding"] = line.binding
        targets.append(target)
    return {"plan": plan.pk, "as_of": as_of_text(as_of), "targets": targets}


def figure_data(figure):
    if figure is None:
        return None
    return {
        "id": figure.pk,
        "value_text": figure.value_text,
        "value": figure.value,
        "kind": figure.kind,
    }


def comparison_data(jurisdiction, year, grid):
    """A comparison Grid: columns (jurisdictions) and, per indicator in report order, one cell
    per column with the target, the result and the status shown."""
    return {
        "year": year,
        "jurisdiction": jurisdiction.division_code if jurisdiction else None,
        "columns": [
            {"code": place.division_code, "name": place.name, "name_en": place.name_en}
            for place in grid.columns
        ],
        "rows": [
            {
                "indicator": {
                    "id": indicator.pk,
                    "name": indicator.name,
                    "name_en": indicator.name_en,
                    "unit": indicator.unit,
                },
                "cells": [
                    {
                        "target": figure_data(cell.target),
                        "result": figure_data(cell.result),
                        "status": cell.status,
                    }
                    for cell in cells
                ],
            }
            for indicator, cells in grid.rows
        ],
    }
