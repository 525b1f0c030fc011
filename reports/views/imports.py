"""A Figures CSV imported on the site: the upload form, the job's page with its progress bar,
the JSON the bar polls, and a retry for a failed job."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from reports.forms import FiguresImportForm
from reports.import_jobs import import_job_retry, import_job_start
from reports.models import ImportJob

RECENT = 10  # the user's own jobs listed under the form


@login_required
def import_new(request):
    if not request.user.has_perm("reports.add_importjob"):
        raise PermissionDenied
    posted = request.method == "POST"
    form = FiguresImportForm(request.POST, request.FILES) if posted else FiguresImportForm()
    if posted and form.is_valid():
        upload = form.cleaned_data["file"]
        job = import_job_start(
            user=request.user,
            filename=upload.name,
            data=upload.read(),
            dry_run=form.cleaned_data["dry_run"],
            language=get_language(),
        )
        return redirect("reports:import_job", job.pk)
    jobs = ImportJob.objects.without_data().filter(requested_by=request.user)[:RECENT]
    return render(request, "reports/import_new.html", {"form": form, "jobs": jobs})


def own_job(request, pk):
    """The job, for its requester or an administrator; a 404 for anyone else (as an export)."""
    job = get_object_or_404(ImportJob.objects.without_data(), pk=pk)
    if not request.user.has_perm("reports.view_importjob", job):
        raise Http404
    return job


@login_required
def import_job(request, pk):
    job = own_job(request, pk)
    now = timezone.now()
    context = {"job": job, "status": job.shown_status(now), "failure": job.failure(now)}
    return render(request, "reports/import_job.html", context)


@login_required
def import_status(request, pk):
    job = own_job(request, pk)
    now = timezone.now()
    return JsonResponse(
        {
            "status": job.shown_status(now),
            "phase": job.phase,
            "label": render_to_string("reports/_import_phase.html", {"job": job}).strip(),
            "percent": job.percent,
            "rows_done": job.rows_done,
            "rows_total": job.rows_total,
            "error": job.failure(now),
        }
    )


@require_POST
@login_required
def import_retry(request, pk):
    job = own_job(request, pk)
    try:
        import_job_retry(job=job, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("reports:import_job", job.pk)
