"""The read-only API under /api/v1/: thin views over the querysets and row builders the pages
and the management commands use, so a script reads what a person reads."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from api import examples, filters, serializers
from api.access import ReadOnlyViewMixin
from api.filters import JurisdictionField, YearField
from api.rows import comparison_data, progress_data
from indicators.assessing.pacing import as_of_of, plan_lines
from indicators.display.comparisons import across_jurisdictions
from indicators.exports.data_packages import (
    data_package_response,
    figures_data_package,
    gaps_data_package,
)
from indicators.exports.sdmx_csv import sdmx_csv_response
from indicators.models import Assessment, Figure, Indicator, Jurisdiction, Plan

# Every list takes these besides its filters; `format` is DRF's (?format=json|api).
COMMON_PARAMETERS = frozenset({"cursor", "page_size", "lang", "format"})
LANGUAGE = OpenApiParameter(
    "lang",
    str,
    enum=["zh-hans", "en"],
    description=_("Language of explanations and labels (default: Accept-Language, else zh-hans)."),
)


class ApiView(ReadOnlyViewMixin):
    """?lang= picks the language of explanations, as Accept-Language does. A parameter the
    view does not know (a typo: ?yaer=2023) is a 400, not every row as if it were a filter."""

    query_parameters = frozenset()

    def initial(self, request, *args, **kwargs):
        asked = request.query_params.get("lang")
        if asked in ("zh-hans", "en"):
            translation.activate(asked)
            request.LANGUAGE_CODE = asked
        super().initial(request, *args, **kwargs)
        known = COMMON_PARAMETERS | self.query_parameters
        if getattr(self, "filterset_class", None):
            known |= set(self.filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [
                        _("Unknown parameter; this address takes %(known)s.")
                        % {"known": ", ".join(sorted(known))}
                    ]
                    for name in unknown[:5]
                }
            )


class JurisdictionViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """Jurisdictions in their GB/T 2260 tree (`parent` is the code above)."""

    queryset = Jurisdiction.objects.select_related("parent")
    serializer_class = serializers.JurisdictionSerializer
    filterset_class = filters.JurisdictionSet
    lookup_field = "division_code"
    lookup_url_kwarg = "code"
    lookup_value_regex = "[0-9]{6}"


class IndicatorViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    queryset = Indicator.objects.all()
    serializer_class = serializers.IndicatorSerializer
    filterset_class = filters.IndicatorSet


@extend_schema(parameters=[LANGUAGE], examples=[examples.FIGURE])
class FigureViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """Figures as the reports state them, each with the sentence it came from. Drafts only
    for analysts and administrators (`review_status`), as on the pages. `sdmx/` and
    `datapackage/` give the same filtered figures as SDMX-CSV 2.0 or a Frictionless Data
    Package."""

    serializer_class = serializers.FigureSerializer
    filterset_class = filters.FigureSet

    def get_queryset(self):
        return Figure.objects.for_reader(drafts=self.drafts).select_related(
            "jurisdiction", "indicator", "source_report"
        )

    @extend_schema(responses={(200, "application/vnd.sdmx.data+csv"): OpenApiTypes.BINARY})
    @action(detail=False, pagination_class=None)
    def sdmx(self, request):
        figures = bounded(self.filter_queryset(self.get_queryset()))
        return sdmx_csv_response(figures.for_sdmx(), "planwatch-figures.sdmx.csv")

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    @action(detail=False, pagination_class=None)
    def datapackage(self, request):
        figures = bounded(self.filter_queryset(self.get_queryset()))
        package = figures_data_package(figures, name="planwatch-figures")
        return data_package_response(package, "planwatch-figures.datapackage.zip")


@extend_schema(parameters=[LANGUAGE], examples=[examples.ASSESSMENT])
class AssessmentViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """The gap table: each target with its result, the difference and the verdict, as
    `export_gaps` writes it. Verdicts are computed from published figures only."""

    serializer_class = serializers.AssessmentSerializer
    filterset_class = filters.AssessmentSet

    def get_queryset(self):
        return Assessment.objects.select_related(
            "jurisdiction",
            "indicator__parent__parent",
            "target__source_report",
            "result__source_report",
            "judgement",
        )

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    @action(detail=False, pagination_class=None)
    def datapackage(self, request):
        """One gap table (?jurisdiction= and ?year= required) as a Frictionless Data Package in
        `export_gaps`' columns."""
        jurisdiction, year = (
            self.request.query_params.get(name) for name in ("jurisdiction", "year")
        )
        if not jurisdiction or not year:
            raise exceptions.ValidationError(
                {
                    "jurisdiction": [
                        _("Give a jurisdiction and a year: a package holds one gap table.")
                    ]
                }
            )
        assessments = self.filter_queryset(self.get_queryset()).order_by(
            "indicator__display_order", "indicator__name", "indicator__unit"
        )
        place = JurisdictionField().clean(jurisdiction)
        year = YearField().clean(year)
        package = gaps_data_package(assessments, jurisdiction=place, year=year)
        code = place.division_code or place.pk
        return data_package_response(package, f"planwatch-gaps-{code}-{year}.datapackage.zip")


def bounded(figures):
    """A selection small enough to write while the request waits, else a 400 saying what to do."""
    if figures.count() > settings.EXPORT_ASYNC_ROWS:
        raise exceptions.ValidationError(
            {
                "within": [
                    _("Too many figures for this format at once: choose a jurisdiction or a year.")
                ]
            }
        )
    return figures


class PlanViewSet(ApiView, viewsets.ReadOnlyModelViewSet):
    """Multi-year plans (十四五规划纲要 2021–2025); `progress` gives each target's progress
    against time as the `progress` command writes it."""

    queryset = Plan.objects.select_related("jurisdiction")
    serializer_class = serializers.PlanSerializer
    filterset_class = filters.PlanSet

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "as_of",
                str,
                required=True,
                description=_("A year (2024) or a month (2024-03) within the plan's years."),
            ),
            LANGUAGE,
        ],
        responses={200: OpenApiTypes.OBJECT},
        examples=[examples.PROGRESS],
        filters=False,
    )
    @action(detail=True, pagination_class=None, filterset_class=None, query_parameters={"as_of"})
    def progress(self, request, pk=None):
        plan = get_object_or_404(self.get_queryset(), pk=pk)
        text = request.query_params.get("as_of", "").strip()
        try:
            as_of = as_of_of(text)
        except ValueError:
            as_of = None
        if as_of is None or not plan.first_year <= as_of.year <= plan.last_year:
            raise exceptions.ValidationError(
                {
                    "as_of": [
                        _("Give a year (2024) or a month (2024-03) within %(first)s–%(last)s.")
                        % {"first": plan.first_year, "last": plan.last_year}
                    ]
                }
            )
        lines = plan_lines([plan], as_of, drafts=self.drafts)[plan]
        return Response(progress_data(plan, as_of, lines))


class ComparisonView(ApiView, APIView):
    """One year side by side: a jurisdiction and those directly below it, or with no
    jurisdiction every province. Each cell: target, result and status."""

    query_parameters = frozenset({"year", "jurisdiction"})

    @extend_schema(
        parameters=[
            OpenApiParameter("year", int, required=True, description=_("The year compared.")),
            OpenApiParameter(
                "jurisdiction",
                str,
                description=_("Division code or name; leave out for all provinces."),
            ),
            LANGUAGE,
        ],
        responses={200: OpenApiTypes.OBJECT},
        examples=[examples.COMPARISON],
    )
    def get(self, request):
        errors, values = {}, {}
        for name, field in (
            ("year", YearField()),
            ("jurisdiction", JurisdictionField(required=False)),
        ):
            try:
                values[name] = field.clean(request.query_params.get(name, ""))
            except ValidationError as error:
                errors[name] = error.messages
        if errors:
            raise exceptions.ValidationError(errors)
        grid = across_jurisdictions(values["jurisdiction"], values["year"])
        return Response(comparison_data(values["jurisdiction"], values["year"], grid))
