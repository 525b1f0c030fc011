"""The verdicts of progress against time (序时进度) and their labels.

They are the categories mid-term evaluations of five-year plans use: 提前实现 (achieved), 快于预期
or 超序时进度 (ahead), 基本符合预期 or 符合序时进度 (on schedule), 滞后 (behind). A ceiling or a
floor held so far is on schedule. NEEDS_JUDGEMENT and UNPARSED share their codes with the
assessments of annual targets (`indicators.targets.statuses`).
"""

import re

from django.utils.translation import gettext_lazy as _

from indicators.targets import statuses as assessed
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

# An annual target that asks for a plan's pace — 「完成省下达的"十四五"能耗强度序时进度」 — is
# judged by the plan target's progress at the end of that year: ahead of the pace exceeds
# it, on it meets it, behind misses it.
_PACE_TARGET = re.compile(r"序时进度|时间进度|进度要求")
_ASSESSMENT_OF_PACE = {
    ACHIEVED: assessed.EXCEEDED,
    AHEAD: assessed.EXCEEDED,
    ON_SCHEDULE: assessed.MET,
    BEHIND: assessed.MISSED,
    PENDING: assessed.PENDING,
}


def asks_for_plan_pace(target_text):
    """An annual target that is met by keeping to a plan's pace (序时进度)."""
    return isinstance(target_text, str) and _PACE_TARGET.search(target_text) is not None


def assessment_of_pace(progress_status):
    """The annual assessment status (`indicators.targets.statuses`) of a pace target."""
    return _ASSESSMENT_OF_PACE.get(progress_status, assessed.NEEDS_JUDGEMENT)


def is_early_warning(progress_status, *, binding):
    """A binding (约束性) target behind schedule is an early warning (预警)."""
    return binding and progress_status == BEHIND


__all__ = [
    "ACHIEVED",
    "asks_for_plan_pace",
    "assessment_of_pace",
    "is_early_warning",
    "AHEAD",
    "BEHIND",
    "NEEDS_JUDGEMENT",
    "ON_SCHEDULE",
    "PENDING",
    "PROGRESS_STATUSES",
    "PROGRESS_STATUS_CHOICES",
    "UNPARSED",
]
