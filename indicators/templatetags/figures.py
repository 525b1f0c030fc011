import html
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
def grid_cells(context, cells):
    """The <td> of every cell of a grid row: target → result and the verdict, rendered in Python
    with one escape per text: a national grid has thousands of cells, and a template tag or an
    include per cell was most of the page's time."""
    cell_html = cell_renderer(context)
    return mark_safe("".join([f"<td>{cell_html(cell)}</td>" for cell in cells]))


def cell_renderer(context):
    """One CellHtml for the whole template being rendered."""
    if CellHtml not in context.render_context:
        context.render_context[CellHtml] = CellHtml()
    return context.render_context[CellHtml]


@register.simple_tag(takes_context=True)
def grid_cell(context, cell):
    """One grid cell, as grid_cells renders it."""
    return mark_safe(cell_renderer(context)(cell))


class CellHtml:
    """Renders cells; the words, kinds and badges they share are translated and escaped once
    (html.escape: the same five characters as Django's escape, without its lazy-text wrapper)."""

    def __init__(self):
        self.prefix = reverse("indicators:figure", args=[0])[:-2]
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
        return (
            f'<a href="{self.prefix}{int(figure.pk)}/" title="{kind}：{html.escape(figure.source_quote)}">'
            f"{html.escape(figure.value_text)}</a>"
        )
