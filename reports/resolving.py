"""Turning Figures CSV rows into stored objects: find or create jurisdictions, indicators, reports."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.models import Figure, Indicator, Jurisdiction
from reports.models import Report, parse_report_date

PARENT_LEVEL = {"district": "city", "city": "province"}


class Resolver:
    """Holds what is already stored, so an import of N rows runs a handful of queries, not N."""

    def __init__(self, result, *, user=None):
        self.result, self.user = result, user  # user None: a system import, trusted
        self.jurisdictions = list(Jurisdiction.objects.all())
        self.indicators = {}
        for indicator in Indicator.objects.all():
            self.remember_indicator(indicator)
        self.reports = {}
        self.figures = {}
        self.loaded_figures_for = set()

    # Jurisdictions -------------------------------------------------------------------------

    def jurisdiction(self, row):
        if row.division_code:
            found = [j for j in self.jurisdictions if j.division_code == row.division_code]
            if found:
                return self.checked_level(found[0], row)
        parent = self.parent_jurisdiction(row) if row.parent else None
        found = [
            j
            for j in self.jurisdictions
            if j.name == row.jurisdiction and (parent is None or j.parent_id == parent.pk)
        ]
        if len(found) > 1:
            raise ValidationError(
                {
                    "jurisdiction": _(
                        "%(name)s is ambiguous: give parent_jurisdiction or division_code."
                    )
                    % {"name": row.jurisdiction}
                }
            )
        if found:
            return self.checked_level(found[0], row)
        return self.create_jurisdiction(
            row.jurisdiction, row.level, parent, row.division_code or None
        )

    def parent_jurisdiction(self, row):
        found = [j for j in self.jurisdictions if j.name == row.parent]
        if len(found) > 1:
            found = [j for j in found if j.level == PARENT_LEVEL.get(row.level)] or found
        if len(found) > 1:
            raise ValidationError(
                {"parent_jurisdiction": _("%(name)s is ambiguous.") % {"name": row.parent}}
            )
        if found:
            return found[0]
        return self.create_jurisdiction(
            row.parent, PARENT_LEVEL.get(row.level, "province"), None, None
        )

    def checked_level(self, jurisdiction, row):
        if jurisdiction.level != row.level:
            raise ValidationError(
                {
                    "jurisdiction_level": _("%(name)s is stored as %(stored)s, not %(given)s.")
                    % {"name": jurisdiction.name, "stored": jurisdiction.level, "given": row.level}
                }
            )
        return jurisdiction

    def allowed(self, permission, obj, column, message):
        """Checks an analyst's import row by row; a system import (no user) is trusted."""
        if self.user is not None and not self.user.has_perm(permission, obj):
            raise ValidationError({column: message})

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
        jurisdiction.full_clean(validate_constraints=False, validate_unique=False)
        jurisdiction._history_user = self.user
        jurisdiction.save()
        self.jurisdictions.append(jurisdiction)
        self.result.created_jurisdictions.append(name)
        return jurisdiction

    # Indicators ----------------------------------------------------------------------------

    def remember_indicator(self, indicator):
        for name in indicator.names:
            self.indicators.setdefault((name, indicator.unit), indicator)

    def indicator(self, row):
        found = self.indicators.get((row.indicator, row.unit))
        if found:
            return found
        parent = None
        if row.indicator_parent:
            parent = self.indicators.get((row.indicator_parent, row.unit)) or next(
                (i for (name, _unit), i in self.indicators.items() if name == row.indicator_parent),
                None,
            )
        indicator = Indicator(
            name=row.indicator,
            unit=row.unit,
            direction=row.direction or Indicator.Direction.UP,
            measure=Indicator.Measure.GROWTH if row.unit == "%" else Indicator.Measure.LEVEL,
            parent=parent,
        )
        self.allowed(
            "indicators.add_indicator", indicator, "indicator", _("You may not create indicators.")
        )
        indicator.full_clean(validate_constraints=False, validate_unique=False)
        indicator._history_user = self.user
        indicator.save()
        self.remember_indicator(indicator)
        self.result.created_indicators.append(str(indicator))
        return indicator

    # Reports -------------------------------------------------------------------------------

    def report(self, row, jurisdiction):
        if not row.report_title:
            return None
        delivered_on, precision = parse_report_date(row.report_date)
        key = (jurisdiction.pk, row.report_title, delivered_on)
        if key not in self.reports:
            report = Report.objects.filter(
                jurisdiction=jurisdiction, title=row.report_title, delivered_on=delivered_on
            ).first()
            if report is None:
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
                report.full_clean(validate_constraints=False, validate_unique=False)
                report._history_user = self.user
                report.save()
                self.result.created_reports.append(row.report_title)
            self.reports[key] = report
        return self.reports[key]

    # Figures -------------------------------------------------------------------------------

    def existing_figure(self, jurisdiction, indicator, row, report):
        scope = (jurisdiction.pk, report.pk if report else None)
        if scope not in self.loaded_figures_for:
            for figure in Figure.objects.filter(jurisdiction=jurisdiction, source_report=report):
                self.figures[(scope, figure.indicator_id, figure.year, figure.kind)] = figure
            self.loaded_figures_for.add(scope)
        return self.figures.get((scope, indicator.pk, row.year, row.kind))

    def store(self, row):
        jurisdiction = self.jurisdiction(row)
        self.allowed(
            "indicators.add_figure",
            jurisdiction,
            "jurisdiction",
            _("You may not write figures of %(name)s.") % {"name": jurisdiction.name},
        )
        indicator = self.indicator(row)
        report = self.report(row, jurisdiction)
        figure = self.existing_figure(jurisdiction, indicator, row, report)
        if figure is None:
            figure = Figure(
                jurisdiction=jurisdiction,
                indicator=indicator,
                year=row.year,
                kind=row.kind,
                source_report=report,
            )
            self.result.figures_created += 1
        elif (figure.value_text, figure.source_quote, figure.flags) == (
            row.value_text,
            row.quote,
            row.flags,
        ):
            self.result.figures_unchanged += 1
            return figure
        else:
            self.result.figures_updated += 1
        figure.value_text, figure.source_quote, figure.flags = row.value_text, row.quote, row.flags
        figure.enter(self.user)
        figure.full_clean(validate_constraints=False, validate_unique=False)
        figure.save()
        return figure
