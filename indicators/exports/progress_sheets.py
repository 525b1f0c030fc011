"""Progress against time (assessing.pacing's ProgressLines) as Sheets for CSV and XLSX.

People download translated headers, verdicts and target types; the `progress` command writes
SCRIPT_PROGRESS_COLUMNS with the plain codes so scripts can rely on them.
"""

from django.utils.translation import gettext as _

from indicators.exports.sheet_files import Sheet, Verdict
from indicators.exports.table_sheets import heading, source, text_of, value_of
from indicators.models.names import shown_name, shown_unit
from indicators.progress.goals import GOAL_TYPE_CHOICES
from indicators.progress.statuses import PROGRESS_STATUS_CHOICES

SCRIPT_PROGRESS_COLUMNS = [
    "indicator",
    "unit",
    "target",
    "target_type",
    "binding",
    "base",
    "latest",
    "progress",
    "time_progress",
    "status",
    "needed",
    "explanation",
]
GOAL_LABELS = dict(GOAL_TYPE_CHOICES)
STATUS_LABELS = dict(PROGRESS_STATUS_CHOICES)


def binding_text(line, *, labels):
    if labels:
        return _("binding") if line.binding else _("anticipatory")
    return "true" if line.binding else "false"


def progress_rows(lines):
    """The `progress` command's rows (SCRIPT_PROGRESS_COLUMNS): a contract, kept as it is."""
    for line in lines:
        progress = line.progress
        yield [
            "　" * line.indicator.depth + line.indicator.name,
            line.indicator.unit,
            line.target.value_text,
            progress.goal_type,
            binding_text(line, labels=False),
            line.base.value_text if line.base else None,
            progress.latest,
            progress.progress,
            progress.time_progress,
            progress.status,
            progress.needed,
            progress.explanation,
        ]


def people_progress_rows(lines, *, by_place):
    for line in lines:
        progress = line.progress
        status = STATUS_LABELS.get(progress.status, progress.status)
        yield [
            *[shown_name(line.target.jurisdiction)] * by_place,
            shown_name(line.indicator),
            line.indicator.depth + 1,
            shown_unit(line.indicator.unit),
            line.target.value_text,
            line.target.value,
            str(GOAL_LABELS.get(progress.goal_type, progress.goal_type)),
            binding_text(line, labels=True),
            text_of(line.base),
            value_of(line.base),
            progress.latest,
            progress.progress,
            progress.time_progress,
            Verdict(str(status), progress.status) if progress.status else None,
            progress.needed,
            progress.explanation,
            source(line.target),
        ]


def progress_sheet(lines, title, *, by_place=False):
    """The people's sheet; `by_place` starts each row with its jurisdiction (a comparison)."""
    headers = [
        _("Indicator"),
        _("Level"),
        _("Unit"),
        _("Target"),
        _("Target (number)"),
        _("Type of target"),
        _("Binding"),
        _("Base"),
        _("Base (number)"),
        _("Achieved"),
        _("Progress (%)"),
        _("Time progress (%)"),
        _("Verdict"),
        _("Still needed a year"),
        _("Explanation"),
        _("Source of the target"),
    ]
    return Sheet(
        title=title,
        headers=[_("Jurisdiction")] * by_place + headers,
        rows=people_progress_rows(lines, by_place=by_place),
        widths=[14] * by_place + [24, 6, 8, 16, 10, 12, 10, 12, 10, 10, 10, 10, 12, 10, 40, 50],
        heading=heading(title, [line.target for line in lines]),
    )


def script_progress_sheet(lines):
    return Sheet(
        title="progress",
        headers=SCRIPT_PROGRESS_COLUMNS,
        rows=progress_rows(lines),
    )
