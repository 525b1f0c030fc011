from decimal import Decimal

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from indicators.expressions import STATUS_CHOICES

register = template.Library()


@register.filter
def plain_number(value):
    """A stored Decimal as a person writes it: 5.500000 → 5.5, 1.6E+4 → 16000; None → —."""
    if value is None:
        return "—"
    return format(Decimal(value).normalize(), "f")


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


@register.simple_tag
def status_badge(status):
    """The verdict as text and colour (never colour alone); the same as _status_badge.html."""
    labels = dict(STATUS_CHOICES)
    label = labels.get(status) or labels["unparsed"]
    return format_html(
        '<span class="status status-{}">{} {}</span>', status, STATUS_MARKS.get(status, "!"), label
    )


@register.simple_tag(takes_context=True)
def grid_cell(context, cell):
    """target → result and the verdict for one grid cell, rendered in Python: a grid has
    thousands of them, and an include per cell is the slowest part of the page."""
    if cell.empty:
        return mark_safe('<span class="muted">—</span>')
    prefix = context.get("_figure_url_prefix")
    if prefix is None:
        prefix = context["_figure_url_prefix"] = reverse("indicators:figure", args=[0])[:-2]
    target = (
        _figure_link(prefix, cell.target, _("Target"))
        if cell.target
        else format_html('<span class="muted">{}</span>', _("no target"))
    )
    result = (
        _figure_link(prefix, cell.result, cell.result.get_kind_display())
        if cell.result
        else format_html('<span class="muted">{}</span>', _("no result"))
    )
    badge = format_html("<br>{}", status_badge(cell.status)) if cell.status else ""
    return format_html('<span class="cell">{} → {}</span>{}', target, result, badge)


def _figure_link(prefix, figure, kind):
    return format_html(
        '<a href="{}{}/" title="{}：{}">{}</a>',
        prefix,
        figure.pk,
        kind,
        figure.source_quote,
        figure.value_text,
    )
