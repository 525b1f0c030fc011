"""Captions over annex tables: the year a caption names (表1：2018年…完成情况, 2013年…主要指标
完成情况), the kind of figures it says the table holds (预期目标 targets, 完成情况 results), and a
line of years over a header's kinds."""

import re
from dataclasses import replace
from unicodedata import east_asian_width

from reports.extraction.column_headers import (
    GROWTH_HEADER,
    KIND_WORDS,
    LEVEL_HEADER,
    RELATIVE_YEAR,
    header_column,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.sections import EXPECTED, FINAL, TARGET

# 表1：2018年全市国民经济和社会发展目标完成情况 (附表 2020年全省主要经济指标; a work report's box,
# 专栏1  2024年主要指标完成情况), over a header that
# names no year; the table's number is no part of the year (附表2023年…及2024年目标: 2023)
_CAPTION = re.compile(
    r"^\s*(?:附\s*)?(?:表|专栏)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?!\d))?\s*[：:.、．]?\s*[^，。\n]{0,20}?"
    r"((?:19|20)\d{2})\s*年"
)
# a caption without 表: 2013年国民经济和社会发展主要指标完成情况, on a line of one cell (a header
# line ending in 2024年预期目标 is none, nor a date alone, a bulletin's issue: 2021年1月20日,
# 2021年1月, （2021年1月20日）, 2021年1月20日发布)
_PLAIN_CAPTION = re.compile(
    r"((?:19|20)\d{2})\s*年(?!\d{1,2}月(?:\d{1,2}日)?(?:发布|印发|编印)?[)）]?$)[^，,。；;：:]{0,36}$"
)
_SEVERAL_CELLS = re.compile(r"[\t|]|[ \u3000]{2}")
_CAPTION_LENGTH = 80  # characters a caption holds at most: a longer line is prose


# a byline between a table's caption and its header: who published it and when (鹤川市统计局
# 发布时间：2022-02-18; 制表单位：…), no caption of its own
_BYLINE = re.compile(r"^[^，。；\t|]{0,40}?(?:发布|编制|制表|填报)(?:时间|日期|单位|机关)[：:]")


def caption_year(line):
    """The year a table's caption line names, for the header right under it."""
    caption = _CAPTION.match(line) if len(line) <= 80 else None
    if not caption and not _SEVERAL_CELLS.search(line.strip()):
        caption = _PLAIN_CAPTION.search(squeeze(line))
    return int(caption[1]) if caption else None


def is_byline(line):
    """Whether `line` is a byline alone, not a caption that ends on one (表1　…2024年主要经济指标
    制表单位：县统计局)."""
    return bool(_BYLINE.search(line)) and caption_year(line) is None


# what a caption says its table holds: the year's targets (预期目标, 计划), or its results (完成情况,
# 执行情况); a caption naming both (完成情况及2024年计划) leaves it to the header
_CAPTION_TARGETS = re.compile(r"目标|计划|预期")
_CAPTION_RESULTS = re.compile(r"完成|执行|实现|实绩|统计")


def caption_kind(line, year, results_kind, plan_year=None):
    """The kind of figure the caption of `year` says its table holds, or None: the results when
    it names them last (…计划执行情况, 主要预期目标完成情况), none when a target follows them
    (完成情况及2025年计划); final for a year before the one reviewed."""
    if year is None:
        return None
    results = [m.end() for m in _CAPTION_RESULTS.finditer(line)]
    targets = [m.start() for m in _CAPTION_TARGETS.finditer(line)]
    if results and targets and max(targets) > results[-1]:
        return None
    if targets and not results:
        return TARGET
    if results or (plan_year and year < plan_year):
        # (2012年县域经济主要指标 in the review of 2012: its results)
        return FINAL if plan_year and year < plan_year - 1 else results_kind
    return TARGET if plan_year and year == plan_year else None


# a line of years alone over a header's kinds, as a PDF's text lays a merged header out
# (            2009年            2010年 / 指标  单位  计划  预计  计划)
_YEAR_TOKEN = re.compile(r"((?:19|20)\d{2})\s*年")
_YEARS_ALONE = re.compile(r"(?:\s*(?:19|20)\d{2}\s*年)+\s*")


def display_width(text):
    """The display width of `text`, a wide (CJK) character taking two columns."""
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in text)


_MOST_YEARS = 12  # a header spans no more years: a longer run of them is no line over one
_LONGEST_HEADER_LINE = 400  # a header's line, spaces and all: a longer one is no header


def years_above(line):
    """(column, year) of each year of a line that holds years alone, spaced apart; or None."""
    if "\t" in line or not _YEARS_ALONE.fullmatch(line):
        return None
    found, column, position = [], 0, 0
    for match in _YEAR_TOKEN.finditer(line):  # the columns counted on in one pass: linear
        column += display_width(line[position : match.start()])
        found.append((column, int(match[1])))
        position = match.start()
    return found if 2 <= len(found) <= _MOST_YEARS else None


def dated_from_above(cells, line, line_start, years):
    """The header line's cells naming a kind and no year (计划, 预计) dated by the year above
    them, in display columns: the last one starting before the cell's middle, else the nearest."""
    if not years or len(line) > _LONGEST_HEADER_LINE:
        return cells
    dated = []
    for cell in cells:
        if _YEAR_TOKEN.search(cell.text) or not KIND_WORDS.search(cell.text):
            dated.append(cell)
            continue
        middle = display_width(line[: cell.start - line_start]) + display_width(cell.text) / 2
        before = [year for column, year in years if column <= middle + 1]
        year = before[-1] if before else min(years, key=lambda y: abs(y[0] - middle))[1]
        dated.append(replace(cell, text=f"{year}年{cell.text}"))
    return dated


# a caption naming the results of one year and then the targets of the next (2023年主要指标完成
# 情况及2024年预期目标): the year of the targets
_THEN_TARGETS = re.compile(
    r"(?:完成|执行)[^，。\n]{0,12}?((?:19|20)\d{2})\s*年[^，。\n]{0,16}?(?:目标|计划)"
)


def dated_by_caption(cells, caption):
    """The header's cells naming a kind and no year, where the caption names the results of one
    year and the targets of the next: a target after a result dated the later year (预期目标 |
    完成 | 预期目标 under …2023年…完成情况及2024年预期目标); the rest keep the caption's first.
    Where it names a part of the year (…完成情况（截至8月底）), the results' cells are of that part
    (累计完成: 1—8月累计完成), none of them the whole year's."""
    cells = _parted(cells, caption)
    year = caption_year(caption) if len(caption) <= _CAPTION_LENGTH else None
    then = _THEN_TARGETS.search(caption) if year else None
    if not then or int(then[1]) != year + 1:
        return cells
    dated, results = [], False
    for cell in cells:
        kind = header_column(0, cell.text, EXPECTED).kind if KIND_WORDS.search(cell.text) else None
        named = _YEAR_TOKEN.search(cell.text) or RELATIVE_YEAR.search(cell.text)  # (本年计划)
        if kind == TARGET and results and not named:
            cell = replace(cell, text=f"{then[1]}年{cell.text}")
        results = results or kind in (EXPECTED, FINAL)
        dated.append(cell)
    return dated


# a part of the year a caption names: its months (截至8月底, 1—8月; not 12月, the whole year's),
# a half or its quarters
_CAPTION_PART = re.compile(
    r"截[止至]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?P<month>1[01]|[1-9])\s*月(?:底|末|份)?"
    r"|1\s*[-—－–~至]\s*(?P<to>1[01]|[1-9])\s*月|[上下]半年|前三季度|第?[一二三四]季度"
)


# a column of the whole year's (全年预计, 年度完成), whatever part of it the caption names
_WHOLE_YEARS_COLUMN = re.compile(r"全年|年度")


def _parted(cells, caption):
    """The header's cells of results naming no year nor part of one, dated by the part of the
    year a caption names, as the header's part would (1—8月累计完成); as they are when it names
    none."""
    part = _CAPTION_PART.search(caption) if len(caption) <= _CAPTION_LENGTH else None
    if part is None or _SEVERAL_CELLS.search(caption.strip()):
        return cells
    month = part["month"] or part["to"]
    months = f"1—{month}月" if month else part.group()
    parted, left_whole = [], False  # (whether the cell on the left is the whole year's)
    for cell in cells:
        kind = header_column(0, cell.text, EXPECTED).kind if KIND_WORDS.search(cell.text) else None
        named = _YEAR_TOKEN.search(cell.text) or RELATIVE_YEAR.search(cell.text)
        # (预计全年完成 | 预计增长%: the growth beside the whole year's estimate is the year's too)
        growth = GROWTH_HEADER.search(cell.text) and not LEVEL_HEADER.search(cell.text)
        whole = bool(
            _CAPTION_PART.search(cell.text)
            or _WHOLE_YEARS_COLUMN.search(cell.text)
            or (left_whole and growth)
        )
        left_whole = whole
        if kind in (EXPECTED, FINAL) and not named and not whole:
            cell = replace(cell, text=f"{months}{cell.text}")
        parted.append(cell)
    return parted
