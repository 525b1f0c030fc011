"""Annex tables laid on their side: the years as rows and the indicators as columns, as a report
sets a series out over the years (年份 | 地区生产总值（亿元） | 增长（%） | …, then 2019年 | 1561.3 |
7.6 | …), or a year's targets and results a row each (项目 | 地区生产总值增长（%） | …, then
2024年预期目标 | 6.5左右 | …). Each indicator's column is read as a row of a table dated by the
row's first cell, so the annex's reader takes it as any other, quoting the row of the year."""

import re

from reports.extraction.column_headers import (
    GROWTH_HEADER,
    LEVEL_HEADER,
    PART_OF_YEAR,
    Column,
    header_column,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell, line_cells
from reports.extraction.row_names import resolved_row, row_name
from reports.extraction.table_layout import Table
from reports.extraction.titles import text_lines

# a row's first cell: its year, perhaps its kind (2023年（预计）, 2021年预期目标, 2024年预计完成)
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})(?:\s*年)?(?![\d.])")
# a caption saying every figure of the table is a growth (主要经济指标增长情况（%）)
_ALL_GROWTHS = re.compile(r"(?:增长|增速)[^，。\n]{0,6}[（(][%％][)）]\s*$")
_FEWEST_NAMES = 2  # indicators a header names, at least, to be one laid on its side
_MOST_ROWS = 40
# columns a header has, at most: each cell quotes its row, so a wider one would be read in time
# growing with the square of its width
_MOST_COLUMNS = 31


def transposed_tables(text, catalogue, results_kind, plan_year=None):
    """(Table, rows) for each row of years under a header of indicators, as `table_layout.tables`
    gives them: a table a row, its rows the indicators' cells."""
    found, caption, index = [], "", 0
    lines = [(start, start + len(line.rstrip("\r\n"))) for start, line in text_lines(text)]
    while index < len(lines):
        header = _header(text, *lines[index], catalogue, caption)
        caption, index = text[slice(*lines[index])], index + 1
        if header is not None:
            header, index = _measured(text, lines, index, header)
            rows, index = _rows_of_years(text, lines, index, len(header))
            found += [_year_table(header, row, rows, results_kind, plan_year) for row in rows]
    return found


def _rows_of_years(text, lines, index, width):
    """(start, end, cells, year) of the rows of `width` cells from `index` that open on a year,
    but a part of the year's (2023年1-6月: no year's figure); and the index after them."""
    rows = []
    while index < len(lines) and len(rows) < _MOST_ROWS:
        start, end = lines[index]
        cells = line_cells(text, start, end)
        year = _YEAR_CELL.match(squeeze(cells[0].text)) if text[start:end].strip() else None
        if year is None or len(cells) != width:
            break
        index += 1
        if not PART_OF_YEAR.search(cells[0].text):
            rows.append((start, end, cells, int(year[1])))
    return rows, index


def _header(text, start, end, catalogue, caption):
    """The header's cells, a name each (a measure alone goes on with the name before it:
    地区生产总值（亿元） | 增长（%）), when the line names indicators and no year; else None."""
    cells = line_cells(text, start, end)
    if not _FEWEST_NAMES < len(cells) <= _MOST_COLUMNS or _YEAR_CELL.search(
        squeeze(text[start:end])
    ):
        return None
    growths = bool(_ALL_GROWTHS.search(caption.strip()))
    named, previous = 0, None
    for cell in cells[1:]:
        name = row_name(cell.text)[2]
        previous = resolved_row(catalogue, name, previous)
        named += previous is not None
    if named < _FEWEST_NAMES or resolved_row(catalogue, row_name(cells[0].text)[2], None):
        return None
    unit = "（%）" if growths else ""
    return [cells[0]] + [
        Cell(c.start, c.end, c.text + unit if unit and "%" not in c.text else c.text)
        for c in cells[1:]
    ]


def _measured(text, lines, index, header):
    """The header with the measures a line under it names joined to its names (地区生产总值 over
    增长（%）: 地区生产总值增长（%）), and the index after that line; as it was when none does."""
    if index >= len(lines):
        return header, index
    cells = line_cells(text, *lines[index])
    measures = [cell.text for cell in cells[1:]]
    fits = len(cells) == len(header) and not _YEAR_CELL.search(squeeze(cells[0].text))
    if not fits or not all(GROWTH_HEADER.search(m) or LEVEL_HEADER.search(m) for m in measures):
        return header, index
    joined = [Cell(c.start, c.end, c.text + m) for c, m in zip(header[1:], measures, strict=True)]
    return [header[0], *joined], index + 1


def _year_table(header, row, rows, results_kind, plan_year):
    """The Table of one row of years: a column dated by its first cell, a row an indicator."""
    start, end, cells, year = row
    kind = header_column(0, cells[0].text, results_kind, plan_year).kind
    table = Table(name_index=0, columns=[Column(1, year=year, kind=kind)])
    table.start, table.end = header[0].start, rows[-1][1]
    return table, [
        (start, end, [name, value], True) for name, value in zip(header[1:], cells[1:], strict=True)
    ]
