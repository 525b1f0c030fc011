"""Characters the rules read past, cut out of what they read: a PDF's page line breaks
(line_wraps), the spaces some PDFs' text sets between Chinese characters (全 年 地 区 生 产 总 值)
or at a mark (一 、2018 年工作回顾), a long run of spaces past its first ones, and the commas
grouping a number's digits (1,009.6 亿元),
which the patterns that step over a figure (从 2011 年的 1,520 亿元增加到…, 迈上 4,000 亿台阶)
would take for a clause's end. Offsets into what was read map back to the text as written, so
quotes stay verbatim, cut characters and all.
"""

import re
from bisect import bisect_right

from reports.extraction.line_wraps import wrap_breaks

# a comma between groups of three digits, the first group of one to three (not 2019,2020)
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)")


def _group_separators(text):
    return [
        match.start() + offset
        for match in _GROUPED.finditer(text)
        for offset, character in enumerate(match.group())
        if character == ","
    ]


# a space between two Chinese characters or marks, as some PDFs' text puts one after each
_HAN = "\u4e00-\u9fff，。；：、！？（）“”"
_LETTER_SPACE = re.compile(rf"(?<=[{_HAN}]) (?=[{_HAN}])")
_HAN_PAIR = re.compile(rf"[{_HAN}](?=[{_HAN}])")
_LETTER_SPACED = 0.5  # of the pairs of Chinese characters a text or a line sets side by side
_LINE_PAIRS = 8  # a stretched line is a page's: a short line spaced so is a heading's, a cell's
# a line of prose has some; a table's header (指 标 名 称) none
_CLAUSE_MARKS = frozenset("，、；。")


def _spaced(text):
    """The letter spaces of `text` when more than half its pairs of characters are so spaced, else
    [], and how many pairs it has."""
    spaces = [match.start() for match in _LETTER_SPACE.finditer(text)]
    pairs = len(spaces) + sum(1 for _ in _HAN_PAIR.finditer(text))
    return (spaces if pairs and len(spaces) > _LETTER_SPACED * pairs else []), pairs


def _letter_spaces(text):
    """The spaces of a text that sets a space between its Chinese characters (全 年 地 区 生 产 总
    值), or of a line of prose that does, as a PDF of justified text gives a line it stretched to
    the page's width when the next figure did not fit (分 别 增 长⏎4.4%); none in a text that does
    so here and there, nor in a table's header (指 标 名 称 单 位), as tables space their cells."""
    spaces, _ = _spaced(text)
    if spaces:
        return spaces
    position = 0
    for line in text.split("\n"):
        line_spaces, pairs = _spaced(line)
        if pairs >= _LINE_PAIRS and not _CLAUSE_MARKS.isdisjoint(line):
            spaces.extend(position + space for space in line_spaces)
        position += len(line) + 1
    return spaces


# a space a PDF's text sets before a mark that closes or parts (一 、, 三中 、四中, 增长 7.2% ；) or
# after one that opens (“ 1+5”): no word is ever parted from its mark so
_SPACE_AT_MARK = re.compile(r"(?<=\S) (?=[、，。；：！？”）])|(?<=[“（]) (?=\S)")


def _spaces_at_marks(text):
    return [match.start() for match in _SPACE_AT_MARK.finditer(text)]


# the digits of a number a converter spaced out one by one (增长 1 0 . 1 %, 2 0 1 8 年): a point
# among them, or a unit, a percent or 年 after them; and the spaces it left before a percent
# (6.9 %, where its LaTeX escaped the sign: 6.9\%)
_SPACED_NUMBER = re.compile(
    r"(?<![\d.] )(?<![\d.])\d(?: \d)* \. \d(?: \d)*(?![\d.])"
    r"|(?<![\d.] )(?<![\d.])\d(?: \d)+(?= *[%‰年万亿元家])"
)
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d) {1,2}(?=[%‰])")


def _digit_spaces(text):
    spaced = [
        match.start() + offset
        for match in _SPACED_NUMBER.finditer(text)
        for offset, character in enumerate(match.group())
        if character == " "
    ]
    before = [m.start() + i for m in _SPACE_BEFORE_PERCENT.finditer(text) for i in range(len(m[0]))]
    return spaced + before


# A run of spaces longer than any layout sets (a broken or hostile file's): the rules read its
# first characters only, so that no pattern's spaces run on over all of it from each position.
# Any space but a line break counts: a web copy's no-break spaces (\xa0), en spaces (\u2002)…
# are spaces to every pattern's \s (1,000 \xa0 after a name took 28 s before they counted).
_RUN_KEPT = 32
_LONG_RUN = re.compile(rf"[^\S\r\n]{{{_RUN_KEPT + 1},}}")


# A line's indent is kept longer: a PDF's table sets the line of years over its header's kinds by
# it (⏎{53 spaces}2015年     2015年     2016年), and cutting it moved the years off their columns.
_INDENT_KEPT = 120


def _long_runs(text):
    return [
        position
        for run in _LONG_RUN.finditer(text)
        for position in range(run.start() + _kept(text, run.start()), run.end())
    ]


def _kept(text, start):
    return _INDENT_KEPT if start == 0 or text[start - 1] == "\n" else _RUN_KEPT


def cut(text):
    """`text` with the page's line breaks, the spaces between letter-spaced characters or at a
    mark and the digits' group separators taken out, and where they were, as read offsets (for
    written_span); the text itself and [] when it has none."""
    positions = sorted(
        {
            *wrap_breaks(text),
            *_group_separators(text),
            *_letter_spaces(text),
            *_spaces_at_marks(text),
            *_long_runs(text),
            *_digit_spaces(text),
        }
    )
    if not positions:
        return text, []
    pieces, last = [], 0
    for position in positions:
        pieces.append(text[last:position])
        last = position + 1
    pieces.append(text[last:])
    return "".join(pieces), [position - taken for taken, position in enumerate(positions)]


def _written_offset(cuts, position):
    return position + bisect_right(cuts, position)


def written_span(cuts, start, end):
    """The span in the text as written of text[start:end] as read: the cuts inside it too."""
    if end <= start:
        return _written_offset(cuts, start), _written_offset(cuts, start)
    return _written_offset(cuts, start), _written_offset(cuts, end - 1) + 1
