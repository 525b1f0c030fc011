"""Side-by-side views: one year across a jurisdiction and its children, one jurisdiction across years.

Each cell holds the current target, the best result and the stored verdict of one indicator in
one column. Built from two queries whatever the size: the figures and the assessments.
"""

from collections import defaultdict
from dataclasses import dataclass

from indicators.assessment import best_result, current_target
from indicators.models import Assessment, Figure, Jurisdiction


@dataclass
class Cell:
    target: Figure | None = None
    result: Figure | None = None
    assessment: Assessment | None = None

    @property
    def status(self):
        return self.assessment.shown_status if self.assessment else None

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


def grid(figures, assessments, columns, column_of):
    """Rows of indicators (in report order), one Cell per column; `column_of(obj)` → column."""
    grouped = defaultdict(list)
    indicators = {}
    for figure in figures:
        grouped[(figure.indicator_id, column_of(figure))].append(figure)
        indicators[figure.indicator_id] = figure.indicator
    verdicts = {(a.indicator_id, column_of(a)): a for a in assessments}
    ordered = sorted(indicators.values(), key=lambda i: (i.display_order, i.name, i.unit))
    rows = []
    for indicator in ordered:
        cells = []
        for column in columns:
            found = grouped.get((indicator.pk, column), ())
            cells.append(
                Cell(
                    current_target(found), best_result(found), verdicts.get((indicator.pk, column))
                )
            )
        rows.append((indicator, cells))
    return Grid(columns=columns, rows=rows)


def _figures():
    # source_report: the newest report's figure wins (assessment.figure_recency).
    return Figure.objects.published().select_related("indicator__parent__parent", "source_report")


def _assessments():
    return Assessment.objects.select_related("judgement")


def across_jurisdictions(jurisdiction, year):
    """The jurisdiction and its children (福州市 with its districts and counties) for one year;
    with no jurisdiction, every top-level one (all provinces)."""
    if jurisdiction is None:
        columns = list(Jurisdiction.objects.filter(parent=None).order_by("division_code", "name"))
    else:
        columns = [jurisdiction, *jurisdiction.children.order_by("division_code", "name")]
    ids = [j.pk for j in columns]
    by_id = {j.pk: j for j in columns}
    return grid(
        _figures().filter(jurisdiction_id__in=ids, year=year),
        _assessments().filter(jurisdiction_id__in=ids, year=year),
        columns,
        lambda obj: by_id[obj.jurisdiction_id],
    )


def across_years(jurisdiction):
    """One jurisdiction, every year it has figures for."""
    figures = list(_figures().filter(jurisdiction=jurisdiction))
    years = sorted({figure.year for figure in figures})
    return grid(
        figures, _assessments().filter(jurisdiction=jurisdiction), years, lambda obj: obj.year
    )
