"""Annex tables pasted from a PDF one cell per line: the header's cells on lines of their own
(指标名称 / 单位 / 2022年计划 / 2022年预计 / 2023年计划), then each row's cells, as many lines
a row as the header has. The table is read as if it had been tabbed, each cell keeping its
offsets, and ends at the first group of lines that is not a row of it.
"""

import re

from reports.extraction.captions import caption_kind, caption_year, dated_by_caption
from reports.extraction.column_headers import (
    GROWTH_HEADER,
    KIND_WORDS,
    LEVEL_HEADER,
    NOT_THE_SERIES,
    PART_OF_YEAR,
    YEAR_START,
    refine_spaced,
    year_alone,
)
from reports.extraction.indices import INDEX_BASE
from reports.extraction.layered_headers import leaf_headers
from reports.extraction.lexicon import squeeze
from reports.extraction.line_cells import Cell
from reports.extraction.table_layout import (
    EMPTY_VALUES,
    NAME_HEADER,
    cell_reads,
    header_table,
)
from reports.extraction.web_tables import spread_subheader, subheader_texts
from reports.extraction.year_courses import WHOLE_YEAR_COLUMN

_LEFT_OF_NAMES = re.compile(r"序号|类别|分类|领域|类型")
_HEADER_CELL = re.compile(r"单位|计量单位|属性|序号|代码")  # (代码: a statistics form's row codes)
# a monthly bulletin's month and its running total (12月 | 同比增长% | 1—12月 | 同比增长%)
_MONTHS = re.compile(r"(?:1[-—－–~至])?(?:1[0-2]|[1-9])月(?:份)?(?:累计)?")
# a year's growth over the year before named in full (2016年比2015年增长（%）)
_GROWTH_OVER_A_YEAR = re.compile(
    r"((?:19|20)\d{2})年比((?:19|20)\d{2})年(?:增长|增减|增速)(?:率|幅度)?(?:[（(][%％][)）]|[%％])?"
)
_LONGEST_HEADER_CELL = 16
_LONGEST_UNIT = 6
_OTHER_HEADER = re.compile(
    r"备注|说明|位次|排名|排位|名次|(?:全国|全省|全市)平均[^\d]{0,6}|比(?:全国|全省|全市)[^\d]{0,6}"
    # an evaluation's weights, scores and grades
    r"|权重|得分|分值|评分|等次|等级|评估(?:结果)?|评价(?:结果)?"
    # the unit answering for a task (牵头单位, 责任部门), a tracker's status and its remarks
    r"|(?:牵头|责任|配合)(?:单位|部门)|(?:督办|工作)?意见|(?:完成|推进)?状态"
)
# the year's own target, named with no year (年度目标, 全年计划): a tracker's, beside its progress
_YEARS_TARGET = re.compile(r"(?:年度|全年)(?:目标|计划)(?:值|数)?")
_LONGEST_KIND = 6  # a header cell of a kind alone: 目标, 预计完成, 全年预计
# a measure alone under a dated caption: 比上年增长（%）, 同比增长%
_CAPTIONED_MEASURE = re.compile(
    r"(?:比上年|同比|比去年)(?:增长|增速|增幅)率?(?:[（(][%％][)）]|[%％])?"
)
_NUMBER = re.compile(r"[-+−]?\d+(?:\.\d+)?")
_SENTENCE = re.compile(r"[。；;]|[，,][^，,]*[，,]")  # a stop, or two commas: a sentence's clauses
_BRACKETED = re.compile(r"[（(][^（）()]{0,6}[)）]")


def stacked_tables(text, results_kind, plan_year=None):
    """(Table, rows) for each table pasted one cell per line, as `table_layout.tables` gives
    them; rows are (start, end, cells, tabbed=True). A blank line may be a blank line or, as a
    web page's copy gives them, an empty cell (备注 left empty, a category written once over its
    rows): both are tried, and each table read as the one that reads it with more rows, the
    first on a tie (where a row that left its unit out reads as well, 亿元 taken for a name)."""
    found = {}
    for blanks in (True, False):
        for table, rows in _tables(text, cell_lines(text, blanks), results_kind, plan_year):
            known = found.get(table.start)
            if known is None or len(rows) > len(known[1]):
                found[table.start] = (table, rows)
    return sorted(found.values(), key=lambda found: found[0].start)


def _tables(text, lines, results_kind, plan_year):
    found, index = [], 0
    while index < len(lines):
        table, rows, index = _table_at(text, lines, index, results_kind, plan_year)
        if table is None and index and names_column(lines[index - 1].text):
            table, rows, index = _captioned_table_at(lines, index - 1, results_kind, plan_year)
        if rows:
            found.append((table, rows))
    return found


def cell_lines(text, blanks=False):
    """Cells of the text's non-empty lines (and of its blank ones, as empty cells, with
    `blanks`), stripped (of a cell's closing bar too), with their offsets."""
    cells, position = [], 0
    for line in text.splitlines(keepends=True):
        # a stored web page may end each cell given a line of its own with a bar (指标名称 |); no
        # regex strips it, which would try every space of a long run
        stripped = line.strip().removesuffix("|").strip()
        first = position + len(line) - len(line.lstrip())
        if stripped or blanks:
            cells.append(Cell(first, first + len(stripped), stripped))
        position += len(line)
    if blanks:  # (the last row's empty cells, which a copy's trailing blank lines lost)
        cells += [Cell(position, position, "") for _cell in range(_MOST_HEADER_CELLS)]
    return cells


_MOST_HEADER_CELLS = 40  # a stacked header's cells, at most (a plan's tables have under 20)


def _table_at(text, lines, index, results_kind, plan_year=None):
    """(Table, rows, next index) when a stacked header starts at `index`, else (None, [], index + 1)."""
    if not names_column(lines[index].text):
        return None, [], index + 1
    end, last = index + 1, min(len(lines), index + _MOST_HEADER_CELLS)
    # (年初目标 / 预计完成, 年度目标 / 上半年完成: a kind after the year's target is its year's)
    years_target = False
    while end < last:  # tried from each line: bounded
        if _is_header_cell(lines[end].text):
            cell = squeeze(lines[end].text)
            years_target |= bool(YEAR_START.search(cell) or _YEARS_TARGET.fullmatch(cell))
        elif not (
            years_target and _is_kind_or_measure(lines[end].text)
        ) and not _beside_a_part_of_the_year(lines, end):
            break
        end += 1
    # (序号 / 指标名称 / 单位 / …: the serial number's cell heads the rows too, and so does a
    # category's: 类别 / 指标 / …, over 经济增长 / 生产总值 / … and then rows with it empty)
    first = (
        index - 1 if index and _LEFT_OF_NAMES.fullmatch(squeeze(lines[index - 1].text)) else index
    )
    # each header cell a copy broke over two lines (2007年 / 目标, 比上年 / 增长（%）) joined again,
    # when that reads more rows than the header as it stands, which would take the broken-off
    # words for rows (2009年 / 2010年 over 计划 / 预计… reads as it stands, its kinds a layer)
    joined, joined_end = _joined_header(lines, first, last)
    reading = (
        _read(lines, joined, joined_end, last, results_kind, plan_year, layered=False)
        if joined
        else (None, [], end)
    )
    plain = _read(lines, lines[first:end], end, last, results_kind, plan_year)
    if len(plain[1]) > len(reading[1]):
        reading = plain
    table, rows, end = reading
    if table is None:
        return None, [], index + 1
    return table, rows, end


def _read(lines, headers, end, last, results_kind, plan_year=None, layered=True):
    """(Table, rows, next index) of the header cells `headers` ending at `end`, or (None, [], end);
    with `layered`, the header may go on in layers of kinds and measures (not when its cells
    were joined from broken ones: 2010年 / 计划 is then the start of a layer)."""
    # a run of header cells longer than any header heads no table
    fits = 3 <= len(headers) and end < last
    table = header_table(headers, True, results_kind, plan_year) if fits else None
    if table is None:
        return None, [], end
    measures, after = _measures(lines, end, table)
    if measures:  # 2015年目标 | 2015年实绩 over 绝对值 | 增速 | 绝对值 | 增速
        spread_subheader(table, measures, results_kind)
    elif kinds := _kinds_under_years(lines, end, table):  # 2009年 | 2010年 over 计划 | 预计…
        refine_spaced(table, [kinds], results_kind)
        measures, after = kinds, end + len(kinds)
    elif layered and (layers := _layered(lines, end, headers, results_kind)):
        table, headers, after = layers  # years / kinds / measures
    width = max(c.index for c in table.columns) + 1 if measures else len(headers)
    read = _rows(lines, after, table, width)
    # or measures right after the header are columns of it (2022年预计 | 增长%: the growth beside
    # the level), when more rows read so
    beside_end = _measures_end(lines, end)
    widened = [*headers, *lines[end:beside_end]]
    beside = header_table(widened, True, results_kind) if beside_end > end else None
    other = _rows(lines, beside_end, beside, len(widened)) if beside else ([], end)
    table, (rows, end) = (beside, other) if len(other[0]) > len(read[0]) else (table, read)
    table.start, table.end = headers[0].start, (rows[-1][1] if rows else headers[-1].end)
    return table, rows, end


# a header cell's first line, its words on the next: a year alone over its kind (2007年 / 目标;
# 2023年 / 增长% is a level's column and its growth's), or the year compared with over its
# measure (比上年 / 增长（%）)
_BROKEN_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
_BROKEN_OFF = re.compile(rf"{_BROKEN_YEAR.pattern}|比上年|较上年|比去年|同比|上年同期")


def _joins(broken, line):
    """Whether `line` holds the rest of the header cell broken off as `broken`."""
    if _is_header_cell(line) or not _is_kind_or_measure(line):
        return False
    measure = _is_measure(line) or bool(_CAPTIONED_MEASURE.fullmatch(squeeze(line)))
    return measure != bool(_BROKEN_YEAR.fullmatch(broken))


def _joined_header(lines, first, last):
    """The header cells from `first`, each broken over two lines joined again, and the index
    after them; the index is `first` when none was broken."""
    cells, end, joined = [], first, False
    while end < last:
        line = lines[end]
        broken = cells and _BROKEN_OFF.fullmatch(squeeze(cells[-1].text))
        if broken and _joins(squeeze(cells[-1].text), line.text):
            cells[-1] = Cell(cells[-1].start, line.end, cells[-1].text + line.text)
            joined = True
        elif (
            end == first or _is_header_cell(line.text) or _BROKEN_OFF.fullmatch(squeeze(line.text))
        ):
            cells.append(line)
        else:
            break
        end += 1
    return (cells, end) if joined else ([], first)


def _captioned_table_at(lines, index, results_kind, plan_year):
    """(Table, rows, next index) of a header of kinds or measures alone (指标 / 目标, 指 标 / 总 量
    / 比上年增长（%）) dated by the caption above it (2009年…主要预期目标, 2007年…完成情况)."""
    start = index
    if index and squeeze(lines[index - 1].text) == "序号":
        index -= 1  # 序号 / 指标 / 单位 / 目标
    caption = lines[index - 1].text if index else ""
    year = caption_year(caption)
    kind = caption_kind(caption, year, results_kind, plan_year)
    end, last = start + 1, min(len(lines), index + _MOST_HEADER_CELLS)
    while end < last and (
        _is_header_cell(lines[end].text)
        or _is_kind_or_measure(lines[end].text)
        or _beside_a_part_of_the_year(lines, end)
    ):
        end += 1
    headers = [Cell(c.start, c.end, squeeze(c.text)) for c in lines[index:end]]  # 总 量
    headers = dated_by_caption(headers, caption)
    fits = year and 2 <= len(headers) and end < last
    table = header_table(headers, True, results_kind, plan_year, year, kind) if fits else None
    if table is None:
        return None, [], start + 1
    rows, after = _rows(lines, end, table, len(headers))
    table.start, table.end = headers[0].start, (rows[-1][1] if rows else headers[-1].end)
    return table, rows, after


def _is_kind_or_measure(line):
    """A header cell under a dated caption: a kind (目标, 预计完成), a measure (总 量, 比上年增长
    （%）), both (年度目标增长（%）), or a column of no figure of the series beside them (全省平均增长
    （%）, 位次, 备注)."""
    squeezed = squeeze(line)
    bare = _BRACKETED.sub("", squeezed)  # (预计增长（%）: its unit passed over)
    if _OTHER_HEADER.fullmatch(bare):
        return True
    long = _NUMBER.search(squeezed) or len(squeezed) > _LONGEST_KIND
    if long and _CAPTIONED_MEASURE.fullmatch(squeezed):
        return True
    if _NUMBER.search(squeezed) or len(bare) > _LONGEST_KIND:
        return False  # (one long only by its unit is read as a short one: 年度目标增长（%）)
    return bool(KIND_WORDS.search(squeezed)) or _is_measure(line)


def _rows(lines, index, table, width):
    """(the table's rows of `width` cells from `index`, the index after them)."""
    rows = []
    while found := _row_at(lines, index, width, table):
        row, taken = found
        rows.append((row[0].start, row[-1].end, row, True))
        index += taken
    return rows, index


def _measures(lines, index, table):
    """The measure cells under the header's dated cells (绝对值, 增速（%）), and the index after
    them; none when the next line is a row's."""
    end = _measures_end(lines, index)
    texts = subheader_texts(lines[index:end], table) if end > index else None
    return (texts, end) if texts else ([], index)


def _kinds_under_years(lines, index, table):
    """The kinds and measures under a header of years alone (2009年 / 2010年 over 计划 / 预计完成 /
    比上年增长（%） / 目标 / 比上年增长（%）), each year's in a run; none when the header names its
    kinds or the next line is a row's."""
    if any(c.kind for c in table.columns):
        return []
    end = index
    while end < len(lines) and _is_kind_or_measure(lines[end].text):
        end += 1
    return [squeeze(line.text) for line in lines[index:end]]


def _layered(lines, index, headers, results_kind):
    """(Table, its flattened header cells, the index after the layers) of a header of three
    layers (2023年 over 目标 | 完成 over 总量 | 增长（%） …), or None."""
    end = index
    while end < len(lines) and end - index < _MOST_HEADER_CELLS:
        if not _is_kind_or_measure(lines[end].text):
            break
        end += 1
    leaves = leaf_headers(headers, lines[index:end], results_kind)
    table = header_table(leaves, True, results_kind) if leaves else None
    return (table, leaves, end) if table else None


def _measures_end(lines, index):
    while index < len(lines) and _is_measure(lines[index].text):
        index += 1
    return index


def _is_measure(line):
    """A measure's word alone, its unit passed over (增速（%）, 增长%); never a name that ends in
    one (进出口总额)."""
    word = _BRACKETED.sub("", squeeze(line))
    if len(word) > 1 and word[-1] in "%％":
        word = word[:-1]  # 增长%: the unit written without brackets
    return bool(GROWTH_HEADER.fullmatch(word) or LEVEL_HEADER.fullmatch(word))


def _row_at(lines, index, width, table):
    """(the row's cells, how many lines it takes) at `index`, or None. A row may leave its unit
    cell out (城镇常住居民人均可支配收入, its unit the catalogue's): an empty cell stands in for it."""
    if index + width <= len(lines) and _is_row(lines[index : index + width], table):
        return lines[index : index + width], width
    unit = table.unit_index
    if unit is None or index + width - 1 > len(lines) or unit >= width - 1:
        return None
    row = lines[index : index + width - 1]
    if not _NUMBER.match(squeeze(row[unit].text)):
        return None
    row = [*row[:unit], Cell(row[unit].start, row[unit].start, ""), *row[unit:]]
    return (row, width - 1) if _is_row(row, table) else None


def names_column(line):
    squeezed = squeeze(line)  # a page may space a header's characters out: 指 标 名 称
    return len(squeezed) <= _LONGEST_HEADER_CELL and bool(NAME_HEADER.search(squeezed))


def _beside_a_part_of_the_year(lines, index):
    """Whether the line at `index` heads the growth of the column of months or of a part of the
    year before it (12月 / 同比增长%; 上半年完成 / 同比增长), or the whole year after its parts
    (前三季度 / 全年)."""
    before, line = squeeze(lines[index - 1].text), squeeze(lines[index].text)
    if not (_MONTHS.fullmatch(before) or PART_OF_YEAR.match(before)):
        return False
    return bool(_CAPTIONED_MEASURE.fullmatch(line) or WHOLE_YEAR_COLUMN.fullmatch(line))


def _is_header_cell(line):
    squeezed = squeeze(line)
    if _GROWTH_OVER_A_YEAR.fullmatch(squeezed) or _MONTHS.fullmatch(squeezed):
        return True
    if PART_OF_YEAR.fullmatch(squeezed):  # (一季度 | 上半年 | 前三季度, a year's course)
        return True
    if len(squeezed) > _LONGEST_HEADER_CELL or "\t" in line:
        return False
    if _HEADER_CELL.fullmatch(squeezed) or "属性" in squeezed:
        return True
    if _OTHER_HEADER.fullmatch(_BRACKETED.sub("", squeezed)) or NOT_THE_SERIES.search(squeezed):
        return True  # (备注, 全省平均增长（%）, 完成情况（%）: columns of no figure of the series)
    if YEAR_START.fullmatch(bare := _BRACKETED.sub("", squeezed)) or _YEARS_TARGET.fullmatch(bare):
        return True  # 年初目标: the year reviewed's; 年度目标, beside the year's progress
    return year_alone(squeezed) is not None  # 2023年计划, 2022 年预计完成


def _is_row(cells, table):
    """A row: a name that is words, a unit that is short, values that read (or are empty); its
    name and values no paragraph's sentences (a blank line read as an empty cell runs on into the
    text after the table: 资料来源：… / 2017年，…收入40.26亿元，同比增长14.8%。), though a note may
    be one (备注: 按可比价计算，增速为名义增速，下同)."""
    name = cells[table.name_index].text
    if _NUMBER.fullmatch(squeeze(name)) or not re.search(r"[\u4e00-\u9fff]", name):
        return False
    valued = [cells[column.index].text for column in table.columns if column.kind]
    if any(_SENTENCE.search(text) for text in (name, *valued)):
        return False
    if _is_header_cell(name) or names_column(name):
        return False
    unit = squeeze(cells[table.unit_index].text) if table.unit_index is not None else ""
    # (a number is no unit, a row shifted; an index's base is one: 上年同期＝100)
    if (len(unit) > _LONGEST_UNIT and not INDEX_BASE.fullmatch(unit)) or _NUMBER.fullmatch(unit):
        return False
    return all(
        squeeze(cells[column.index].text) in EMPTY_VALUES
        or cell_reads(cells[column.index].text)
        or _VERDICT.fullmatch(squeeze(cells[column.index].text))
        for column in table.columns
        if column.kind
    )


# a review's verdict in a 完成情况 column (基本完成, 未完成, 达标): a cell of the row, no figure
_VERDICT = re.compile(r"(?:超额|基本|全面|已|未|没有)?(?:完成|实现|达标|达到)|未达标|未达到")
