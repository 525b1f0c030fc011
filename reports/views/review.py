from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators.models import Figure
from indicators.permissions import figures_to_review
from indicators.services.figures import figure_approve, figure_return
from indicators.views.query import as_int


@login_required
def review_list(request):
    """Drafts and returned figures the user may review, each with the value it would replace."""
    figures = (
        figures_to_review(request.user)
        .for_listing()
        .with_replaced()
        .select_related("entered_by")
        .order_by("jurisdiction__name", "year", "indicator__display_order")
    )
    return render(request, "reports/review.html", {"figures": figures})


@require_POST
@login_required
def review_approve(request, pk):
    figure = get_object_or_404(Figure, pk=pk)
    try:
        figure_approve(figure=figure, user=request.user, expected_version=_version(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Approved: %(figure)s") % {"figure": figure})
    return redirect("reports:review")


@require_POST
@login_required
def review_return(request, pk):
    figure = get_object_or_404(Figure, pk=pk)
    try:
        figure_return(figure=figure, user=request.user, comment=request.POST.get("comment", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Returned: %(figure)s") % {"figure": figure})
    return redirect("reports:review")


def _version(request):
    value = request.POST.get("version", "")
    return as_int(value)
