"""A series named on a line of its own and its values a line each under it, each line opened by
the year it is of, as an exhibition's panel or a digest's card sets them:

    地区生产总值
    2012年：286.4亿元
    2021年：652.9亿元
    2021年增速：8.3%（全市第1）

It is read as a table of one row: the lines' labels its header (2012年 | 2021年 | 2021年增速),
the name its row's, each line's figure its cell."""

import re

from reports.extraction.chart_series import one_row_table
from reports.extraction.line_cells import Cell
from reports.extraction.row_names import resolved_row, row_name
from reports.extraction.titles import text_lines

_GAP = r"[ \t\u3000]*"
# the series' name alone: words, its unit perhaps in brackets (地区生产总值（亿元）), no figure nor
# a sentence's mark; a name the catalogue knows, not a heading's (主要成就, 图表说明)
_NAME = re.compile(rf"{_GAP}(?P<name>[\u4e00-\u9fffA-Za-z&（）()%％]{{2,24}}?){_GAP}")
_WHAT_OF_IT = "[末底]|增速|增长|增幅|目标|预计|计划|完成|实际"  # (not 占比, 比重: a share)
# a line of the year and perhaps what of it the figure is (2021年, 2021年增速, 2025年目标), its
# colon and the figure with its unit; not a line naming another series (2021年研发经费投入强度：…)
_DATED = re.compile(
    rf"{_GAP}(?P<label>(?:19|20)\d{{2}}{_GAP}年(?:{_WHAT_OF_IT})?){_GAP}[：:]{_GAP}"
    r"(?P<figure>[-−]?\d+(?:\.\d+)?(?:[%％‰]|[万亿]?(?:元|美元)|万?(?:人|吨|户|家|件|个|亩))?)"
    r"(?:[（(][^（）()\n]{1,12}[)）])?"  # (an aside on it: （全市第1）)
    rf"{_GAP}"
)
_FEWEST_YEARS = 2  # a lone dated line after a name is prose's to read


def dated_line_tables(text, catalogue, results_kind, plan_year=None):
    """(Table, rows) of each series the `catalogue` knows named on a line with two dated lines or
    more under it, as `table_layout.tables` gives them."""
    lines = [(start, start + len(line.rstrip("\r\n"))) for start, line in text_lines(text)]
    found, index = [], 0
    while index < len(lines):
        name = _NAME.fullmatch(text, *lines[index])
        if name and not resolved_row(catalogue, row_name(name["name"])[2], None):
            name = None
        dated = []
        while name and index + 1 + len(dated) < len(lines):
            line = _DATED.fullmatch(text, *lines[index + 1 + len(dated)])
            if line is None:
                break
            dated.append(line)
        if len(dated) >= _FEWEST_YEARS:
            if table := _table(name, dated, results_kind, plan_year):
                found.append(table)
        index += 1 + len(dated)
    return found


def _table(name, dated, results_kind, plan_year):
    """(Table, rows) of the series `name` (a match of its line) and its `dated` lines, or None
    when their labels make no header."""
    labels = [_cell(line, "label") for line in dated]
    figures = [_cell(line, "figure") for line in dated]
    span = (name.start(), dated[-1].end())
    return one_row_table(_cell(name, "name"), labels, figures, span, results_kind, plan_year)


def _cell(match, group):
    return Cell(match.start(group), match.end(group), match[group])
