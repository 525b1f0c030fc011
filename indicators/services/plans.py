"""The one way plans are written: a jurisdiction's multi-year plans, whose targets are figures.

A plan's years frame its figures (a plan target is of its last year, a figure over several
years lies within the plan), so a change of years that would strand a figure is refused.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh_figures
from indicators.models import Figure, Plan
from indicators.page_cache import regions_changed
from indicators.services.figures import permission_check


def stranded_figures(plan):
    """The plan's figures its (new) years no longer hold."""
    return plan.figures.filter(
        Q(kind=Figure.Kind.PLAN_TARGET) & ~Q(year=plan.last_year)
        | Q(year__gt=plan.last_year)
        | Q(year__lt=plan.first_year)
    )


@transaction.atomic
def plan_record(*, plan: Plan, user, reason: str | None = None) -> Plan:
    """Create or change a plan; its figures' verdicts are recomputed when its years change."""
    permission_check(user, f"indicators.{'change' if plan.pk else 'add'}_plan", plan)
    plan.full_clean()
    if plan.pk and stranded_figures(plan).exists():
        raise ValidationError(
            {"last_year": _("Figures of this plan lie outside these years; move them first.")}
        )
    plan._history_user, plan._change_reason = user, reason
    plan.save()
    assessments_refresh_figures(plan.figures.all())
    regions_changed({plan.jurisdiction_id})
    return plan


@transaction.atomic
def plan_delete(*, plan: Plan, user) -> None:
    """Delete a plan without figures (its figures protect it)."""
    permission_check(user, "indicators.delete_plan", plan)
    plan._history_user = user
    jurisdiction_id = plan.jurisdiction_id
    plan.delete()
    regions_changed({jurisdiction_id})
