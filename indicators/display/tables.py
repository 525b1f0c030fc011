"""The gap table: every target of one jurisdiction and year against its result (django-tables2)."""

import html

import django_tables2 as tables
from django.db.models import F
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from indicators.display.markup import (
    data_marked,
    data_text,
    figure_link,
    figure_prefix,
    name_html,
    signed_difference,
    status_badge,
    unit_html,
)
from indicators.display.shown import source_text

GAP_ORDER = ("indicator__display_order", "indicator__name", "indicator__unit")
NUMBER_CELL = ' class="num"'  # the difference column's td, as its attrs below say


def sourced_link(figure, prefix, *, show_kind=False):
    """A figure's link showing its report and quote on hover, and its kind after it if asked."""
    if figure is None:
        return "—"
    kind = (
        f' <span class="muted">{html.escape(str(figure.get_kind_display()))}</span>'
        if show_kind
        else ""
    )
    link = figure_link(figure, html.escape(source_text(figure)), prefix, ' class="figure"')
    return mark_safe(link + kind)


def drafts_by_cell(figures):
    """{(indicator id, whether a result): [figures]}: where each draft shows in a gap table."""
    cells = {}
    for figure in figures:
        cells.setdefault((figure.indicator_id, figure.is_result), []).append(figure)
    return cells


class GapTable(tables.Table):
    """`drafts` (drafts_by_cell) show under the published figures, marked as drafts, for readers
    who see drafts; with `entry_url` (the result form's address for the place and year) each row
    links to it, for readers who may write there."""

    indicator = tables.Column(
        accessor="indicator__name",
        verbose_name=_("Indicator"),
        order_by=GAP_ORDER,
    )
    unit = tables.Column(accessor="indicator__unit", verbose_name=_("Unit"))
    target = tables.Column(accessor="target__value_text", verbose_name=_("Target"))
    result = tables.Column(accessor="result__value_text", verbose_name=_("Result"), default="—")
    difference = tables.Column(
        verbose_name=_("Difference"), attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    status = tables.Column(verbose_name=_("Status"))
    explanation = tables.Column(
        verbose_name=_("Explanation"),
        empty_values=(),
        orderable=False,
        attrs={"td": {"class": "text"}},
    )

    class Meta:
        attrs = {"class": "data gaps"}
        template_name = "indicators/_gap_table_table.html"
        order_by = ("indicator",)

    def __init__(self, data, *, drafts=None, entry_url=None, **kwargs):
        super().__init__(data, **kwargs)
        self.drafts, self.entry_url = drafts or {}, entry_url

    def render_indicator(self, record):
        indicator = record.indicator
        return format_html(
            '<span class="depth-{}">{}</span>', min(indicator.depth, 3), name_html(indicator)
        )

    def render_target(self, record):
        target = sourced_link(record.target, self.figure_prefix)
        return mark_safe(target + self.drafts_html(record, False))

    def render_result(self, record):
        shown = sourced_link(record.result, self.figure_prefix, show_kind=True)
        shown += self.drafts_html(record, True)
        if self.entry_url:
            start, end = self.entry_link
            shown += f"{start}{int(record.indicator.pk)}{end}"
        return mark_safe(shown)

    @cached_property
    def entry_link(self):
        """The add-a-result link around an indicator's id, escaped and translated once a table."""
        return (
            format_html('<br><a class="enter noprint" href="{}&amp;indicator=', self.entry_url),
            format_html('">{}</a>', gettext("Add a result")),
        )

    def drafts_html(self, record, result):
        drafts = self.drafts.get((record.indicator.pk, result), ())
        return mark_safe(
            "".join(
                f"<br>{sourced_link(draft, self.figure_prefix, show_kind=result)} "
                + render_to_string("indicators/_review_badge.html", {"figure": draft})
                for draft in drafts
            )
        )

    @cached_property
    def figure_prefix(self):
        return figure_prefix()

    def render_difference(self, record):
        return signed_difference(record.difference, record.indicator.unit)

    def order_difference(self, queryset, is_descending):
        """Rows without a difference (no result, no number) last whichever way: PostgreSQL puts
        NULL first when descending, above every real gap."""
        difference = F("difference")
        order = (
            difference.desc(nulls_last=True) if is_descending else difference.asc(nulls_last=True)
        )
        return queryset.order_by(order, *GAP_ORDER), True

    def render_status(self, record):
        badge = status_badge(record.shown_status)
        if not record.judgement_id:
            return badge
        who = gettext("judged by %(who)s") % {"who": record.judgement.judged_by.get_username()}
        return format_html('{}<br><span class="muted">{}</span>', badge, who)

    def render_explanation(self, record):
        if record.judgement_id:
            return format_html(
                "{}<br><q>{}</q>",
                data_marked(record.explanation),
                data_text(record.judgement.reason),
            )
        return data_marked(record.explanation)

    def body_html(self):
        """The <tr> of every row, from the render_ methods above in one pass over the ordered
        records: django-tables2's per-cell machinery (a signature inspection per cell) took more
        time than the rest of the page. The header, sorting and filtering stay django-tables2's."""
        names = [column.name for column in self.columns]
        rows = []
        for record in self.data.data:
            cells = {
                "indicator": self.render_indicator(record),
                "unit": unit_html(record.indicator.unit),
                "target": self.render_target(record),
                "result": self.render_result(record),
                "difference": self.render_difference(record),
                "status": self.render_status(record),
                "explanation": self.render_explanation(record),
            }
            tds = "".join(
                f"<td{NUMBER_CELL if name == 'difference' else ''}>{conditional_escape(cells[name])}</td>"
                for name in names
            )
            rows.append(f"<tr>{tds}</tr>")
        return mark_safe("".join(rows))
