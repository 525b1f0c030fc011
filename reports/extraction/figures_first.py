"""Figures set before their names, as a digest numbers its lines (数说: 1200亿元——全县地区生产总值，
增长6.3%; 9.1%——规上工业增加值增速; 6%左右——地区生产总值预期增长; 与经济增长同步——居民收入增长),
or gives each figure a paragraph of its own over the name (⏎4.9%⏎固定资产投资增速，…, the name
perhaps under a dash: ⏎1063.2亿元⏎——全区地区生产总值，…). An infographic's line may part a figure
of a unit from its name by a wide space or a bar instead of a dash (2.6万人　城镇新增就业,
142.6亿元 ｜ 地区生产总值)."""

import re

from reports.extraction.values import read_value

_BULLET = re.compile(r"[ \t\u3000●•▶■◆·]*")
# the dash between the figure and the name, a scope word perhaps after it (——全县地区生产总值)
_DASH = r"(?:——|—|－－|--|–)"
_SCOPE_WORD = r"(?:全[市县区省州旗盟])?"
_DASH_THEN = re.compile(rf"\s*{_DASH}\s*{_SCOPE_WORD}\s*")
# (not one space: 1 地区生产总值, a table's row number before its name)
_WIDE_SPACE_THEN = re.compile(
    rf"(?:[ \t]*[\u3000\t][ \t\u3000]*|[ ]{{2,}}|[ \t\u3000]*[｜|][ \t\u3000]*){_SCOPE_WORD}"
)
_SCOPE = re.compile(rf"[ \t\u3000●•▶■◆·]*(?:{_DASH}[ \t\u3000]*)?{_SCOPE_WORD}")
_LINE_REACH = 40  # how far before a name its line may start: linear in a text of long lines
_CHANGE_ENDS_LINE = re.compile(
    r"[^\d\n，,。；;：:]{2,24}?(?:增长|下降|增速|增幅|降幅)[ \t\u3000]*(?:\n|$)"
)


def figure_before(text, sentence_start, name_start):
    """The figure opening the line of a name that a dash parts from it, or alone on the line
    over a name opening its own; else None."""
    line_start = text.rfind("\n", max(0, name_start - _LINE_REACH), name_start) + 1
    if not line_start and name_start > _LINE_REACH:
        return None
    if line_start <= sentence_start or _SCOPE.fullmatch(text, line_start, name_start) is None:
        first = _figure_at(text, max(line_start, sentence_start), name_start)
        return first if first and _parted(text, first, name_start) else None
    above = text.rfind("\n", max(0, line_start - 1 - _LINE_REACH), line_start - 1) + 1
    # (its own paragraph, a blank line over it: not a cell of a table one cell a line; or over
    # a name whose line ends on its change's word, the figure said nowhere after: 12.3%⏎规上工业
    # 增加值增长⏎-8.5%⏎…, an infographic's lines)
    spaced = above == 0 or text[above - 2 : above] == "\n\n"
    spaced = spaced or _CHANGE_ENDS_LINE.match(text, name_start) is not None
    alone = line_start and spaced and _figure_at(text, above, line_start - 1)
    return alone if alone and not text[alone.extent : line_start].strip() else None


# the clause a name opens, where a headline's figure may be said again
_CLAUSE = re.compile(r"[^，,。；;\n]{0,60}")
_CLAUSE_REACH = 80  # how far past the name the figure said again may end


def said_again(text, figure, name_end):
    """Where the name's own clause says `figure` again, its end (■330亿元⏎规模以上工业增加值完成
    330亿元，增长23.5%: the clauses after it go on about the figure); else None."""
    number = re.match(r"[\d.]+", text[figure.start : figure.extent])
    if not number:
        return None
    again = re.compile(rf"(?<![\d.]){re.escape(number.group())}(?![\d.])")
    repeated = again.search(_CLAUSE.match(text, name_end).group())
    value = repeated and read_value(text, name_end + repeated.start(), name_end + _CLAUSE_REACH)
    return value.extent if value else None


def _figure_at(text, start, end):
    """The figure opening text[start:end] after a bullet, or None."""
    opening = _BULLET.match(text, start, end)
    value = read_value(text, opening.end(), end)
    return value if value is not None and value.start == opening.end() else None


def _parted(text, figure, name_start):
    """Whether a dash parts `figure` from the name after it, or, for a figure of a unit, a wide
    space or a bar."""
    if _DASH_THEN.fullmatch(text, figure.extent, name_start):
        return True
    return bool(figure.unit) and _WIDE_SPACE_THEN.fullmatch(text, figure.extent, name_start)
