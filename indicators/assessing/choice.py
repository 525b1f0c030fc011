"""Which figure counts: the current target and the best result among a key's figures.

The one place the recency rule lives (DESIGN.md: the newest of the best kind wins, final over
expected). It works on model instances and on the plain rows the pages read alike, through a
`recency` key: a model instance's is `figure_recency`, a row carries its own.
"""

from datetime import date
from operator import attrgetter

from django.db import connections
from django.db.models import F, FloatField
from django.db.models.functions import Cast, Extract

RESULT_KIND_RANK = {"final": 2, "expected": 1}
TARGET = "target"


def figure_recency(figure):
    """Newer reports win; among figures of one report (or none), the latest edit."""
    report = figure.source_report
    return recency_key(report.delivered_on if report else None, figure.updated_at, figure.pk)


# The recency of a plain row that carries its own key (a ShownFigure, a PlanResult).
by_recency = attrgetter("recency")


def recency_key(delivered_on, edited, pk):
    """The ordering key of a figure read as a plain row: its report's date, its edit, its id."""
    return (delivered_on or date.min, edited, pk)


def edit_time(database, field="updated_at"):
    """A figure's edit time for ordering: on PostgreSQL as seconds, a float psycopg reads many
    times faster than a timestamp with a zone (and exact enough to keep microseconds apart);
    elsewhere (SQLite, `make run`) the timestamp."""
    if connections[database].vendor == "postgresql":
        return Cast(Extract(field, "epoch"), FloatField())
    return F(field)


def best_result(figures, *, recency=figure_recency):
    """Final over expected; the newest report among equals (DESIGN.md)."""
    results = [f for f in figures if f.kind in RESULT_KIND_RANK]
    return max(results, key=lambda f: (RESULT_KIND_RANK[f.kind], *recency(f)), default=None)


def current_target(figures, *, recency=figure_recency):
    targets = [f for f in figures if f.kind == TARGET]
    return max(targets, key=recency, default=None)
