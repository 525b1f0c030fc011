"""Annex tables of main indicators, as pasted from Word, WPS or a PDF: cells separated by tabs
or by runs of spaces, rows split over lines, merged cells left empty, columns in any order.

The header row says what each value column holds (2023 年预期目标 → 2023 target, 2023 年预计
完成 → 2023 expected); a second header row may say which columns are growth rates (增长 %) and
which levels (总量). Each value cell becomes a candidate quoting its row.
"""

import re
from dataclasses import dataclass, field

from indicators.expressions import UNPARSED, parse
from reports.extraction.candidates import ANNEX, candidate
from reports.extraction.lexicon import NO_UNIT, PERCENT, clean_unit, squeeze
from reports.extraction.sections import EXPECTED, TARGET
from reports.extraction.values import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

_ORDINAL = re.compile(
    r"^\s*(?:(?P<top>[一二三四五六七八九十]{1,3}\s*[、.．])|(?P<sub>其中\s*[：:]?)"
    r"|(?P<hash>[#＃*])|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d))\s*"
)
_HEADER_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年?")
_EMPTY_VALUES = {"", "—", "——", "-", "－", "/", "／", "…", "--"}
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|涨幅|%|％")
_LEVEL_HEADER = re.compile(r"总量|绝对值|绝对额|规模|金额|数值|总额")
_NAME_HEADER = re.compile(r"指标|项目|名称")
_SPACES = re.compile(r"[ \u3000]{2,}")
_TOKEN = re.compile(r"[^\s\u3000]+")


@dataclass
class Cell:
    start: int
    end: int
    text: str


@dataclass
class Column:
    index: int
    year: int | None = None
    kind: str | None = None
    measure: str | None = None  # "growth" or "level" when a header says


@dataclass
class Table:
    name_index: int = 0
    unit_index: int | None = None
    columns: list = field(default_factory=list)
    start: int = 0
    end: int = 0


def _cells(text, start, end):
    """A line's cells with their offsets: split at tabs, else runs of spaces, else every space."""
    line = text[start:end]
    if "\t" in line:
        pieces, position = [], start
        for piece in line.split("\t"):
            pieces.append((position, position + len(piece)))
            position += len(piece) + 1
    else:
        bounds = [start] + [
            i for m in _SPACES.finditer(line) for i in (start + m.start(), start + m.end())
        ]
        pieces = list(zip(bounds[::2], [*bounds[1::2], end], strict=True))
        if len(pieces) < 3:
            pieces = _merged_tokens(
                [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(line)], text
            )
    cells = []
    for first, last in pieces:
        piece = text[first:last]
        first += len(piece) - len(piece.lstrip())
        last -= len(piece) - len(piece.rstrip())
        cells.append(Cell(first, max(first, last), text[first : max(first, last)]))
    return cells


def _merged_tokens(tokens, text):
    """Single-space-separated tokens rejoined where they belong together: 2024 年, 6.5 左右,
    不低于 全省平均水平."""
    merged = []
    for first, last in tokens:
        token = text[first:last]
        previous = text[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and (
            token in SUFFIX_QUALIFIERS
            or (token.startswith("年") and re.fullmatch(r"\d{4}", previous))
            or previous in PREFIX_QUALIFIERS
            or (len(merged) == 1 and _ORDINAL.fullmatch(previous))  # 其中： 地方…收入
        ):
            merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _header_column(index, text, results_kind):
    year = _HEADER_YEAR.search(text)
    column = Column(index, int(year[1]) if year else None)
    if "预计" in text:
        column.kind = EXPECTED
    elif re.search(r"目标|计划|预期", text):
        column.kind = TARGET
    elif re.search(r"完成|实际|执行|实绩", text):
        column.kind = results_kind
    if _LEVEL_HEADER.search(text):
        column.measure = "level"
    elif _GROWTH_HEADER.search(text):
        column.measure = "growth"
    return column


def _header(cells, tabbed, results_kind):
    """The Table a header row describes, or None when the row is not a header."""
    texts = [cell.text for cell in cells]
    line = "".join(texts)
    if re.search(r"[，。；,;：:]", line) or len(line) > 150:
        return None
    dated = [i for i, t in enumerate(texts) if _HEADER_YEAR.search(t)]
    named = any(_NAME_HEADER.search(t) for t in texts[: min(dated, default=0)])
    if not dated or not (named or (tabbed and len(dated) >= 2)):
        return None
    table = Table(name_index=0)
    table.unit_index = next((i for i, t in enumerate(texts) if squeeze(t) == "单位"), None)
    year, kind = None, None
    for index in range(min(dated), len(texts)):
        if index == table.unit_index:
            continue
        column = _header_column(index, texts[index], results_kind)
        if texts[index]:  # an empty header cell continues the merged cell on its left
            year, kind = column.year or year, column.kind
        column.year, column.kind = column.year or year, column.kind or kind
        table.columns.append(column)
    return table if any(c.year for c in table.columns) else None


def _refine(table, cells):
    """A second header row: which columns are growth rates, which levels, which kind."""
    for column in table.columns:
        if column.index < len(cells) and cells[column.index].text:
            refined = _header_column(column.index, cells[column.index].text, column.kind)
            column.measure = refined.measure or column.measure
            column.kind = refined.kind or column.kind


def _is_subheader(cells, table):
    name = cells[table.name_index].text if table.name_index < len(cells) else ""
    texts = [c.text for c in cells if c.text]
    return (
        not name
        and bool(texts)
        and all(
            _GROWTH_HEADER.search(t) or _LEVEL_HEADER.search(t) or re.search("预计|目标|完成", t)
            for t in texts
        )
    )


def _ends_table(line, tabbed):
    """Prose after a table: a sentence, or a note under it."""
    squeezed = squeeze(line)
    if squeezed.startswith(("注", "说明")) or len(squeezed) > 120:
        return True
    return "。" in squeezed if tabbed else bool(re.search("[，。；,;]", squeezed))


def tables(text, results_kind=EXPECTED):
    """(Table, rows) for each table in the text; a row is (start, end, cells, tabbed)."""
    found, table, rows, position = [], None, [], 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        if not line.strip():
            continue
        tabbed = "\t" in line
        cells = _cells(text, start, end)
        header = _header(cells, tabbed, results_kind)
        if header is not None:
            if table is not None:
                found.append((table, rows))
            table, rows = header, []
            table.start, table.end = start, end
        elif table is not None and _ends_table(line, tabbed):
            found.append((table, rows))
            table, rows = None, []
        elif table is not None:
            if not rows and _is_subheader(cells, table):
                _refine(table, cells)
            else:
                rows.append((start, end, cells, tabbed))
            table.end = end
    if table is not None:
        found.append((table, rows))
    return [(table, rows) for table, rows in found if rows]


def _values(text, table, cells, tabbed):
    """The value cells of a row in column order; rows split at every space are realigned."""
    last = max(column.index for column in table.columns)
    if tabbed or len(cells) == last + 1:
        padded = cells + [Cell(cells[-1].end, cells[-1].end, "")] * (last + 1 - len(cells))
        return [padded[column.index] for column in table.columns]
    first = (table.unit_index if table.unit_index is not None else table.name_index) + 1
    rest = cells[first:]
    while len(rest) > len(table.columns):
        index = next((i for i, cell in enumerate(rest) if not _reads(cell.text)), None)
        if index is None:
            return None
        pairs = [(index, index + 1), (index - 1, index)]
        pair = next(
            (
                (a, b)
                for a, b in pairs
                if 0 <= a and b < len(rest) and _reads(text[rest[a].start : rest[b].end])
            ),
            pairs[1] if index > 0 else pairs[0],
        )
        a, b = pair
        rest[a : b + 1] = [Cell(rest[a].start, rest[b].end, text[rest[a].start : rest[b].end])]
    return rest if len(rest) == len(table.columns) else None


def _reads(value_text):
    return parse(value_text).kind != UNPARSED


def _name(cell_text):
    """(name, level, numbered) of a row's first cell: level 0 for 一、…, 1 for 其中：…, 2 for
    # …, else None; numbered when any ordinal (一、 1. （一） 其中：) opens it."""
    level, name, numbered = None, cell_text, False
    while (match := _ORDINAL.match(name)) and match.group():
        numbered = True
        if match["top"]:
            level = 0
        elif match["sub"]:
            level = 1
        elif match["hash"]:
            level = 2
        name = name[match.end() :]
    return name.strip(), level, numbered


def annex_candidates(text, catalogue, metadata):
    """Candidates from every table: (candidates, (indicator, year, kind) a table answers for,
    spans of the tables)."""
    found, covered, spans = [], set(), []
    for table, rows in tables(text, metadata.results_kind):
        spans.append((table.start, table.end))
        found += _table_candidates(text, table, rows, catalogue, covered)
    return found, covered, spans


class _Tree:
    """Who is whose parent in an annex: 一、 opens a top-level row, 其中： its children, # theirs."""

    def __init__(self):
        self.top, self.child, self.in_children = "", "", False

    def parent_of(self, name, level, known_parent=None):
        """`known_parent`: the catalogue's parent of the row's indicator, when it knows the
        indicator: an unnumbered row after a 其中 row whose indicator the catalogue puts
        elsewhere is a row of its own, not one more child."""
        elsewhere = known_parent is not None and known_parent != self.top
        if level == 0 or (level is None and (not self.in_children or elsewhere)):
            self.top, self.child, self.in_children = name, "", False
            return ""
        if level == 2:
            return self.child or self.top
        self.in_children, self.child = True, name
        return self.top


def _table_candidates(text, table, rows, catalogue, covered):
    found, tree, group, pending = [], _Tree(), None, None
    for number, (start, end, cells, tabbed) in enumerate(rows):
        name_cell = cells[table.name_index] if table.name_index < len(cells) else None
        name, level, numbered = _name(name_cell.text if name_cell else "")
        unit_cell = (
            cells[table.unit_index]
            if table.unit_index is not None and table.unit_index < len(cells)
            else None
        )
        values = _values(text, table, cells, tabbed) if cells else None
        filled = [v for v in values or [] if squeeze(v.text) not in _EMPTY_VALUES]
        child = catalogue.resolve(unit_cell.text) if unit_cell and unit_cell.text else None
        if not name and child and group and not filled:
            # a merged group row: its values belong to every pollutant listed under it
            found += _row_candidates(
                text, table, group["values"], catalogue, child, "", group["name"],
                (group["start"], unit_cell.end), covered,
            )  # fmt: skip
            continue
        if name and not filled and child is None:
            # a name the next line completes ("十二、单位地区生产总值二氧化碳" / "排放降低"), or a
            # category heading the next numbered row leaves behind
            keep = pending is not None and not numbered
            pending = (pending[0], pending[1] + name, pending[2]) if keep else (start, name, level)
            continue
        row_start = start
        if pending is not None and not numbered and not catalogue.resolve(name):
            row_start, name, level = pending[0], pending[1] + name, pending[2]
        pending = None
        resolved = catalogue.resolve(name)
        if resolved is None and number + 1 < len(rows):
            following = rows[number + 1][2]
            joined = name + (following[0].text if len(following) == 1 else "")
            if len(following) == 1 and catalogue.resolve(joined):
                resolved, name, end = catalogue.resolve(joined), joined, rows[number + 1][1]
        if not name or not filled:
            continue
        known = catalogue.parents.get(resolved) if resolved else None
        parent = tree.parent_of(resolved or name, level, known) or catalogue.parents.get(
            resolved, ""
        )
        if child:
            group = {"name": resolved or name, "values": values, "start": row_start}
            covered.update((resolved or name, c.year, c.kind) for c in table.columns)
            resolved, parent, unit_text = child, resolved or name, ""
        else:
            unit_text = unit_cell.text if unit_cell else ""
        found += _row_candidates(
            text, table, values, catalogue, resolved or name, unit_text, parent,
            (row_start, end), covered, new=resolved is None,
        )  # fmt: skip
    return found


def _row_candidates(
    text, table, values, catalogue, name, unit_text, parent, span, covered, *, new=False
):
    found = []
    row_unit = clean_unit(unit_text)
    for column, cell in zip(table.columns, values, strict=True):
        value = cell.text
        if squeeze(value) in _EMPTY_VALUES or not column.year or not column.kind:
            continue
        # a growth column holds rates, except for rows whose unit says they have none (—)
        written = PERCENT if column.measure == "growth" and row_unit != NO_UNIT else row_unit
        if not written and value.rstrip().endswith(("%", "％")):
            written = PERCENT
        unit, is_new = _series(catalogue, name, written, value, new)
        found.append(
            candidate(
                text,
                indicator=name,
                unit=unit,
                year=column.year,
                kind=column.kind,
                quote_span=span,
                value_span=(cell.start, cell.end),
                confidence=0.5 if is_new else 0.95,
                source=ANNEX,
                new_indicator=is_new,
                parent=parent,
            )
        )
    return found


def _series(catalogue, name, written, value, new):
    """(unit, is a new series) for a value of `name` in a column whose unit is `written`."""
    if not new:
        if written:
            fitting = catalogue.series(name, written)
            if fitting:
                return fitting[0], False
        if not re.search(r"\d", value) or not written:
            unit = catalogue.qualitative_series(name)
            if unit:
                return unit, False
    return written or NO_UNIT, True
