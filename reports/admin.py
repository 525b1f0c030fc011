from django.contrib import admin
from django.forms.models import BaseInlineFormSet

from indicators.models import Figure
from reports.models import Report


class ReportFiguresFormSet(BaseInlineFormSet):
    """A report's figures belong to the report's jurisdiction: set it before validation."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.instance.jurisdiction_id and not form.instance.jurisdiction_id:
            form.instance.jurisdiction_id = self.instance.jurisdiction_id
        return form


class FigureInline(admin.TabularInline):
    model = Figure
    formset = ReportFiguresFormSet
    fields = ["indicator", "year", "kind", "value_text", "value", "source_quote", "flags"]
    readonly_fields = ["value"]
    autocomplete_fields = ["indicator"]
    extra = 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("indicator", "jurisdiction")


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
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
    readonly_fields = ["created_by", "created_at", "updated_at"]
    inlines = [FigureInline]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        figures = formset.save(commit=False)
        for figure in figures:
            figure.jurisdiction_id = form.instance.jurisdiction_id
            if figure.entered_by_id is None:
                figure.entered_by = request.user
            figure.save()
        for figure in formset.deleted_objects:
            figure.delete()
        formset.save_m2m()
