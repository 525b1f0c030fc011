"""A web table copied one cell a line, each cell closed by its bar and each row by a bar alone:

    地区生产总值 |
    增长6%左右 |
    20170.45亿元，增长3.4% |
    |

The line breaks between a row's cells read as spaces, so each row reads as a barred line
(地区生产总值 | 增长6%左右 | 20170.45亿元，增长3.4% | |), as a stored page writes it. The length of
the text is kept: offsets stay.
"""

import re
from itertools import islice

# a run of lines that are cells closed by a bar, or bars alone (a header's last row may close
# with two: 绝对值 |⏎增速 |⏎||)
_CELL_LINES = re.compile(r"(?:^[^\n|]*\|\|?[ \t]*(?:\n|\Z))+", re.M)
_ROW_END = re.compile(r"^[ \t]*\|\|?[ \t]*$")
_LEAST_ROWS = 3  # fewer rows closed by a bar alone are no table
# A copy may close no row below its header, an empty cell a bar alone too: those rows are read
# in rows of the fewest cells that open every row with a name (two Chinese characters, no
# number first).
# (its spaces taken once: a run of them is never tried again as the cell's text)
_NAME_CELL = re.compile(r"(?![ \t]*+[\d.+\-−%％])[ \t]*+[^|\n]*[\u4e00-\u9fff]{2}")
_MOST_CELLS = 8
_MOST_HEADER_ROWS = 3  # how many rows closed by a bar a header may hold: a long table is tried
# at a few starts only, never once per row


def cells_rejoined(text):
    """`text` with each barred table's rows, written one cell a line, read as one line each."""
    return _CELL_LINES.sub(_rows_rejoined, text)


def _rows_rejoined(match):
    lines = match.group().split("\n")
    row_ends = [bool(_ROW_END.match(line)) for line in lines]
    if sum(row_ends) < _LEAST_ROWS:
        return match.group()
    row_ends = [*_even_rows(lines[:-1], row_ends[:-1]), True]  # the last keeps its own break
    joined = [
        line + ("\n" if row_end else " ") for line, row_end in zip(lines, row_ends, strict=True)
    ]
    return "".join(joined)[: len(match.group())]


def _even_rows(cells, row_ends):
    """Where the rows of `cells` end: after the header's rows closed by a bar alone, in rows of
    an even width when all of them open with a name; else where `row_ends` (one a cell) says."""
    header_ends = (number + 1 for number, end in enumerate(row_ends) if end)
    for start in (0, *islice(header_ends, _MOST_HEADER_ROWS)):
        if width := _even_width(cells[start:]):
            return row_ends[:start] + [(n + 1) % width == 0 for n in range(len(cells) - start)]
    return row_ends


def _even_width(cells):
    """The fewest cells a row of `cells` may hold for every row to open with a name, or None."""
    for width in range(2, _MOST_CELLS + 1):
        rows, rest = divmod(len(cells), width)
        if not rest and rows >= _LEAST_ROWS and all(map(_NAME_CELL.match, cells[::width])):
            return width
    return None
