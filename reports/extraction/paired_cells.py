"""A table of years whose cells each pair a year's target with its result, as a legend says
(附表　2015—2024年主要经济指标目标与完成情况（目标／完成，单位：%）, then 2019 | 6.5／6.3 | 4／4.5):
each column whose cells hold such pairs is read as two, the target's and the result's, each cell
split at its slash; a cell of such a column holding one value alone (2020 | 3.9) is the result."""

import re
from dataclasses import dataclass, replace

from reports.extraction.line_cells import Cell, line_cells

_TARGET_WORD = r"(?:年初)?(?:计划|目标|预期)(?:目标)?(?:数|值)?"
_RESULT_WORD = r"(?:实际|完成|实绩)(?:数|值)?"
# the legend, either way round (目标／完成, 计划/实际, 完成值/目标值)
_LEGEND = re.compile(
    rf"(?P<target_first>{_TARGET_WORD}\s*[／/]\s*{_RESULT_WORD})|{_RESULT_WORD}\s*[／/]\s*{_TARGET_WORD}"
)
# the legend in a header cell's brackets, its unit kept (地区生产总值增长（目标/完成，%）)
_LEGEND_BRACKET = re.compile(rf"[（(][^（）()]*?(?:{_LEGEND.pattern})[^（）()]*[)）]")
_SLASH = re.compile(r"[／/]")
_MOST_ROWS = 40  # rows looked at under the header for the columns of pairs


@dataclass(frozen=True)
class Pairing:
    target_first: bool  # the legend names the target first (目标／完成)
    columns: frozenset  # the indexes of the header's columns whose cells hold pairs


def pairing(text, lines, index, header, caption):
    """The Pairing of the table whose `header` ends at `lines[index]`, when its `caption` or a
    header cell gives the legend and the rows under it (of as many cells) hold pairs in some
    columns (those of the header cells giving it, if any do); None for a table of plain cells."""
    in_cells = {i for i, cell in enumerate(header) if i and _LEGEND.search(cell.text)}
    legend = _LEGEND.search(caption) or next(
        (_LEGEND.search(header[i].text) for i in sorted(in_cells)), None
    )
    if legend is None:
        return None
    columns = set()
    for start, end in lines[index : index + _MOST_ROWS]:
        cells = line_cells(text, start, end)
        if len(cells) != len(header):
            break
        columns |= {i for i, cell in enumerate(cells) if i and len(_SLASH.findall(cell.text)) == 1}
    columns &= in_cells or columns
    return Pairing(bool(legend["target_first"]), frozenset(columns)) if columns else None


def in_pairs(header, paired):
    """The header with each column of pairs repeated over its two, a target's marked `planned`
    in its place."""
    order = (True, False) if paired.target_first else (False, True)
    return [header[0]] + [
        replace(cell, text=_LEGEND_BRACKET.sub(_unit_kept, cell.text), planned=planned)
        for i, cell in enumerate(header[1:], start=1)
        for planned in (order if i in paired.columns else (cell.planned,))
    ]


def _unit_kept(legend):
    return "（%）" if re.search("[%％]", legend.group()) else ""


def split_pairs(cells, paired):
    """A row's cells with each cell of a column of pairs split at its slash into two (6.5／6.3),
    an empty part left empty (—／-3.1), a value alone the result (3.9)."""
    split = []
    for i, cell in enumerate(cells):
        if i not in paired.columns:
            split.append(cell)
            continue
        slashes = list(_SLASH.finditer(cell.text))
        if len(slashes) == 1:
            at = slashes[0]
            first = _trimmed(cell.start, cell.text[: at.start()])
            second = _trimmed(cell.start + at.end(), cell.text[at.end() :])
        else:
            target = Cell(cell.start, cell.start, "")
            first, second = (target, cell) if paired.target_first else (cell, target)
        split += [first, second]
    return split


def _trimmed(start, text):
    """A Cell of `text` from `start`, its surrounding spaces left out."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Cell(start + lead, start + lead + len(stripped), stripped)
