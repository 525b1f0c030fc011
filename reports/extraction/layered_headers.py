"""A table header of three layers pasted one cell a line: the years (2023年 / 2024年预期目标),
the kinds under a year that names none (目标 / 完成), and the measures under each kind
(总量 / 增长（%） / 总量 / 增长（%） / 增长（%）). The layers are flattened to one header cell
for each column (2023年目标总量 … 2024年预期目标增长（%）), which a one-line header reads."""

from reports.extraction.column_headers import KIND_WORDS, header_column
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell


def leaf_headers(top, under, results_kind):
    """The header cells `top` with the dated ones split by the kinds and measures `under` them,
    a cell a column; None when the layers do not share out evenly."""
    dated = [n for n, cell in enumerate(top) if header_column(0, cell.text, results_kind).year]
    kinds = _leading_kinds(under, results_kind)
    measures = under[len(kinds) :]
    if not dated or not measures or dated[-1] - dated[0] + 1 != len(dated):
        return None
    leaves = _leaves([top[n] for n in dated], kinds, results_kind)
    groups = _runs(measures)
    if leaves is None or len(groups) != len(leaves):
        return None
    flat = [
        Cell(cell.start, cell.end, squeeze(cell.text) + kind + squeeze(measure.text))
        for (cell, kind), group in zip(leaves, groups, strict=True)
        for measure in group
    ]
    return top[: dated[0]] + flat + top[dated[-1] + 1 :]


def _leading_kinds(under, results_kind):
    """The kinds the layers under the years open on (目标 / 完成), before the first measure."""
    kinds = []
    for cell in under:
        column = header_column(0, squeeze(cell.text), results_kind)
        if not KIND_WORDS.search(squeeze(cell.text)) or column.measure:
            break
        kinds.append(cell)
    return kinds


def _leaves(dated, kinds, results_kind):
    """(year cell, kind word) of each column group: a year that names no kind takes its run of
    the kinds under it, a year that names one (2024年预期目标) stands alone."""
    open_years = [c for c in dated if not header_column(0, c.text, results_kind).kind]
    runs = _runs(kinds) if kinds else []
    if len(runs) != len(open_years):
        return None
    shared = dict(zip((id(c) for c in open_years), runs, strict=True))
    return [
        (cell, squeeze(kind.text))
        for cell in dated
        for kind in shared.get(id(cell), [Cell(cell.end, cell.end, "")])
    ]


def _runs(cells):
    """The cells in runs, a run ending before a word it already holds (总量 增长 | 总量 增长)."""
    runs = []
    for cell in cells:
        word = squeeze(cell.text)
        if not runs or word in (squeeze(c.text) for c in runs[-1]):
            runs.append([])
        runs[-1].append(cell)
    return runs
