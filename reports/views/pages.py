from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from indicators.models import Figure
from indicators.permissions import read_view, sees_drafts
from reports.models import Report
from reports.uploads import content_type


@read_view
def report_detail(request, pk):
    report = get_object_or_404(Report.objects.select_related("jurisdiction"), pk=pk)
    figures = (
        Figure.objects.for_reader(drafts=sees_drafts(request.user))
        .for_listing()
        .filter(source_report=report)
        .order_by("year", "kind", "indicator__display_order", "indicator__name")
    )
    return render(request, "reports/report_detail.html", {"report": report, "figures": figures})


@read_view
def report_file(request, pk):
    """The original file, to those who may read the report; never from a public static URL."""
    report = get_object_or_404(Report, pk=pk)
    if not report.source_file:
        raise Http404
    name = report.source_file.name.rsplit("/", 1)[-1]
    return FileResponse(
        report.source_file.open("rb"),
        as_attachment=True,
        filename=name,
        content_type=content_type(name),
    )
