"""Side-by-side views: one year across a jurisdiction and its children, one jurisdiction across years.

Each cell holds the current target, the best result and the stored verdict of one indicator in
one column. Built from three queries whatever the size (the figures, the assessments, their
indicators), reading plain rows: a national comparison has thousands of cells, and a model
instance per figure was most of the page's time.
"""

from dataclasses import dataclass

from indicators.display.shown import (
    ShownFigure,
    any_preliminary,
    shown_figures,
    source_reports,
    target_and_result,
)
from indicators.models import Assessment, Figure, Indicator, Jurisdiction


@dataclass
class Cell:
    target: ShownFigure | None = None
    result: ShownFigure | None = None
    status: str | None = None  # the verdict shown: an analyst's judgement when one applies

    @property
    def empty(self):
        return self.target is None and self.result is None


@dataclass
class Grid:
    columns: list  # jurisdictions or years
    rows: list  # (indicator, [Cell per column])

    @property
    def empty(self):
        return not self.rows

    @property
    def reports(self):
        return source_reports(
            figure
            for _row, cells in self.rows
            for cell in cells
            for figure in (cell.target, cell.result)
        )

    @property
    def silent_columns(self):
        """The columns with no figure in any row: jurisdictions whose reports are not loaded."""
        return [
            column
            for index, column in enumerate(self.columns)
            if all(cells[index].empty for _indicator, cells in self.rows)
        ]

    @property
    def preliminary(self):
        return any_preliminary(cell.result for _row, cells in self.rows for cell in cells)


def grid(figures, assessments, columns, column):
    """Rows of indicators (in report order), one Cell per column; `column` names the figures' and
    assessments' field that says their column ("jurisdiction_id" or "year"), and `columns` maps
    that field's values to the columns, in order (None: the values the figures have, sorted)."""
    grouped = shown_figures(figures, "indicator_id", column)
    statuses = assessments.shown_statuses("indicator_id", column)
    if columns is None:
        columns = {key: key for key in sorted({key for _indicator, key in grouped})}
    rows = []
    for indicator in Indicator.objects.filter(pk__in={i for i, _key in grouped}).in_report_order():
        cells = []
        for key in columns:
            found = grouped.get((indicator.pk, key), ())
            cells.append(Cell(*target_and_result(found), statuses.get((indicator.pk, key))))
        rows.append((indicator, cells))
    return Grid(columns=list(columns.values()), rows=rows)


def across_jurisdictions(jurisdiction, year):
    """The jurisdiction and its children (福州市 with its districts and counties) for one year;
    with no jurisdiction, every top-level one (all provinces)."""
    if jurisdiction is None:
        places = list(Jurisdiction.objects.below_country().order_by("division_code", "name"))
    else:
        places = [jurisdiction, *jurisdiction.children.order_by("division_code", "name")]
    ids = [j.pk for j in places]
    return grid(
        Figure.objects.published().annual().filter(jurisdiction_id__in=ids, year=year),
        Assessment.objects.filter(jurisdiction_id__in=ids, year=year),
        {j.pk: j for j in places},
        "jurisdiction_id",
    )


def across_years(jurisdiction):
    """One jurisdiction, every year it has figures for."""
    return grid(
        Figure.objects.published().annual().filter(jurisdiction=jurisdiction),
        Assessment.objects.filter(jurisdiction=jurisdiction),
        None,
        "year",
    )
