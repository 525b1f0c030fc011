"""The layout of an annex table as pasted from Word, WPS or a PDF: which lines are its header
rows, what each column holds, and each row's cells with their offsets. Cells are separated by
tabs or by runs of spaces; merged header cells are left empty; an indented row's indent is no
cell.
"""

import re
from dataclasses import dataclass, field

from indicators.expressions import UNPARSED, parse
from reports.extraction.captions import (
    caption_kind,
    caption_year,
    dated_by_caption,
    dated_from_above,
    is_byline,
    years_above,
)
from reports.extraction.column_headers import (
    GROWTH_HEADER,
    LEVEL_HEADER,
    header_column,
    header_year,
    measure_only,
    measured_columns,
    refine,
    refine_spaced,
    this_year,
)
from reports.extraction.column_spans import header_spans, placed_by_column, placed_over_lines
from reports.extraction.drawn_headers import drawn_header
from reports.extraction.grid_tables import goes_on
from reports.extraction.grid_tables import joined as grid_joined
from reports.extraction.growth_columns import growth_of_the_latest, levels_beside_growth
from reports.extraction.header_pieces import (
    dotted_title,
    measures_rejoined,
    names_left_blank,
    rejoined_header,
    sandwiched_header,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell, line_cells, spaced_cells
from reports.extraction.markdown_marks import is_rule_line
from reports.extraction.sections import EXPECTED
from reports.extraction.spaced_rows import spaced_row
from reports.extraction.web_tables import aligned, barred, spread_subheader, subheader_texts
from reports.extraction.wrapped_rows import continues, cut_short, joined_tokens, wrapped_header
from reports.extraction.year_courses import (
    courses_of_the_year,
    drop_parts_of_the_year,
    months_to_the_years_end,
    targets_against_results,
    whole_year_beside_parts,
)

EMPTY_VALUES = {"", "—", "——", "-", "－", "/", "／", "…", "--"}
# a cell saying no target was set (市级未下达目标, 暂未下达, 未设定, 不作要求) holds no value either,
NO_TARGET_SET = re.compile(r"未\s*(?:下\s*达|设\s*定?|确\s*定)|不\s*作\s*要\s*求|暂\s*无")
# …unless the cell opens on its figure (4.5以内（省未下达，自行确定）), not on a year
OPENS_ON_A_FIGURE = re.compile(r"\s*[-+]?\d+(?:\.\d+)?(?!\d|\s*年)")
# a note in brackets after a cell's value: 8.7（实际增长7.9）, 10.9（可比7.0）
NOTE_AFTER = re.compile(r"\s*[（(][^（）()]{1,16}[)）]\s*$")
NAME_HEADER = re.compile(r"指标|项目|名称")
ATTRIBUTE_HEADER = re.compile(r"属性|性质|类别|类型")  # 指标属性: 预期性 or 约束性
_SERIAL_HEADER = re.compile(r"序号|编号|序|No\.?", re.IGNORECASE)


def cell_reads(cell_text):
    """A cell's text reads as a value, a note in brackets after it passed over."""
    return any(parse(text).kind != UNPARSED for text in (cell_text, NOTE_AFTER.sub("", cell_text)))


@dataclass
class Table:
    name_index: int = 0
    unit_index: int | None = None
    columns: list = field(default_factory=list)
    start: int = 0
    end: int = 0
    serial: bool = False  # rows numbered in a 序号 column
    spans: list | None = None  # a spaced header's cells' display columns, on its own line


def header_table(cells, tabbed, results_kind, plan_year=None, caption_year=None, caption_kind=None):
    """The Table a header row describes, or None when the row is not a header; `caption_year`,
    the year of a caption right above it, dates the cells that name a kind and no year, and with
    `caption_kind`, the kind it names, a header of measures alone (总量 | 增长%)."""
    texts = [cell.text for cell in measures_rejoined(cells)]
    line = "".join(texts)
    if re.search(r"[，。；,;：:]", line) or len(line) > 150 or dotted_title(texts):
        return None
    if caption_year is None and any(NAME_HEADER.search(squeeze(t)) for t in texts):
        caption_year = targets_against_results(texts, plan_year)  # (a second row names none)
    if caption_year is None and plan_year and months_to_the_years_end(texts):
        # (12月 | 1—12月 | 同比增长%: a bulletin of December on the year it closes, the one reviewed)
        caption_year = plan_year - 1
    dated = [i for i, t in enumerate(texts) if header_year(t, plan_year, caption_year)]
    captioned = not dated and caption_year and caption_kind
    if captioned:  # 2016年全市主要经济指标完成情况 over 指标 | 单位 | 总量 | 增长%
        dated = measured_columns(texts, results_kind) or courses_of_the_year(texts)
    named = any(NAME_HEADER.search(squeeze(t)) for t in texts[: min(dated, default=0)])
    if not dated or not (named or (tabbed and len(dated) >= 2)):
        return None
    table = Table(name_index=_name_column(texts[: min(dated)]))
    table.unit_index = next(
        (i for i, t in enumerate(texts) if squeeze(t) in ("单位", "计量单位")), None
    )
    table.serial = any(_SERIAL_HEADER.fullmatch(squeeze(t)) for t in texts)
    year, kind, shown, counted = None, None, True, this_year(texts, plan_year, caption_year)
    for index in range(min(dated), len(texts)):
        if index == table.unit_index:
            continue
        column = header_column(index, texts[index], results_kind, plan_year, caption_year, counted)
        if captioned and measure_only(column):
            column.year, column.kind = caption_year, caption_kind
        # an empty header cell continues the merged cell on its left, and so does one that
        # names only a measure (2023年完成 | 增长%: the growth beside; 1—10月 | 增长%: none)
        column.continued = not texts[index] or measure_only(column)
        if not column.continued:
            year, kind, shown = column.year or year, column.kind, column.values
        measured = any((column.year, column.kind, column.measure))
        column.values = (column.continued and shown) or measured
        column.year, column.kind = column.year or year, column.kind or kind
        table.columns.append(column)
    whole_year_beside_parts(table.columns, texts, caption_year, caption_kind)
    drop_parts_of_the_year(table.columns, texts, plan_year)
    growth_of_the_latest(table.columns)
    levels_beside_growth(table.columns)
    return table if any(c.year for c in table.columns) else None


def _name_column(texts):
    """The column of names: the one headed 指标 / 项目 / 名称 (not 指标属性), else the first that
    is not a serial number (序号)."""
    headed = (
        i
        for i, t in enumerate(map(squeeze, texts))
        if NAME_HEADER.search(t) and not ATTRIBUTE_HEADER.search(t)
    )
    unnumbered = (i for i, t in enumerate(texts) if t and not _SERIAL_HEADER.fullmatch(squeeze(t)))
    return next(headed, next(unnumbered, 0))


# the characters of a sub-header's words, as a PDF breaks them over lines (绝对值 增 / 长%)
_SUBHEADER_CHARS = re.compile(
    r"[总量绝对值额增长率速幅涨比上年计划目标预计完成实际执行预期%％（）()]+"
)


def _is_subheader(cells, table, tabbed):
    name = cells[table.name_index].text if table.name_index < len(cells) else ""
    texts = [c.text for c in cells if c.text]
    if not tabbed and texts and _SUBHEADER_CHARS.fullmatch("".join(texts)):
        return True
    return (
        (not name or not tabbed)
        and bool(texts)
        and all(
            GROWTH_HEADER.search(t)
            or LEVEL_HEADER.search(t)
            # (累计: the level of a part of the year, 1—11月 | 累计 | 增长%)
            or re.search("预计|目标|完成|计划|执行|实际|预期|累计", t)
            for t in texts
        )
    )


# a note under a table (注：…, 注1, 说明：), not a row named 注册外资…
_NOTE_UNDER = re.compile(r"(?:注(?:释|解)?|说明)(?:[：:\d①-⑳（(]|$)")


_CLAUSE_MARK = re.compile("[，。；,;]")


def _ends_table(line, tabbed, cells):
    """Prose after a table: a sentence, or a note under it; not a spaced row whose last cell
    alone is a note with a comma in it (…　5.5左右　　与全市目标衔接，力争更好结果)."""
    squeezed = squeeze(line)
    if _NOTE_UNDER.match(squeezed) or len(squeezed) > 120:
        return True
    if tabbed:
        return "。" in squeezed
    before_last = "".join(cell.text for cell in cells[:-1])
    return bool(_CLAUSE_MARK.search(squeezed)) and (
        len(cells) < 3 or bool(_CLAUSE_MARK.search(before_last))
    )


def tables(text, results_kind=EXPECTED, plan_year=None):
    """(Table, rows) for each table in the text; a row is (start, end, cells, tabbed).
    `plan_year`, the year the report plans, dates headers that count from it (本年计划)."""
    lines = _line_spans(text)
    found, table, rows, index, subheader = [], None, [], 0, []
    captioned, of_kind, above, caption, made = None, None, None, "", None
    while index < len(lines):
        (start, end), index = lines[index], index + 1
        line = text[start:end]
        tabbed = "\t" in line or barred(line)
        cells = names_left_blank(text, line_cells(text, start, end), start, tabbed)
        read_as = (results_kind, plan_year, captioned, of_kind)
        header, years = None, years_above(line)  # (a line of years dates the header under it)
        if not years:  # a header broken over lines (a PDF's, or drawn), else on this line alone
            header, index, end = _over_lines(text, lines, index - 1, tabbed, read_as, caption)
        rebuilt = header is None and made and not tabbed  # (the rest of a spaced one: 年度 / 目标)
        rebuilt = rebuilt and _rejoined(text, made, cells, start, line, results_kind, plan_year)
        header_start, made = made[3] if rebuilt else start, None
        if header is None and not rebuilt:
            dated = dated_by_caption(dated_from_above(cells, line, start, above), caption)
            header = header_table(dated, tabbed, results_kind, plan_year, captioned, of_kind)
            made = (dated, captioned, of_kind, start, line) if header and not tabbed else None
            if made:
                header.spans = header_spans(text, start, measures_rejoined(dated))
            elif header is None and above and not tabbed and index < len(lines):
                header, index, end = _sandwiched(
                    text, lines, index, cells, start, above, results_kind
                )
        if not is_byline(line):  # (a byline under the caption leaves it the table's)
            captioned, above, caption = caption_year(line), years, line
            of_kind = caption_kind(line, captioned, results_kind, plan_year)
        if header is not None or rebuilt:
            if table is not None and not rebuilt:
                found.append((table, rows))
            table, rows, subheader = header or rebuilt, [], []
            table.start, table.end = header_start, end
        elif table is not None and _ends_table(line, tabbed, cells):
            found.append((table, rows))
            table, rows = None, []
        elif table is not None:
            spanning = tabbed and not rows and _spanning(cells, table)
            if spanning:
                spread_subheader(table, spanning, results_kind)
            elif not rows and _is_subheader(cells, table, tabbed):
                if tabbed:
                    refine(table, _right_aligned(cells, text, lines, index), results_kind)
                else:
                    subheader.append([cell.text for cell in cells if cell.text])
            elif going_on := _row_going_on(text, table, rows, (start, end), cells, tabbed):
                rows[-1] = going_on
            else:
                if subheader:
                    refine_spaced(table, subheader, results_kind)
                    subheader = []
                rows.append((start, end, cells, tabbed))
            table.end = end
    if table is not None:
        found.append((table, rows))
    return [(table, _placed(text, rows, table)) for table, rows in found if rows]


def _row_going_on(text, table, rows, span, cells, tabbed):
    """The last row with the line at `span` joined on, when the line goes on with it: the next
    line of a grid table's row, or a line of a spaced row a PDF wrapped; else None."""
    start, end = span
    if tabbed and rows and rows[-1][3] and goes_on(text, *rows[-1][:2], start):
        more = grid_joined(rows[-1][2], cells, {column.index for column in table.columns})
        return (rows[-1][0], end, more, True) if more else None
    if not tabbed and _continued(text, table, rows, start, end):
        first = rows[-1][0]
        return (first, end, spaced_cells(text, joined_tokens(text, first, end)), False)
    return None


def _placed(text, rows, table):
    """The rows with their cells under the header's columns."""
    return [
        (a, b, _aligned(cells, table) if tabbed else _spaced(text, a, b, cells, table), tabbed)
        for a, b, cells, tabbed in rows
    ]


def _spaced(text, start, end, cells, table):
    """A spaced row's cells under the header's: by display column when it left a cell empty
    (a gap) on a line of its own, else counted, as `spaced_row` places them."""
    placed, spans = None, table.spans
    if spans and "\n" in text[start:end]:
        values = {column.index for column in table.columns}
        placed = placed_over_lines(text, start, end, spans, values)
    elif spans and len(cells) < len(spans):
        placed = placed_by_column(text, start, cells, spans)
    return placed or spaced_row(cells, table)


def _spanning(cells, table):
    """The measures of a sub-header under colspan header cells: a line shorter than the header."""
    return len(cells) < max(c.index for c in table.columns) + 1 and subheader_texts(cells, table)


def _right_aligned(cells, text, lines, index):
    """A sub-header's cells over the rows': one with more cells than the row under it, the
    surplus all empty at its start (指标|单位|2023年 over |||目标|完成 over 生产总值|亿元|560|548.6,
    a blank too many under the names), stands over it by its right end. Cells are counted by
    their separators, the empty ones a row ends on too."""
    start, end = lines[index - 1]
    below = text[slice(*lines[index])] if index < len(lines) else ""
    separator = "|" if barred(text[start:end]) else "\t"
    surplus = text.count(separator, start, end) - below.count(separator)
    if below and surplus > 0 and not any(cell.text for cell in cells[:surplus]):
        return cells[surplus:]
    return cells


def _aligned(cells, table):
    return aligned(cells, table, Cell(cells[0].start, cells[0].start, "")) if cells else cells


def _line_spans(text):
    """The spans of the text's lines, but blank ones and a Markdown table's rule (|---|:---:|)."""
    spans, position = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not is_rule_line(line):
            spans.append((position, position + len(line.rstrip("\r\n"))))
        position += len(line)
    return spans


def _rejoined(text, made, cells, start, line, results_kind, plan_year):
    """The spaced header `made` of (cells, caption year, caption kind, start, line) read again
    with the line after it, the rest of its cells broken off (年度 / 目标), or None."""
    dated, captioned, of_kind, header_start, header_line = made
    pieces = [cell for cell in cells if cell.text]
    joined = rejoined_header(dated, header_start, header_line, pieces, start, line, results_kind)
    table = joined and header_table(joined, False, results_kind, plan_year, captioned, of_kind)
    if not table:
        return None
    spans = header_spans(text, header_start, measures_rejoined(dated))
    if spans and len(spans) == len(measures_rejoined(joined)):
        table.spans = spans  # (its columns where the line above set them)
    return table


def _sandwiched(text, lines, index, cells, start, years, results_kind):
    """(Table, index of the line after it, its end) of a header whose names are on this line,
    its years above and its kinds under them on the next line (lines[index]); else (None,
    index, the end of this line)."""
    next_start, next_end = lines[index]
    pieces = [cell for cell in line_cells(text, next_start, next_end) if cell.text]
    found = sandwiched_header(text, years, cells, start, pieces, next_start, results_kind)
    header = found and header_table(found[0], False, results_kind)
    if not header:
        return None, index, lines[index - 1][1]
    header.spans = found[1]
    return header, index + 1, next_end


def _over_lines(text, lines, index, tabbed, read_as, caption):
    """(Table, index of the line after it, end) of a header broken over lines at lines[index],
    a PDF's or one drawn over several lines between rules (2018年 over 计划 | 预计完成: 2018年计划 |
    预计完成), else (None, index + 1, end of that line)."""
    if not tabbed:
        return _wrapped(text, lines, index, *read_as[:2])
    drawn = drawn_header(text, lines, index)
    cells = drawn and dated_by_caption([Cell(*cell) for cell in drawn[0]], caption)
    header = cells and header_table(cells, True, *read_as)
    if not header:
        return None, index + 1, lines[index][1]
    return header, drawn[1] + 1, lines[drawn[1]][1]


def _wrapped(text, lines, index, results_kind, plan_year):
    """(Table, index of the line after it, end) of a header broken over lines at lines[index],
    else (None, index + 1, end of that line)."""
    wrapped = wrapped_header(text, lines, index)
    header = wrapped and header_table(
        [Cell(*cell) for cell in wrapped[0]], False, results_kind, plan_year
    )
    if header is None:
        return None, index + 1, lines[index][1]
    return header, wrapped[1] + 1, lines[wrapped[1]][1]


# A row a PDF wrapped over lines is no longer than this: joining a row again for each line it
# takes in costs its length, so a bounded row keeps a text of short lines linear.
_LONGEST_ROW = 300
_MOST_ROW_LINES = 12


def _continued(text, table, rows, start, end):
    """Whether the line goes on with the row above, as a PDF's wrapped cells give it: the row
    above is numbered and this line is not, or the row above lacks cells."""
    if not rows or rows[-1][3] or end - rows[-1][0] > _LONGEST_ROW:
        return False
    if text.count("\n", rows[-1][0], start) >= _MOST_ROW_LINES:
        return False
    # (a column of notes, 备注, is left empty by most rows: no row lacks it)
    needed = max((c.index for c in table.columns if c.values), default=0) + 1
    if not table.serial and len(rows[-1][2]) >= needed:
        return cut_short(rows[-1][2][-1].text, text[start:end])
    return continues(text, rows[-1][0], start, end, table.serial)
