"""Figures CSV downloads; large ones run as a Celery task with a progress page."""

import itertools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import (
    FileResponse,
    Http404,
    HttpResponseBadRequest,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators.exports.data_packages import data_package_response, figures_data_package
from indicators.exports.figures_csv import BOM
from indicators.exports.figures_csv_writing import FiguresCsv
from indicators.exports.figures_download import export_retry as export_retry_service
from indicators.exports.figures_download import export_start, figures_for
from indicators.exports.sdmx_csv import sdmx_csv_response
from indicators.models import Export, Figure, Jurisdiction
from indicators.permissions import read_view
from indicators.views.query import as_int

EXCHANGE_FORMATS = ("sdmx", "datapackage")


def requested_filters(request):
    filters = {}
    for name in ("jurisdiction", "within"):
        code = request.GET.get(name, "")
        if code:
            if not Jurisdiction.objects.filter(division_code=code).exists():
                raise Http404(_("No jurisdiction has the division code %(code)s.") % {"code": code})
            filters[name] = code
    years = [y for y in map(as_int, request.GET.getlist("year")) if y is not None]
    if years:
        filters["years"] = years
    if request.GET.get("kind") in Figure.Kind.values:
        filters["kind"] = request.GET["kind"]
    return filters


def export_filename(filters):
    parts = [filters.get("within") or filters.get("jurisdiction") or _("all")]
    names = dict(
        Jurisdiction.objects.filter(division_code=parts[0]).values_list("division_code", "name")
    )
    parts = [names.get(parts[0], parts[0]), *map(str, filters.get("years", []))]
    return "-".join([*parts, _("figures")]) + ".csv"


def exchange_download(figures, chosen, filename):
    """The figures as SDMX-CSV or a Data Package, made while the request waits: a selection
    too large for that is refused with what to do instead."""
    if figures.count() > settings.EXPORT_ASYNC_ROWS:
        return HttpResponseBadRequest(
            _("Too many figures for this format at once: choose a jurisdiction or a year."),
            content_type="text/plain; charset=utf-8",
        )
    stem = filename.removesuffix(".csv")
    if chosen == "sdmx":
        return sdmx_csv_response(figures.for_sdmx(), f"{stem}.sdmx.csv")
    package = figures_data_package(figures, name=stem, title=stem)
    return data_package_response(package, f"{stem}.datapackage.zip")


@read_view
def figures_export(request):
    """The Figures CSV of the figures the filters select, as the user may see them; with
    ?format=sdmx or ?format=datapackage, the same figures in those formats."""
    filters = requested_filters(request)
    figures = figures_for(filters, request.user)
    filename = export_filename(filters)
    if request.GET.get("format") in EXCHANGE_FORMATS:
        return exchange_download(figures, request.GET["format"], filename)
    if figures.count() > settings.EXPORT_ASYNC_ROWS:
        if not request.user.is_authenticated:
            return redirect(f"{settings.LOGIN_URL}?next={request.get_full_path()}")
        return redirect(
            "indicators:export",
            export_start(user=request.user, filters=filters, filename=filename).pk,
        )
    blocks = itertools.chain([BOM.encode()], FiguresCsv(figures))
    response = StreamingHttpResponse(blocks, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def own_export(request, pk):
    """The export, for its requester or an administrator; a 404 for anyone else."""
    export = get_object_or_404(Export, pk=pk)
    if not request.user.has_perm("indicators.view_export", export):
        raise Http404
    return export


@login_required
def export_detail(request, pk):
    export, now = own_export(request, pk), timezone.now()
    context = {"export": export, "status": export.shown_status(now), "failure": export.failure(now)}
    return render(request, "indicators/export.html", context)


@require_POST
@login_required
def export_retry(request, pk):
    export = own_export(request, pk)
    try:
        export_retry_service(export=export, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("indicators:export", export.pk)


@login_required
def export_status(request, pk):
    export, now = own_export(request, pk), timezone.now()
    return JsonResponse(
        {
            "status": export.shown_status(now),
            "percent": export.percent,
            "rows_done": export.rows_done,
            "rows_total": export.rows_total,
            "error": export.failure(now),
        }
    )


@login_required
def export_download(request, pk):
    export = own_export(request, pk)
    if export.status != Export.Status.DONE:
        raise Http404(_("This export is not ready."))
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.filename,
        content_type="text/csv; charset=utf-8",
    )
