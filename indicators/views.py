from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from indicators.models import Assessment, Figure, Indicator, Jurisdiction


@login_required
def home(request):
    # Reports are reached through the jurisdictions' reverse relation: indicators never imports reports.
    jurisdictions = (
        Jurisdiction.objects.select_related("parent")
        .annotate(figure_count=Count("figures"))
        .prefetch_related("reports")
    )
    return render(
        request,
        "indicators/home.html",
        {
            "jurisdictions": jurisdictions,
            "indicator_count": Indicator.objects.count(),
        },
    )


@login_required
def jurisdiction_detail(request, code):
    jurisdiction = get_object_or_404(
        Jurisdiction.objects.select_related("parent"), division_code=code
    )
    years = sorted(set(jurisdiction.figures.values_list("year", flat=True)), reverse=True)
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    figures = Figure.objects.for_listing().filter(jurisdiction=jurisdiction)
    assessments = Assessment.objects.for_listing().filter(jurisdiction=jurisdiction)
    if year:
        figures, assessments = figures.filter(year=year), assessments.filter(year=year)
    context = {
        "jurisdiction": jurisdiction,
        "years": years,
        "year": year,
        "figures": figures.order_by("-year", "indicator__display_order", "indicator__name", "kind"),
        "assessments": assessments,
        "children": jurisdiction.children.all(),
        "reports": jurisdiction.reports.all(),
    }
    return render(request, "indicators/jurisdiction_detail.html", context)


@login_required
def indicator_list(request):
    indicators = Indicator.objects.select_related("parent").annotate(figure_count=Count("figures"))
    return render(request, "indicators/indicator_list.html", {"indicators": indicators})
