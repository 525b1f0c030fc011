"""Annex tables laid on their side: the years as rows and the indicators as columns, as a report
sets a series out over the years (年份 | 地区生产总值（亿元） | 增长（%） | …, then 2019年 | 1561.3 |
7.6 | …), or a year's targets and results a row each (项目 | 地区生产总值增长（%） | …, then
2024年预期目标 | 6.5左右 | …), or the places under the report's a row each beside its own whole
(表：2014年各县（市、区）主要经济指标增速及位次⏎地区 | 地区生产总值增速(%) | 位次 | …, then 全市 |
13.5 | — | …, 红花岗区 | 12.4 | 12 | …: the 全市 row the place's own, of the caption's year and
kind). Each indicator's column is read as a row of a table dated by the row's first cell, or by
the caption, so the annex's reader takes it as any other, quoting the row of the year."""

import re
from dataclasses import dataclass, replace

from reports.extraction.caption_series import caption_series, joined_name
from reports.extraction.column_headers import (
    GROWTH_HEADER,
    LEVEL_HEADER,
    PART_OF_YEAR,
    Column,
    header_column,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell, line_cells
from reports.extraction.paired_cells import in_pairs, pairing, split_pairs
from reports.extraction.places import HEAD, OWN_PLACE
from reports.extraction.row_names import measure_alone, resolved_row, row_name
from reports.extraction.sections import FINAL, TARGET
from reports.extraction.table_layout import EMPTY_VALUES, Table
from reports.extraction.titles import text_lines

# a row's first cell: its year, perhaps its kind (2023年（预计）, 2021年预期目标, 2024年预计完成)
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})(?:\s*年)?(?![\d.])")
# the row of the place's own whole among its parts' (全市 in a city's report, 全县 in a county's:
# a county's table of its city's counties gives its city's 全市), the rows of its parts (东坡区,
# 西岭县, 大良街道), and the columns of their ranks and scores beside each figure, of no series
# (位次, 综合得分, 等次)
_WHOLE_PLACE = re.compile(r"全(?P<level>[市县区省州旗盟])")
# the place whose parts a caption names (泉州市各县（市、区）, 全市各乡镇: no name)
_PARTS_OF = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|年度?)(?![年全本我])(?P<name>[\u4e00-\u9fff]{2,6}?)[省市县区州旗盟]"
    r"(?=各|所辖|下辖)"
)
_A_PART = re.compile(r"[\u4e00-\u9fff]{1,12}(?:省|市|区|县|旗|州|盟|镇|乡|街道|板块)")
_RANKS = re.compile(r"(?:位次|排名|排位|名次|(?:综合)?得分|等次|备注|说明)$")
# a caption saying every figure of the table is a growth (主要经济指标增长情况（%）)
_ALL_GROWTHS = re.compile(r"(?:增长|增速)[^，。\n]{0,6}[（(][%％][)）]\s*$")
# a column of the years' targets beside one of their results (地区生产总值增长（计划） | （完成）,
# 计划增长（%） | 实际增长（%）): the words saying which, not the share of the plan done (完成计划%)
_PLANNED = re.compile(r"[（(]?(?:年初)?(?:计划|目标|预期)(?:数|值)?[)）]?")
_ACTUAL = re.compile(r"[（(]?(?:实际|完成|实绩)(?:数|值)?[)）]?")
_SHARE_OF_PLAN = re.compile(r"完成[^（(]{0,4}计划|计划完成|[为占]计划|完成率|进度")
# a caption over the targets alone ((1)计划增长速度（%）), not over a plan's table of targets and
# results (…年度计划主要指标及完成情况, 国民经济和社会发展计划执行情况)
_TARGETS_CAPTION = re.compile(r"(?<!发展)(?:计划|目标|预期)(?!性)")
_RESULTS_CAPTION = re.compile(rf"{_ACTUAL.pattern}|执行|{_SHARE_OF_PLAN.pattern}")
# a heading naming the one indicator of the block under it, its header the measures alone
# (（一）地区生产总值⏎年份 | 计划增长（%） | 实际增长（%） | 总量（亿元）; 表1　国内生产总值)
_TABLE_NUMBER = re.compile(r"\s*附?表\s*[\d一二三四五六七八九十]+[\s　:：.、]*")
# a line of prose, not a caption: a clause's punctuation, or longer than a caption runs
_CAPTION_LENGTH = 40
_PROSE = re.compile(rf"[，,。；;]|.{{{_CAPTION_LENGTH + 1}}}")
# the line between a header and its rows: a rule (———————, -----, ═════, a grid's +------+----+,
# a Markdown table's |---|:---:|), or the blank line a drawn one reads as (├──┼──┤)
_UNDER_HEADER = re.compile(
    r"\s*(?:[—─━=＝═\-－_+]{3,}\s*|\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?)?\s*)?"
)
_FEWEST_NAMES = 2  # indicators a header names, at least, to be one laid on its side
_YEARS_HEADER = ("年份", "年度")  # a header's first cell over a column of years
_MOST_ROWS = 40
# columns a header has, at most: each cell quotes its row, so a wider one would be read in time
# growing with the square of its width
_MOST_COLUMNS = 31


def transposed_tables(text, catalogue, results_kind, plan_year=None):
    """(Table, rows) for each row of years under a header of indicators, as `table_layout.tables`
    gives them: a table a row, its rows the indicators' cells."""
    found, caption, above, index = [], "", "", 0
    lines = [(start, start + len(line.rstrip("\r\n"))) for start, line in text_lines(text)]
    own = OWN_PLACE.search(text, 0, HEAD)  # (the report's own place, whose whole a row may be)
    title = ""  # (the caption over a legend of units: 表1　…居民人均可支配收入⏎单位：元、%)
    while index < len(lines):
        header = _header(text, *lines[index], catalogue, caption, over_legend=title)
        dated = _captioned(own, caption, results_kind, plan_year) if header is not None else None
        line, index = text[slice(*lines[index])], index + 1
        # (a blank line may stand between a caption and its table; not between prose and it)
        blank_under_caption = not line.strip() and header is None and not _PROSE.search(caption)
        if line.strip() and not _UNITS_LEGEND.fullmatch(squeeze(line)):
            title = line
        caption = caption if blank_under_caption else line
        if header is None:
            above = line if line.strip() else above  # (a legend's line, past a blank one)
        else:
            header, index = _measured(text, lines, index, header)
            if index < len(lines) and _UNDER_HEADER.fullmatch(text[slice(*lines[index])]):
                index += 1
            if paired := pairing(text, lines, index, header, above):
                header = in_pairs(header, paired)
            rows, index = _rows_of_years(
                text, lines, index, len(header), dated, (results_kind, plan_year), paired=paired
            )
            found += [table for row in rows for table in _year_tables(header, row, rows)]
    return found


def _captioned(own, caption, results_kind, plan_year):
    """(year, kind, level) the caption over a table of places gives its whole's row (表：2014年各
    县（市、区）主要经济指标…: 2014's results, final for a year before the one reviewed; …2018年…
    目标任务分解表: 2018's targets), the level the report's own place is of; None for no year
    named, a part of the year's (2021年1—6月), a report whose head names no place of its own, or a
    caption naming another place's parts (晋江's report, 2023年泉州市各县（市、区）…). `own`
    is the report's own place as its head names it (an OWN_PLACE match)."""
    if own is None or PART_OF_YEAR.search(caption):
        return None
    named = _PARTS_OF.search(caption)
    if named and named["name"] not in own["name"]:
        return None
    column = header_column(0, caption, results_kind, plan_year)
    if column.year is None or not plan_year or column.year > plan_year:
        return None
    kind = column.kind
    if kind is None and column.year < plan_year:
        kind = results_kind if column.year == plan_year - 1 else FINAL
    return column.year, kind, own["level"][-1]


def _rows_of_years(text, lines, index, width, dated, kinds, *, paired=None):
    """(start, end, cells, year, kind) of the rows of `width` cells from `index` that open on a
    year, but a part of the year's (2023年1-6月: no year's figure), or on the place's whole among
    its parts' under a caption `dated` (year, kind, the own place's level); and the index after
    them. `kinds` is the (results' kind, year planned) a year's cell is read with."""
    rows, whole = [], False
    while index < len(lines) and len(rows) < _MOST_ROWS:
        start, end = lines[index]
        cells = _line_cells(text, start, end)
        cells = split_pairs(cells, paired) if paired else cells
        first = squeeze(cells[0].text) if text[start:end].strip() else ""
        year = _YEAR_CELL.match(first)
        whole_place = dated and _WHOLE_PLACE.fullmatch(first)
        part = dated and (whole_place or _A_PART.fullmatch(first))
        if not first or len(cells) != width or not (year or part):
            break
        index += 1
        if year and not PART_OF_YEAR.search(cells[0].text):
            kind = header_column(0, cells[0].text, *kinds).kind
            rows.append((start, end, cells, int(year[1]), kind))
        elif not year and whole_place and whole_place["level"] == dated[2]:
            if dated[1] and not whole:  # (the first whole row: a table may repeat it)
                whole = True
                rows.append((start, end, cells, *dated[:2]))
    return rows, index


def _header(text, start, end, catalogue, caption, *, over_legend):
    """The header's cells, a name each (a measure alone goes on with the name before it:
    地区生产总值（亿元） | 增长（%）), its columns of targets told apart (by their words, or all
    by a caption over targets alone), when the line names indicators and no year, or measures
    alone under a `caption` naming one indicator (（一）地区生产总值⏎年份 | 计划增长（%） | …), or
    measures or groups under a caption of a series' years (表　2017—2021年…一般公共预算收入⏎年份 |
    收入（亿元） | 增速（%）; `over_legend` the caption over a legend of units, or the line
    above); else None."""
    cells = _line_cells(text, start, end)
    if not _FEWEST_NAMES < len(cells) <= _MOST_COLUMNS or _YEAR_CELL.search(
        squeeze(text[start:end])
    ):
        return None
    growths = bool(_ALL_GROWTHS.search(caption.strip()))
    if resolved_row(catalogue, row_name(cells[0].text)[2], None):
        return None
    # (a caption over a table of the years' targets alone: （1）计划增长速度（%）)
    planned = bool(_TARGETS_CAPTION.search(caption)) and not _RESULTS_CAPTION.search(caption)
    columns, named = _named_columns(cells[1:], catalogue, planned=planned)
    heading = resolved_row(catalogue, row_name(_TABLE_NUMBER.sub("", caption, 1).strip())[2], None)
    if not named and heading:  # (one indicator's block: its measures alone)
        columns, named = _named_columns(cells[1:], catalogue, heading)
    if named < _FEWEST_NAMES and squeeze(cells[0].text) in _YEARS_HEADER:
        if series := caption_series(over_legend, catalogue):
            columns, named = _named_columns(_in_series(cells[1:], series, catalogue), catalogue)
    if named < _FEWEST_NAMES and not (named and squeeze(cells[0].text) in _YEARS_HEADER):
        return None  # (one name will do under a header opening on 年份: 年份 | 粮食总产量 | 其中：玉米)
    if growths:
        return [cells[0]] + [
            c if "%" in c.text else replace(c, text=c.text + "（%）") for c in columns
        ]
    return [cells[0]] + _shares_marked(_legend_units(columns, caption), caption)


# a legend of a level's unit, and a growth's, over the header (单位：亿元、%; 单位：亿元)
_UNITS_LEGEND = re.compile(
    r"[（(]?单位\s*[：:]\s*(?P<level>[^\s、，,%％（）()]{1,4})(?:\s*[、，,/]\s*[%％])?[)）]?"
)


def _legend_units(columns, caption):
    """The columns with the units a legend of a level's (and a growth's) gives them, where they
    name none: a growth's or a rate's column %, the others the level's unit."""
    legend = _UNITS_LEGEND.fullmatch(squeeze(caption))
    if legend is None:
        return columns
    return [_with_legend_unit(column, legend) for column in columns]


# a header cell naming its unit, in brackets or as % (not a basis: 地区生产总值（现价）)
_UNIT_NAMED = re.compile(
    r"[%％]|[（(]\s*(?:[万亿千百]?(?:元|美元|吨|斤|人|户|家|个|平方米|公里))\s*[)）]"
)
# a rate's column, of no level (城镇化率, 占GDP比重, 能耗下降, 居民消费价格指数, 城乡收入比)
_RATE = re.compile(r"率|比重|比例|占比|指数|下降|降低|削减|比$")
# a count's column, of no sum the legend's unit is for (年末常住人口, 从业人数)
_COUNT = re.compile(r"人口|人数|户数|个数|家数")


def _with_legend_unit(column, legend):
    """`column` with the unit a legend gives it, where it names none: a growth's or a rate's %,
    a count's none (the column as it is), the others the level's."""
    name = column.text
    rate = GROWTH_HEADER.search(name) or _RATE.search(name)
    if _UNIT_NAMED.search(name) or (_COUNT.search(name) and not rate):
        return column
    return replace(column, text=f"{name}（{'%' if rate else legend['level']}）")


# a caption over the economy's structure (…地区生产总值及三次产业结构, 产业构成, 比重), and the
# columns that hold its parts' shares: a sector's percent with no change named (第一产业（%）; not
# 第一产业增长（%）, nor 常住人口城镇化率（%） under 人口及城乡结构)
_STRUCTURE = re.compile(r"结构|构成|比重|占比")
_SECTOR_SHARE = re.compile(r"^(?:第[一二三]产业|[一二三]产|服务业|农业|工业|建筑业)\s*[（(]?[%％]")


def _shares_marked(columns, caption):
    """The columns of the sectors' shares marked so under a caption naming the economy's
    structure."""
    if not _STRUCTURE.search(caption):
        return columns
    return [replace(c, share=True) if _SECTOR_SHARE.match(squeeze(c.text)) else c for c in columns]


@dataclass
class _Column(Cell):
    planned: bool = False  # a column of the years' targets
    share: bool = False  # a column of a part's share of the whole (第一产业（%）), no series'


def _named_columns(cells, catalogue, heading="", *, planned=False):
    """(the header's cells, the number of them naming an indicator): each cell a column of a
    name, `planned` for a column of the years' targets (every one when the table's caption says
    it gives the targets); `heading` the name of a block's one indicator, before each cell's
    measure."""
    columns, named, previous, name_before = [], 0, None, ""
    for cell in cells:
        text, target, found = cell.text, planned, None
        bare = _ACTUAL.sub("", _PLANNED.sub("", text))
        kind_words = bare != text and not _SHARE_OF_PLAN.search(squeeze(text))
        if kind_words and squeeze(bare) in ("", "（）", "()"):
            # （完成） after 地区生产总值增长（计划）: the same series, its kind
            text, target = name_before, target or bool(_PLANNED.search(text))
        elif kind_words and not resolved_row(catalogue, row_name(heading + text)[2], previous):
            # a plan's or a result's words taken out of a name they are no part of (地区生产总值
            # 计划增长（%）; not 实际利用外资, 人均预期寿命)
            if found := resolved_row(catalogue, row_name(heading + bare)[2], previous):
                text, target = bare, target or bool(_PLANNED.search(text))
        name_before = text
        previous = found or resolved_row(catalogue, row_name(heading + text)[2], previous)
        named += previous is not None
        columns.append(_Column(cell.start, cell.end, heading + text, planned=target))
    return columns, named


def _in_series(cells, series, catalogue):
    """The header's cells named as the caption's `series` they are of: each joined to it as a
    name resolves, else as written (a measure alone, 增速, the column's before it)."""
    named = []
    for cell in cells:
        if measure_alone(row_name(cell.text)[2]):
            named.append(cell)
            continue
        joined = (n for n in joined_name(series, cell.text) if n)
        found = next((n for n in joined if resolved_row(catalogue, row_name(n)[2], None)), None)
        named.append(replace(cell, text=found or cell.text))
    return named


def _measured(text, lines, index, header):
    """The header with the measures a line under it names joined to its names (地区生产总值 over
    增长（%）: 地区生产总值增长（%）), and the index after that line; as it was when none does."""
    if index >= len(lines):
        return header, index
    cells = _line_cells(text, *lines[index])
    if kinds := _kinds_under(cells, len(header) - 1):
        return _split_by_kind(header, kinds), index + 1
    measures = [cell.text for cell in cells[1:]]
    fits = len(cells) == len(header) and not _YEAR_CELL.search(squeeze(cells[0].text))
    if not fits or not all(GROWTH_HEADER.search(m) or LEVEL_HEADER.search(m) for m in measures):
        return header, index
    joined = [replace(c, text=c.text + m) for c, m in zip(header[1:], measures, strict=True)]
    return [header[0], *joined], index + 1


# a line of the kinds under each name of a header (地区生产总值增长（%） | 一般公共预算收入增长（%）
# over 计划 | 实际 | 计划 | 实际): each name spans as many columns, a kind each
_KIND_CELL = re.compile(rf"(?:{_PLANNED.pattern}|{_ACTUAL.pattern})")


def _kinds_under(cells, names):
    """The cells of a line under a header of `names` names that gives each name's kinds, as many
    for each (a leading empty cell left out); else None."""
    kinds = cells[1:] if cells and not cells[0].text.strip() else cells
    whole = kinds and len(kinds) > names and len(kinds) % names == 0
    if not whole or not all(_KIND_CELL.fullmatch(squeeze(cell.text)) for cell in kinds):
        return None
    return kinds


def _split_by_kind(header, kinds):
    """The header with each name repeated over its kinds' columns, a target column where its
    kind says so."""
    each = len(kinds) // (len(header) - 1)
    return [header[0]] + [
        replace(name, planned=name.planned or bool(_PLANNED.fullmatch(squeeze(kind.text))))
        for number, name in enumerate(header[1:])
        for kind in kinds[number * each : (number + 1) * each]
    ]


def _year_tables(header, row, rows):
    """The Tables of one row of years: a column dated by its first cell, a row an indicator; its
    results' and, where the header has columns of targets, its targets'."""
    start, end, cells, year, kind = row
    found = []
    for planned in (False, True):
        table = Table(
            name_index=0, columns=[Column(1, year=year, kind=TARGET if planned else kind)]
        )
        table.start, table.end = header[0].start, rows[-1][1]
        pairs = [  # (a row's name as any table's cell: the reader knows no column kinds)
            (start, end, [Cell(name.start, name.end, name.text), value], True)
            for name, value in zip(header[1:], cells[1:], strict=True)
            if not _RANKS.match(squeeze(name.text))
            and not _SHARE_OF_PLAN.search(squeeze(name.text))
            and name.planned == planned
            and not name.share
            and squeeze(value.text) not in EMPTY_VALUES  # (no name wrapped onto the next)
        ]
        if pairs:
            found.append((table, pairs))
    return found


def _line_cells(text, start, end):
    """A line's cells, a barred line's piece before its first bar left out (| 2019 | 1561.3 |:
    the year first)."""
    cells = line_cells(text, start, end)
    barred = text[start:end].lstrip().startswith("|")
    return cells[1:] if barred and len(cells) > 1 and not cells[0].text.strip() else cells
