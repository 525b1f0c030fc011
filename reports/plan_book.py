"""The plans an import's rows name: found by jurisdiction and name, or recorded from the row's
plan years the first time a plan appears."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from indicators.models import Plan
from indicators.services.plans import plan_record
from reports.columns import validated

NAMES_PER_QUERY = 2_000


class PlanBook:
    """The stored plans of the names a file gives, read once: {(jurisdiction id, name): Plan}."""

    def __init__(self, resolver, names):
        self.resolver = resolver  # its user, its permission check, its result
        self.plans = {}
        names = sorted(set(names) - {"", None})
        for start in range(0, len(names), NAMES_PER_QUERY):
            named = Plan.objects.filter(name__in=names[start : start + NAMES_PER_QUERY])
            for plan in named.order_by("pk"):
                self.plans.setdefault((plan.jurisdiction_id, plan.name), plan)

    def named(self, row, jurisdiction):
        """The plan the row names (None when it names none), its years checked against the row's."""
        if not row.plan:
            return None
        plan = self.plans.get((jurisdiction.pk, row.plan)) or self.create(row, jurisdiction)
        given = (row.plan_start or plan.first_year, row.plan_end or plan.last_year)
        if given != (plan.first_year, plan.last_year):
            raise ValidationError(
                {
                    "plan_start": _("%(plan)s of %(name)s runs %(first)s–%(last)s.")
                    % {
                        "plan": plan.name,
                        "name": jurisdiction.name,
                        "first": plan.first_year,
                        "last": plan.last_year,
                    }
                }
            )
        return plan

    def create(self, row, jurisdiction):
        if row.plan_start is None or row.plan_end is None:
            raise ValidationError(
                {
                    "plan": _(
                        "%(plan)s is not a plan of %(name)s: give plan_start and plan_end to "
                        "record it."
                    )
                    % {"plan": row.plan, "name": jurisdiction.name}
                }
            )
        plan = Plan(
            jurisdiction=jurisdiction,
            name=row.plan,
            first_year=row.plan_start,
            last_year=row.plan_end,
        )
        self.resolver.allowed(
            "indicators.add_plan",
            plan,
            "plan",
            _("You may not add plans of %(name)s.") % {"name": jurisdiction.name},
        )
        validated(plan)
        self.resolver.writing()
        plan_record(plan=plan, user=self.resolver.user)
        self.plans[(jurisdiction.pk, row.plan)] = plan
        self.resolver.result.created_plans.append(row.plan)
        return plan
