from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from indicators.models import Figure, Indicator, Jurisdiction


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
