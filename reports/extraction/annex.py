"""Annex tables of main indicators, as pasted from Word, WPS or a PDF: cells separated by tabs
or by runs of spaces, rows split over lines, merged cells left empty, columns in any order.

The header row says what each value column holds (2023 年预期目标 → 2023 target, 2023 年预计
完成 → 2023 expected); a second header row may say which columns are growth rates (增长 %) and
which levels (总量). Each value cell becomes a candidate quoting its row.
"""

import re
from dataclasses import replace
from functools import partial

from indicators.expressions import UNPARSED, parse
from reports.extraction.abbreviations import shared_names
from reports.extraction.candidates import ANNEX, FLAGS, candidate
from reports.extraction.cell_values import cell_value_span
from reports.extraction.chart_series import chart_tables
from reports.extraction.column_headers import dated_kinds, header_unit
from reports.extraction.comparable import COMPARABLE_FLAG, comparable_again
from reports.extraction.dated_lines import dated_line_tables
from reports.extraction.indices import INDEX_BASE, INDEX_CONFIDENCE, index_in_base
from reports.extraction.lexicon import NO_UNIT, PERCENT, clean_unit, squeeze
from reports.extraction.line_cells import Cell
from reports.extraction.ragged_tables import ragged_tables
from reports.extraction.row_names import (
    GROWTH_WORD,
    TARGET_ROW,
    captioned_unit,
    captions_rates,
    growth_of_above,
    joined_with_next,
    level_before_growth,
    named_by_kind,
    names_a_series,
    names_its_growth,
    resolved_row,
    table_row_name,
    unit_column_cell,
    written_as_fall,
)
from reports.extraction.sections import TARGET
from reports.extraction.stacked_tables import stacked_tables
from reports.extraction.table_layout import (
    EMPTY_VALUES,
    NO_TARGET_SET,
    OPENS_ON_A_FIGURE,
    cell_reads,
    tables,
)
from reports.extraction.target_rates import beyond_any_rate, rate_targets
from reports.extraction.transposed_tables import transposed_tables


def _values(text, table, cells, tabbed):
    """The value cells of a row in column order; rows split at every space are realigned."""
    last = max(column.index for column in table.columns)
    if tabbed or len(cells) == last + 1:
        padded = cells + [Cell(cells[-1].end, cells[-1].end, "")] * (last + 1 - len(cells))
        return [padded[column.index] for column in table.columns]
    first = (table.unit_index if table.unit_index is not None else table.name_index) + 1
    rest = cells[first:]
    while len(rest) > len(table.columns):
        index = next((i for i, cell in enumerate(rest) if not _reads(cell.text)), None)
        if index is None:
            return None
        pairs = [(index, index + 1), (index - 1, index)]
        pair = next(
            (
                (a, b)
                for a, b in pairs
                if 0 <= a and b < len(rest) and _reads(text[rest[a].start : rest[b].end])
            ),
            pairs[1] if index > 0 else pairs[0],
        )
        a, b = pair
        rest[a : b + 1] = [Cell(rest[a].start, rest[b].end, text[rest[a].start : rest[b].end])]
    missing = table.columns[len(rest) :]
    if rest and missing and not any(column.figures for column in missing):
        # a column of notes (备注) most rows leave empty, at the end
        rest = rest + [Cell(rest[-1].end, rest[-1].end, "")] * len(missing)
    return rest if len(rest) == len(table.columns) else None


def _reads(value_text):
    return parse(value_text).kind != UNPARSED


def annex_candidates(text, catalogue, metadata):
    """Candidates from every table: (candidates, (indicator, year, kind) a table answers for,
    spans of the tables)."""
    found, covered, spans = [], set(), []
    kind = metadata.results_kind
    plan_year = metadata.plan_year or (metadata.review_year and metadata.review_year + 1)
    if metadata.mid_year and metadata.review_year:
        # a half year's table sets the year's targets beside their progress, as a plan report's
        # table sets the year reviewed's beside its results
        plan_year = metadata.review_year + 1
    own_readers = ragged_tables(text, kind, plan_year) + stacked_tables(text, kind, plan_year)
    own_readers += transposed_tables(text, catalogue, kind, plan_year)
    own_readers += chart_tables(text, kind, plan_year)
    own_readers += dated_line_tables(text, catalogue, kind, plan_year)
    for table, rows in _read_once(own_readers, tables(text, kind, plan_year)):
        spans.append((table.start, table.end))
        dated_kinds(table, kind, plan_year)
        found += _table_candidates(text, table, rows, catalogue, covered)
    return found, covered, spans


def _read_once(ragged, others):
    """Every table read once: a table of ragged rows, or of one cell a line, is read by its own
    reader, not again by the reader of rows on a line, which would misplace its cells."""
    taken = [(table.start, table.end) for table, _ in ragged]
    return ragged + [
        (table, rows)
        for table, rows in others
        if not any(table.start < end and start < table.end for start, end in taken)
    ]


class _Tree:
    """Who is whose parent in an annex: 一、 opens a top-level row, 其中： its children, # theirs."""

    def __init__(self):
        self.top, self.child, self.in_children = "", "", False

    def parent_of(self, name, level, known_parent=None):
        """`known_parent`: the catalogue's parent of the row's indicator, when it knows the
        indicator: an unnumbered row after a 其中 row whose indicator the catalogue puts
        elsewhere is a row of its own, not one more child."""
        elsewhere = known_parent is not None and known_parent != self.top
        if level == 0 or (level is None and (not self.in_children or elsewhere)):
            self.top, self.child, self.in_children = name, "", False
            return ""
        if level == 2:
            return self.child or self.top
        self.in_children, self.child = True, name
        return self.top


def _table_candidates(text, table, rows, catalogue, covered):
    found, tree, group, pending, named_above, consumed = [], _Tree(), None, None, None, None
    captioned = partial(captioned_unit, text, table.start, catalogue)  # (its unit: the caption's)
    for number, (start, end, cells, tabbed) in enumerate(rows):
        if number == consumed:  # (the line that completed the name of the row above)
            continue
        level, numbered, name, named_unit = table_row_name(table, cells)
        unit_cell = unit_column_cell(table, cells)
        name, row_start, kind, named_above = named_by_kind(table, cells, name, start, named_above)
        name = name or growth_of_above(table, rows, number, unit_cell)
        values = _values(text, table, cells, tabbed) if cells else None
        filled = [v for v in values or [] if squeeze(v.text) not in EMPTY_VALUES]
        child = catalogue.resolve(unit_cell.text) if unit_cell and unit_cell.text else None
        if not name and child and group and not filled:
            # a merged group row: its values belong to every pollutant listed under it
            found += _row_candidates(
                text, table, group["values"], catalogue, child, "", group["name"],
                (group["start"], unit_cell.end),
            )  # fmt: skip
            continue
        if name and not filled and child is None:
            # a name the next line completes ("十二、单位地区生产总值二氧化碳" / "排放降低"), or a
            # category heading the next numbered row leaves behind
            keep = pending is not None and not numbered
            pending = (pending[0], pending[1] + name, pending[2]) if keep else (start, name, level)
            continue
        if pending is not None and not numbered and not catalogue.resolve(name):
            row_start, name, level = pending[0], pending[1] + name, pending[2]
        pending = None
        resolved = resolved_row(catalogue, name, found[-1].indicator if found else None)
        if joined := joined_with_next(catalogue, name, rows, number, named_unit):
            (resolved, name, end, named_unit), consumed = joined, number + 1
        if not name or not filled or (resolved is None and not names_a_series(name)):
            continue
        sides = None if resolved else _sides_named(catalogue, name, table)
        shared = sides and _sides_candidates(
            text, table, values, catalogue, sides, unit_cell, (row_start, end)
        )
        if shared:  # 城乡居民人均可支配收入: each side's series
            found += shared
            continue
        known = catalogue.parents.get(resolved) if resolved else None
        parent = tree.parent_of(resolved or name, level, known)
        parent = parent or catalogue.parents.get(resolved, "")
        if child:
            group = {"name": resolved or name, "values": values, "start": row_start}
            covered.update((resolved or name, c.year, c.kind) for c in table.columns)
            resolved, parent, unit_text = child, resolved or name, ""
        else:
            unit_text = (unit_cell and unit_cell.text) or named_unit or captioned(name)
        under = table_row_name(table, rows[number + 1][2])[2] if number + 1 < len(rows) else ""
        level = not unit_text and level_before_growth(name, under)
        level = level and not captions_rates(text, table.start)  # (…主要指标增速（%）)
        found += _row_candidates(
            text, table, values, catalogue, resolved or name, unit_text, parent,
            (row_start, end), new=resolved is None, level=level, growth_row=names_its_growth(name),
            falling=resolved is not None and written_as_fall(catalogue, name),
            target_row=kind == TARGET_ROW,
        )  # fmt: skip
    return found


def _sides_named(catalogue, name, table):
    """The series a row's name stands for at once (城乡居民人均可支配收入增长: the urban and the
    rural income), when it names nothing else."""
    squeezed = squeeze(name)
    year = min((c.year for c in table.columns if c.year), default=None)
    mentions = shared_names(squeezed, 0, len(squeezed), catalogue, year)
    if (
        len(mentions) < 2
        or mentions[0].start
        or not _MEASURE_TAIL.fullmatch(squeezed[mentions[-1].end :])
    ):
        return None
    return [m.name for m in mentions]


_MEASURE_TAIL = re.compile(rf"(?:{GROWTH_WORD})?")
# a cell of one value for each series a row names: 5.6%、7.1%, 8.6/9.2
_EACH_SERIES = re.compile(r"\s*[、/／和；;]\s*")


def _sides_candidates(text, table, values, catalogue, sides, unit_cell, span):
    """Each series' candidates of a row naming several: a cell of as many values shares them
    out in order; a cell of one rate (or worded growth) is each side's own, as the prose's
    城乡居民人均可支配收入增长 7% is, but no sector's of three; a cell of one level is left, the
    whole's and no side's. None when no cell is shared out: the row keeps its own name."""
    unit_text = unit_cell.text if unit_cell else ""
    rates = clean_unit(unit_text) == PERCENT
    found = []
    for order, side in enumerate(sides):
        shared = [
            _share(cell, order, len(sides), rates or column.measure == "growth")
            for column, cell in zip(table.columns, values, strict=True)
        ]
        parent = catalogue.parents.get(side, "")
        found += _row_candidates(text, table, shared, catalogue, side, unit_text, parent, span)
    return found or None


def _share(cell, order, count, rates):
    """The cell's value of the `order`th of `count` series: its piece, or, of two sides, the
    whole cell when it is one rate (or a worded growth) for each; else an empty cell."""
    bounds = [cell.start]
    for match in _EACH_SERIES.finditer(cell.text):
        bounds += [cell.start + match.start(), cell.start + match.end()]
    pieces = list(zip(bounds[::2], [*bounds[1::2], cell.end], strict=True))
    if len(pieces) == count:
        start, end = pieces[order]
        return Cell(start, end, cell.text[start - cell.start : end - cell.start])
    expression = parse(cell.text)
    each = rates or _unit_in(expression) == PERCENT or expression.number is None
    if len(pieces) == 1 and count == 2 and each:
        return cell
    return Cell(cell.start, cell.start, "")


# A number in a row named with its fall (能耗降低 4) is the fall, the series' change is -4: the
# verbatim cell cannot carry the sign, so the analyst writes it (below "accept all").
FALL_CONFIDENCE = 0.45


def _row_candidates(
    text, table, values, catalogue, name, unit_text, parent, span, *, new=False,
    falling=False, level=False, growth_row=False, target_row=False,
):  # fmt: skip
    """The candidates of a row's cells, each of its column's year and kind; of the years' targets
    in a `target_row`."""
    found = []
    indexed = bool(INDEX_BASE.fullmatch(squeeze(unit_text)))  # (上年＝100: a price index)
    row_unit = PERCENT if indexed else clean_unit(unit_text)
    rated = rate_targets(table.columns, values, row_unit)
    for column, cell in _pieces(zip(table.columns, values, strict=True)):
        value = cell.text
        held = squeeze(value)  # (a plan's average growth over its years, 年均7: no year's)
        if held in EMPTY_VALUES or held.startswith("年均") or not column.year or not column.kind:
            continue
        if NO_TARGET_SET.search(value) and not OPENS_ON_A_FIGURE.match(value):
            continue  # 市级未下达目标, 2024年省未下达; but 4.5以内（省未下达，自行确定） has its target
        if not cell_reads(value):  # a piece of a cell, as a row a page broke leaves (完成省下)
            continue
        written = row_unit or header_unit(catalogue, name, column, new)
        # a growth column holds rates, except for rows whose unit says they have none (—)
        written = PERCENT if column.measure == "growth" and row_unit != NO_UNIT else written
        expression = parse(value)
        own = _unit_in(expression) or (PERCENT if _GROWTH_CELL.match(value) else "")
        if not row_unit and own not in ("", PERCENT, "个百分点"):
            written = own  # a level under a growth header: a target set as an amount (300亿元)
        elif not written or own == PERCENT:
            # the unit written in the value: 6.5%左右, 3500亿元, 1.62万人; a rate in a row of
            # levels (亿元 | 增长8% | 573.9, 增长7.5左右) is the growth the plan set
            written = own or written
        if cell.start in rated:
            written = PERCENT  # 565.3 | 5.8 | 6.5左右: the growth the plan set
        measure = _measure(column, level, growth_row, expression)
        unit, is_new = _series(catalogue, name, written, value, new, measure)
        as_index = indexed and column.measure != "growth"  # (its growth column: the change)
        if as_index and not index_in_base(expression.number):
            continue
        if unit == PERCENT and not own and beyond_any_rate(expression) and not as_index:
            continue  # 4355.2 read as a rate: the row's cells shifted, it is an amount
        if not own and written != unit and written.endswith("元") and unit.endswith("元"):
            continue  # 3168524 in a row of 万元 (or 美元 of a 元 series): the cell has no unit to quote
        found.append(
            candidate(
                text,
                indicator=name,
                unit=unit,
                year=column.year,
                kind=TARGET if target_row else column.kind,
                quote_span=span,
                value_span=cell_value_span(text, cell, unit),
                confidence=0.5 if is_new else _confidence(expression, falling, as_index),
                source=ANNEX,
                new_indicator=is_new,
                parent=parent,
                flags=_row_flags(text, span[0], cell.start),
                adjusted=column.adjusted,
            )
        )
    return found


def _measure(column, level, growth_row, expression):
    """The measure a cell holds: its column's; a level in a row of levels, or in a column of
    levels (levels_beside_growth) but in a `growth_row` (…增速), a target's only beyond any rate
    (6左右 | 1286 | 5.6; 1400 | 6)."""
    large = column.kind != TARGET or beyond_any_rate(expression)
    levels = level or (column.levels and not growth_row and large)
    return column.measure or ("level" if levels else None)


def _row_flags(text, row_start, value_start):
    """The flags a row's name states (（预计）, （同口径）), 同口径 too for a change of scope
    taken out (一般公共预算收入（扣除减税降费因素）): a growth of a comparable basis."""
    named = text[row_start:value_start]
    flags = [flag for flag in FLAGS if flag in named]
    if COMPARABLE_FLAG not in flags and comparable_again(text, row_start, value_start):
        flags.append(COMPARABLE_FLAG)
    return flags


# the comma between a level and its growth in one cell, and a basis noted before the growth:
# 20170.45亿元，增长3.4%; 24.8亿元，同口径增长6.3%; 63410元，按可比价格计算增长4.9%
_LEVEL_GROWTH_COMMA = re.compile(
    r"\s*[，,]\s*(?:同口径|按?可比(?:口径|价格?(?:计算)?)?|按不变价格?(?:计算)?"
    r"|[剔扣]除[^，,；;\d]{1,12}?因素后?)?\s*(?=(?:同比|比上年|较上年)?(?:增长|下降))"
)


def _pieces(columns_and_cells):
    """Each column and its cell; a results cell holding a level and its growth (20170.45亿元，
    增长3.4%) as two, one under each measure."""
    for column, cell in columns_and_cells:
        comma = _LEVEL_GROWTH_COMMA.search(cell.text)
        if column.measure or comma is None:
            yield column, cell
            continue
        growth_at = cell.start + comma.end()
        level = Cell(cell.start, cell.start + comma.start(), cell.text[: comma.start()])
        growth = Cell(growth_at, cell.end, cell.text[comma.end() :])
        if _unit_in(parse(level.text)) in ("", PERCENT) or _unit_in(parse(growth.text)) != PERCENT:
            yield column, cell
            continue
        yield replace(column, measure="level"), level
        yield replace(column, measure="growth"), growth


_GROWTH_CELL = re.compile(r"\s*(?:比上年|同比)?(?:增长|增速|增幅|下降|回落)\s*-?\d")


def _confidence(expression, falling, indexed=False):
    if indexed:
        return INDEX_CONFIDENCE  # the change is the index less its base: the analyst writes it
    return FALL_CONFIDENCE if falling and expression.number is not None else 0.95


def _unit_in(expression):
    unit = expression.unit or ""
    return PERCENT if unit in ("%", "％") else clean_unit(unit) if unit else ""


def _series(catalogue, name, written, value, new, measure=None):
    """(unit, is a new series) for a value of `name` in a column whose unit is `written`; in a
    level column of a row without a unit, the series' one level unit (43760 of an income: 元)."""
    if not new:
        worded = not re.search(r"\d", value)  # 与经济增长基本同步 in a level column: a growth
        if (written or measure == "level") and not worded:
            fitting = catalogue.series(name, written)
            if fitting:
                return fitting[0], False
        if worded or not written:
            unit = catalogue.qualitative_series(name)
            if unit:
                return unit, False
    return written or NO_UNIT, True
