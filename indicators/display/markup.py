"""The HTML of a number, a status badge, a figure link and a grid cell, each written once.

Built in Python, not as template partials: a gap table or a national comparison has thousands of
cells, and a template include per cell was most of the page's time. Templates reach these
through the `figures` template tags. Texts are escaped with html.escape: the same five
characters as Django's escape, without its lazy-text wrapper.
"""

import html
import re
from decimal import Decimal

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from indicators.expressions import STATUS_CHOICES
from indicators.models.names import in_english, is_chinese, shown_name, shown_unit
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


MINUS = "\u2212"  # the typographic minus: a hyphen reads as a dash in a column of numbers
RATE_UNITS = ("%", "％")


def signed_difference(value, unit):
    """Result minus target as a reader takes it in: always signed (+0.4, −1.2, 0) and with its
    unit, percentage points where the indicator is a rate (a difference of two rates is not a
    rate): "+0.4 个百分点", "+4 pp", "−12 100 million yuan"; None → —."""
    if value is None:
        return "—"
    sign = "+" if value > 0 else MINUS if value < 0 else ""
    number = plain_number(abs(Decimal(value)))
    if unit in RATE_UNITS:
        return format_html("{}{} {}", sign, number, pgettext("difference of two rates", "pp"))
    return format_html("{}{} {}", sign, number, unit_html(unit))


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
    """The value as written, linking to the figure's page; `title` (escaped already) on hover.
    Marked lang="zh" where it has Chinese (5.3 左右): a value as written, not a label."""
    if is_chinese(figure.value_text):
        attributes += ' lang="zh"'
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
        self.no_target = (
            f'<span class="muted">{html.escape(pgettext("grid cell", "no target"))}</span>'
        )
        self.no_result = (
            f'<span class="muted">{html.escape(pgettext("grid cell", "no result"))}</span>'
        )
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


def _marked(shown, original):
    if not in_english():
        return format_html("{}", shown)
    if shown != original:
        return format_html('<span title="{}">{}</span>', original, shown)
    return data_text(shown)


def name_html(thing):
    """A jurisdiction's, indicator's or plan's name for a page: in English the English name with
    the Chinese one on hover, <span title="仓山区">Cangshan District</span>; a name with no
    English form as stored, marked lang="zh"."""
    return _marked(shown_name(thing), thing.name)


def unit_html(unit):
    """A unit for a page: 100 million yuan in English, 亿元 on hover."""
    return _marked(shown_unit(unit), unit)


def data_text(text):
    """Text as a report or a user wrote it (6.5 左右, a quote, a title, an alias): marked as
    Chinese on the English pages when it is, so readers, screen readers and the browser test
    know it is data, not an untranslated label."""
    text = "" if text is None else str(text)
    if in_english() and is_chinese(text):
        return format_html('<span lang="zh">{}</span>', text)
    return format_html("{}", text)


def other_name(thing):
    """The name in the other language, shown beside the main one on a detail page."""
    if in_english():
        return data_text(thing.name) if thing.name_en else ""
    return format_html("{}", thing.name_en)


# A run of Chinese in an English sentence: characters, full-width punctuation and the spaces
# and figures between them (5.3 左右, 完成省下达目标, 16 件).
CHINESE_RUN = re.compile(
    r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]"
    r"(?:[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef\s\d.%“”]*[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])?"
)


def data_marked(text):
    """An English sentence with figures as written inside it (Result 5.3 左右 is below the target
    6.5 左右): on the English pages each Chinese run, which can only come from the data, is marked
    lang="zh". Chinese pages get the text escaped, unmarked."""
    text = "" if text is None else str(text)
    if not in_english():
        return format_html("{}", text)
    parts, start = [], 0
    for match in CHINESE_RUN.finditer(text):
        parts.append(html.escape(text[start : match.start()]))
        parts.append(f'<span lang="zh">{html.escape(match.group())}</span>')
        start = match.end()
    parts.append(html.escape(text[start:]))
    return mark_safe("".join(parts))


def trend_rows_html(rows):
    """The <tr> of the trend chart's table (TrendRows): ten jurisdictions over fifteen years are
    150 rows, and rendering their cells through the template was most of the page's time. Names,
    kinds and badges are made once each."""
    prefix, names, kinds, badges = figure_prefix(), {}, {}, {}

    def link(figure):
        return f'<a href="{prefix}{int(figure.pk)}/">{data_text(figure.value_text)}</a>'

    out = []
    for row in rows:
        place, result = row.jurisdiction, row.result
        if place.pk not in names:
            names[place.pk] = name_html(place)
        shown = "—"
        if result is not None:
            if result.kind not in kinds:
                kinds[result.kind] = html.escape(str(result.get_kind_display()))
            shown = f'{link(result)} <span class="muted">{kinds[result.kind]}</span>'
        if row.status and row.status not in badges:
            badges[row.status] = status_badge(row.status)
        out.append(
            f"<tr><td>{names[place.pk]}</td><td>{int(row.year)}</td>"
            f"<td>{link(row.target) if row.target is not None else '—'}</td><td>{shown}</td>"
            f"<td>{badges[row.status] if row.status else ''}</td></tr>"
        )
    return mark_safe("".join(out))
