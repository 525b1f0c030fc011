from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsTabularInline

from indicators.admin import PlanWatchAdmin, offered_in_scope
from indicators.forms import VersionedFigureForm
from indicators.models import Figure
from indicators.services.figures import figures_change
from reports.models import Report
from reports.services import report_delete, report_record

# Enough to check a report against its annex at a glance; all of them are a link away.
FIGURES_LISTED = 100
FIGURES_LISTED_ORDER = ["year", "indicator__display_order", "indicator__name", "kind"]


class ReportFiguresFormSet(BaseInlineFormSet):
    """A report's figures belong to the report's jurisdiction: set it before validation."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.instance.jurisdiction_id and not form.instance.jurisdiction_id:
            form.instance.jurisdiction_id = self.instance.jurisdiction_id
        return form


class FigureInline(ObjectPermissionsTabularInline):
    """New figures of the report. Its stored figures are no rows here: a city's report has
    hundreds, and an editable row each exceeds the fields Django accepts in one POST
    (DATA_UPLOAD_MAX_NUMBER_FIELDS), so the page could not be saved. They are listed read-only
    (ReportAdmin.figure_list), each linking to its own page."""

    model = Figure
    verbose_name_plural = _("New figures")
    form = VersionedFigureForm
    formset = ReportFiguresFormSet
    # Only new figures: no parsed value yet, and no review status (the model's default would
    # show a blank row as approved, 已审核; an analyst's entry becomes a draft).
    fields = ["indicator", "year", "kind", "value_text", "source_quote", "flags", "loaded_version"]
    autocomplete_fields = ["indicator"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).none()


@admin.register(Report)
class ReportAdmin(PlanWatchAdmin):
    list_display = [
        "title",
        "jurisdiction",
        "delivered_on",
        "review_year",
        "plan_year",
        "issuing_body",
    ]
    list_filter = ["jurisdiction__level", "review_year", "plan_year"]
    search_fields = ["title", "jurisdiction__name", "issuing_body", "meeting"]
    autocomplete_fields = ["jurisdiction"]
    list_select_related = ["jurisdiction"]
    readonly_fields = ["created_by", "created_at", "updated_at", "figure_list"]
    inlines = [FigureInline]

    @admin.display(description=_("Figures"))
    def figure_list(self, report):
        if report.pk is None:
            return "—"
        figures = report.figures.select_related("indicator").order_by(*FIGURES_LISTED_ORDER)
        context = {
            "figures": list(figures[:FIGURES_LISTED]),
            "count": report.figures.count(),
            "all_url": reverse("admin:indicators_figure_changelist")
            + f"?source_report__id__exact={report.pk}",
        }
        return render_to_string("reports/_admin_figures.html", context)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, offered_in_scope(request, queryset), search_term)

    def record(self, obj, user, reason):
        if obj.pk is None:
            obj.created_by = user
        report_record(report=obj, user=user, reason=reason)

    def remove(self, obj, user):
        report_delete(report=obj, user=user)

    def save_formset(self, request, form, formset, change):
        figures = formset.save(commit=False)
        for figure in figures:
            figure.jurisdiction_id = form.instance.jurisdiction_id
        figures_change(saved=figures, deleted=formset.deleted_objects, user=request.user)
        formset.save_m2m()
