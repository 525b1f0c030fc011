"""A plan's main-indicator table pasted: previewed, then stored all-or-nothing as its figures."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from indicators.models import Jurisdiction, Plan
from reports.forms import PlanTableForm
from reports.importing import plan_table_import


def writable_jurisdiction(request, pk):
    """The jurisdiction, when the user may record its plans and write its figures."""
    jurisdiction = get_object_or_404(Jurisdiction.objects.select_related("parent"), pk=pk)
    user = request.user
    if not (
        user.has_perm("indicators.add_plan", Plan(jurisdiction=jurisdiction))
        and user.has_perm("indicators.add_figure", jurisdiction)
    ):
        raise PermissionDenied
    return jurisdiction


@login_required
def plan_paste(request, pk):
    jurisdiction = writable_jurisdiction(request, pk)
    form = PlanTableForm(request.POST or None, initial=initial_of(jurisdiction, request.GET))
    pasted = None
    if request.method == "POST" and form.is_valid():
        pasted = plan_table_import(
            jurisdiction=jurisdiction,
            user=request.user,
            dry_run=not form.confirmed("store" in request.POST),
            **form.import_arguments(),
        )
        if pasted.result.stored:
            return stored(request, jurisdiction, form.cleaned_data["plan"], pasted.result)
    return render(
        request,
        "reports/plan_paste.html",
        {"jurisdiction": jurisdiction, "form": form, "pasted": pasted, **preview_of(form, pasted)},
    )


def stored(request, jurisdiction, name, result):
    plan = Plan.objects.select_related("jurisdiction").get(jurisdiction=jurisdiction, name=name)
    count = result.figures_created + result.figures_updated
    messages.success(
        request, _("%(count)s figures of %(plan)s stored.") % {"count": count, "plan": plan}
    )
    return redirect(plan_page(plan))


def initial_of(jurisdiction, query):
    """The source report's title and date, when the form is opened from the report's page."""
    pk = query.get("report", "")
    report = None
    if pk.isascii() and pk.isdigit() and len(pk) < 10:  # a hand-edited link is no error
        report = jurisdiction.reports.filter(pk=int(pk)).first()
    if report is None:
        return {}
    return {"report_title": report.title, "report_date": report.date_text}


def preview_of(form, pasted):
    """What the preview shows: the rows, the problems by line, and whether it may be stored."""
    if pasted is None:
        return {}
    errors = sorted(pasted.result.errors, key=lambda error: error.row)
    form.data = form.data.copy()
    form.data["previewed"] = form.fingerprint()
    return {"rows": pasted.rows, "problems": errors, "storable": bool(pasted.rows) and not errors}


def plan_page(plan):
    return reverse("indicators:plan", args=[plan.pk])
