"""The gap table: every target of one jurisdiction and year against its result (django-tables2)."""

import html

import django_tables2 as tables
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from indicators.templatetags.figures import plain_number, status_badge

NUMBER_CELL = ' class="num"'  # the difference column's td, as its attrs below say


def figure_link(figure, *, show_kind=False, prefix=None):
    """The value as written, linking to the figure's page; hovering shows the report and quote.
    `prefix`: the figure pages' path without the number (reverse is slow for a row each)."""
    if figure is None:
        return "—"
    prefix = prefix or figure_prefix()
    report = figure.source_report
    source = (
        f"《{report.title}》{report.date_text}：{figure.source_quote}"
        if report
        else figure.source_quote
    )
    kind = (
        f' <span class="muted">{html.escape(str(figure.get_kind_display()))}</span>'
        if show_kind
        else ""
    )
    return mark_safe(
        f'<a href="{prefix}{int(figure.pk)}/" class="figure" title="{html.escape(source)}">'
        f"{html.escape(figure.value_text)}</a>{kind}"
    )


def figure_prefix():
    return reverse("indicators:figure", args=[0])[:-2]


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
        template_name = "indicators/_gap_table_table.html"
        order_by = ("indicator",)

    def render_indicator(self, record):
        indicator = record.indicator
        return format_html(
            '<span class="depth-{}">{}</span>', min(indicator.depth, 3), indicator.name
        )

    def render_target(self, record):
        return figure_link(record.target, prefix=self.figure_prefix)

    def render_result(self, record):
        return figure_link(record.result, show_kind=True, prefix=self.figure_prefix)

    @cached_property
    def figure_prefix(self):
        return figure_prefix()

    def render_difference(self, value):
        return plain_number(value)

    def render_status(self, record):
        badge = status_badge(record.shown_status)
        if not record.judgement_id:
            return badge
        who = gettext("judged by %(who)s") % {"who": record.judgement.judged_by.get_username()}
        return format_html('{}<br><span class="muted">{}</span>', badge, who)

    def render_explanation(self, record):
        if record.judgement_id:
            return format_html("{}<br><q>{}</q>", record.explanation, record.judgement.reason)
        return record.explanation

    def body_html(self):
        """The <tr> of every row, from the render_ methods above in one pass over the ordered
        records: django-tables2's per-cell machinery (a signature inspection per cell) took more
        time than the rest of the page. The header, sorting and filtering stay django-tables2's."""
        names = [column.name for column in self.columns]
        rows = []
        for record in self.data.data:
            cells = {
                "indicator": self.render_indicator(record),
                "unit": record.indicator.unit,
                "target": self.render_target(record),
                "result": self.render_result(record),
                "difference": self.render_difference(record.difference),
                "status": self.render_status(record),
                "explanation": self.render_explanation(record),
            }
            tds = "".join(
                f"<td{NUMBER_CELL if name == 'difference' else ''}>{conditional_escape(cells[name])}</td>"
                for name in names
            )
            rows.append(f"<tr>{tds}</tr>")
        return mark_safe("".join(rows))
