from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from indicators.history import figure_changes
from indicators.models import Figure, Indicator, Jurisdiction
from indicators.permissions import read_view
from indicators.views.query import as_int


@read_view
def jurisdiction_list(request):
    # Reports are reached through the jurisdictions' reverse relation: indicators never imports reports.
    jurisdictions = (
        Jurisdiction.objects.select_related("parent")
        .annotate(figure_count=Count("figures"))
        .prefetch_related("reports")
    )
    return render(
        request,
        "indicators/jurisdiction_list.html",
        {
            "jurisdictions": jurisdictions,
            "indicator_count": Indicator.objects.count(),
            "years": Figure.objects.published()
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct(),
        },
    )


@read_view
def jurisdiction_detail(request, code):
    jurisdiction = get_object_or_404(
        Jurisdiction.objects.select_related("parent"), division_code=code
    )
    visible = Figure.objects.visible_to(request.user).filter(jurisdiction=jurisdiction)
    years = list(visible.order_by("-year").values_list("year", flat=True).distinct())
    year = as_int(request.GET.get("year"))
    figures = visible.for_listing().order_by(
        "-year", "indicator__display_order", "indicator__name", "kind"
    )
    context = {
        "jurisdiction": jurisdiction,
        "years": years,
        "year": year,
        "target_years": set(
            visible.filter(kind=Figure.Kind.TARGET)
            .order_by()
            .values_list("year", flat=True)
            .distinct()
        ),
        "figures": figures.filter(year=year) if year else figures,
        "children": jurisdiction.children.all(),
        "reports": jurisdiction.reports.all(),
    }
    return render(request, "indicators/jurisdiction_detail.html", context)


@read_view
def indicator_list(request):
    indicators = Indicator.objects.select_related("parent").annotate(figure_count=Count("figures"))
    return render(request, "indicators/indicator_list.html", {"indicators": indicators})


@read_view
def indicator_detail(request, pk):
    indicator = get_object_or_404(Indicator.objects.select_related("parent"), pk=pk)
    figures = (
        Figure.objects.visible_to(request.user)
        .for_listing()
        .filter(indicator=indicator)
        .order_by("jurisdiction__division_code", "jurisdiction__name", "-year", "kind")
    )
    return render(
        request,
        "indicators/indicator_detail.html",
        {"indicator": indicator, "figures": figures, "children": indicator.children.all()},
    )


@read_view
def figure_detail(request, pk):
    figure = get_object_or_404(
        Figure.objects.visible_to(request.user).select_related(
            "jurisdiction", "indicator", "source_report", "entered_by", "reviewed_by"
        ),
        pk=pk,
    )
    return render(
        request,
        "indicators/figure_detail.html",
        {
            "figure": figure,
            "changes": figure_changes(figure),
            "can_review": request.user.has_perm("indicators.review_figure", figure),
        },
    )
