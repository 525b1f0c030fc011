"""What the API says of each thing, field by field, described in Chinese and English for the
schema (help texts translated, ?lang= on the schema)."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from indicators.exports.table_sheets import SCRIPT_GAP_COLUMNS, source
from indicators.models import Assessment, Figure, Indicator, Jurisdiction, Plan


class JurisdictionSerializer(serializers.ModelSerializer):
    code = serializers.CharField(
        source="division_code", help_text=_("GB/T 2260 division code, e.g. 350100.")
    )
    parent = serializers.CharField(
        source="parent.division_code",
        allow_null=True,
        default=None,
        help_text=_("Division code of the jurisdiction directly above; null at the top."),
    )

    class Meta:
        model = Jurisdiction
        fields = ["id", "code", "name", "name_en", "level", "parent"]


class IndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indicator
        fields = [
            "id",
            "name",
            "name_en",
            "unit",
            "category",
            "measure",
            "direction",
            "parent",
            "aliases",
            "in_annex",
            "display_order",
        ]


class ReportSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField(help_text=_("The report's title as printed."))
    date = serializers.CharField(
        source="date_text", help_text=_("When it was delivered, as precisely as known.")
    )


class FigureSerializer(serializers.ModelSerializer):
    jurisdiction = serializers.CharField(
        source="jurisdiction.division_code", help_text=_("Division code of the jurisdiction.")
    )
    jurisdiction_name = serializers.CharField(source="jurisdiction.name")
    indicator_name = serializers.CharField(source="indicator.name")
    indicator_name_en = serializers.CharField(source="indicator.name_en")
    unit = serializers.CharField(source="indicator.unit")
    value_text = serializers.CharField(
        help_text=_(
            "The value as the report writes it, qualifiers included (about 6.5, within 3.0, no lower than the provincial average)."
        )
    )
    value = serializers.DecimalField(
        max_digits=24,
        decimal_places=6,
        allow_null=True,
        help_text=_("The number read from it; null when it states none."),
    )
    report = ReportSerializer(source="source_report", allow_null=True)
    quote = serializers.CharField(
        source="source_quote", help_text=_("The sentence of the report the figure comes from.")
    )

    class Meta:
        model = Figure
        fields = [
            "id",
            "jurisdiction",
            "jurisdiction_name",
            "indicator",
            "indicator_name",
            "indicator_name_en",
            "unit",
            "year",
            "kind",
            "period",
            "value_text",
            "value",
            "flags",
            "plan",
            "review_status",
            "report",
            "quote",
        ]


class AssessmentSerializer(serializers.ModelSerializer):
    """One row of a gap table, as `export_gaps` writes it (the indicator's name without the
    indentation: `depth` says how deep it sits)."""

    jurisdiction = serializers.CharField(source="jurisdiction.division_code")
    jurisdiction_name = serializers.CharField(source="jurisdiction.name")
    indicator_name = serializers.CharField(source="indicator.name")
    indicator_name_en = serializers.CharField(source="indicator.name_en")
    depth = serializers.IntegerField(
        source="indicator.depth",
        help_text=_("0 for a main indicator, 1 for one listed under it, and so on."),
    )
    unit = serializers.CharField(source="indicator.unit")
    target = serializers.CharField(source="target.value_text", help_text=_("Target as written."))
    result = serializers.CharField(
        source="result.value_text",
        allow_null=True,
        default=None,
        help_text=_("Result as written; null when none is known yet."),
    )
    result_kind = serializers.CharField(source="result.kind", allow_null=True, default=None)
    status = serializers.CharField(
        source="shown_status",
        help_text=_("The verdict's status code; an analyst's judgement when one was recorded."),
    )
    explanation = serializers.CharField(
        help_text=_("Why, in the language asked for (Accept-Language or ?lang=).")
    )
    target_source = serializers.SerializerMethodField()
    result_source = serializers.SerializerMethodField()

    class Meta:
        model = Assessment
        # `export_gaps`' columns after its first (there the indented name, here the id).
        fields = [
            "id",
            "jurisdiction",
            "jurisdiction_name",
            "year",
            "indicator",
            "indicator_name",
            "indicator_name_en",
            "depth",
            *SCRIPT_GAP_COLUMNS[1:],
        ]

    def get_target_source(self, assessment) -> str:
        return source(assessment.target)

    def get_result_source(self, assessment) -> str:
        return source(assessment.result)


class PlanSerializer(serializers.ModelSerializer):
    jurisdiction = serializers.CharField(source="jurisdiction.division_code")
    jurisdiction_name = serializers.CharField(source="jurisdiction.name")
    base_year = serializers.IntegerField(read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "jurisdiction",
            "jurisdiction_name",
            "name",
            "name_en",
            "first_year",
            "last_year",
            "base_year",
        ]
