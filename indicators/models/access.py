"""Who may write where: analysts are assigned jurisdictions (and everything below them)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from indicators.models.places import Jurisdiction


class Assignment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, related_name="assignments", verbose_name=_("user")
    )
    jurisdiction = models.ForeignKey(
        Jurisdiction, models.CASCADE, related_name="assignments", verbose_name=_("jurisdiction")
    )
    can_review = models.BooleanField(
        _("may review"),
        default=False,
        help_text=_("May approve figures others entered for this jurisdiction and those below it."),
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(fields=["user", "jurisdiction"], name="assignment_unique"),
        ]

    def __str__(self):
        return f"{self.user} → {self.jurisdiction}"
