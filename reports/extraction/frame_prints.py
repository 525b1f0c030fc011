"""A data frame as pandas prints it, in an analyst's notebook: the header holds only the columns'
names, indented by the width of the index; the index's name, when it has one, stands alone on
the line under it; then the rows, each opening on its index:

               GDP_亿元  GDP增速_%  一般公共预算收入_亿元
    年份
    2014    34938.24      8.9          2739.26
    2015    37002.16      8.3          3009.69

The index's name moves into the header's indent, so the header names the rows' column as a
table's does (年份  GDP_亿元 …), 年份 when the frame has none. Only a frame of years is read so:
one of places or of indicators names no unit as a report's table does. A report's table aligned
the same way, its years as columns over rows named at the margin with their units (地区生产总值
1186.9亿元   1295亿元), has 指标 put in its indent. The length of the text is kept: offsets stay.
"""

import re

from reports.extraction.lexicon import squeeze
from reports.extraction.wrapped_rows import UNITS

# a header: the index's indent, then the columns' names, two spaces or more between them
_HEADER = re.compile(r"(?P<indent> {4,})(?=\S)(?![-−\d.\s]+$)[^\n]*\S")
# the index's name alone (年份, 年度), maybe with the mark of columns left out (...)
_INDEX_NAME = re.compile(r"(?P<name>[^\W\d]\w{0,11})(?:\s+\.\.\.)?[ \t]*")
# a row: its index at the margin (2014, 鹭江街道, GDP), then a number after two spaces or more
# (the index ends on a word, the spaces taken once: a run of them is read in linear time)
_ROW = re.compile(r"(?P<index>[^\s.](?:[^\n]*?\S)?) {2,}+(?:NaN|[-−]?\d)[^\n]*")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a frame's index of years: bare, as pandas prints it
_SPACES = re.compile(r" {2,}")
_PLACE = re.compile(r"(?:镇|乡|街道|区|县|市|村|全[省市县区])$")
_YEAR_COLUMN = re.compile(r"(?:19|20)\d\d年?(?:[（(][^（）()]{1,6}[)）])?")  # 2021年（预计）
# a value with its unit, or a name with its unit in brackets: no frame's unitless figures
_MEASURED = re.compile(r"\d\s*(?:[万亿]?元|[%％]|万?人|万?吨)|[（(](?:[万亿]?元|[%％])[)）]")
_GAP = 2  # spaces kept between the index's name and the first column's


def frames_named(text):
    """`text` with the index's name of each printed data frame in its header's indent."""
    if "  " not in text:
        return text
    lines, at = text.split("\n"), 0
    while at < len(lines) - 1:
        header = _HEADER.fullmatch(lines[at])
        if header:
            _name_index(lines, at, header)
        at += 1
    return "\n".join(lines)


def _name_index(lines, at, header):
    """Move the index's name of the frame whose header is `lines[at]` into its indent, 年份 or
    指标 when it has none, changing `lines` in place (the name's own line joined to the
    header's)."""
    name = _INDEX_NAME.fullmatch(lines[at + 1])
    row_at = at + 2 if name else at + 1
    row = _ROW.fullmatch(lines[row_at]) if row_at < len(lines) else None
    # (a frame's row holds a cell under each column and its index's before them)
    if not row or _cells(lines[row_at]) != _cells(lines[at]) + 1:
        return
    if name and squeeze(name.group("name")) in UNITS:
        return  # (a unit's line under a report's header, 亿元: no index's name)
    if _YEAR.fullmatch(row.group("index")):
        word = name.group("name") if name else "年份"
    elif (
        not name
        and _years_only(lines[at])
        and _MEASURED.search(lines[row_at])
        and not _PLACE.search(row.group("index"))  # (a table of towns: 青溪镇, 全县)
    ):
        word = "指标"  # (a report's table aligned so, its years as columns, its rows named)
    else:
        return
    indent = len(header.group("indent"))
    if len(word) + _GAP > indent:
        return
    if name:  # its line joins the indent, as spaces, so that no blank line parts the rows
        indent += len(lines[at + 1]) + 1
        del lines[at + 1]
    lines[at] = word + " " * (indent - len(word)) + lines[at].lstrip(" ")


def _years_only(line):
    return all(_YEAR_COLUMN.fullmatch(cell) for cell in _SPACES.split(line.strip()))


def _cells(line):
    """How many cells a line of a frame holds, two spaces or more between them."""
    return len(_SPACES.split(line.strip()))
