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
from django.db.models.base import ModelState
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
        if figure is None:
            return self.new_figure()
        row, plan = self.row, self.plan
        figure.plan_id = plan.pk if plan is not None else None
        figure.indicator_id = self.indicator.pk
        RELATED["indicator"].set_cached_value(figure, self.indicator)
        RELATED["plan"].set_cached_value(figure, plan)
        figure.value_text, figure.source_quote = row.value_text, row.quote
        figure.flags, figure.method = row.flags, row.method
        return figure

    def new_figure(self):
        """A new Figure of the row and the objects it names (cached, as select_related leaves
        them). Made as Model.__init__ would, without its work per field and per relation, which
        was a tenth of a 200,000-row import (no pre_init or post_init receiver is skipped: none
        is connected, which a test checks)."""
        row, plan, report = self.row, self.plan, self.report
        figure = Figure.__new__(Figure)
        values = figure.__dict__
        values.update(NEW_FIGURE)
        values.update(
            jurisdiction_id=self.jurisdiction.pk,
            indicator_id=self.indicator.pk,
            source_report_id=report.pk if report is not None else None,
            plan_id=plan.pk if plan is not None else None,
            year=row.year,
            kind=row.kind,
            period=row.period,
            value_text=row.value_text,
            source_quote=row.quote,
            flags=row.flags,
            method=row.method,
        )
        state = figure._state = ModelState()
        state.fields_cache = {
            RELATED["jurisdiction"].cache_name: self.jurisdiction,
            RELATED["indicator"].cache_name: self.indicator,
            RELATED["source_report"].cache_name: report,
            RELATED["plan"].cache_name: plan,
        }
        return figure

    def checked_in(self, scratch):
        """The row written into `scratch`, a new Figure the import checks every row in: making a
        Figure for each row's checks cost as much as the checks (nothing keeps it)."""
        row = self.row
        scratch.jurisdiction_id = self.jurisdiction.pk
        scratch.source_report_id = self.report.pk if self.report is not None else None
        scratch.year, scratch.kind, scratch.period = row.year, row.kind, row.period
        RELATED["jurisdiction"].set_cached_value(scratch, self.jurisdiction)
        RELATED["source_report"].set_cached_value(scratch, self.report)
        return self.figure(scratch)


NEW_FIGURE = {
    field.attname: None if field.primary_key else field.get_default()
    for field in Figure._meta.concrete_fields
}
RELATED = {
    name: Figure._meta.get_field(name)
    for name in ("jurisdiction", "indicator", "source_report", "plan")
}


class FigureSet:
    def __init__(self, resolver):
        self.resolver, self.result = resolver, resolver.result
        self.created, self.changed = [], {}  # Planned; stored id → Planned

    def sort(self, planned):
        """New, changed or unchanged, and whether the user may change the changed ones. Keyed a
        few hundred jurisdictions at a time: all 200,000 keys of a large file at once were the
        import's peak of memory."""
        by_place = defaultdict(list)
        for entry in planned:
            by_place[entry.jurisdiction.pk].append(entry)
        places = list(by_place)
        for start in range(0, len(places), PLACES_PER_QUERY):
            part = {
                pk: {entry.key: entry for entry in by_place.pop(pk)}
                for pk in places[start : start + PLACES_PER_QUERY]
            }
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
                    lambda: _("You may not change figures of %(name)s.") % {"name": name},
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
