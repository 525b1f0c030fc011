"""A spaced table (a PDF's text layer, a table typed with spaces) leaves an empty cell as a gap:
地区生产总值  亿元  (no target)  331.6  预期性. Counted cell by cell, the row's values would slide
left into the columns before them; read by display column, each goes under the header cell it
stands beneath, a wide (CJK) character taking two columns, as the page laid them out."""

from itertools import pairwise

from reports.extraction.captions import display_width
from reports.extraction.line_cells import Cell, line_cells


def header_spans(text, line_start, cells):
    """The display columns (first, last) each header cell covers, on its line from `line_start`;
    None when two cells stand a single space apart (a header split at every space, not laid
    out in columns)."""
    spans = [_span(text, line_start, cell) for cell in cells]
    if any(later[0] - earlier[1] < _GAP for earlier, later in pairwise(spans)):
        return None
    return spans


_GAP = 2  # columns between two cells of a header laid out in columns, at least


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


def placed_over_lines(text, start, end, spans, values):
    """A row a page wrapped over lines (创新 8 研究与试验发展经费支出占 … / 驱动 GDP比重), each
    line's cells placed by column and each column's pieces joined (创新驱动, …支出占GDP比重);
    None when a line's cells are not placed, or a second piece falls under a column of `values`
    (a value broken off, a page's footer and header over a page break: read as before)."""
    columns, line_start = [[] for _span in spans], start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        cells = [cell for cell in line_cells(text, line_start, line_end) if cell.text]
        placed = placed_by_column(text, line_start, cells, spans) if cells else []
        if placed is None:
            return None
        for index, (pieces, cell) in enumerate(zip(columns, placed, strict=False)):
            if cell.text and pieces and index in values:
                return None
            pieces += [cell] if cell.text else []
        line_start = line_end + 1
    return [
        Cell(pieces[0].start, pieces[-1].end, "".join(p.text for p in pieces))
        if pieces
        else Cell(start, start, "")
        for pieces in columns
    ]


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
