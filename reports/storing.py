"""An import's figures, written in sets once every row has been checked.

The Resolver turns each row into a Planned figure (its jurisdiction, indicator, report and plan
found or created, the figure checked); FigureSet then finds which of them are stored already —
one query per PLACES_PER_QUERY jurisdictions — sorts them into new, changed and unchanged, and
writes the new and changed ones a batch at a time (indicators.services.figures_bulk_store), so
neither the rows nor the stored figures are ever all held as model instances.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from indicators.exports.figures_csv_reading import RowError
from indicators.models import Figure
from indicators.services.copying import figures_statistics_refresh
from indicators.services.figures import BULK_BATCH, figures_bulk_store

PLACES_PER_QUERY = 500
# A stored figure as FigureSet compares it: its key (as Planned.key), what a row writes, its id.
STORED_FIELDS = (
    "jurisdiction_id",
    "indicator_id",
    "year",
    "kind",
    "period",
    "source_report_id",
    "value_text",
    "source_quote",
    "flags",
    "plan_id",
    "method",
    "review_status",
    "pk",
)


@dataclass(slots=True)
class Planned:
    """A checked row and the stored objects it names; `status` as the user may set it."""

    row: object
    jurisdiction: object
    indicator: object
    report: object
    plan: object
    status: str | None

    @property
    def key(self):
        report = self.report
        if report is not None:  # a report the import adds has its id once the rows are checked
            report = report.pk or ("new", id(report))
        row = self.row
        return (self.jurisdiction.pk, self.indicator.pk, row.year, row.kind, row.period, report)

    @property
    def written(self):
        row, plan = self.row, self.plan
        return (row.value_text, row.quote, row.flags, plan.pk if plan else None, row.method)

    def figure(self, figure=None):
        """The row written into `figure` (a stored one), or into a new Figure."""
        row, plan = self.row, self.plan
        if figure is None:
            # Positional values, as from_db builds a model: a fifth of the keyword path's cost.
            values = {
                **NEW_FIGURE,
                "jurisdiction_id": self.jurisdiction.pk,
                "indicator_id": self.indicator.pk,
                "source_report_id": self.report.pk if self.report is not None else None,
                "year": row.year,
                "kind": row.kind,
                "period": row.period,
            }
            figure = Figure(*(values[name] for name in FIGURE_COLUMNS))
            for name in ("jurisdiction", "source_report"):
                RELATED[name].set_cached_value(figure, getattr(self, RELATED_FROM[name]))
        figure.plan_id = plan.pk if plan is not None else None
        figure.indicator_id = self.indicator.pk
        RELATED["indicator"].set_cached_value(figure, self.indicator)
        RELATED["plan"].set_cached_value(figure, plan)
        figure.value_text, figure.source_quote = row.value_text, row.quote
        figure.flags, figure.method = row.flags, row.method
        return figure


FIGURE_COLUMNS = [field.attname for field in Figure._meta.concrete_fields]
NEW_FIGURE = {
    field.attname: None if field.primary_key else field.get_default()
    for field in Figure._meta.concrete_fields
}
RELATED = {
    name: Figure._meta.get_field(name)
    for name in ("jurisdiction", "indicator", "source_report", "plan")
}
RELATED_FROM = {"jurisdiction": "jurisdiction", "source_report": "report"}


class FigureSet:
    def __init__(self, resolver):
        self.resolver, self.result = resolver, resolver.result
        self.created, self.changed = [], {}  # Planned; stored id → Planned

    def sort(self, planned):
        """New, changed or unchanged, and whether the user may change the changed ones."""
        by_place = defaultdict(dict)
        for entry in planned:
            by_place[entry.jurisdiction.pk][entry.key] = entry
        places = list(by_place)
        for start in range(0, len(places), PLACES_PER_QUERY):
            part = {pk: by_place.pop(pk) for pk in places[start : start + PLACES_PER_QUERY]}
            stored = self.stored(part)
            for entries in part.values():
                for key, entry in entries.items():
                    self.sort_one(entry, stored.get(key))

    def stored(self, part):
        """The stored figures with the keys of these rows (by jurisdiction), as STORED_FIELDS."""
        entries = [entry for entries in part.values() for entry in entries.values()]
        reports = {entry.report.pk for entry in entries if entry.report is not None}
        scope = Q(source_report_id__in=reports)
        if any(entry.report is None for entry in entries):
            scope |= Q(source_report__isnull=True)
        found = Figure.objects.filter(scope, jurisdiction_id__in=list(part)).order_by()
        return {
            values[:6]: values
            for values in found.values_list(*STORED_FIELDS).iterator(chunk_size=BULK_BATCH)
            if values[:6] in part[values[0]]
        }

    def sort_one(self, entry, stored):
        result = self.result
        if stored is None:
            self.created.append(entry)
            result.figures_created += 1
        elif entry.written == stored[6:11] and entry.status in (None, stored[11]):
            result.figures_unchanged += 1
        else:
            name = entry.jurisdiction.name
            try:
                self.resolver.may_write(
                    "indicators.change_figure",
                    entry.jurisdiction,
                    "jurisdiction",
                    _("You may not change figures of %(name)s.") % {"name": name},
                )
            except ValidationError as error:
                for column, messages in error.message_dict.items():
                    result.errors.extend(RowError(entry.row.number, column, m) for m in messages)
                return
            self.changed[stored[-1]] = entry
            result.figures_updated += 1

    def write(self, progress=None):
        """Store the new and changed figures; returns the keys whose assessments changed.
        `progress(phase, done, total)` hears of each batch."""
        user, keys = self.resolver.user, set()
        total = len(self.created) + len(self.changed)
        for start in range(0, len(self.created), BULK_BATCH):
            if progress:
                progress("writing", start, total)
            batch = self.created[start : start + BULK_BATCH]
            created = [(entry.figure(), entry.status) for entry in batch]
            keys |= figures_bulk_store(created=created, user=user)
        ids = list(self.changed)
        for start in range(0, len(ids), BULK_BATCH):
            if progress:
                progress("writing", len(self.created) + start, total)
            stored = Figure.objects.in_bulk(ids[start : start + BULK_BATCH])
            changed = [
                (entry.figure(stored[pk]), entry.status)
                for pk, entry in ((pk, self.changed[pk]) for pk in stored)
            ]
            keys |= figures_bulk_store(changed=changed, user=user)
        figures_statistics_refresh(len(self.created))
        return keys
