"""A table's line cut into its cells, each with its offsets: at tabs, at bars, at runs of spaces,
or, where a PDF's text spaced its cells singly, at every space, with the pieces that belong
together (2024 年, 6.5 左右, 其中： 地方…收入) joined again and those a PDF glued together split.
"""

import re
from dataclasses import dataclass

from reports.extraction.lexicon import squeeze
from reports.extraction.values import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS
from reports.extraction.web_tables import bar_pieces, barred

ORDINAL = re.compile(
    r"^\s*(?:(?P<top>[一二三四五六七八九十]{1,3}\s*[、.．])|(?P<sub>其中\s*[：:]?)"
    r"|(?P<hash>[#＃*])|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d))\s*"
)


@dataclass
class Cell:
    start: int
    end: int
    text: str


_SPACES = re.compile(r"[ \u3000]{2,}")
_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]")
_TOKEN, _SPACE = re.compile(r"[^\s\u3000]+"), re.compile(r"[ \u3000]")


def line_cells(text, start, end):
    """A line's cells with their offsets: split at tabs, else runs of spaces, else every space."""
    line = text[start:end]
    if barred(line):
        return _trimmed(text, bar_pieces(text, start, end))
    if "\t" in line:
        pieces, position = [], start
        for piece in line.split("\t"):
            pieces.append((position, position + len(piece)))
            position += len(piece) + 1
    else:
        bounds = [start] + [
            i for m in _SPACES.finditer(line) for i in (start + m.start(), start + m.end())
        ]
        pieces = _unbracketed(list(zip(bounds[::2], [*bounds[1::2], end], strict=True)), text)
        if len(pieces) > 1 and not text[pieces[0][0] : pieces[0][1]].strip():
            pieces = pieces[1:]  # an indented row: the indent is no cell
        pieces = _header_words_rejoined(pieces, text)
        spaced = [text[a:b].strip() for a, b in pieces]  # (指 标 名 称: one cell, spaced out)
        if len(pieces) < 3 or any(
            _SPACE.search(t) and not _SPACED_OUT.fullmatch(t) for t in spaced
        ):
            # single spaces (full-width too) between cells, or mixed with runs (a PDF's text)
            tokens = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(line)]
            pieces = _merged_tokens(_unglued(tokens, text), text)
    return _trimmed(text, pieces)


# a header's word a page justified over its cell's width (指   标, 单   位)
_HEADER_WORDS = {"指标", "项目", "名称", "单位", "序号", "备注", "属性", "类别"}


def _header_words_rejoined(pieces, text):
    """`pieces` with each header word a justified page spread over two joined again."""
    joined = []
    for first, last in pieces:
        previous = text[joined[-1][0] : joined[-1][1]].strip() if joined else ""
        if previous + text[first:last].strip() in _HEADER_WORDS and len(previous) == 1:
            joined[-1] = (joined[-1][0], last)
        else:
            joined.append((first, last))
    return joined


# A name's unit in brackets with the first value glued to it: 实际利用外资（亿美元）18.5
_GLUED_AFTER_UNIT = re.compile(r"[（(][^（）()0-9]{1,6}[)）](?=[-+−]?\d)")


def _unbracketed(pieces, text):
    split = []
    for first, last in pieces:
        glued = _GLUED_AFTER_UNIT.search(text, first, last)
        split += [(first, glued.end()), (glued.end(), last)] if glued else [(first, last)]
    return split


def spaced_cells(text, tokens):
    """Cells of a row whose cells are separated by single spaces, from its tokens."""
    return _trimmed(text, _merged_tokens(_unglued(tokens, text), text))


def _trimmed(text, pieces):
    cells = []
    for first, last in pieces:
        piece = text[first:last]
        first += len(piece) - len(piece.lstrip())
        last -= len(piece) - len(piece.rstrip())
        cells.append(Cell(first, max(first, last), text[first : max(first, last)]))
    return cells


# What a PDF's text glues together: a qualifier and the next cell's value (以上7, 7以上7.2), a unit and
# the name before it (第二产业增加值%), a worded value repeated in every column.
_GLUED_QUALIFIER = re.compile(r"(?:左右|以上|以内|以下)(?=[-+]?[0-9])")
_GLUED_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])[%％‰]$")
_REPEATED = re.compile(r"([^0-9]{4,}?)\1+")
_REPEATED_REACH = 240  # a row's worth of cells: a longer token is no row glued together


def _unglued(tokens, text):
    """Tokens split where a PDF's text glued two cells together."""
    split = []
    for first, last in tokens:
        token = text[first:last]
        qualifier = _GLUED_QUALIFIER.search(token)
        unit = _GLUED_UNIT.search(token)
        repeated = len(token) <= _REPEATED_REACH and _REPEATED.fullmatch(token)
        if qualifier:
            split += [(first, first + qualifier.end()), (first + qualifier.end(), last)]
        elif unit:
            split += [(first, first + unit.start()), (first + unit.start(), last)]
        elif repeated:
            size = len(repeated[1])
            split += [(at, at + size) for at in range(first, last, size)]
        else:
            split.append((first, last))
    return split


def _merged_tokens(tokens, text):
    """Single-space-separated tokens rejoined where they belong together: 2024 年, 6.5 左右,
    不低于 全省平均水平."""
    merged = []
    for first, last in tokens:
        token = text[first:last]
        previous = text[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and (
            squeeze(token) in SUFFIX_QUALIFIERS  # 左右, or 左 / 右 broken over lines
            or (token.startswith("年") and re.fullmatch(r"\d{4}", previous))
            or previous in PREFIX_QUALIFIERS
            or (len(merged) == 1 and ORDINAL.fullmatch(previous))  # 其中： 地方…收入
        ):
            merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged
