"""Names, units and data text as the active language shows them (indicators.display.markup)."""

from django import template

from indicators.display.markup import data_marked, data_text, name_html, other_name, unit_html
from indicators.models.names import shown_name, shown_unit

register = template.Library()
for function in (shown_name, shown_unit, name_html, unit_html, data_text, data_marked, other_name):
    register.filter(function)
