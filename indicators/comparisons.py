"""Side-by-side views: one year across a jurisdiction and its children, one jurisdiction across years.

Each cell holds the current target, the best result and the stored verdict of one indicator in
one column. Built from three queries whatever the size (the figures, the assessments, their
indicators), reading plain rows: a national comparison has thousands of cells, and a model
instance per figure was most of the page's time.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import NamedTuple

from django.db import connections
from django.db.models import F, FloatField
from django.db.models.functions import Cast, Extract

from indicators.assessing.choice import best_result, current_target
from indicators.models import Assessment, Figure, Indicator, Jurisdiction


class ShownFigure(NamedTuple):
    """What a cell shows of a figure, and what decides which figure it shows."""

    pk: int
    kind: str
    value_text: str
    source_quote: str
    recency: tuple  # assessment.figure_recency, read from the row (the edit time in seconds)

    def get_kind_display(self):
        return Figure.Kind(self.kind).label


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


def grid(figures, assessments, columns, column):
    """Rows of indicators (in report order), one Cell per column; `column` names the figures' and
    assessments' field that says their column ("jurisdiction_id" or "year"), and `columns` maps
    that field's values to the columns, in order (None: the values the figures have, sorted)."""
    grouped = defaultdict(list)
    figures = figures.annotate(edited=edit_time(figures.db))
    for pk, indicator_id, key, kind, text, quote, delivered_on, edited in figures.values_list(
        "pk",
        "indicator_id",
        column,
        "kind",
        "value_text",
        "source_quote",
        "source_report__delivered_on",
        "edited",
    ):
        recency = (delivered_on or date.min, edited, pk)
        grouped[(indicator_id, key)].append(ShownFigure(pk, kind, text, quote, recency))
    verdicts = {
        (indicator_id, key): verdict or status
        for indicator_id, key, status, verdict in assessments.values_list(
            "indicator_id", column, "status", "judgement__verdict"
        )
    }
    if columns is None:
        columns = {key: key for key in sorted({key for _indicator, key in grouped})}
    indicators = Indicator.objects.filter(
        pk__in={indicator_id for indicator_id, _key in grouped}
    ).select_related("parent__parent")
    recency = attrgetter("recency")
    rows = []
    for indicator in sorted(indicators, key=lambda i: (i.display_order, i.name, i.unit)):
        cells = []
        for key in columns:
            found = grouped.get((indicator.pk, key), ())
            cells.append(
                Cell(
                    current_target(found, recency=recency),
                    best_result(found, recency=recency),
                    verdicts.get((indicator.pk, key)),
                )
            )
        rows.append((indicator, cells))
    return Grid(columns=list(columns.values()), rows=rows)


def edit_time(database):
    """The figures' edit time for ordering: on PostgreSQL as seconds, a float psycopg reads many
    times faster than a timestamp with a zone; elsewhere (SQLite, `make run`) the timestamp."""
    if connections[database].vendor == "postgresql":
        return Cast(Extract("updated_at", "epoch"), FloatField())
    return F("updated_at")


def across_jurisdictions(jurisdiction, year):
    """The jurisdiction and its children (福州市 with its districts and counties) for one year;
    with no jurisdiction, every top-level one (all provinces)."""
    if jurisdiction is None:
        places = list(Jurisdiction.objects.filter(parent=None).order_by("division_code", "name"))
    else:
        places = [jurisdiction, *jurisdiction.children.order_by("division_code", "name")]
    ids = [j.pk for j in places]
    return grid(
        Figure.objects.published().filter(jurisdiction_id__in=ids, year=year),
        Assessment.objects.filter(jurisdiction_id__in=ids, year=year),
        {j.pk: j for j in places},
        "jurisdiction_id",
    )


def across_years(jurisdiction):
    """One jurisdiction, every year it has figures for."""
    return grid(
        Figure.objects.published().filter(jurisdiction=jurisdiction),
        Assessment.objects.filter(jurisdiction=jurisdiction),
        None,
        "year",
    )
