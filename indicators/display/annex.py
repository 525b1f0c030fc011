"""The annex officials know: 主要指标 of one jurisdiction as a plan report lays them out.

For the report that plans year R: last year's congress target, last year's (expected) result
and this year's target, indicators numbered 一、二、… with 其中： and # for what lies below.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from indicators.display.shown import ShownFigure, shown_figures, target_and_result
from indicators.models import Figure, Indicator
from indicators.models.names import in_english, shown_name

CHINESE_NUMERALS = "一二三四五六七八九十"


def chinese_numeral(number):
    """1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 23 → 二十三 (an annex never reaches 100)."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_NUMERALS[tens - 1] + "十")
    return head + (CHINESE_NUMERALS[ones - 1] if ones else "")


@dataclass
class AnnexRow:
    label: str
    indicator: Indicator
    target: ShownFigure | None = None  # last year's congress target
    result: ShownFigure | None = None  # last year's result, expected or final
    next_target: ShownFigure | None = None  # this year's target
    prefix: str = ""  # the numbering: 一、 or 其中：


@dataclass
class Annex:
    jurisdiction: object
    year: int  # the year the report plans
    rows: list = field(default_factory=list)
    reports: list = field(default_factory=list)

    @property
    def result_is_expected(self):
        return any(row.result and row.result.kind == Figure.Kind.EXPECTED for row in self.rows)

    @property
    def empty(self):
        return not self.rows

    def headers(self):
        congress = {
            "country": _("national"),
            "province": _("provincial"),
            "city": _("municipal"),
            "district": _("district"),
        }
        previous = self.year - 1
        result = (
            _("%(year)s expected completion")
            if self.result_is_expected
            else _("%(year)s completion")
        )
        return [
            _("Indicator name"),
            _("Unit"),
            _("%(year)s target adopted by the %(level)s people's congress")
            % {"year": previous, "level": congress[self.jurisdiction.level]},
            result % {"year": previous},
            _("%(year)s target") % {"year": self.year},
        ]

    def notes(self):
        notes = [_("Growth rates in %; targets and results exactly as the reports write them.")]
        for report in self.reports:
            notes.append(
                _("Source: %(title)s (%(date)s)")
                % {"title": report.title, "date": report.date_text}
            )
        return notes


def annex_build(jurisdiction, year):
    by_key = shown_figures(
        Figure.objects.published()
        .annual()
        .filter(jurisdiction=jurisdiction, year__in=[year - 1, year]),
        "indicator_id",
        "year",
    )
    with_figures = Indicator.objects.filter(pk__in={i for i, _y in by_key}).in_report_order()
    main = [i for i in with_figures if i.in_annex] or [
        i for i in with_figures if any(year_target(by_key, i, y) for y in (year - 1, year))
    ]  # what the report would list: its main indicators, or else every one with a target
    annex = Annex(jurisdiction=jurisdiction, year=year)
    for indicator in with_parents(main):
        last_target, last_result = target_and_result(by_key.get((indicator.pk, year - 1), ()))
        annex.rows.append(
            AnnexRow(
                label="",
                indicator=indicator,
                target=last_target,
                result=last_result,
                next_target=year_target(by_key, indicator, year),
            )
        )
    number_rows(annex.rows)
    used = {
        f.source_report
        for row in annex.rows
        for f in (row.target, row.result, row.next_target)
        if f
    }
    annex.reports = sorted((r for r in used if r), key=lambda r: (r.delivered_on, r.pk))
    return annex


def year_target(by_key, indicator, year):
    return target_and_result(by_key.get((indicator.pk, year), ()))[0]


def with_parents(indicators):
    """The indicators and their parents (a group row such as 主要污染物重点工程减排量), in report order."""
    wanted = set(indicators)
    for indicator in indicators:
        parent = indicator.parent
        while parent is not None:
            wanted.add(parent)
            parent = parent.parent
    return sorted(wanted, key=lambda i: (i.display_order, i.name, i.unit))


def number_rows(rows):
    """Each row's label as the annex numbers it (一、地区生产总值, 其中：第一产业增加值, # 规上工业增加值;
    1. Gross domestic product in English): `prefix` and the name in the active language."""
    english = in_english()
    of_which = _("of which:") + (" " if english else "")  # 其中： needs no space
    top, seen_children = 0, set()
    for row in rows:
        indicator = row.indicator
        if indicator.depth == 0:
            top += 1
            row.prefix = f"{top}. " if english else f"{chinese_numeral(top)}、"
        elif indicator.depth == 1:
            first = indicator.parent_id not in seen_children
            seen_children.add(indicator.parent_id)
            row.prefix = of_which if first else ""
        else:
            row.prefix = "# "
        row.label = row.prefix + shown_name(indicator)
