from django import template

from indicators.display.charts.legends import chart_legend as legend_of

register = template.Library()


@register.inclusion_tag("indicators/_chart_legend.html")
def chart_legend(figures, kind):
    """{% chart_legend chart "trend" %}: the colours and marks of a figure, or of a list of them."""
    return {"legend": legend_of(figures, kind)}
