"""A table of years as rows that a web page gives one cell a line, often with blank lines
between:

    年份
    地区生产总值增长目标（%）
    地区生产总值实际增长（%）
    2016
    7
    7.0
    2017
    …

The header opens on its year column's name (年份, 年度) and each row on its year, every row as
wide as the header. The breaks between a row's cells read as tabs and those between rows as
one line break, so the table reads as the tabbed table of years a spreadsheet gives. The length
of the text is kept: offsets stay.
"""

import itertools
import re

_YEAR_HEADER = re.compile(r"^[ \t　]*(?:年[ 　]*[份度别]|时间)[ \t　]*$", re.M)
_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")
# a column's name: words, maybe with its unit in brackets, and no figure of its own
_NAME = re.compile(r"(?=[^\d\n]*[\u4e00-\u9fff]{2})[^\n]{2,30}")
_VALUE = re.compile(r"[^\n，。；：]{1,16}")  # a figure or a few words, never a sentence
_FEWEST_COLUMNS = 2
_MOST_COLUMNS = 20
_FEWEST_ROWS = 2
_CELL = re.compile(r"\S(?:[^\n]*\S)?")  # a line's text, its spaces around it left


def year_rows_rejoined(text):
    """`text` with each table of years as rows, written one cell a line, read as tabbed lines."""
    if not _YEAR_HEADER.search(text):
        return text
    cells = list(_CELL.finditer(text))
    out = list(text)
    for index, cell in enumerate(cells):
        if _YEAR_HEADER.fullmatch(cell.group()) and (table := _table(cells, index)):
            _rejoin(out, *table)
    return "".join(out)


def _width(cells, index):
    """How many cells a row of the table whose header opens at `index` holds."""
    width = 1
    while (
        width <= _MOST_COLUMNS + 1 and index + width < len(cells) and _is_name(cells[index + width])
    ):
        width += 1
    return width


def _table(cells, index):
    """(the cells, the row's width) of a table of years as rows whose header opens at `index`,
    or None when no such table opens there."""
    width = _width(cells, index)
    if not _FEWEST_COLUMNS < width <= _MOST_COLUMNS + 1:
        return None
    end, rows = index + width, 0
    while end + width <= len(cells) and _is_row(cells[end : end + width]):
        end, rows = end + width, rows + 1
    return (cells[index:end], width) if rows >= _FEWEST_ROWS else None


def _is_name(cell):
    return bool(_NAME.fullmatch(cell.group())) and not _YEAR.match(cell.group())


def _is_row(row):
    return (
        bool(_YEAR.fullmatch(row[0].group()))
        and all(_VALUE.fullmatch(cell.group()) for cell in row[1:])
        and not any(_YEAR.fullmatch(cell.group()) for cell in row[1:])
    )


def _rejoin(out, cells, width):
    """Write the breaks between `cells` into `out` as tabs inside a row, as one line break
    between rows."""
    for number, (cell, following) in enumerate(itertools.pairwise(cells)):
        gap = range(cell.end(), following.start())
        if (number + 1) % width:
            for at in gap:
                out[at] = "\t"
        else:
            for at in gap:
                out[at] = " "
            out[gap[-1]] = "\n"
