from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from indicators.models import Figure
from reports.models import Report


@login_required
def report_detail(request, pk):
    report = get_object_or_404(Report.objects.select_related("jurisdiction"), pk=pk)
    figures = (
        Figure.objects.for_listing()
        .filter(source_report=report)
        .order_by("year", "kind", "indicator__display_order", "indicator__name")
    )
    return render(request, "reports/report_detail.html", {"report": report, "figures": figures})
