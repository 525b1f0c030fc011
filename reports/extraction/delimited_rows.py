"""Tables pasted from a spreadsheet's export: rows of cells apart by commas, semicolons or slashes
(指标,单位,2007年完成 ⏎ 地区生产总值,亿元,38.64), a cell holding a comma quoted ("1,234.5").
Each such block of rows is read as a tabbed table: its separators as tabs, its quotes as spaces. A
block is three lines or more, each of as many cells (three or more) and none a sentence (no 。！？),
so that prose with a stray ASCII comma stays prose. The text keeps its length."""

import re

_QUOTED = re.compile(r'"[^"\n]*"')
_SENTENCE = re.compile(r"[。！？]")
# a record's quoted key ({"指标名称": "地区生产总值", "数值": "601.6"}): JSON, read as records
_QUOTED_KEY = re.compile(r'"[^"\n]*"\s*:')
_FEWEST_CELLS = 3
# (or slashes, a table typed in a document: 指标／单位／年度目标／前三季度完成, its full-width
# slashes read as ASCII ones by then)
_SEPARATORS = (",", ";", "/")
_CELLS_APART = re.compile(r"[|｜\t]")
_FEWEST_ROWS = 3


def delimited_as_tabs(text):
    """`text` with each block of delimited rows as tabbed rows, of the same length."""
    if not any(separator in text for separator in _SEPARATORS):
        return text
    lines = text.splitlines(keepends=True)
    shapes = [_shape(line) for line in lines]
    out, index = [], 0
    while index < len(lines):
        end = index
        while end < len(lines) and shapes[end] and shapes[end] == shapes[index]:
            end += 1
        if end - index >= _FEWEST_ROWS:
            # (its header may have a cell more or less: 单位 over rows naming it in brackets)
            header = out and _shape(out[-1])
            if header and header[0] == shapes[index][0] and abs(header[1] - shapes[index][1]) <= 1:
                out[-1] = _tabbed(out[-1], shapes[index][0])
            out += [_tabbed(line, shapes[index][0]) for line in lines[index:end]]
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "".join(out)


def _shape(line):
    """(separator, cells) of a delimited row, or None for any other line."""
    bare = _QUOTED.sub(lambda quoted: "x" * len(quoted.group()), line.rstrip("\r\n"))
    if _SENTENCE.search(bare) or _QUOTED_KEY.search(line):
        return None
    for separator in _SEPARATORS:
        if separator == "/" and _CELLS_APART.search(bare):
            continue  # (a slash within a cell of bars or tabs pairs two figures: 6.5／6.9)
        cells = bare.count(separator) + 1
        if cells >= _FEWEST_CELLS:
            return separator, cells
    return None


def _tabbed(line, separator):
    """The row with its separators as tabs and the quotes around a cell as spaces."""
    return _CELL_OR_SEPARATOR.sub(lambda piece: _as_read(piece.group(), separator), line)


_CELL_OR_SEPARATOR = re.compile(r'"[^"\n]*"|[,;/]')


def _as_read(piece, separator):
    if piece.startswith('"'):
        return f" {piece[1:-1]} "
    return "\t" if piece == separator else piece
