"""A table of years whose cells each pair a year's target with its result, as a legend says
(附表　2015—2024年主要经济指标目标与完成情况（目标／完成，单位：%）, then 2019 | 6.5／6.3 | 4／4.5):
each named column is read as two, the target's and the result's, each cell split at its slash."""

import re
from dataclasses import replace

from reports.extraction.line_cells import Cell

_TARGET_WORD = r"(?:年初)?(?:计划|目标|预期)(?:目标)?(?:数|值)?"
_RESULT_WORD = r"(?:实际|完成|实绩)(?:数|值)?"
# the legend, either way round (目标／完成, 计划/实际, 完成值/目标值)
_LEGEND = re.compile(
    rf"(?P<target_first>{_TARGET_WORD}\s*[／/]\s*{_RESULT_WORD})|{_RESULT_WORD}\s*[／/]\s*{_TARGET_WORD}"
)
_SLASH = re.compile(r"[／/]")


def pair_order(caption, header):
    """(the target first?) where the caption over a table, or its header, gives the legend of
    cells pairing a target with its result; None for a table of plain cells."""
    for text in (caption, *(cell.text for cell in header)):
        if legend := _LEGEND.search(text):
            return bool(legend["target_first"])
    return None


def in_pairs(header, target_first):
    """The header with each name after the first cell repeated over its pair's two columns, a
    target's column marked `planned` in its place."""
    order = (True, False) if target_first else (False, True)
    return [header[0]] + [
        replace(name, planned=planned) for name in header[1:] for planned in order
    ]


def split_pairs(cells):
    """A row's cells with each cell after the first split at its one slash into two (6.5／6.3), an
    empty cell of a pair's part left empty (—／-3.1); a cell with no slash stays one."""
    split = [cells[0]]
    for cell in cells[1:]:
        slashes = list(_SLASH.finditer(cell.text))
        if len(slashes) != 1:
            split.append(cell)
            continue
        at = slashes[0]
        left, right = cell.text[: at.start()], cell.text[at.end() :]
        split.append(_trimmed(cell.start, left))
        split.append(_trimmed(cell.start + at.end(), right))
    return split


def _trimmed(start, text):
    """A Cell of `text` from `start`, its surrounding spaces left out."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Cell(start + lead, start + lead + len(stripped), stripped)
