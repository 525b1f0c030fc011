from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def plain_number(value):
    """A stored Decimal as a person writes it: 5.500000 → 5.5, 1.6E+4 → 16000; None → —."""
    if value is None:
        return "—"
    return format(Decimal(value).normalize(), "f")
