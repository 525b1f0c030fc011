from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsModelAdminMixin
from simple_history.admin import SimpleHistoryAdmin

from indicators.display.markup import plain_number
from indicators.forms import JudgementForm, VersionedFigureForm
from indicators.models import (
    Assessment,
    Assignment,
    Figure,
    Indicator,
    Judgement,
    Jurisdiction,
    Plan,
)
from indicators.permissions import is_administrator, scope
from indicators.services.figures import figure_delete, figure_record, figures_change
from indicators.services.judgements import judgement_record, judgements_delete
from indicators.services.plans import plan_delete, plan_record
from indicators.services.structure import indicator_record, jurisdiction_record, structure_delete


class PlanWatchAdmin(ObjectPermissionsModelAdminMixin, SimpleHistoryAdmin):
    """Object-level permissions from indicators.permissions; history kept, restored by
    administrators. Every save and delete goes through the model's service (`record`,
    `remove`), which checks the permission again and re-judges what the change touches."""

    def record(self, obj, user, reason):
        raise NotImplementedError

    def remove(self, obj, user):
        raise NotImplementedError

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # The service refused what the form had passed: another request stored the same
            # row in between (a double submit). Back to the form, saying why.
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def has_change_history_permission(self, request, obj=None):
        return is_administrator(request.user)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST" and not is_administrator(request.user):
            raise PermissionDenied
        request.planwatch_revert = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        reason = getattr(form, "cleaned_data", {}).get("change_reason") or None
        self.record(obj, request.user, reason)

    def delete_model(self, request, obj):
        self.remove(obj, request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


def offered_in_scope(request, queryset):
    """Autocomplete offers an analyst only jurisdictions (and their reports) they may write.

    Choosing another one anyway (a forged request) is refused with 403 when the object is saved.
    """
    if is_administrator(request.user) or request.GET.get("field_name") not in (
        "jurisdiction",
        "source_report",
        "plan",
    ):
        return queryset
    if queryset.model is Jurisdiction:
        return queryset.filter(pk__in=scope(request.user))
    return queryset.filter(jurisdiction_id__in=scope(request.user))


@admin.register(Jurisdiction)
class JurisdictionAdmin(PlanWatchAdmin):
    list_display = ["name", "name_en", "level", "parent", "division_code"]
    list_filter = ["level"]
    search_fields = ["name", "name_en", "division_code"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]

    def record(self, obj, user, reason):
        jurisdiction_record(jurisdiction=obj, user=user, reason=reason)

    def remove(self, obj, user):
        structure_delete(obj=obj, user=user)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, offered_in_scope(request, queryset), search_term)


@admin.register(Indicator)
class IndicatorAdmin(PlanWatchAdmin):
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

    def record(self, obj, user, reason):
        indicator_record(indicator=obj, user=user, reason=reason)

    def remove(self, obj, user):
        structure_delete(obj=obj, user=user)


@admin.register(Plan)
class PlanAdmin(PlanWatchAdmin):
    list_display = ["name", "jurisdiction", "first_year", "last_year", "name_en"]
    list_filter = ["last_year", "jurisdiction__level"]
    search_fields = ["name", "name_en", "jurisdiction__name"]
    autocomplete_fields = ["jurisdiction"]
    list_select_related = ["jurisdiction"]

    def record(self, obj, user, reason):
        plan_record(plan=obj, user=user, reason=reason)

    def remove(self, obj, user):
        plan_delete(plan=obj, user=user)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, offered_in_scope(request, queryset), search_term)


@admin.register(Figure)
class FigureAdmin(PlanWatchAdmin):
    form = VersionedFigureForm
    list_display = [
        "jurisdiction",
        "indicator",
        "year",
        "kind",
        "value_text",
        "parsed_value",
        "review_status",
        "source_report",
        "entered_by",
    ]
    list_filter = ["review_status", "kind", "year", "jurisdiction__level", "indicator__category"]
    search_fields = ["jurisdiction__name", "indicator__name", "value_text", "source_quote"]
    autocomplete_fields = ["jurisdiction", "indicator", "source_report", "plan"]
    list_select_related = ["jurisdiction", "indicator", "source_report", "entered_by"]
    readonly_fields = [
        "parsed_value",
        "review_status",
        "reviewed_by",
        "reviewed_at",
        "review_comment",
        "entered_by",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "jurisdiction",
                    "indicator",
                    "year",
                    "kind",
                    ("value_text", "parsed_value"),
                ]
            },
        ),
        (_("Source"), {"fields": ["source_report", "source_quote", "flags"]}),
        (_("Plan and period"), {"fields": ["plan", "method", "period"]}),
        (
            _("Review"),
            {"fields": ["review_status", "reviewed_by", "reviewed_at", "review_comment"]},
        ),
        (
            _("Record"),
            {
                "fields": [
                    "entered_by",
                    "created_at",
                    "updated_at",
                    "change_reason",
                    "loaded_version",
                ]
            },
        ),
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            # A new figure has no review yet: its model default must not show it as approved
            # (已审核), nor a record of who entered it.
            return [*self.fieldsets[:3], (_("Record"), {"fields": ["change_reason"]})]
        return super().get_fieldsets(request, obj)

    @admin.display(description=_("parsed value"))
    def parsed_value(self, figure):
        """The number as a person writes it (5.3), not as stored (5.300000)."""
        return plain_number(figure.value)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.skip_version_check = getattr(request, "planwatch_revert", False)
        return form

    def record(self, obj, user, reason):
        figure_record(figure=obj, user=user, reason=reason)

    def remove(self, obj, user):
        figure_delete(figure=obj, user=user)

    def delete_queryset(self, request, queryset):
        figures_change(deleted=list(queryset), user=request.user)


@admin.register(Judgement)
class JudgementAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
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
        if not request.user.has_perm("indicators.add_judgement", obj):
            raise PermissionDenied
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
        judgements_delete(judgements=[obj], user=request.user)

    def delete_queryset(self, request, queryset):
        judgements_delete(judgements=queryset, user=request.user)


@admin.register(Assessment)
class AssessmentAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    list_display = ["jurisdiction", "indicator", "year", "status", "difference", "explanation"]
    list_filter = ["status", "year", "jurisdiction"]
    search_fields = ["jurisdiction__name", "indicator__name"]
    list_select_related = ["jurisdiction", "indicator"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Assignment)
class AssignmentAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    list_display = ["user", "jurisdiction", "can_review"]
    list_filter = ["can_review"]
    search_fields = ["user__username", "jurisdiction__name"]
    autocomplete_fields = ["jurisdiction"]
    list_select_related = ["user", "jurisdiction"]
