"""Analysts' verdicts where text alone cannot settle one: recorded and withdrawn."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh
from indicators.models import Assessment, Judgement
from indicators.services.figures import permission_check


@transaction.atomic
def judgement_record(
    *, jurisdiction, indicator, year: int, verdict: str, reason: str, user
) -> Judgement:
    """Record an analyst's verdict on the current target and result of one key, with the reason."""
    assessment = (
        Assessment.objects.select_related("target", "result")
        .filter(jurisdiction=jurisdiction, indicator=indicator, year=year)
        .first()
    )
    if assessment is None:
        raise ValidationError(
            _("There is no target to judge for this jurisdiction, indicator and year.")
        )
    judgement = Judgement.objects.filter(
        jurisdiction=jurisdiction, indicator=indicator, year=year
    ).first()
    judgement = judgement or Judgement(jurisdiction=jurisdiction, indicator=indicator, year=year)
    judgement.verdict, judgement.reason, judgement.judged_by = verdict, reason.strip(), user
    judgement.target_text = assessment.target.value_text
    judgement.result_text = assessment.result.value_text if assessment.result else ""
    permission_check(user, "indicators.add_judgement", judgement)
    judgement.full_clean()
    judgement.save()
    assessments_refresh({judgement.assessment_key})
    return judgement


@transaction.atomic
def judgements_delete(*, judgements, user) -> None:
    """Withdraw judgements: their keys go back to the verdict the texts give."""
    judgements = list(judgements)
    for judgement in judgements:
        permission_check(user, "indicators.delete_judgement", judgement)
    keys = {judgement.assessment_key for judgement in judgements}
    for judgement in judgements:
        judgement.delete()
    assessments_refresh(keys)
