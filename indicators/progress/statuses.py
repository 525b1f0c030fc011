"""The verdicts of progress against time (序时进度) and their labels.

They are the categories mid-term evaluations of five-year plans use: 提前实现 (achieved), 快于预期
or 超序时进度 (ahead), 基本符合预期 or 符合序时进度 (on schedule), 滞后 (behind). A ceiling or a
floor held so far is on schedule. NEEDS_JUDGEMENT and UNPARSED share their codes with the
assessments of annual targets (`indicators.targets.statuses`).
"""

from django.utils.translation import gettext_lazy as _

from indicators.targets.statuses import NEEDS_JUDGEMENT, PENDING, UNPARSED

ACHIEVED = "achieved"
AHEAD = "ahead"
ON_SCHEDULE = "on_schedule"
BEHIND = "behind"
PROGRESS_STATUS_CHOICES = [
    (ACHIEVED, _("Achieved early")),
    (AHEAD, _("Ahead of schedule")),
    (ON_SCHEDULE, _("On schedule")),
    (BEHIND, _("Behind schedule")),
    (PENDING, _("Pending")),
    (NEEDS_JUDGEMENT, _("Needs judgement")),
    (UNPARSED, _("Unparsed")),
]
PROGRESS_STATUSES = frozenset(code for code, _label in PROGRESS_STATUS_CHOICES)

__all__ = [
    "ACHIEVED",
    "AHEAD",
    "BEHIND",
    "NEEDS_JUDGEMENT",
    "ON_SCHEDULE",
    "PENDING",
    "PROGRESS_STATUSES",
    "PROGRESS_STATUS_CHOICES",
    "UNPARSED",
]
