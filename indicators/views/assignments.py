"""Administrators assign analysts to jurisdictions (and the right to review there)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from indicators.forms import AssignmentForm
from indicators.models import Assignment


def administrator_only(request, permission):
    if not request.user.has_perm(f"indicators.{permission}_assignment"):
        raise PermissionDenied


@login_required
def assignment_list(request):
    administrator_only(request, "view" if request.method == "GET" else "add")
    form = AssignmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        assignment = Assignment(
            user=data["username"], jurisdiction=data["jurisdiction"], can_review=data["can_review"]
        )
        try:
            assignment.full_clean()
        except ValidationError as error:  # assigned by someone else since the form was checked
            form.add_error(None, error)
        else:
            assignment.save()
            messages.success(request, _("Assigned: %(assignment)s") % {"assignment": assignment})
            return redirect("indicators:assignments")
    assignments = Assignment.objects.select_related("user", "jurisdiction").order_by(
        "user__username", "jurisdiction__division_code", "jurisdiction__name"
    )
    return render(
        request, "indicators/assignments.html", {"form": form, "assignments": assignments}
    )


@require_POST
@login_required
def assignment_remove(request, pk):
    administrator_only(request, "delete")
    assignment = get_object_or_404(Assignment.objects.select_related("user", "jurisdiction"), pk=pk)
    assignment.delete()
    messages.success(request, _("Removed: %(assignment)s") % {"assignment": assignment})
    return redirect("indicators:assignments")
