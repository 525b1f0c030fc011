"""Annex tables as a PDF's text layer gives them when its cells wrap: each cell's lines come out
one after another, so a header cell breaks over lines (序 / 号 / 指标名称 单 / 位 / 2023 年 /
目标 …) and a row goes on over the next lines (13 城镇居民人均可支配收入增 / 长 / % 6 4.6 5.5
预期 / 性). The header is read from its words and years joined up; a row takes in the lines
that continue it, a break inside a word or a number closed up.
"""

import re

from indicators.expressions import UNPARSED, parse
from reports.extraction.lexicon import MULTIPLIERS, squeeze
from reports.extraction.values import BASE_UNITS

_HEADER_WORDS = "序号|计量单位|单位|指标属性|属性|性质|备注|类别|指标名称|指标|项目名称|项目|名称"
_AFTER_YEAR = "指标属性|属性|性质|备注|单位"
# A header's cells: its words, and each year with the words after it up to the next year or
# word (2023年预计完成 | 2024年目标 | 指标属性)
_HEADER_CELL = re.compile(
    rf"{_HEADER_WORDS}|(?:19|20)\d{{2}}年?(?:(?!(?:19|20)\d{{2}}|{_AFTER_YEAR})\D)*"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_HEADER_WORD = re.compile(r"序|指标|项目|名称|单|属性|类别|备注")
_HEADER_START = re.compile(r"序|指标|项目|名称|类别")
_LONGEST_FIRST_LINE = 40
_LONGEST_PIECE = 12  # a wrapped header cell's line
_MOST_HEADER_LINES = 24
# 13 城镇…, not 8 8.6; after a category's word a page wrote on the row's line (创新    8    研究…)
_SERIAL = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,4}[ \t\u3000]{2,})?\d{1,3}\s+[\u4e00-\u9fff（(A-Za-z]"
)  # (14 PM2.5平均浓度 too)
# a sub-row, numbered by no serial: 其中, #, or a measure alone with its cells after it, the growth
# of the row above (增长    %    8.5    8.7); a measure alone on its line ends a wrapped name
_SUB_ROW = re.compile(
    r"\s*(?:其中|[#＃]|(?:比上年|同比)?(?:增长|增速|增幅)率?(?:[（(][%％][)）])?[ \t\u3000]{2,}\S)"
)
# a group's heading row between numbered rows (三、资源环境, （二）社会民生): no wrapped line
_GROUP_ROW = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)
_TOKEN = re.compile(r"[^\s\u3000]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the words a worded value ends in: 完成省下达目标, 与经济增长同步, 不低于全省平均水平, 5.5左右
_WORDED_VALUE_END = re.compile(r"(?:目标|任务|指标|要求|进度|同步|水平|左右|以上|以内|以下)$")
UNITS = {*BASE_UNITS, "%", "％", "‰", *(m + u for m in MULTIPLIERS for u in BASE_UNITS)}


def wrapped_header(text, lines, index):
    """(cells, index of the header's last line) when a header broken over lines starts at
    lines[index], else None; `lines` are (start, end) of the text's non-empty lines and the
    cells are (start, end, text) of the header's words, offsets those of its block."""
    start, end = lines[index]
    first = squeeze(text[start:end])
    if len(first) > _LONGEST_FIRST_LINE or not _HEADER_START.match(first):
        return None
    pieces = [first]  # the block's lines, squeezed
    for following in range(index + 1, min(len(lines), index + _MOST_HEADER_LINES)):
        line = text[lines[following][0] : lines[following][1]].strip()
        piece, dated = squeeze(line), bool(_YEAR.search(line))
        # a piece of a header cell, or a line of the header's own cells; a line of words
        # without a year or a header word is the sub-header under it (目标 预计完成 目标)
        if len(piece) > (_LONGEST_FIRST_LINE if dated else _LONGEST_PIECE):
            break
        words = len(line.split()) > 1 and not dated and not _HEADER_WORD.search(piece)
        if re.search(r"\d", _YEAR.sub("", piece)) or words:
            break
        pieces.append(piece)
    cells, lines_read = _header_cells(pieces)
    if lines_read < 2:
        return None
    last = index + lines_read - 1
    return [(start, lines[last][1], cell) for cell in cells], last


def _header_cells(pieces):
    """(cells, lines they take) of the header's words and years on its first lines: as many
    lines as its words and years make up the whole of; a row's tail after it (a row broken by
    the page the header is repeated on) is no part of it."""
    joined = "".join(pieces)
    cells, position, read = [], 0, 0
    ends = [sum(len(piece) for piece in pieces[: n + 1]) for n in range(len(pieces))]
    for match in _HEADER_CELL.finditer(joined):
        if match.start() != position:
            break
        cells.append(match.group())
        position = match.end()
        if position in ends:
            read = ends.index(position) + 1
    cells = [cell for cell, end in _cell_ends(cells) if end <= ends[read - 1]] if read else []
    years = sum(1 for cell in cells if re.match(r"(?:19|20)\d{2}", cell))
    return (cells, read) if years else ([], 0)


def _cell_ends(cells):
    position = 0
    for cell in cells:
        position += len(cell)
        yield cell, position


def continues(text, row_start, line_start, line_end, serial):
    """Whether a line goes on with the row above: in a table numbered by a serial column,
    every line that does not start with a number or a sub-row's 其中 or #; else a line that starts with no name (a
    value, a unit, a qualifier, a worded value: 亿元 — 7 — 6.3, 完成省下达) or is a word's
    tail of a few characters."""
    line = text[line_start:line_end]
    if serial:
        starts = _SERIAL.match(line) or _SUB_ROW.match(line) or _GROUP_ROW.match(line)
        row = text[row_start:line_start]
        return not starts and bool(_SERIAL.match(row) or _SUB_ROW.match(row))
    squeezed, first = squeeze(line), line.split(maxsplit=1)[:1]
    return bool(squeezed) and (
        not _CJK.match(squeezed) or len(squeezed) <= 3 or first[0] in UNITS or _reads(first[0])
    )


def cut_short(last_cell, line):
    """Whether a line of a few characters ends a worded value the row above broke off
    (与经济增长保 / 持同步, 完成省下达目 / 标)."""
    squeezed, last = squeeze(line), squeeze(last_cell)
    return (
        0 < len(squeezed) <= 3
        and bool(_CJK.match(squeezed))
        and bool(_CJK.search(last[-1:]))
        and not re.search(r"\d", last)
        and not _WORDED_VALUE_END.search(last)
    )


def joined_tokens(text, start, end):
    """The tokens of a row over several lines, a line break inside a word or a number closed
    up: 增 / 长 is 增长, 万 / 人 is 万人, 5200 / 0 is 52000, but 加值 / 亿元 are two cells, and
    so are two worded values (完成省下达目标 / 完成省下达目标)."""
    spans = [match.span() for match in _TOKEN.finditer(text, start, end)]
    tokens = []
    for number, (first, last) in enumerate(spans):
        if tokens and "\n" in text[tokens[-1][1] : first]:
            before, after = text[tokens[-1][0] : tokens[-1][1]], text[first:last]
            following = spans[number + 1] if number + 1 < len(spans) else (end, end)
            alone = following[0] == end or "\n" in text[last : following[0]]
            if _closes_up(squeeze(before), after, text[following[0] : following[1]], alone):
                tokens[-1] = (tokens[-1][0], last)
                continue
        tokens.append((first, last))
    return tokens


def _closes_up(before, after, following, alone):
    """Whether a line break between `before` and `after` falls inside one cell; a number's
    tail is alone on its line (6100 / 0), the next cell's number is not (0 / 5.5 6080)."""
    if before[-1].isdigit() and after[0].isdigit():
        return alone
    if not (_CJK.match(before[-1]) and _CJK.match(after[0])):
        return False
    if _reads(before):
        # a worded value broken over lines (完成省下达 / 目标), not one that ends there
        return not _WORDED_VALUE_END.search(before) and not after.startswith(before[:2])
    # a unit after a name is the unit's cell, unless the next cell is the unit (强 / 度 / %)
    unit = after in UNITS and following not in UNITS
    return not unit or before[-1:] + after in UNITS or before + after in UNITS


def _reads(cell):
    return parse(cell).kind != UNPARSED
