"""The one way plans are written: a jurisdiction's multi-year plans, whose targets are figures.

A plan's years frame its figures, so a change of years that would strand one is refused
(Plan.clean).
"""

from django.db import transaction

from indicators.assessing.refresh import assessments_refresh_figures
from indicators.models import Plan
from indicators.page_cache import places_changed, regions_changed
from indicators.services.figures import permission_check


@transaction.atomic
def plan_record(*, plan: Plan, user, reason: str | None = None) -> Plan:
    """Create or change a plan; its figures' verdicts are recomputed when its years change."""
    adding = plan.pk is None
    permission_check(user, f"indicators.{'add' if adding else 'change'}_plan", plan)
    plan.full_clean()
    plan._history_user, plan._change_reason = user, reason
    plan.save()
    if not adding:  # a new plan has no figures yet (an import creates hundreds)
        assessments_refresh_figures(plan.figures.all())
    places_changed(plan.jurisdiction)
    return plan


@transaction.atomic
def plan_delete(*, plan: Plan, user) -> None:
    """Delete a plan without figures (its figures protect it)."""
    permission_check(user, "indicators.delete_plan", plan)
    plan._history_user = user
    jurisdiction_id = plan.jurisdiction_id
    plan.delete()
    regions_changed({jurisdiction_id})
