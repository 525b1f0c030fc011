"""Long tables: one row per series and year, a column for the year (| 指标名称 | 计量单位 | 统计年度 |
本年值 | 增长(%) | 次年预期目标 |, a portal's preview of its records, its columns maybe named in
its codes: | ZBMC | JLDW | TJND | BNZ |). Each row is read as a record (`records`); a table with
its years in its header (| 指标 | 2023年 | 2024年目标 |) is not such a table.
"""

from reports.extraction.line_cells import line_cells
from reports.extraction.record_fields import NAME, UNIT, VALUE_ROLES, YEAR, YEAR_VALUE, key_role
from reports.extraction.records import Record
from reports.extraction.web_tables import barred


def long_table_records(text, dictionary):
    """A record for each row of each long table of `text`."""
    found, header, position, year_above = [], None, 0, None
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        cells = _cells(text, start, start + len(line))
        if header and len(cells) == len(header):
            # a row leaving its year's cell empty is of the year above it (a merged cell)
            year_above = _row_year(header, cells) or year_above
            found += _row_record(header, cells, (start, start + len(line)), year_above)
            continue
        year_above = None
        roles = [key_role(cell_text, dictionary) for _, _, cell_text in cells]
        named = {role for role, _, _ in roles}
        header = roles if {NAME, YEAR} <= named and named & VALUE_ROLES else None
    return found


def _cells(text, start, end):
    """(start, end, text) of each cell of a barred or tabbed row; [] for any other line."""
    line = text[start:end]
    if not (barred(line) or "\t" in line):
        return []
    return [(cell.start, cell.end, cell.text) for cell in line_cells(text, start, end)]


def _row_year(header, cells):
    """The year a row's year cell gives, or None."""
    for (role, _year, _growth), (_start, _end, cell) in zip(header, cells, strict=True):
        if role == YEAR and (year_cell := YEAR_VALUE.fullmatch(cell)):
            return int(year_cell[1])
    return None


def _row_record(header, cells, line, year_above):
    """The row's record, spanning its whole line (`line`: its start and end), bars and all; of
    `year_above` when its year's cell is empty."""
    names, unit, year, fields = [], "", None, []
    for (role, named_year, growth), (start, end, cell) in zip(header, cells, strict=True):
        if role == NAME and cell:
            names.append(cell)
        elif role == UNIT:
            unit = cell
        elif role == YEAR and (year_cell := YEAR_VALUE.fullmatch(cell)):
            year = int(year_cell[1])
        elif role == YEAR and not cell.strip():
            year = year_above
        elif role in VALUE_ROLES and cell:
            fields.append((role, named_year, growth, start, end))
    if not (names and fields):
        return []
    return [Record(names, unit, year, fields, *line, yearly_target=True)]
