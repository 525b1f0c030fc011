"""Candidates from data published as records (`records`): each field of a series' record a
figure of the record's year (a key naming its year, 2013增长, dates its own), of the kind its
key says: a value or a growth is a result (of the year reviewed, or final of a year before; one
of a later year, of part of that year, is left), a target the year's own target, a next year's
target the target of the year after the record's.
"""

import re

from indicators.expressions import parse
from reports.extraction.candidates import ANNEX, candidate
from reports.extraction.cell_values import cell_value_span
from reports.extraction.line_cells import Cell
from reports.extraction.long_tables import long_table_records
from reports.extraction.record_fields import (
    EARLIER,
    GROWTH,
    NEXT_TARGET,
    TARGET,
    VALUE,
    field_dictionary,
)
from reports.extraction.records import records
from reports.extraction.row_names import GROWTH_WORD, resolved_row, row_name
from reports.extraction.sections import TARGET as TARGET_KIND
from reports.extraction.table_layout import EMPTY_VALUES
from reports.extraction.units import PERCENT, clean_unit, squeeze

_CONFIDENCE = 0.9
_QUOTE_REACH = 120  # how far back a field's quote reaches for its record's name, at most
_NO_VALUE = frozenset(("null", "none", "nan", "n/a", "na"))
# a series named with its measure (地区生产总值增长, 一般公共预算收入增速（%）): its values are rates
_GROWTH_NAMED = re.compile(rf"{GROWTH_WORD}(?:[(（]?[%％][)）]?)?$")


def record_candidates(text, catalogue, metadata):
    """(candidates, (indicator, year, kind) they answer for, spans of the records)."""
    found, covered, spans = [], set(), []
    dictionary = field_dictionary(text)
    for record in records(text, dictionary) + long_table_records(text, dictionary):
        indicator, name = _named(catalogue, record.names)
        dated = record.year or any(field[1] for field in record.fields)
        if dated and (record.structured or indicator):
            spans.append((record.start, record.end))  # (a year's data, not prose to read)
        if indicator is None:
            continue
        growth_named = bool(_GROWTH_NAMED.search(squeeze(name)))
        for field in record.fields:
            if growth_named:
                field = (*field[:2], True, *field[3:])
            figure = _figure(text, catalogue, metadata, indicator, record, field)
            if figure is not None:
                found.append(figure)
                covered.add((indicator, figure.year, figure.kind))
    return found, covered, spans


def _named(catalogue, names):
    """(indicator, name) of the first of a record's names the catalogue knows, or (None, "")."""
    for written in names:
        name = row_name(written)[2] or written
        if indicator := resolved_row(catalogue, name, None):
            return indicator, name
    return None, ""


def _figure(text, catalogue, metadata, indicator, record, field):
    role, named_year, growth, start, end = field
    year = named_year or record.year
    held = squeeze(text[start:end])
    if year is None or role == EARLIER or held in EMPTY_VALUES or held.lower() in _NO_VALUE:
        return None
    if role == NEXT_TARGET:  # (a map of years names the target's own: plan_value: {2016: 8%})
        role, year = TARGET, year if named_year else year + 1
    kind = _kind(role, year, metadata, record.yearly_target)
    unit = _unit(catalogue, indicator, role, growth or role == GROWTH, record.unit, text[start:end])
    if kind is None or unit is None:
        return None
    value_start, value_end = cell_value_span(text, Cell(start, end, text[start:end]), unit)
    return candidate(
        text,
        indicator=indicator,
        unit=unit,
        year=year,
        kind=kind,
        quote_span=(max(record.start, start - _QUOTE_REACH), end),
        value_span=(value_start, value_end),
        confidence=_CONFIDENCE,
        source=ANNEX,
        parent=catalogue.parents.get(indicator, ""),
    )


def _kind(role, year, metadata, yearly_target):
    """The kind of a record's field of `role` for `year`: a target's from the year reviewed on,
    of a past year too in a table of the years' plans (`yearly_target`); a result's by the year
    reviewed; None after it."""
    review = metadata.review_year
    if review is None:
        return None
    if role == TARGET:
        return TARGET_KIND if year >= review or yearly_target else None
    return metadata.results_kind_of(year) if year <= review else None


def _unit(catalogue, indicator, role, growth, record_unit, value):
    """The series' unit a field's value is in: a growth's or a rate's %, the unit the value
    writes (增长7.5%左右, 8亿美元), a worded target's series (与经济增长同步), else the record's."""
    expression = parse(value)
    written = clean_unit(expression.unit or "") if expression.unit else ""
    units = catalogue.units.get(indicator, [])
    if role == VALUE and not growth and expression.number is None:
        return None  # (a result in words: 突破1000家 reads, 完成下达目标 does not)
    if written == PERCENT or (not written and (growth or clean_unit(record_unit) == PERCENT)):
        return PERCENT if PERCENT in units else None
    if expression.number is None:
        return catalogue.qualitative_series(indicator)
    fitting = catalogue.series(indicator, written or record_unit)
    return fitting[0] if fitting else None
