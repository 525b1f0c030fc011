from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from indicators.exports.figures_csv import parse_report_date
from indicators.models import Jurisdiction
from indicators.permissions import is_administrator, scope
from reports.uploads import validate_report_file


def within_length(text, limit):
    """Refuse text longer than `limit` (REPORT_MAX_TEXT, REPORT_MAX_PASTE), naming the limit."""
    if len(text) > limit:
        raise forms.ValidationError(
            _("The text is %(length)s characters long; the limit is %(limit)s."),
            params={"length": f"{len(text):,}", "limit": f"{limit:,}"},
            code="max_length",
        )
    return text


class ReportNewForm(forms.Form):
    jurisdiction = forms.ModelChoiceField(
        queryset=Jurisdiction.objects.none(), label=_("Jurisdiction")
    )
    text = forms.CharField(
        label=_("Report text"),
        widget=forms.Textarea(attrs={"rows": 14}),
        required=False,
        help_text=_("Paste the whole report, or upload its file below."),
    )
    file = forms.FileField(
        label=_("Or a file"),
        required=False,
        validators=[validate_report_file],
        help_text=_("PDF with a text layer, Word (.docx) or plain text."),
    )
    title = forms.CharField(
        label=_("Title"),
        required=False,
        max_length=300,
        help_text=_("Leave empty to take it from the text."),
    )
    date_text = forms.CharField(
        label=_("Date delivered"),
        required=False,
        max_length=10,
        help_text=_("2024-01-13, 2024-01 or 2024; empty to take it from the text."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        places = Jurisdiction.objects.order_by("division_code", "name")
        self.fields["jurisdiction"].queryset = (
            places if is_administrator(user) else places.filter(pk__in=scope(user))
        )

    def clean_text(self):
        return within_length(self.cleaned_data["text"], settings.REPORT_MAX_TEXT)

    def clean_date_text(self):
        value = self.cleaned_data["date_text"].strip()
        if value:
            try:
                parse_report_date(value)
            except ValueError:
                raise forms.ValidationError(
                    _("%(value)r is not a date (2024-01-13, 2024-01 or 2024)."),
                    params={"value": value},
                ) from None
        return value

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text", "").strip(), cleaned.get("file")
        if not text and not upload and not self.errors:
            raise forms.ValidationError(_("Paste the report's text or upload its file."))
        if text and upload:
            raise forms.ValidationError(_("Give either the text or the file, not both."))
        return cleaned


class PasteForm(forms.Form):
    text = forms.CharField(
        label=_("Annex table"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Copied from Word, WPS or a PDF: tabs or runs of spaces between columns."),
    )

    def clean_text(self):
        return within_length(self.cleaned_data["text"], settings.REPORT_MAX_PASTE)


class AcceptAboveForm(forms.Form):
    confidence = forms.FloatField(
        min_value=0, max_value=1, initial=0.8, label=_("Accept all with confidence at least")
    )
