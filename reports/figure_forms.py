"""Entering a result in the app: the few fields a person knows, the rest filled in for them.

The form names the figure's place, indicator and year (prefilled from the gap-table row or the
indicator's page), the value as written, the report it came from — one of the jurisdiction's
reports, or a new one by its title, year covered and date — the quote and the flags. It builds
the Figure (and the Report) and cleans them as the models do, so every refusal lands next to its
field; reports.services.result_enter then stores them through the write services.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from indicators.exports.figures_csv import parse_report_date
from indicators.forms import FlagsField
from indicators.models import MAX_YEAR, MIN_YEAR, Figure, Indicator, Jurisdiction
from indicators.models.names import shown_name, shown_unit
from indicators.permissions import is_administrator, scope
from indicators.views.query import as_int
from reports.forms import checked_date
from reports.models import Report

RESULT_KINDS = [
    (Figure.Kind.EXPECTED, Figure.Kind.EXPECTED.label),
    (Figure.Kind.FINAL, Figure.Kind.FINAL.label),
]
# Where the models' errors about a new report show on this form.
REPORT_FIELDS = {
    "title": "new_report_title",
    "delivered_on": "new_report_date",
    "review_year": "new_report_year",
    NON_FIELD_ERRORS: "new_report_title",
}
FIGURE_FIELDS = ("jurisdiction", "indicator", "year", "kind", "value_text", "source_report")


class IndicatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, indicator):
        # 地区生产总值 in % and in 亿元 are two series: the unit tells them apart.
        return f"{shown_name(indicator)} ({shown_unit(indicator.unit)})"


class ReportChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, report):
        return f"{report.title} · {report.date_text}"


class ResultForm(forms.Form):
    jurisdiction = forms.ModelChoiceField(
        queryset=Jurisdiction.objects.none(), label=_("Jurisdiction")
    )
    indicator = IndicatorChoiceField(queryset=Indicator.objects.none(), label=_("Indicator"))
    year = forms.IntegerField(label=_("Year"), min_value=MIN_YEAR, max_value=MAX_YEAR)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=RESULT_KINDS,
        initial=Figure.Kind.EXPECTED,
        widget=forms.RadioSelect,
    )
    value_text = forms.CharField(
        label=_("Value as written"),
        max_length=200,
        help_text=_("As the report writes it, words and all: 5.3, 6.5 or so, more than 110."),
    )
    source_report = ReportChoiceField(
        queryset=Report.objects.none(),
        label=_("Source report"),
        required=False,
        empty_label=_("A new report (below), or none"),
    )
    new_report_title = forms.CharField(label=_("New report: title"), max_length=300, required=False)
    new_report_year = forms.IntegerField(
        label=_("New report: year covered"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        required=False,
        help_text=_("The year whose plan execution it reviews."),
    )
    new_report_date = forms.CharField(
        label=_("New report: date delivered"),
        max_length=10,
        required=False,
        help_text=_("2024-01-13, 2024-01 or 2024."),
    )
    source_quote = forms.CharField(
        label=_("Source quote"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("The sentence the figure came from, verbatim."),
    )
    flags = FlagsField(label=_("Flags"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        places = Jurisdiction.objects.order_by("division_code", "name")
        self.fields["jurisdiction"].queryset = (
            places if is_administrator(user) else places.filter(pk__in=scope(user))
        )
        self.fields["indicator"].queryset = Indicator.objects.order_by(
            "display_order", "name", "unit"
        )
        # The reports offered are the chosen jurisdiction's; one of another is refused.
        chosen = self["jurisdiction"].value()
        self.fields["source_report"].queryset = Report.objects.filter(
            jurisdiction_id=as_int(str(chosen or ""))
        ).order_by("-delivered_on", "title")
        self.figure = self.report = None

    def clean_new_report_date(self):
        return checked_date(self.cleaned_data["new_report_date"])

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            self.report = self.new_report(cleaned)
            self.figure = self.new_figure(cleaned)
        return cleaned

    def new_report(self, cleaned):
        """The new report the analyst named, cleaned; None when they chose one or none."""
        named = cleaned["new_report_title"].strip()
        described = named or cleaned["new_report_year"] or cleaned["new_report_date"]
        if cleaned["source_report"] and described:
            self.add_error("new_report_title", _("Choose a report or name a new one, not both."))
            return None
        if not named:
            if described:
                self.add_error("new_report_title", _("Give the new report's title."))
            return None
        delivered_on, precision = (
            parse_report_date(cleaned["new_report_date"])
            if cleaned["new_report_date"]
            else (None, Report.DatePrecision.DAY)
        )
        report = Report(
            jurisdiction=cleaned["jurisdiction"],
            title=cleaned["new_report_title"].strip(),
            review_year=cleaned["new_report_year"],
            delivered_on=delivered_on,
            date_precision=precision,
            created_by=self.user,
        )
        self.model_errors(report.full_clean, REPORT_FIELDS)
        return report

    def new_figure(self, cleaned):
        figure = Figure(
            **{name: cleaned[name] for name in FIGURE_FIELDS},
            source_quote=cleaned["source_quote"].strip(),
            flags=cleaned["flags"],
        )
        figure.value_text = figure.value_text.strip()
        if self.report is not None and not figure.source_quote:
            self.add_error("source_quote", _("Quote the sentence the figure came from."))
        self.model_errors(lambda: figure.full_clean(validate_constraints=False))
        if not self.errors:
            self.check_unique(figure)
        return figure

    def model_errors(self, clean, fields=None):
        """Run a model's full_clean, putting each of its errors on this form's field."""
        try:
            clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                name = (fields or {}).get(name, name)
                self.add_error(name if name in self.fields else None, messages)

    def check_unique(self, figure):
        """The same figure already stored (from this report, or without one): change it instead."""
        if self.report is not None:
            return  # a new report has no figures yet
        same = Figure.objects.filter(
            jurisdiction=figure.jurisdiction,
            indicator=figure.indicator,
            year=figure.year,
            kind=figure.kind,
            period="",
            source_report=figure.source_report,
        ).first()
        if same is not None:
            self.add_error(
                "value_text",
                _(
                    "This %(kind)s is already stored from this source: “%(value)s”. Change that "
                    "figure instead of adding another."
                )
                % {"kind": figure.get_kind_display(), "value": same.value_text},
            )
