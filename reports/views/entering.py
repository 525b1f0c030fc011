"""Entering a result in the app, from a gap-table row or an indicator's page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from indicators.models import Figure, Jurisdiction
from indicators.models.names import shown_name
from indicators.views.query import as_int
from reports.figure_forms import ResultForm
from reports.services import result_enter

PREFILLED = ("jurisdiction", "indicator", "year")


@login_required
def result_new(request):
    """The result form, prefilled from the query string; saved, back to the gap table."""
    if not request.user.has_perm("indicators.add_figure"):
        raise PermissionDenied
    asked = {name: as_int(request.GET.get(name)) for name in PREFILLED}
    asked["jurisdiction"] = asked["jurisdiction"] or first_assigned(request.user)
    place_may_be_written(request, request.POST.get("jurisdiction") or asked["jurisdiction"])
    initial = {**asked, "new_report_year": asked["year"]}
    form = ResultForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            figure = result_enter(figure=form.figure, report=form.report, user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, saved_message(figure))
            return redirect(*gaps_of(figure))
    return render(request, "reports/result_new.html", {"form": form})


def place_may_be_written(request, jurisdiction_id):
    """Refuse (403) a form for, or a post to, a jurisdiction the user may not write."""
    place = Jurisdiction.objects.filter(pk=as_int(str(jurisdiction_id or ""))).first()
    if place is not None and not request.user.has_perm("indicators.add_figure", place):
        raise PermissionDenied(_("You may not enter figures of %(place)s.") % {"place": place})


def first_assigned(user):
    """Where a form opened without a place starts (an indicator's page): the user's own."""
    return user.assignments.order_by("pk").values_list("jurisdiction_id", flat=True).first()


def saved_message(figure):
    if figure.review_status == Figure.Review.DRAFT:
        message = _(
            "Saved: %(indicator)s %(year)s, “%(value)s”. It is a draft and now awaits review."
        )
    else:
        message = _("Saved and published: %(indicator)s %(year)s, “%(value)s”.")
    return message % {
        "indicator": shown_name(figure.indicator),
        "year": figure.year,
        "value": figure.value_text,
    }


def gaps_of(figure):
    """Where the figure shows: its gap table, or its own page for a place without a code."""
    code = figure.jurisdiction.division_code
    if code:
        return ("indicators:gaps", code, figure.year)
    return ("indicators:figure", figure.pk)
