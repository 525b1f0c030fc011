"""A grid table, as pandoc and other converters write one (+------+-----+ rules between rows,
| 全社会固定资产 | 亿元 | 4700 | over | 投资 | | |): a row is every barred line between two
rules, its cells wrapped over them column by column, and is read with each column's pieces
joined (全社会固定资产投资)."""

from reports.extraction.line_cells import Cell
from reports.extraction.markdown_marks import is_grid_rule


def goes_on(text, row_start, row_end, line_start):
    """Whether the barred line at `line_start` goes on with the grid row at row_start..row_end:
    a grid rule stands right above that row and none between it and the line."""
    if text[row_end:line_start].strip():
        return False
    above_end = text.rfind("\n", 0, row_start)
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    return above_end > 0 and is_grid_rule(text[above_start:above_end])


def joined(cells, more, values):
    """The row's cells with the next line's joined on, column by column (the next line may leave
    its empty cells at the end out); None when it has more cells than the row, or a second
    value under a column of `values` (6168.2 over （增长12.1%）: a line of its own, as before)."""
    if len(more) > len(cells):
        return None
    more = [*more, *(Cell(cell.end, cell.end, "") for cell in cells[len(more) :])]
    if any(
        n in values and a.text and b.text for n, (a, b) in enumerate(zip(cells, more, strict=True))
    ):
        return None
    return [_join(cell, piece) for cell, piece in zip(cells, more, strict=True)]


def _join(cell, piece):
    if not piece.text:
        return cell
    if not cell.text:
        return piece
    return Cell(cell.start, piece.end, cell.text + piece.text)
