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

# a run of lines that are cells closed by a bar, or bars alone
_CELL_LINES = re.compile(r"(?:^[^\n|]*\|[ \t]*(?:\n|\Z))+", re.M)
_ROW_END = re.compile(r"^[ \t]*\|[ \t]*$")
_LEAST_ROWS = 3  # fewer rows closed by a bar alone are no table


def cells_rejoined(text):
    """`text` with each barred table's rows, written one cell a line, read as one line each."""
    return _CELL_LINES.sub(_rows_rejoined, text)


def _rows_rejoined(match):
    lines = match.group().split("\n")
    row_ends = [bool(_ROW_END.match(line)) for line in lines]
    if sum(row_ends) < _LEAST_ROWS:
        return match.group()
    row_ends[-1] = True  # the run's last line keeps its own break
    joined = [
        line + ("\n" if row_end else " ") for line, row_end in zip(lines, row_ends, strict=True)
    ]
    return "".join(joined)[: len(match.group())]
