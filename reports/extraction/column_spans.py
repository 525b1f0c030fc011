"""A spaced table (a PDF's text layer, a table typed with spaces) leaves an empty cell as a gap:
地区生产总值  亿元  (no target)  331.6  预期性. Counted cell by cell, the row's values would slide
left into the columns before them; read by display column, each goes under the header cell it
stands beneath, a wide (CJK) character taking two columns, as the page laid them out."""

from reports.extraction.captions import display_width
from reports.extraction.line_cells import Cell


def header_spans(text, line_start, cells):
    """The display columns (first, last) each header cell covers, on its line from `line_start`."""
    return [_span(text, line_start, cell) for cell in cells]


def placed_by_column(text, row_start, cells, spans):
    """The row's cells one under each header cell its display columns fall in, an empty cell
    where it left a gap; None when two cells fall under one header cell, or out of order (a
    row the header's columns do not place)."""
    placed, last = [None] * len(spans), -1
    for cell in cells:
        first, end = _span(text, row_start, cell)
        under = max(range(len(spans)), key=lambda n: _fit(spans[n], first, end))
        if under <= last:
            return None
        placed[under], last = cell, under
    return [Cell(row_start, row_start, "") if cell is None else cell for cell in placed]


def _span(text, line_start, cell):
    first = display_width(text[line_start : cell.start])
    return first, first + display_width(text[cell.start : cell.end])


def _fit(span, first, end):
    """How well a cell at columns first..end sits under a header span: the columns they share,
    else (as a negative) how far apart their middles are."""
    shared = min(span[1], end) - max(span[0], first)
    if shared > 0:
        return shared
    return -abs((span[0] + span[1]) - (first + end)) / 2
