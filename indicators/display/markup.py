"""The HTML of a number, a status badge, a figure link and a grid cell, each written once.

Built in Python, not as template partials: a gap table or a national comparison has thousands of
cells, and a template include per cell was most of the page's time. Templates reach these
through the `figures` template tags. Texts are escaped with html.escape: the same five
characters as Django's escape, without its lazy-text wrapper.
"""

import html
from decimal import Decimal

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from indicators.expressions import STATUS_CHOICES
from indicators.progress.statuses import PROGRESS_STATUS_CHOICES

STATUS_LABELS = dict(STATUS_CHOICES)
PROGRESS_LABELS = dict(PROGRESS_STATUS_CHOICES)
STATUS_MARKS = {
    "exceeded": "▲",
    "met": "●",
    "missed": "▼",
    "within_control": "■",
    "pending": "…",
    "needs_reference": "?",
    "needs_judgement": "?",
    "judged": "✎",
    "unparsed": "!",
}


def plain_number(value):
    """A stored Decimal as a person writes it: 5.500000 → 5.5, 1.6E+4 → 16000; None → —."""
    if value is None:
        return "—"
    return format(Decimal(value).normalize(), "f")


def status_badge(status):
    """The verdict as text and colour (never colour alone)."""
    label = STATUS_LABELS.get(status) or STATUS_LABELS["unparsed"]
    return format_html(
        '<span class="status status-{}">{} {}</span>', status, STATUS_MARKS.get(status, "!"), label
    )


PROGRESS_MARKS = {
    "achieved": "★",
    "ahead": "▲",
    "on_schedule": "●",
    "behind": "▼",
    "pending": "…",
    "needs_judgement": "?",
    "unparsed": "!",
}


def progress_badge(status):
    """A verdict of progress against time as text and colour (never colour alone)."""
    label = PROGRESS_LABELS.get(status) or PROGRESS_LABELS["unparsed"]
    return format_html(
        '<span class="status progress-{}">{} {}</span>',
        status,
        PROGRESS_MARKS.get(status, "!"),
        label,
    )


def figure_prefix():
    """The figure pages' path without the number: reverse() for each of a thousand links is slow."""
    return reverse("indicators:figure", args=[0])[:-2]


def figure_link(figure, title, prefix, attributes=""):
    """The value as written, linking to the figure's page; `title` (escaped already) on hover."""
    return (
        f'<a href="{prefix}{int(figure.pk)}/"{attributes} title="{title}">'
        f"{html.escape(figure.value_text)}</a>"
    )


class CellHtml:
    """Renders grid cells (target → result, and the verdict); the words, kinds and badges they
    share are translated and escaped once per page."""

    def __init__(self):
        self.prefix = figure_prefix()
        self.target_word = html.escape(_("Target"))
        self.no_target = f'<span class="muted">{html.escape(_("no target"))}</span>'
        self.no_result = f'<span class="muted">{html.escape(_("no result"))}</span>'
        self.kinds, self.badges = {}, {}

    def __call__(self, cell):
        if cell.empty:
            return '<span class="muted">—</span>'
        target = self.link(cell.target, self.target_word) if cell.target else self.no_target
        if cell.result:
            kind = self.kinds.get(cell.result.kind)
            if kind is None:
                kind = self.kinds[cell.result.kind] = html.escape(cell.result.get_kind_display())
            result = self.link(cell.result, kind)
        else:
            result = self.no_result
        badge = ""
        if cell.status:
            if cell.status not in self.badges:
                self.badges[cell.status] = status_badge(cell.status)
            badge = "<br>" + self.badges[cell.status]
        return f'<span class="cell">{target} → {result}</span>{badge}'

    def link(self, figure, kind):
        """`kind` is escaped already."""
        return figure_link(figure, f"{kind}：{html.escape(figure.source_quote)}", self.prefix)
