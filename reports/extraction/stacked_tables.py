"""Annex tables pasted from a PDF one cell per line: the header's cells on lines of their own
(指标名称 / 单位 / 2022年计划 / 2022年预计 / 2023年计划), then each row's cells, as many lines
a row as the header has. The table is read as if it had been tabbed, each cell keeping its
offsets, and ends at the first group of lines that is not a row of it.
"""

import re

from indicators.expressions import UNPARSED, parse
from reports.extraction.column_headers import HEADER_YEAR
from reports.extraction.lexicon import squeeze
from reports.extraction.table_layout import (
    EMPTY_VALUES,
    NAME_HEADER,
    Cell,
    header_table,
)

_HEADER_CELL = re.compile(r"单位|计量单位|属性|序号")
_LONGEST_HEADER_CELL = 16
_LONGEST_UNIT = 6
_NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?")


def stacked_tables(text, results_kind):
    """(Table, rows) for each table pasted one cell per line, as `table_layout.tables` gives
    them; rows are (start, end, cells, tabbed=True)."""
    lines = cell_lines(text)
    found, index = [], 0
    while index < len(lines):
        table, rows, index = _table_at(text, lines, index, results_kind)
        if rows:
            found.append((table, rows))
    return found


# a stored web page may end each cell given a line of its own with a bar (指标名称 |)
_CELL_END = re.compile(r"[ \t\u3000]*\|$")


def cell_lines(text):
    """Cells of the text's non-empty lines, stripped (of a cell's closing bar too), with their
    offsets."""
    cells, position = [], 0
    for line in text.splitlines(keepends=True):
        stripped = _CELL_END.sub("", line.strip()).strip()
        if stripped:
            first = position + len(line) - len(line.lstrip())
            cells.append(Cell(first, first + len(stripped), stripped))
        position += len(line)
    return cells


def _table_at(text, lines, index, results_kind):
    """(Table, rows, next index) when a stacked header starts at `index`, else (None, [], index + 1)."""
    if not names_column(lines[index].text):
        return None, [], index + 1
    end = index + 1
    while end < len(lines) and _is_header_cell(lines[end].text):
        end += 1
    headers = lines[index:end]
    table = header_table(headers, True, results_kind) if len(headers) >= 3 else None
    if table is None:
        return None, [], index + 1
    width, rows = len(headers), []
    while end + width <= len(lines) and _is_row(lines[end : end + width], table):
        row = lines[end : end + width]
        rows.append((row[0].start, row[-1].end, row, True))
        end += width
    table.start, table.end = headers[0].start, (rows[-1][1] if rows else headers[-1].end)
    return table, rows, end


def names_column(line):
    squeezed = squeeze(line)  # a page may space a header's characters out: 指 标 名 称
    return len(squeezed) <= _LONGEST_HEADER_CELL and bool(NAME_HEADER.search(squeezed))


def _is_header_cell(line):
    squeezed = squeeze(line)
    if len(squeezed) > _LONGEST_HEADER_CELL or "\t" in line:
        return False
    if _HEADER_CELL.fullmatch(squeezed) or "属性" in squeezed:
        return True
    year = HEADER_YEAR.search(squeezed)
    # 2023年计划, 2022 年预计完成: a year and words, no other number
    return bool(year) and not _NUMBER.search(squeezed[: year.start()] + squeezed[year.end() :])


def _is_row(cells, table):
    """A row: a name that is words, a unit that is short, values that read (or are empty)."""
    name = cells[table.name_index].text
    if _NUMBER.fullmatch(squeeze(name)) or not re.search(r"[\u4e00-\u9fff]", name):
        return False
    if _is_header_cell(name) or names_column(name):
        return False
    unit = cells[table.unit_index].text if table.unit_index is not None else ""
    if len(squeeze(unit)) > _LONGEST_UNIT:
        return False
    return all(
        squeeze(cells[column.index].text) in EMPTY_VALUES
        or parse(cells[column.index].text).kind != UNPARSED
        for column in table.columns
        if column.kind
    )
