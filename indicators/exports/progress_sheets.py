"""Progress against time (assessing.pacing's ProgressLines) as Sheets for CSV and XLSX.

People download translated headers, verdicts and target types; the `progress` command writes
SCRIPT_PROGRESS_COLUMNS with the plain codes so scripts can rely on them.
"""

from django.utils.translation import gettext as _

from indicators.exports.sheet_files import Sheet
from indicators.exports.table_sheets import source
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


def progress_rows(lines, *, labels):
    for line in lines:
        progress = line.progress
        yield [
            "　" * line.indicator.depth
            + (shown_name(line.indicator) if labels else line.indicator.name),
            shown_unit(line.indicator.unit) if labels else line.indicator.unit,
            line.target.value_text,
            str(GOAL_LABELS.get(progress.goal_type, progress.goal_type))
            if labels
            else progress.goal_type,
            binding_text(line, labels=labels),
            line.base.value_text if line.base else None,
            progress.latest,
            progress.progress,
            progress.time_progress,
            str(STATUS_LABELS.get(progress.status, progress.status)) if labels else progress.status,
            progress.needed,
            progress.explanation,
        ]


def progress_sheet(lines, title, *, by_place=False):
    """The people's sheet; `by_place` starts each row with its jurisdiction (a comparison)."""
    headers = [
        _("Indicator"),
        _("Unit"),
        _("Target"),
        _("Type of target"),
        _("Binding"),
        _("Base"),
        _("Achieved"),
        _("Progress (%)"),
        _("Time progress (%)"),
        _("Verdict"),
        _("Still needed a year"),
        _("Explanation"),
        _("Source of the target"),
    ]
    rows = (
        [shown_name(line.target.jurisdiction)] * by_place + [*row, source(line.target)]
        for row, line in zip(progress_rows(lines, labels=True), lines, strict=True)
    )
    return Sheet(
        title=title,
        headers=[_("Jurisdiction")] * by_place + headers,
        rows=rows,
        widths=[16] * by_place + [26, 8, 18, 14, 10, 10, 10, 10, 10, 12, 12, 60, 60],
    )


def script_progress_sheet(lines):
    return Sheet(
        title="progress",
        headers=SCRIPT_PROGRESS_COLUMNS,
        rows=progress_rows(lines, labels=False),
    )
