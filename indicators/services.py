"""Writes that touch several models."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from indicators.assessing.refresh import assessments_refresh
from indicators.models import Assessment, Figure, Judgement


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
    judgement.full_clean()
    judgement.save()
    assessments_refresh({judgement.assessment_key})
    return judgement


def _reviewable(figure, user):
    if not user.has_perm("indicators.review_figure", figure):
        raise PermissionDenied(_("You may not review this figure."))


@transaction.atomic
def figure_approve(*, figure: Figure, user, expected_version: int | None = None) -> Figure:
    """Publish a draft: it now counts in verdicts and is shown to officials."""
    figure = Figure.objects.select_for_update().select_related("indicator").get(pk=figure.pk)
    _reviewable(figure, user)
    if expected_version is not None and figure.version != expected_version:
        raise ValidationError(
            _("The figure changed while you were reviewing it; look at it again.")
        )
    figure.review_status, figure.reviewed_by, figure.reviewed_at = (
        Figure.Review.APPROVED,
        user,
        timezone.now(),
    )
    figure.review_comment = ""
    figure._history_user = user
    figure._change_reason = "approved"
    figure.save()
    return figure


@transaction.atomic
def figure_return(*, figure: Figure, user, comment: str) -> Figure:
    """Send a draft back to the analyst who entered it, saying what to fix."""
    figure = Figure.objects.select_for_update().select_related("indicator").get(pk=figure.pk)
    _reviewable(figure, user)
    if not comment.strip():
        raise ValidationError(_("Say what needs fixing when returning a figure."))
    figure.review_status, figure.reviewed_by, figure.reviewed_at = (
        Figure.Review.RETURNED,
        user,
        timezone.now(),
    )
    figure.review_comment = comment.strip()
    figure._history_user = user
    figure._change_reason = "returned"
    figure.save()
    return figure
