"""A report in (pasted or uploaded), its candidates extracted, reviewed, accepted."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.timezone import now
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from reports.forms import AcceptAboveForm, PasteForm, ReportNewForm
from reports.highlighting import highlighted
from reports.models import Candidate, Report
from reports.services import (
    candidate_accept,
    candidate_reject,
    candidates_accept_above,
    report_create,
    report_extract_start,
    report_paste,
)


@login_required
def report_new(request):
    if not request.user.has_perm("reports.add_report"):
        raise PermissionDenied
    form = ReportNewForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                report = report_create(
                    jurisdiction=data["jurisdiction"],
                    user=request.user,
                    text=data["text"],
                    upload=data["file"],
                    title=data["title"],
                    date_text=data["date_text"],
                    year=data["year"],
                )
                report_extract_start(report=report)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("reports:candidates", report.pk)
    return render(request, "reports/report_new.html", {"form": form})


def writable_report(request, pk):
    report = get_object_or_404(Report.objects.select_related("jurisdiction"), pk=pk)
    if not request.user.has_perm("reports.change_report", report):
        raise PermissionDenied
    return report


@login_required
def candidates(request, pk):
    report = writable_report(request, pk)
    listed = list(report.candidates.select_related("figure"))
    return render(
        request,
        "reports/candidates.html",
        {
            "report": report,
            "status": report.extraction_shown(now()),
            "failure": report.extraction_failure(now()),
            "candidates": listed,
            "segments": highlighted(report.text, listed),
            "paste_form": PasteForm(),
            "above_form": AcceptAboveForm(),
            "pending": sum(c.decision == Candidate.Decision.PENDING for c in listed),
        },
    )


@login_required
def extraction_status(request, pk):
    report = writable_report(request, pk)
    return JsonResponse(
        {"status": report.extraction_shown(now()), "candidates": report.candidates.count()}
    )


@require_POST
@login_required
def extract_again(request, pk):
    report = writable_report(request, pk)
    report_extract_start(report=report)
    return redirect("reports:candidates", report.pk)


@require_POST
@login_required
def candidate_decide(request, pk, candidate_pk):
    report = writable_report(request, pk)
    candidate = get_object_or_404(
        report.candidates.select_related("report__jurisdiction"), pk=candidate_pk
    )
    try:
        if request.POST.get("decision") == "reject":
            candidate_reject(candidate=candidate, user=request.user)
        else:
            candidate_accept(
                candidate=candidate, user=request.user, value_text=request.POST.get("value_text")
            )
    except ValidationError as error:
        messages.error(
            request,
            _("%(candidate)s: %(errors)s")
            % {"candidate": candidate, "errors": " ".join(error.messages)},
        )
    return redirect(reverse("reports:candidates", args=[report.pk]) + f"#candidate-{candidate.pk}")


@require_POST
@login_required
def accept_above(request, pk):
    report = writable_report(request, pk)
    form = AcceptAboveForm(request.POST)
    if form.is_valid():
        count = candidates_accept_above(
            report=report, user=request.user, confidence=form.cleaned_data["confidence"]
        )
        messages.success(request, _("%(count)s candidates accepted.") % {"count": count})
    return redirect("reports:candidates", report.pk)


@require_POST
@login_required
def paste(request, pk):
    report = writable_report(request, pk)
    form = PasteForm(request.POST)
    if not form.is_valid():
        too_long = form["text"].value() and form.errors.get("text")
        messages.error(request, " ".join(too_long) if too_long else _("Paste the table first."))
        return redirect("reports:candidates", report.pk)
    try:
        report_paste(report=report, user=request.user, text=form.cleaned_data["text"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("reports:candidates", report.pk)
