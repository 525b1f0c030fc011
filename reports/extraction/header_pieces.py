"""A spaced header whose cells a PDF broke over two lines column by column (年度 / 目标, 预计 /
完成, 完成 / 情况 under 类别 序号 指标名称 单位 年度 预计 属性 完成): each word of the second line
is the rest of the header cell above it, in display columns, and the cells are read joined.

Or a header of three lines, a PDF centring its merged cells: the years (2018年 2018年 2019年)
over the names of the other columns (序号 指标名称 单位 属性) over the kinds under each year (计划目标
预计完成 预期目标); each kind is dated by the year above it and set among the names by its column.

Or a spaced header that leaves its names' column blank over its indent (　　　　单位　1-12月…)."""

import re
from dataclasses import replace

from reports.extraction.captions import dated_from_above, display_width
from reports.extraction.column_headers import HEADER_YEAR, header_column
from reports.extraction.column_spans import header_spans
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell

_SLACK = 2  # columns a piece may stand off the cell above it
_PIECE = re.compile(r"[\u4e00-\u9fff（）()%％]{1,6}")  # a header word's rest: 目标, 情况, 增长（%）


# a header's measure keeps its unit: 增长% heads the column of growths (全省平均增长% the province's,
# 完成计划% the share of the plan reached), split from it as a row's name is from its unit
# (国内生产总值增长%)
_MEASURE_BEFORE_UNIT = re.compile(
    r"(?:(?:全国|全省|全市)?(?:平均)?(?:比上年)?(?:增长率?|增速|增幅|涨幅)"
    r"|(?:完成|为|占)(?:年度|全年)?计划的?|完成率)$"
)


def measures_rejoined(cells):
    """A header's cells with each measure split from its % joined again (增长 | % → 增长%)."""
    joined = []
    for cell in cells:
        if joined and cell.text in ("%", "％") and _MEASURE_BEFORE_UNIT.fullmatch(joined[-1].text):
            joined[-1] = Cell(joined[-1].start, cell.end, joined[-1].text + cell.text)
        else:
            joined.append(cell)
    return joined


def rejoined_header(cells, line_start, line, next_cells, next_start, next_line, results_kind):
    """The header line's `cells` with each cell of the next line joined to the one above it, when
    every one of them stands under a distinct cell and joining names a kind or a measure the
    cells did not; else None."""
    if not next_cells or not all(_PIECE.fullmatch(piece.text) for piece in next_cells):
        return None  # (a row: names, numbers)
    spans = [_span(line, line_start, cell) for cell in cells]
    joined, used, last = list(cells), set(), None
    for piece in next_cells:
        start, end = _span(next_line, next_start, piece)
        above = [i for i, (a, b) in enumerate(spans) if a - _SLACK <= start and end <= b + _SLACK]
        above = above or [i for i, (a, b) in enumerate(spans) if start < b and a < end]
        # (a piece's unit split from it goes to the same cell: 同期增长 | %)
        taken = bool(above) and above[0] in used
        taken = taken and not (above[0] == last and piece.text in ("%", "％"))
        if len(above) != 1 or taken or HEADER_YEAR.search(joined[above[0]].text):
            return None  # (under a year: a sub-header of its kinds, 2023年 over 计划)
        used.add(last := above[0])
        cell = joined[above[0]]
        joined[above[0]] = replace(cell, end=piece.end, text=cell.text + piece.text)
    return joined if _reads_more(cells, joined, results_kind) else None


def _span(line, line_start, cell):
    start = display_width(line[: cell.start - line_start])
    return start, start + display_width(line[cell.start - line_start : cell.end - line_start])


def _reads_more(cells, joined, results_kind):
    """Whether a joined cell names a kind or a measure the cell alone did not (年度 / 目标;
    1-12月比上年 / 同期增长%)."""
    for before, after in zip(cells, joined, strict=True):
        was, now = (header_column(0, cell.text, results_kind) for cell in (before, after))
        if (now.kind and not was.kind) or (now.measure and not was.measure):
            return True
    return False


def sandwiched_header(text, years, cells, start, next_cells, next_start, results_kind):
    """(the header's cells in display order, their spans) of a line of names `cells` between a
    line of `years` and one of kinds under them, `next_cells`; None when the next line is not
    all kinds (or measures), or no year stands over any of them."""
    if not years or not next_cells or not all(_PIECE.fullmatch(c.text) for c in next_cells):
        return None
    if not all(_a_kind(c.text, results_kind) for c in next_cells):
        return None
    next_line = text[next_start : next_cells[-1].end]
    dated = dated_from_above(next_cells, next_line, next_start, years)
    spans = header_spans(text, start, cells), header_spans(text, next_start, next_cells)
    if None in spans:
        return None
    placed = sorted(
        zip([*cells, *dated], spans[0] + spans[1], strict=True),
        key=lambda cell_span: cell_span[1][0],
    )
    return [cell for cell, _span in placed], [span for _cell, span in placed]


def _a_kind(word, results_kind):
    column = header_column(0, word, results_kind)
    return bool(column.kind or column.measure)


def dotted_title(texts):
    """Whether a line's cells are a title's two words parted by a dot (核心指标 · 2023年全年): no
    header's cells, of three words at least (指标名称 · 2023年 · 增长（%）) or opening on the names'
    column (指标 · 1-12月累计)."""
    words = [text for text in texts if text not in ("·", "•", "・")]
    names_column = bool(words) and words[0] in ("指标", "指标名称", "项目", "名称")
    return len(words) < len(texts) and len(words) <= 2 and not names_column


_UNIT_HEADER = ("单位", "计量单位")
_NAMES_INDENT = 8  # the blank a spaced header leaves over its names' column, in display columns


def names_left_blank(text, cells, start, tabbed):
    """A spaced header line's cells, with the names' column it leaves blank over its indent
    named (　　　　单位　1-12月　…): the rows under it open on their names."""
    if tabbed or not cells or squeeze(cells[0].text) not in _UNIT_HEADER:
        return cells
    if display_width(text[start : cells[0].start]) < _NAMES_INDENT:
        return cells
    return [Cell(start, start, "指标"), *cells]
