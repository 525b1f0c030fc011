"""A drawn table's header of several lines (| 2018年 | 2019年 | over | 计划 | 预计完成 | 计划 |;
│2020年│ over │(基数)│; │“十三五”规│ over │划2020年目│ over │标│), between the rule over the table
and the one under its header (+----+, or the blank lines box_drawing leaves of ┌──┬──┐ and
├──┼──┤), as a converter or a console draws one: read as one line, each line's words joined
column by column on the columns of its last, a merged cell's given to the first column it spans
(2018年计划 | 预计完成 | 2019年计划)."""

import re

from reports.extraction.captions import display_width

_RULES = "-=─━═"
# a bar, or a junction of a rule drawn across the header's lines (| 单位 +------+------+)
_BOUNDARY = re.compile(rf"\||[+┼┬┴├┤](?=[{_RULES}])|(?<=[{_RULES}])[+┼┬┴├┤]")
# a header's words hold years, months and their runs, units and bases, no figure (a row's 4700)
_NOT_A_FIGURE = re.compile(
    r"(?:1\s*[-—－–~至]\s*)?\d{1,2}\s*月|(?:19|20)\d{2}\s*年?|[(（][^()（）\d]{0,6}[)）]"
    r"|[(（](?:19|20)\d{2}\s*年?\s*[=＝]\s*100[)）]"
)
_MOST_LINES = 4  # lines a header is drawn over at most


def drawn_header(text, lines, index):
    """(cells, number of its last line) of a header drawn over several lines from lines[index]
    (the spans of the lines that are no rule nor blank), each cell (start, end, words) of its
    last line's; else None."""
    if not _ruled_before(text, lines, index):
        return None
    block = [index]
    while not _ruled_before(text, lines, block[-1] + 1):
        if len(block) == _MOST_LINES:
            return None
        block.append(block[-1] + 1)
    if len(block) < 2 or block[-1] + 1 >= len(lines):
        return None
    for start, end in (lines[number] for number in block):
        line = text[start:end]
        if line.count("|") < 2 or re.search(r"\d", _NOT_A_FIGURE.sub("", line)):
            return None
    columns = _cells(text, lines[block[-1]])
    words = [""] * len(columns)
    for number in block:
        for start, a, b in _cells(text, lines[number]):
            piece = re.sub(rf"[{_RULES}\s]+", "", text[a:b])
            if piece:  # (under the column starting nearest it: a merged cell's first)
                words[min(range(len(columns)), key=lambda i: abs(columns[i][0] - start))] += piece
    cells = [(a, b, joined) for (_start, a, b), joined in zip(columns, words, strict=True)]
    return cells, block[-1]


def _ruled_before(text, lines, number):
    """Whether a rule or a blank line stands before lines[number] (the first line is ruled)."""
    if number >= len(lines):
        return True
    return number == 0 or text.count("\n", lines[number - 1][1], lines[number][0]) > 1


def _cells(text, span):
    """(display column, start, end) of each cell between a line's boundaries, and of what stands
    before its first, as a barred row's cells are counted."""
    line_start, line_end = span
    line = text[line_start:line_end]
    bounds = [-1] + [m.start() for m in _BOUNDARY.finditer(line)]
    return [
        (display_width(line[: a + 1]), line_start + a + 1, line_start + b)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
