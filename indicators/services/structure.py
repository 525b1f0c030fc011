"""The one way jurisdictions and indicators change: the names and trees every page shows.

Each write ends by giving the structure a new cache version and, when it changes what verdicts
depend on — a jurisdiction's place in the tree (relative targets look up it), an indicator's
direction, tolerance or unit — by re-judging the figures concerned, in the same transaction.
"""

from django.db import transaction

from indicators.assessing.refresh import assessments_refresh_figures
from indicators.models import Figure, Indicator, Jurisdiction
from indicators.page_cache import structure_changed
from indicators.permissions import scope_grown
from indicators.services.figures import permission_check

# What stored verdicts depend on.
JURISDICTION_JUDGED_BY = ("parent_id", "level")
INDICATOR_JUDGED_BY = ("direction", "tolerance", "unit")


def changed_fields(obj, fields):
    """Which of `fields` differ from the stored row (none for a new object)."""
    if obj.pk is None:
        return set()
    stored = type(obj).objects.filter(pk=obj.pk).values(*fields).first() or {}
    return {name for name in stored if stored[name] != getattr(obj, name)}


def structure_save(obj, *, user, reason, permission=None):
    action = "change" if obj.pk else "add"
    permission_check(user, permission or f"indicators.{action}_{obj._meta.model_name}", obj)
    obj.full_clean()
    obj._history_user, obj._change_reason = user, reason
    obj.save()
    structure_changed()


@transaction.atomic
def jurisdiction_record(
    *, jurisdiction: Jurisdiction, user, reason: str | None = None, permission: str | None = None
) -> Jurisdiction:
    """Create or change a jurisdiction; moving it re-judges the relative targets below it.
    `permission` overrides the one asked (an import places a new district under a city with
    add_jurisdiction's rule)."""
    moved = changed_fields(jurisdiction, JURISDICTION_JUDGED_BY)
    structure_save(jurisdiction, user=user, reason=reason, permission=permission)
    if user is not None:
        scope_grown(user, jurisdiction)
    if moved:
        below = Jurisdiction.objects.descendant_ids([jurisdiction.pk])
        assessments_refresh_figures(Figure.objects.filter(jurisdiction_id__in=below))
    return jurisdiction


@transaction.atomic
def indicator_record(
    *, indicator: Indicator, user, reason: str | None = None, permission: str | None = None
) -> Indicator:
    """Create or change an indicator; a new direction, tolerance or unit re-judges its figures,
    and a new unit re-reads their numbers ("1.6 万人" is another number in 人 than in 万人)."""
    changed = changed_fields(indicator, INDICATOR_JUDGED_BY)
    structure_save(indicator, user=user, reason=reason, permission=permission)
    if "unit" in changed:
        figures = list(indicator.figures.select_related("indicator"))
        for figure in figures:
            figure.refresh_value()
        Figure.objects.bulk_update(figures, ["value"], batch_size=1000)
    if changed:
        assessments_refresh_figures(indicator.figures.all())
    return indicator


@transaction.atomic
def structure_delete(*, obj: Jurisdiction | Indicator, user) -> None:
    """Delete a jurisdiction or indicator without figures (figures protect what they use)."""
    permission_check(user, f"indicators.delete_{obj._meta.model_name}", obj)
    obj._history_user = user
    obj.delete()
    structure_changed()
