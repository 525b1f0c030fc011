from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from indicators.assessment import assessments_deferred, assessments_invalidate
from indicators.forms import JudgementForm
from indicators.models import Assessment, Figure, Indicator, Judgement, Jurisdiction
from indicators.services import judgement_record


@admin.register(Jurisdiction)
class JurisdictionAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "level", "parent", "division_code"]
    list_filter = ["level"]
    search_fields = ["name", "name_en", "division_code"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "unit",
        "name_en",
        "measure",
        "direction",
        "category",
        "parent",
        "display_order",
    ]
    list_filter = ["category", "measure", "direction", "unit"]
    search_fields = ["name", "name_en", "unit"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = [
        "jurisdiction",
        "indicator",
        "year",
        "kind",
        "value_text",
        "value",
        "source_report",
        "entered_by",
    ]
    list_filter = ["kind", "year", "jurisdiction__level", "indicator__category"]
    search_fields = ["jurisdiction__name", "indicator__name", "value_text", "source_quote"]
    autocomplete_fields = ["jurisdiction", "indicator", "source_report"]
    list_select_related = ["jurisdiction", "indicator", "source_report", "entered_by"]
    readonly_fields = ["value", "entered_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["jurisdiction", "indicator", "year", "kind", ("value_text", "value")]}),
        (_("Source"), {"fields": ["source_report", "source_quote", "flags"]}),
        (_("Record"), {"fields": ["entered_by", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.entered_by = request.user
        super().save_model(request, obj, form, change)

    def delete_queryset(self, request, queryset):
        with assessments_deferred():
            for figure in queryset:
                figure.delete()


@admin.register(Judgement)
class JudgementAdmin(admin.ModelAdmin):
    form = JudgementForm
    list_display = [
        "jurisdiction",
        "indicator",
        "year",
        "verdict",
        "target_text",
        "result_text",
        "judged_by",
        "judged_at",
    ]
    list_filter = ["verdict", "year"]
    search_fields = ["jurisdiction__name", "indicator__name", "reason"]
    autocomplete_fields = ["jurisdiction", "indicator"]
    readonly_fields = ["target_text", "result_text", "judged_by", "judged_at"]
    list_select_related = ["jurisdiction", "indicator", "judged_by"]

    def save_model(self, request, obj, form, change):
        judgement = judgement_record(
            jurisdiction=obj.jurisdiction,
            indicator=obj.indicator,
            year=obj.year,
            verdict=obj.verdict,
            reason=obj.reason,
            user=request.user,
        )
        obj.pk = judgement.pk

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        assessments_invalidate({obj.assessment_key})


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["jurisdiction", "indicator", "year", "status", "difference", "explanation"]
    list_filter = ["status", "year", "jurisdiction"]
    search_fields = ["jurisdiction__name", "indicator__name"]
    list_select_related = ["jurisdiction", "indicator"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
