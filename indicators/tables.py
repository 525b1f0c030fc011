"""The gap table: every target of one jurisdiction and year against its result (django-tables2)."""

import django_tables2 as tables
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from indicators.templatetags.figures import plain_number


def figure_link(figure, *, show_kind=False):
    """The value as written, linking to the figure's page; hovering shows the report and quote."""
    if figure is None:
        return "—"
    report = figure.source_report
    source = (
        f"《{report.title}》{report.date_text}：{figure.source_quote}"
        if report
        else figure.source_quote
    )
    kind = (
        format_html(' <span class="muted">{}</span>', figure.get_kind_display())
        if show_kind
        else ""
    )
    return format_html(
        '<a href="{}" class="figure" title="{}">{}</a>{}',
        reverse("indicators:figure", args=[figure.pk]),
        source,
        figure.value_text,
        kind,
    )


class GapTable(tables.Table):
    indicator = tables.Column(
        accessor="indicator__name",
        verbose_name=_("Indicator"),
        order_by=("indicator__display_order", "indicator__name", "indicator__unit"),
    )
    unit = tables.Column(accessor="indicator__unit", verbose_name=_("Unit"))
    target = tables.Column(accessor="target__value_text", verbose_name=_("Target"))
    result = tables.Column(accessor="result__value_text", verbose_name=_("Result"), default="—")
    difference = tables.Column(
        verbose_name=_("Difference"), attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    status = tables.Column(verbose_name=_("Status"))
    explanation = tables.Column(verbose_name=_("Explanation"), empty_values=(), orderable=False)

    class Meta:
        attrs = {"class": "data gaps"}
        template_name = "django_tables2/table.html"
        order_by = ("indicator",)

    def render_indicator(self, record):
        indicator = record.indicator
        return format_html(
            '<span class="depth-{}">{}</span>', min(indicator.depth, 3), indicator.name
        )

    def render_target(self, record):
        return figure_link(record.target)

    def render_result(self, record):
        return figure_link(record.result, show_kind=True)

    def render_difference(self, value):
        return plain_number(value)

    def render_status(self, record):
        return render_to_string("indicators/_verdict.html", {"assessment": record})

    def render_explanation(self, record):
        if record.judgement_id:
            return format_html("{}<br><q>{}</q>", record.explanation, record.judgement.reason)
        return record.explanation
