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

The header opens on its year column's name (年份, 年度, 年别, 时间) and each row on its year,
every row as wide as the header. The breaks between a row's cells read as tabs and those between
rows as one line break, so the table reads as the tabbed table of years a spreadsheet gives. The
length of the text is kept: offsets stay.
"""

import itertools
import re

_YEAR_HEADER = re.compile(r"^[ \t\u3000]*(?:年[ \u3000]*[份度别]|时间)[ \t\u3000]*$", re.M)
_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")
# a column's name: words, maybe with its unit in brackets, and no figure of its own
_NAME = re.compile(r"(?=[^\d\n]*[\u4e00-\u9fff]{2})[^\n]{2,30}")
# a value: a figure or a few words (6左右, 与经济增长同步, —), never a sentence nor a heading
# (二、2024年主要预期目标, （三）…, 1. …) nor words of a year
_VALUE = re.compile(
    r"(?![一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．](?!\d))"
    r"(?![^\n]*年)[^\n，。；：]{1,16}"
)
# a row's cells, its year's counted: the year's and two columns at least, at most twenty more
_FEWEST_CELLS = 3
_MOST_CELLS = 21
_FEWEST_ROWS = 2
_CELL = re.compile(r"\S(?:[^\n]*\S)?")  # a line's text, its spaces around it left


def year_rows_rejoined(text):
    """`text` with each table of years as rows, written one cell a line, read as tabbed lines."""
    if not _YEAR_HEADER.search(text):
        return text
    cells = list(_CELL.finditer(text))
    out = list(text)
    index = 0
    while index < len(cells):
        table = _YEAR_HEADER.fullmatch(cells[index].group()) and _table(cells, index)
        if table:
            _rejoin(out, *table)
        index += len(table[0]) if table else 1  # (no header is looked for inside a table)
    return "".join(out)


def _width(cells, index):
    """How many cells a row of the table whose header opens at `index` holds: its year's and
    the names after it, up to one past the most."""
    width = 1
    while width <= _MOST_CELLS and index + width < len(cells) and _is_name(cells[index + width]):
        width += 1
    return width


def _table(cells, index):
    """(the cells, the row's width) of a table of years as rows whose header opens at `index`,
    or None when no such table opens there."""
    width = _width(cells, index)
    if not _FEWEST_CELLS <= width <= _MOST_CELLS:
        return None
    end, rows = index + width, 0
    while end + width <= len(cells) and _is_row(cells[end : end + width]):
        end, rows = end + width, rows + 1
    return (cells[index:end], width) if rows >= _FEWEST_ROWS else None


def _is_name(cell):
    """Whether a line is a column's name: words, no year first."""
    return bool(_NAME.fullmatch(cell.group())) and not _YEAR.match(cell.group())


def _is_row(row):
    """Whether `row`'s lines are a year's row: its year, then a value a column, every one of them
    there (a row short of its values would take the lines after the table)."""
    return bool(_YEAR.fullmatch(row[0].group())) and all(
        _VALUE.fullmatch(cell.group()) for cell in row[1:]
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
