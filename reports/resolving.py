"""Turning Figures CSV rows into stored objects: find or create jurisdictions, indicators, reports.

Everything already stored is indexed once (the reports the file names, by their titles), so an
import of N rows runs a handful of queries plus one per distinct plan it names.
Every check that can refuse a row raises ValidationError keyed by the CSV column it is about.
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from indicators.exports.figures_csv import parse_report_date
from indicators.models import Figure, Indicator, Jurisdiction
from indicators.models.places import division_code_validator
from indicators.models.series import guessed_direction, guessed_measure
from indicators.permissions import imported_status
from indicators.services.structure import indicator_record, jurisdiction_record
from reports.columns import checked, validated
from reports.models import Report
from reports.plan_book import PlanBook
from reports.services import reports_import_add
from reports.storing import Planned

PARENT_LEVEL = {"district": "city", "city": "province", "province": "country"}
TITLES_PER_QUERY = 2_000


class Places:
    """Jurisdictions by division code and by name; new ones are added as the import creates them."""

    def __init__(self):
        self.by_code, self.by_name = {}, defaultdict(list)
        for jurisdiction in Jurisdiction.objects.select_related("parent"):
            self.add(jurisdiction)

    def add(self, jurisdiction):
        if jurisdiction.division_code:
            self.by_code[jurisdiction.division_code] = jurisdiction
        if jurisdiction not in self.by_name[jurisdiction.name]:
            self.by_name[jurisdiction.name].append(jurisdiction)

    def coded(self, code, name, column):
        """The jurisdiction holding this code; a code is never reused for another name."""
        try:
            division_code_validator(code)  # the model's rule: ３５０１０５ is not a code
        except ValidationError as error:
            raise ValidationError({column: error.messages}) from None
        found = self.by_code.get(code)
        if found is not None and found.name != name:
            raise ValidationError(
                {
                    column: _("%(code)s is the division code of %(stored)s, not of %(name)s.")
                    % {"code": code, "stored": found.name, "name": name}
                }
            )
        return found


class SeenFigures:
    """The figures checked so far, to refuse a second row of the same figure. Held by the hash
    of their keys: a 200,000-row file's key tuples were 50 MB. A different key with the same
    hash, however unlikely, is held by the key itself."""

    def __init__(self):
        self.by_hash, self.collided = {}, {}

    def earlier(self, planned):
        """The Planned of an earlier row of the same figure, or None (and this one is kept)."""
        key = planned.key
        found = self.by_hash.setdefault(hash(key), planned)
        if found is planned or found.key == key:
            return None if found is planned else found
        found = self.collided.setdefault(key, planned)
        return None if found is planned else found


class Resolver:
    """Finds or creates what each row names and checks its figure, writing nothing else. A row's
    first write (a new jurisdiction, indicator, report or plan) opens a savepoint, `savepoint`,
    which the caller releases or, when the row is refused, rolls back (then `reload`)."""

    def __init__(self, result, *, user=None, titles=(), plans=()):
        self.result, self.user = result, user  # user None: a system import, trusted
        self.pending_parents, self.seen = [], SeenFigures()
        self.titles = sorted(set(titles) - {""})
        self.plan_names = set(plans)
        self.savepoint, self.permitted = None, {}
        self.new_reports, self.row_reports = {}, []  # by key; this row's keys
        self.drafted = set()  # jurisdictions whose approved rows were stored as drafts
        self.touched = set()  # the keys of the figures written, to re-judge at the end
        self.scratch = Figure()  # every row's figure is checked in it (Planned.checked_in)
        self.reload()

    def reload(self, *, failed_row=None):
        """(Re)read what is stored; after a refused row, whose savepoint undid what it created."""
        self.places = Places()
        self.indicators = {}
        for indicator in Indicator.objects.all():
            self.remember_indicator(indicator)
        self.reports = {**self.stored_reports(), **self.new_reports}
        self.plans = PlanBook(self, self.plan_names)
        self.pending_parents = [
            (row, i) for row, i in self.pending_parents if row.number != failed_row
        ]

    def allowed(self, permission, obj, column, message):
        """Checks an analyst's import row by row; a system import (no user) is trusted."""
        if self.user is not None and not self.user.has_perm(permission, obj):
            raise ValidationError({column: message})

    def may_write(self, permission, jurisdiction, column, message):
        """allowed() for a write permission, which depends on the jurisdiction alone: asked once
        per jurisdiction. `message()` gives the refusal (translated only when it is needed: this
        is asked for every row)."""
        if self.user is None:
            return
        key = (permission, jurisdiction.pk)
        if key not in self.permitted:
            self.permitted[key] = self.user.has_perm(permission, jurisdiction)
        if not self.permitted[key]:
            raise ValidationError({column: message()})

    def writing(self):
        """Before each write of a row: the row's savepoint, opened by its first."""
        if self.savepoint is None:
            self.savepoint = transaction.savepoint()

    # Jurisdictions -------------------------------------------------------------------------

    def jurisdiction(self, row):
        found = (
            self.places.coded(row.division_code, row.jurisdiction, "division_code")
            if row.division_code
            else None
        )
        parent = self.parent_jurisdiction(row) if row.parent or row.parent_code else None
        if found is None:
            found = self.named(row, parent)
        if found is None:
            return self.create_jurisdiction(
                row.jurisdiction, row.level, parent, row.division_code or None
            )
        if found.level != row.level:
            raise ValidationError(
                {
                    "jurisdiction_level": _("%(name)s is stored as %(stored)s, not %(given)s.")
                    % {"name": found.name, "stored": found.level, "given": row.level}
                }
            )
        if parent is not None and found.parent_id is None and found.level != "country":
            self.adopt(found, parent)
        elif parent is not None and found.parent_id != parent.pk:
            raise ValidationError(
                {
                    "parent_jurisdiction": _("%(name)s is stored under %(stored)s, not %(given)s.")
                    % {"name": found.name, "stored": found.parent, "given": parent.name}
                }
            )
        return found

    def named(self, row, parent):
        candidates = [
            j for j in self.places.by_name.get(row.jurisdiction, []) if j.level == row.level
        ]
        if parent is not None:
            under = [j for j in candidates if j.parent_id == parent.pk]
            # A jurisdiction an earlier row created without knowing its parent is the same place.
            candidates = under or [j for j in candidates if j.parent_id is None]
        if len(candidates) > 1:
            raise ValidationError(
                {
                    "jurisdiction": _(
                        "%(name)s is ambiguous: give parent_jurisdiction or division_code."
                    )
                    % {"name": row.jurisdiction}
                }
            )
        return candidates[0] if candidates else None

    def parent_jurisdiction(self, row):
        level = PARENT_LEVEL.get(row.level)
        if level is None:
            raise ValidationError(
                {"parent_jurisdiction": _("A country has no parent jurisdiction.")}
            )
        found = (
            self.places.coded(row.parent_code, row.parent, "parent_division_code")
            if row.parent_code
            else None
        )
        if found is None:
            candidates = self.places.by_name.get(row.parent, [])
            candidates = [j for j in candidates if j.level == level] or candidates
            if len(candidates) > 1:
                raise ValidationError(
                    {
                        "parent_jurisdiction": _(
                            "%(name)s is ambiguous: give parent_division_code."
                        )
                        % {"name": row.parent}
                    }
                )
            found = candidates[0] if candidates else None
        if found is None:
            return self.create_jurisdiction(row.parent, level, None, row.parent_code or None)
        if not Jurisdiction.can_contain(found.level, row.level):
            raise ValidationError(
                {
                    "parent_jurisdiction": _(
                        "%(parent)s is a %(level)s; it cannot contain a %(child)s."
                    )
                    % {"parent": found.name, "level": found.level, "child": row.level}
                }
            )
        return found

    def create_jurisdiction(self, name, level, parent, division_code):
        jurisdiction = Jurisdiction(
            name=name, level=level, parent=parent, division_code=division_code
        )
        self.allowed(
            "indicators.add_jurisdiction",
            jurisdiction,
            "jurisdiction",
            _("You may not create %(name)s: it is outside your jurisdictions.") % {"name": name},
        )
        validated(jurisdiction)
        self.writing()
        jurisdiction_record(jurisdiction=jurisdiction, user=self.user)
        self.places.add(jurisdiction)
        self.result.created_jurisdictions.append(name)
        return jurisdiction

    def adopt(self, jurisdiction, parent):
        """Attach a parentless city or district to the parent a later row names."""
        self.allowed(
            "indicators.add_jurisdiction",
            Jurisdiction(parent=parent),
            "parent_jurisdiction",
            _("You may not place %(name)s under %(parent)s.")
            % {"name": jurisdiction.name, "parent": parent.name},
        )
        jurisdiction.parent = parent
        self.writing()
        jurisdiction_record(
            jurisdiction=jurisdiction, user=self.user, permission="indicators.add_jurisdiction"
        )

    # Indicators ----------------------------------------------------------------------------

    def remember_indicator(self, indicator):
        for name in indicator.names:
            self.indicators.setdefault((name, indicator.unit), indicator)

    def indicator(self, row):
        found = self.indicators.get((row.indicator, row.unit))
        if found:
            return found
        indicator = Indicator(
            name=row.indicator,
            unit=row.unit,
            direction=row.direction or guessed_direction(row.indicator),
            measure=guessed_measure(row.indicator, row.unit),
        )
        self.allowed(
            "indicators.add_indicator", indicator, "indicator", _("You may not create indicators.")
        )
        validated(indicator)
        self.writing()
        indicator_record(indicator=indicator, user=self.user)
        self.remember_indicator(indicator)
        if row.indicator_parent:
            self.pending_parents.append((row, indicator))
        self.result.created_indicators.append(str(indicator))
        return indicator

    def link_indicator_parents(self):
        """Parents may be created by later rows, so new indicators are linked at the end."""
        for row, indicator in self.pending_parents:
            parent = self.indicators.get((row.indicator_parent, row.unit)) or next(
                (i for (name, _unit), i in self.indicators.items() if name == row.indicator_parent),
                None,
            )
            if parent is None:
                self.result.warnings.append(
                    _(
                        "Row %(row)s: indicator_parent %(name)s is not known; %(indicator)s "
                        "was created without a parent."
                    )
                    % {"row": row.number, "name": row.indicator_parent, "indicator": indicator}
                )
                continue
            indicator.parent = parent
            # Part of creating the indicator: the rule for creating one applies.
            indicator_record(
                indicator=indicator, user=self.user, permission="indicators.add_indicator"
            )

    # Reports -------------------------------------------------------------------------------

    def stored_reports(self):
        """The stored reports the file's titles name, by (jurisdiction, title, date)."""
        reports = {}
        for start in range(0, len(self.titles), TITLES_PER_QUERY):
            named = Report.objects.filter(title__in=self.titles[start : start + TITLES_PER_QUERY])
            for report in named.only("jurisdiction_id", "title", "delivered_on").order_by("pk"):
                key = (report.jurisdiction_id, report.title, report.delivered_on)
                reports.setdefault(key, report)
        return reports

    def report(self, row, jurisdiction):
        """The stored report the row names, or a new one, added with the others once every row
        is checked (add_reports)."""
        if not row.report_title:
            return None
        delivered_on, precision = parse_report_date(row.report_date)
        key = (jurisdiction.pk, row.report_title, delivered_on)
        if key not in self.reports:
            report = Report(
                jurisdiction=jurisdiction,
                title=row.report_title,
                delivered_on=delivered_on,
                date_precision=precision,
                created_by=self.user,
            )
            self.allowed(
                "reports.add_report",
                report,
                "report_title",
                _("You may not add reports of %(name)s.") % {"name": jurisdiction.name},
            )
            validated(report, resolved=["jurisdiction", "created_by"])
            self.result.created_reports.append(row.report_title)
            self.reports[key] = self.new_reports[key] = report
            self.row_reports.append(key)
        return self.reports[key]

    def forget_row_reports(self):
        """A refused row's new reports are not added."""
        for key in self.row_reports:
            del self.reports[key], self.new_reports[key]
        self.row_reports = []

    def add_reports(self):
        reports_import_add(reports=list(self.new_reports.values()), user=self.user)
        self.new_reports = {}

    # Figures -------------------------------------------------------------------------------

    def status(self, row, jurisdiction):
        """The row's review status as the user may set it; a refused approval is a draft, said once
        per jurisdiction."""
        status = imported_status(self.user, jurisdiction, row.review_status)
        if status != (row.review_status or None) and jurisdiction.pk not in self.drafted:
            self.drafted.add(jurisdiction.pk)
            self.result.warnings.append(
                _(
                    "Row %(row)s: you may not review figures of %(name)s; its rows marked "
                    "approved or returned were stored as drafts."
                )
                % {"row": row.number, "name": jurisdiction.name}
            )
        return status

    def resolve(self, row):
        """The row as a checked Planned figure; whether it is stored already is FigureSet's."""
        jurisdiction = self.jurisdiction(row)
        self.may_write(
            "indicators.add_figure",
            jurisdiction,
            "jurisdiction",
            lambda: _("You may not write figures of %(name)s.") % {"name": jurisdiction.name},
        )
        indicator = self.indicator(row)
        report = self.report(row, jurisdiction)
        plan = self.plans.named(row, jurisdiction)
        planned = Planned(row, jurisdiction, indicator, report, plan, None)
        # The same figure written twice, perhaps another way (an alias, a code, a date form).
        earlier = self.seen.earlier(planned)
        if earlier is not None:
            raise ValidationError(
                {
                    "": _("Duplicates row %(row)s: the same figure twice.")
                    % {"row": earlier.row.number}
                }
            )
        checked(planned.checked_in(self.scratch))
        planned.status = self.status(row, jurisdiction)
        return planned
