"""Tables of main indicators a web page gives one cell a line, often with blank lines between,
whose rows have only the cells they fill: a row whose target is a growth rate has no level
target, a group cell (规模, 效率) is written once over its rows, and a name may go on over two
lines (地区生产总值 / （简称“GDP”）, 单位地区生产总值能耗 / 降低率).

The header is read the same way: a bracketed cell goes on with the one above it (预期目标 /
（增速）), and a dated cell over measure cells (完成情况 / 绝对值 / 增速) is split into them. A
row is its name lines and the value lines after them; its values go under the columns their
units fit (a rate under a growth column, a level under a level column), in order.
"""

import re

from indicators.expressions import UNPARSED, parse
from reports.extraction.captions import caption_year, dated_by_caption
from reports.extraction.column_headers import (
    GROWTH_HEADER,
    KIND_WORDS,
    LEVEL_HEADER,
    header_column,
    measure_only,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell
from reports.extraction.sections import EXPECTED, FINAL, TARGET
from reports.extraction.stacked_tables import cell_lines, names_column
from reports.extraction.table_layout import (
    ATTRIBUTE_HEADER,
    EMPTY_VALUES,
    header_table,
)

_LONGEST_HEADER_CELL = 16
# a header has no more cells than this: a text of short lines is read in linear time
_MOST_HEADER_CELLS = 20
_NOTES = re.compile(r"备注|说明")
# a part of the year heading a column (1—6月完成, 上半年累计, 前三季度): its kind the header's cells
_PART_OF_YEAR = re.compile(
    r"(?:1\s*[-—－–~至]\s*1?\d\s*月份?|[上下]半年|前三季度|第?[一二三]季度)(?:完成|累计|实绩|预计)?$"
)
_NOT_VALUES = re.compile(rf"评价|{_NOTES.pattern}|属性|口径")  # header cells over no figures
_LONGEST_NAME = 30
_BRACKETED = re.compile(r"[（(][^（）()]{1,12}[)）]")
_NOT_NAME_HEADER = re.compile(rf"{ATTRIBUTE_HEADER.pattern}|单位|序号|排名|排位|位次|名次")
_KIND_HEADER = re.compile(rf"\d{{4}}\s*年|{KIND_WORDS.pattern}")
# a kind counted: 目标数, 预计完成数, 实际完成数
_KIND_COUNT = re.compile(rf"(?:预计|实际|全年)?(?:{KIND_WORDS.pattern})数")
# a worded value opens with a verb or a comparison (保持全国份额基本稳定, 预计可以完成), the
# comparison maybe after its measure (增长高于全省0.5个百分点)
_WORDED_VALUE = re.compile(
    r"^(?:(?:增长|增速)(?=高于|低于|快于|不低于))?"
    r"(?:预计|约|达到|保持|实现|控制|确保|力争|争取|(?:超额|基本|较好|未能?)?完成|高于|低于|不低于"
    r"|不高于|不超过|与)"
)
# a cell of an attribute column (属性: 预期性, 约束性), of no row's name
_ATTRIBUTE = re.compile(r"(?:预期|约束|指导)性")
# the second line of a name: its measure (降低率, 增长) or a bracketed alias or note
_NAME_GOES_ON = re.compile(r"^(?:[（(]|降低|下降|增长|增速|增幅|比重|占比|率)")


def ragged_tables(text, results_kind, plan_year=None):
    """(Table, rows) for each table given one cell a line with rows of unequal length, as
    `table_layout.tables` gives them; rows are (start, end, cells, tabbed=True), each row's
    cells placed under the header's columns."""
    lines = cell_lines(text)
    found, index = [], 0
    while index < len(lines):
        table, end = _header_at(lines, index, results_kind, plan_year)
        if table is None:
            index += 1
            continue
        rows, index = _rows(lines, end, table)
        if rows:
            table.end = rows[-1][1]
            found.append((table, rows))
    return found


def _header_at(lines, index, results_kind, plan_year):
    """(Table, index after its header) when a header given one cell a line starts at `index`."""
    first = lines[index].text
    numbered = squeeze(first) == "序号" and index + 1 < len(lines)
    if not names_column(lines[index + 1].text if numbered else first) or _is_value(first):
        return None, index
    end, last = index + 1, min(len(lines), index + _MOST_HEADER_CELLS)
    while end < last and _is_header_cell(lines, end):
        end += 1
    cells = _header_cells(lines[index:end], results_kind)
    if len(cells) < 3 or any(squeeze(c.text) in ("单位", "计量单位") for c in cells):
        return None, index  # a table with a unit column has rows of equal length
    caption = lines[index - 1].text if index else ""
    cells, captioned = dated_by_caption(cells, caption), _caption_year(caption, cells, plan_year)
    table = header_table(cells, False, results_kind, plan_year, captioned)
    if table is None or not any(c.figures for c in table.columns):
        return None, index
    table.start = lines[index].start
    _notes_as_levels(table, cells)
    return table, end


def _notes_as_levels(table, cells):
    """A notes column (备注) right after the results' may give the result's level beside its
    growth (增长4.8% | 1347.1亿元): a level there is read as the result's, words are not (_row)."""
    for left, column in zip(table.columns, table.columns[1:], strict=False):
        if left.kind in (EXPECTED, FINAL) and _NOTES.fullmatch(squeeze(cells[column.index].text)):
            column.kind, column.year, column.measure = left.kind, left.year, "level"
            column.values = column.notes = True


def _caption_year(line, cells, plan_year):
    """The year the header's kind cells (目标, 全年完成) are of: the caption's, else, for a header
    naming both a target and a result, the year before the one planned (the year reviewed)."""
    captioned = caption_year(line)
    if captioned or not plan_year:
        return captioned
    kinds = {header_column(0, c.text, EXPECTED).kind for c in cells}
    return plan_year - 1 if {TARGET, EXPECTED} <= kinds else None


def _is_header_cell(lines, at):
    squeezed = squeeze(lines[at].text)
    if len(squeezed) > _LONGEST_HEADER_CELL or re.search("[，。；,;]", squeezed):
        return False
    if re.search(r"\d{4}\s*年", squeezed) and _KIND_HEADER.search(squeezed.split("年", 1)[1]):
        return True  # 2021年预期目标, which reads as a value of 2021
    if re.search("情况|评价", squeezed) or _KIND_COUNT.fullmatch(squeezed):
        return True  # 完成情况评价, 预计完成数, which read as worded values
    if _PART_OF_YEAR.match(squeezed):
        return True  # 1—6月完成, which reads as a range: a column of no year's figure
    if _is_value(squeezed):
        return False
    if _BRACKETED.fullmatch(squeezed) or _NOT_NAME_HEADER.search(squeezed):
        return True
    if _NOTES.fullmatch(squeezed):  # 备注, over the notes that may give a result's level
        return True
    growth = GROWTH_HEADER.search(squeezed)  # 比上年增长%, not a row's 地区生产总值增速（%
    if names_column(squeezed) or _KIND_HEADER.search(squeezed) or (growth and growth.start() <= 4):
        return True
    # a level measure heads a column when a growth one follows (绝对值 / 增速), not alone
    # (规模 is as often a group of rows)
    following = squeeze(lines[at + 1].text) if at + 1 < len(lines) else ""
    return bool(LEVEL_HEADER.fullmatch(squeezed) and GROWTH_HEADER.search(following))


def _header_cells(lines, results_kind):
    """The header's cells: a bracketed line joined to the one above, a dated cell over two
    measure cells or more split into them (2021年完成情况 / 绝对值 / 增速)."""
    joined = []
    for line in lines:
        if joined and _BRACKETED.fullmatch(squeeze(line.text)):
            last = joined[-1]
            joined[-1] = Cell(last.start, line.end, last.text + line.text)
        else:
            joined.append(line)
    return _spread_measures(_split_dated(joined, results_kind), results_kind)


def _split_dated(joined, results_kind):
    cells, index = [], 0
    while index < len(joined):
        cell, index = joined[index], index + 1
        measures = index
        while measures < len(joined) and _measure_alone(joined[measures].text, results_kind):
            measures += 1
        if (
            measures - index >= 2
            and _over_figures(cell.text, results_kind)
            # a target beside its own year's results leaves the measures to them
            and not (index >= 2 and _beside_its_results(joined[index - 2], cell, results_kind))
        ):
            cells += _under(cell, joined[index:measures])
            index = measures
        else:
            cells.append(cell)
    return cells


def _spread_measures(cells, results_kind):
    """A run of measure cells after the header's kind cells (2017年目标 / 2017年实绩 / 完成情况评价
    / 增长 / 总量 / 增长): each kind cell without a measure of its own split under the measures,
    the last taking as many as it can without one twice, the ones before it the rest; but the
    results' cell takes them all before the target of their own year (完成情况 / 年度目标 /
    绝对值 / 同比增长)."""
    run = len(cells)
    while run > 0 and _measure_alone(cells[run - 1].text, results_kind):
        run -= 1
    measures = cells[run:]
    kinds = [
        i
        for i, c in enumerate(cells[:run])
        if _over_figures(c.text, results_kind) and not _measure_of(c, results_kind)
    ]
    if len(measures) < 2 or not kinds:
        return cells
    words = [_measure_of(m, results_kind) for m in measures]
    beside = len(kinds) == 2 and _beside_its_results(*(cells[i] for i in kinds), results_kind)
    groups = (beside and _grouped(kinds[:1], words, measures)) or _grouped(kinds, words, measures)
    if groups is None:
        return cells  # more measures than the kind cells take
    return [
        part
        for index, cell in enumerate(cells[:run])
        for part in (_under(cell, groups[index]) if groups.get(index) else [cell])
    ]


def _grouped(kinds, words, measures):
    """{kind cell's index: its measure cells}, the last kind cell taking as many as it can
    without one twice, the ones before it the rest; None when some are left over."""
    groups, taken = {}, len(measures)
    for index in reversed(kinds):
        first = taken
        while first and words[first - 1] not in words[first:taken]:
            first -= 1
        groups[index], taken = measures[first:taken], first
    return None if taken else groups


def _beside_its_results(results, target, results_kind):
    """Whether `target` is the target of the year `results` are the results of, right after them
    (完成情况 / 年度目标): one figure, where the results are a level and a growth. A target of the
    year after (2022年完成 / 2023年计划) may be a level and a growth itself."""
    done, aimed = (header_column(0, cell.text, results_kind) for cell in (results, target))
    return (
        _over_figures(results.text, results_kind)
        and done.kind not in (None, TARGET)
        and not done.measure
        and aimed.kind == TARGET
        and aimed.year == done.year
    )


def _over_figures(text, results_kind):
    """Whether a header cell names a kind of figure (2021年完成情况), not a verdict or a note."""
    return bool(header_column(0, text, results_kind).kind) and not _NOT_VALUES.search(text)


def _under(cell, measures):
    """A kind cell split under its measure cells: 2021年完成情况 / 绝对值 / 增速."""
    return [Cell(cell.start, m.end, cell.text + m.text) for m in measures]


def _measure_of(cell, results_kind):
    return header_column(0, cell.text, results_kind).measure


def _measure_alone(text, results_kind):
    return measure_only(header_column(0, text, results_kind))


# a name with its unit after it in brackets and no figure (单位GDP二氧化碳排放降低（%）), though its
# fall reads as a direction (negative) as a value would (有所下降)
_NAME_AND_UNIT = re.compile(r"^\D+[（(](?:[%％‰]|[^（）()]{1,4})[)）]$")


def _is_value(text):
    squeezed = squeeze(text)
    if squeezed in EMPTY_VALUES or _WORDED_VALUE.match(squeezed):
        return True
    if _NAME_AND_UNIT.match(squeezed):
        return False
    return parse(squeezed).kind != UNPARSED


def _rows(lines, index, table):
    """The table's rows from lines[index], and the index after the table: a row is its name
    lines and the value lines after them."""
    rows, names, attributed = [], [], False
    while index < len(lines):
        line = lines[index]
        if _ATTRIBUTE.fullmatch(squeeze(line.text)) or _serial(lines, index, table):
            # after a row's attribute (预期性) comes its first value, however worded (进一步提高)
            attributed = bool(names) and _ATTRIBUTE.fullmatch(squeeze(line.text)) is not None
            index += 1
            continue
        if _is_value(line.text) or (attributed and _short_cell(line.text)):
            values = [line]
            index += 1
            while (
                index < len(lines)
                and _is_value(lines[index].text)
                and not _serial(lines, index, table)
            ):
                values.append(lines[index])
                index += 1
            row = _row(table, names, values)
            if row is not None:
                rows.append(row)
            names, attributed = [], False
            continue
        if not _short_cell(line.text):
            break
        names.append(line)
        index += 1
    return rows, index


def _short_cell(text):
    """Whether a line may be a cell: short, no sentence."""
    return len(squeeze(text)) <= _LONGEST_NAME and not re.search("[，。；,;：:]", text)


def _serial(lines, index, table):
    """Whether the line is a row's number in a 序号 column: a small whole number before a name."""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return (
        table.serial
        and re.fullmatch(r"\d{1,3}", squeeze(lines[index].text)) is not None
        and not _is_value(following)
    )


def _row(table, names, values):
    """(start, end, cells, True) of a row, or None for values with no name or more values than
    the table has columns."""
    columns = [c for c in table.columns if c.figures]
    if len(values) > len(columns) and len(values) == len(table.columns):
        # a row filling every column, one of no figures too (全省排名): each value in its place
        placed = [(c, v) for c, v in zip(table.columns, values, strict=True) if c.figures]
        columns, values = [c for c, _v in placed], [v for _c, v in placed]
    if not names or not values or len(values) > len(columns):
        return None
    name = names[-1]
    if len(names) > 1 and _NAME_GOES_ON.match(squeeze(name.text)):
        name = Cell(names[-2].start, name.end, names[-2].text + name.text)
    width = max([c.index for c in table.columns] + [table.name_index]) + 1
    cells = [Cell(name.start, name.start, "")] * width
    cells[table.name_index] = name
    for column, value in zip(_fitting(columns, values), values, strict=True):
        if not column.notes or _fit(column, value.text) > 0:
            cells[column.index] = value
    return name.start, values[-1].end, cells, True


def _fitting(columns, values):
    """The columns, in order, the values go under: the choice whose units fit best, the
    leftmost of equals. Found by dynamic programming over (value, column), not by trying every
    choice (nine values under nineteen columns were 92,378 choices a row)."""
    if len(values) == len(columns):
        return columns
    fits = [[_fit(column, value.text) for column in columns] for value in values]
    best = _best_fits(fits, len(values), len(columns))
    chosen, column = [], 0
    for index in range(len(values)):
        # the leftmost column that still reaches the best total
        while fits[index][column] + best[index + 1][column + 1] != best[index][column]:
            column += 1
        chosen.append(columns[column])
        column += 1
    return chosen


def _best_fits(fits, count, width):
    """best[i][j]: the best total fit of values i… placed in order under columns j…"""
    unplaceable = float("-inf")
    best = [[unplaceable] * (width + 2) for _ in range(count + 1)]
    best[count] = [0] * (width + 2)
    for index in range(count - 1, -1, -1):
        for column in range(width - 1, -1, -1):
            here = fits[index][column] + best[index + 1][column + 1]
            best[index][column] = max(here, best[index][column + 1])
    return best


def _fit(column, value_text):
    """How well a value fits a column: a rate under a growth column, a level under a level
    column; a level under a growth column is a target set as an amount (300亿元 under 预期目标
    （增速）), unlikely but possible."""
    unit = parse(value_text).unit
    if unit is None or not column.measure:
        return 0
    rate = unit in ("%", "％", "‰")
    if column.measure == "growth":
        return 2 if rate else -1
    return -3 if rate else 2
