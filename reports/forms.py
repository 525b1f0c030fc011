import hashlib

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from indicators.exports.figures_csv import parse_report_date
from indicators.models import MAX_YEAR, MIN_YEAR, Jurisdiction
from indicators.models.names import visible_text
from indicators.permissions import is_administrator, scope
from reports.extraction import report_metadata, title_years
from reports.plan_tables import plan_table
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
    year = forms.IntegerField(
        label=_("Year reviewed"),
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        help_text=_(
            "The year whose plan execution the report reviews: figures without a year are of "
            "it. Empty to take it from the title."
        ),
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
        return within_length(visible_text(self.cleaned_data["text"]), settings.REPORT_MAX_TEXT)

    def clean_date_text(self):
        return checked_date(self.cleaned_data["date_text"])

    def clean(self):
        """Every missing or wrong field named at once, next to the field."""
        cleaned = super().clean()
        text, upload = cleaned.get("text", "").strip(), cleaned.get("file")
        if not text and not upload and not {"text", "file"} & set(self.errors):
            self.add_error("text", _("Paste the report's text or upload its file."))
        if text and upload:
            self.add_error("file", _("Give either the text or the file, not both."))
        found = report_metadata(text) if text and not upload else None
        if found is not None:
            self.take_from_text(cleaned, found)
        if cleaned.get("year") is None and "year" not in self.errors:
            typed = title_years(cleaned.get("title") or "")
            if typed and typed[0]:
                cleaned["year"] = typed[0]
            elif found is not None and not typed and not (found.review_year or found.plan_year):
                self.add_error(
                    "year",
                    _(
                        "Neither the title nor the text names the year the report reviews: enter it."
                    ),
                )
        return cleaned

    def take_from_text(self, cleaned, found):
        """What the analyst left empty, as the text states it: the title and the date."""
        if not cleaned.get("title") and "title" not in self.errors:
            cleaned["title"] = found.title[:300]
            if not found.title:
                self.add_error("title", _("The text gives no title: enter the report's title."))
        if not cleaned.get("date_text") and "date_text" not in self.errors:
            if not found.date_text:
                self.add_error(
                    "date_text",
                    _("The text gives no date: enter the date the report was delivered."),
                )
                return
            try:
                cleaned["date_text"] = checked_date(found.date_text)
            except forms.ValidationError as error:
                self.add_error("date_text", error)


class PasteForm(forms.Form):
    text = forms.CharField(
        label=_("Annex table"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Copied from Word, WPS or a PDF: tabs or runs of spaces between columns."),
    )

    def clean_text(self):
        return within_length(visible_text(self.cleaned_data["text"]), settings.REPORT_MAX_PASTE)


class AcceptAboveForm(forms.Form):
    confidence = forms.FloatField(
        min_value=0, max_value=1, initial=0.8, label=_("Accept all with confidence at least")
    )


def checked_date(value):
    """A report date as the Figures CSV writes it, or a form error."""
    value = value.strip()
    if value:
        try:
            parse_report_date(value)
        except ValueError:
            raise forms.ValidationError(
                _("%(value)r is not a date (2024-01-13, 2024-01 or 2024)."),
                params={"value": value},
            ) from None
    return value


class PlanTableForm(forms.Form):
    """A plan's main-indicator table pasted, with the plan and the report it comes from."""

    plan = forms.CharField(
        label=_("Plan"), max_length=100, help_text=_("As the plan calls itself: 十四五规划纲要.")
    )
    first_year = forms.IntegerField(
        label=_("First year"),
        required=False,
        min_value=MIN_YEAR + 1,
        max_value=MAX_YEAR,
        help_text=_("Empty: the year after the table's base-year column (2021 for 2020)."),
    )
    last_year = forms.IntegerField(
        label=_("Last year"),
        required=False,
        min_value=MIN_YEAR + 1,
        max_value=MAX_YEAR,
        help_text=_("Empty: the table's target-year column."),
    )
    report_title = forms.CharField(label=_("Source report"), max_length=300)
    report_date = forms.CharField(
        label=_("Date delivered"), max_length=10, help_text=_("2021-03-13, 2021-03 or 2021.")
    )
    text = forms.CharField(
        label=_("Main-indicator table"),
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_(
            "Copied from the plan's PDF or Word file with its header row (类别, 指标, 2020年, "
            "2025年, 年均/累计, 属性): tabs or runs of spaces between columns; notes after 注 are "
            "left out."
        ),
    )
    # The preview's fingerprint: storing is allowed only for what was previewed.
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_report_date(self):
        return checked_date(self.cleaned_data["report_date"])

    def clean_text(self):
        return within_length(visible_text(self.cleaned_data["text"]), settings.REPORT_MAX_PASTE)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        first, last = cleaned.get("first_year"), cleaned.get("last_year")
        if first is None or last is None:
            table = plan_table(cleaned["text"])
            if table.base_year is None:
                raise forms.ValidationError(
                    _(
                        "The table has no header row with its years: enter the plan's first and "
                        "last year."
                    )
                )
            first = table.base_year + 1 if first is None else first
            last = table.end_year if last is None else last
        if first > last:
            self.add_error("last_year", _("The last year comes before the first."))
        cleaned["first_year"], cleaned["last_year"] = first, last
        return cleaned

    def import_arguments(self):
        """reports.importing.plan_table_import's text, plan and report."""
        data = self.cleaned_data
        return {
            "text": data["text"],
            "plan": (data["plan"], data["first_year"], data["last_year"]),
            "report": (data["report_title"], data["report_date"]),
        }

    def confirmed(self, store):
        """Store only what the preview showed: a form changed since is previewed again."""
        return store and self.cleaned_data["previewed"] == self.fingerprint()

    def fingerprint(self):
        """What the preview showed, so that a changed form is previewed again before storing."""
        data = self.cleaned_data
        fields = ("plan", "first_year", "last_year", "report_title", "report_date", "text")
        return hashlib.sha256(repr([data[f] for f in fields]).encode()).hexdigest()[:32]


class FiguresImportForm(forms.Form):
    """A Figures CSV to import on the site. Only its size is checked here; what it holds is
    checked row by row by the import task, which names each problem's row and column."""

    file = forms.FileField(label=_("Figures CSV"))
    dry_run = forms.BooleanField(
        label=_("Check only: report what would be stored, store nothing"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "UTF-8 (as Excel's “CSV UTF-8” saves it) or GB18030, with the header row of the "
            "Figures CSV; at most %(limit)s MB."
        ) % {"limit": settings.IMPORT_MAX_UPLOAD_BYTES // 2**20}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.IMPORT_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is %(size)s MB; the limit is %(limit)s MB."),
                params={"size": round(upload.size / 2**20, 1), "limit": limit // 2**20},
                code="max_size",
            )
        return upload
