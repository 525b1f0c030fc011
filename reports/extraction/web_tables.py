"""Tables copied from a web page as text: cells separated by ` | ` (a stored page) or by tabs (a
browser's copy of an HTML table). Merged cells are not repeated: a rowspan cell (a 类别, 属性 or
序号 cell) is written only in its group's first row, and a colspan header (a year over 绝对值 |
增速) has its sub-header's cells on the next line alone. So rows have different numbers of cells,
and each is aligned to the header's columns by what its cells are — a unit, a value — not by
position alone.
"""

import re

from indicators.expressions import NEGATIVE, POSITIVE, UNPARSED, parse
from reports.extraction.column_headers import (
    GROWTH_HEADER,
    LEVEL_HEADER,
    Column,
    header_column,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.wrapped_rows import UNITS

_BAR = "|"
_UNIT_NOTE = re.compile(r"[（(][^（）()]{0,4}[)）]")  # （%）


def barred(line):
    """Whether a line is a row of cells separated by bars (a | b | c)."""
    return line.count(_BAR) >= 2


def bar_pieces(text, start, end):
    """(start, end) of a barred line's cells, the empty cells a page pads its rows with at the
    end left out."""
    pieces, position = [], start
    for piece in text[start:end].split(_BAR):
        pieces.append((position, position + len(piece)))
        position += len(piece) + 1
    while pieces and not text[pieces[-1][0] : pieces[-1][1]].strip():
        pieces.pop()
    return pieces


def is_unit(cell_text):
    """A unit cell: 亿元, %, 万元/人年."""
    squeezed = squeeze(cell_text)
    if not squeezed or re.search(r"\d", squeezed) or len(squeezed) > 8:
        return False
    return squeezed in UNITS or squeezed.split("/")[0] in UNITS


_LONGEST_WORDED_CHANGE = 6  # 保持正增长, 稳中有降, 持续下降: a longer cell ending so is a name


def _reads(cell_text):
    """Whether a cell reads as a value: not a name that ends in a change (万元GDP能耗下降（%）)."""
    kind = parse(cell_text).kind
    if kind in (POSITIVE, NEGATIVE):
        return len(_UNIT_NOTE.sub("", squeeze(cell_text))) <= _LONGEST_WORDED_CHANGE
    return kind != UNPARSED


def aligned(cells, table, blank):
    """A row's cells moved under the header's columns: cells merged down from the rows above
    (a 类别 cell written only in its group's first row) are missing on the left, and a group
    cell with no column of its own is one too many. The unit cell, when the table has a unit
    column, else the name cell (the one before the first value), says by how much."""
    if _unit_in_name(cells, table):  # (地区生产总值（亿元） | 1892.4 under 指标 | 单位 | …)
        unit = table.unit_index
        return cells[:unit] + [blank] + cells[unit:]
    if table.unit_index is not None:
        at = next((i for i, c in enumerate(cells) if is_unit(c.text)), None)
        shift = table.unit_index - at if at is not None else 0
    else:
        name = table.name_index
        shift = 0
        if 0 < name < len(cells) and _reads(cells[name].text) and not _reads(cells[0].text):
            shift = next((name - i for i in range(name) if _reads(cells[i + 1].text)), 0)
    if shift > 0:
        return [blank] * shift + cells
    if shift < 0:
        return cells[-shift:]
    return cells


_UNIT_ENDING = re.compile(r"[（(][^（）()\d]{1,6}[)）]\s*$")


def _unit_in_name(cells, table):
    """Whether a row a cell short of its header leaves the unit column out, its name ending on
    its unit in brackets."""
    unit, name = table.unit_index, table.name_index
    width = max(column.index for column in table.columns) + 1
    if unit is None or unit != name + 1 or len(cells) != width - 1 or is_unit(cells[unit].text):
        return False  # (a row with its unit cell is short of another: its last left out)
    ending = _UNIT_ENDING.search(cells[name].text)
    return bool(ending) and is_unit(ending.group().strip()[1:-1])


def subheader_texts(cells, table):
    """The texts of a line of measures under the colspan header cells (绝对值 | 增速（%）, 增幅 |
    绝对值 | 评价), or None: fewer cells than the header's value columns would need, none of them a
    value, one of them at least a measure."""
    texts = [squeeze(c.text) for c in cells if c.text.strip()]
    if not texts or len(texts) > len(table.columns) + 4 or any(_reads(t) for t in texts):
        return None
    if not any(GROWTH_HEADER.search(t) or LEVEL_HEADER.search(t) for t in texts):
        return None
    return texts


def spread_subheader(table, texts, results_kind):
    """The sub-header's cells under the colspan header cells, the last value columns with a
    kind (2022年实绩 over 绝对值 | 增速, 完成情况 over 增幅 | 绝对值 | 评价), each split in as many
    columns as it spans."""
    valued = [c for c in table.columns if c.figures]
    # a colspan header spans two cells at least: as many of the last value columns as share
    # the sub-header's cells evenly, two or more each
    spanned = next(
        (n for n in range(len(valued), 0, -1) if len(texts) % n == 0 and len(texts) // n >= 2),
        None,
    )
    if spanned is None:
        return
    size = len(texts) // spanned
    pairs = [(c, texts[n * size : (n + 1) * size]) for n, c in enumerate(valued[-spanned:])]
    spans = {id(column): words for column, words in pairs}
    first, columns = table.columns[0].index, []
    for column in table.columns:
        for word in spans.get(id(column), [None]):
            copy = Column(first + len(columns), column.year, column.kind, column.measure)
            copy.values = column.values
            if word is not None:
                refined = header_column(0, word, results_kind)
                copy.measure = refined.measure or copy.measure
                copy.kind = refined.kind or copy.kind
                copy.values = bool(refined.measure or refined.kind)
            columns.append(copy)
    table.columns = columns
