"""The display markup (indicators.display.markup) as template tags and filters."""

from django import template
from django.utils.safestring import mark_safe

from indicators.display.markup import (
    CellHtml,
    figure_prefix,
    plain_number,
    progress_badge,
    signed_difference,
    status_badge,
    trend_rows_html,
)

register = template.Library()
register.filter(plain_number)
register.filter(signed_difference)
register.simple_tag(status_badge)
register.simple_tag(progress_badge)
register.simple_tag(trend_rows_html)


def cell_renderer(context):
    """One CellHtml for the whole template being rendered."""
    if CellHtml not in context.render_context:
        context.render_context[CellHtml] = CellHtml()
    return context.render_context[CellHtml]


@register.simple_tag(takes_context=True)
def grid_cells(context, cells):
    """The <td> of every cell of a grid row, rendered in Python: a national grid has thousands."""
    cell_html = cell_renderer(context)
    return mark_safe("".join([f"<td>{cell_html(cell)}</td>" for cell in cells]))


@register.simple_tag(takes_context=True)
def grid_cell(context, cell):
    """One grid cell, as grid_cells renders it."""
    return mark_safe(cell_renderer(context)(cell))


@register.simple_tag(takes_context=True)
def figure_url(context, figure):
    """The figure's page, as {% url 'indicators:figure' figure.pk %} gives it, without a
    reverse() for each of the hundreds of links a table has."""
    prefix = context.render_context.get(figure_prefix)
    if prefix is None:
        prefix = context.render_context[figure_prefix] = figure_prefix()
    return f"{prefix}{int(figure.pk)}/"
