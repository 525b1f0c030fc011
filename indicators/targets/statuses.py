"""The verdicts an assessment can carry: their stored codes and their labels."""

from django.utils.translation import gettext_lazy as _

from indicators.targets.language import UNPARSED

# JUDGED is stored by an analyst; assess() never returns it. UNPARSED is also a kind of expression.
EXCEEDED = "exceeded"
MET = "met"
MISSED = "missed"
WITHIN_CONTROL = "within_control"
PENDING = "pending"
NEEDS_REFERENCE = "needs_reference"
NEEDS_JUDGEMENT = "needs_judgement"
JUDGED = "judged"
STATUS_CHOICES = [
    (EXCEEDED, _("Exceeded")),
    (MET, _("Met")),
    (MISSED, _("Missed")),
    (WITHIN_CONTROL, _("Within control")),
    (PENDING, _("Pending")),
    (NEEDS_REFERENCE, _("Needs reference")),
    (NEEDS_JUDGEMENT, _("Needs judgement")),
    (UNPARSED, _("Unparsed")),
    (JUDGED, _("Judged")),
]
STATUSES = frozenset(code for code, _name in STATUS_CHOICES)
