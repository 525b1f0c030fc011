"""A row of a table whose cells spaces separate, as a PDF's text gives it: numbers a statistics
office writes with a space between thousands (43 608.1, 4 241.2) joined up again where the row has
more cells than its header has columns (地区生产总值 亿元 43 608.1 2.3), and the row moved right
under its header when the cells merged down from the rows above (a 类别 cell) are missing."""

import re
from dataclasses import replace

from indicators.expressions import UNPARSED, parse
from reports.extraction.lexicon import squeeze
from reports.extraction.wrapped_rows import UNITS

_HEAD = re.compile(r"[-−]?\d{1,3}")  # 43 of 43 608.1
_GROUP = re.compile(r"\d{3}(?:\.\d+)?")  # 608.1, 608: three digits, then the decimals
_NUMBER = re.compile(r"[-−]?\d")


def spaced_row(cells, table):
    """A spaced row's cells as its header's columns hold them."""
    return _on_unit(_thousands_joined(cells, table), table)


def _thousands_joined(cells, table):
    """The cells with each number broken at a thousands space (a single space) joined, as long
    as the row has more cells than the header has columns."""
    width = max([c.index for c in table.columns] + [table.name_index]) + 1
    # (a trailing note the header has no column for, 超额完成, is no broken number's part)
    while len(cells) > width and not _NUMBER.match(cells[-1].text):
        width += 1
    cells, index = list(cells), 0
    while len(cells) > width and index + 1 < len(cells):
        head, group = cells[index], cells[index + 1]
        if (
            _HEAD.fullmatch(head.text)
            and _GROUP.fullmatch(group.text)
            and group.start == head.end + 1
        ):
            cells[index : index + 2] = [
                replace(head, end=group.end, text=f"{head.text} {group.text}")
            ]
        index += 1
    return cells


def _on_unit(cells, table):
    """A spaced row without the cells merged down from the rows above (a 类别 cell, 经济发展),
    its cells moved right until its unit is under the unit's header; or, in a table without a
    unit column, until its name is under the names' header (类别 | 指标 | 绝对值 | 增速 over
    第一产业（亿元） 32.4 4.5)."""
    unit, name = table.unit_index, table.name_index
    if unit is None:
        shift = name if name and len(cells) > 1 and _reads(cells[1]) and not _reads(cells[0]) else 0
    else:
        at = next((i for i, c in enumerate(cells[:unit]) if squeeze(c.text) in UNITS), 0)
        shift = unit - at if at else 0
    return [replace(cells[0], end=cells[0].start, text="")] * shift + cells if shift else cells


def _reads(cell):
    return parse(cell.text).kind != UNPARSED
