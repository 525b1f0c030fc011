"""A chart a slide or a screen copies out as text: its caption naming the series, its unit in
brackets (财政总收入走势（亿元）, 近五年地区生产总值（亿元）), the years of its axis on one line and
the values of its bars on the next, one under each year:

    财政总收入走势（亿元）
    2014 2015 2016 2017 2018
    68.2 73.5 79.6 88.6 106.5

It is read as a table of one row, the years its header, the caption its row's name."""

import re

from reports.extraction.line_cells import Cell
from reports.extraction.table_layout import header_table
from reports.extraction.titles import text_lines

_GAP = r"[ \t\u3000|｜]+"
_AXIS = re.compile(
    rf"[ \t\u3000]*(?:(?:19|20)\d{{2}}年?{_GAP}){{2,}}(?:19|20)\d{{2}}年?[ \t\u3000]*"
)
_BARS = re.compile(rf"[ \t\u3000]*(?:[-−]?\d+(?:\.\d+)?{_GAP}){{2,}}[-−]?\d+(?:\.\d+)?[ \t\u3000]*")
_CELL = re.compile(r"[^\s|｜]+")
_NOT_ONE_SERIES = re.compile(
    r"[和及与、]|城乡|占|比重|^(?:全[省市县区州国]|(?!地区)[\u4e00-\u9fff]{1,6}?[省市县区州旗盟])|预测|预计|目标"
)
# the caption's series: its name and unit, past a span it looks back over (近五年, 过去五年：) and
# the chart's word (走势, 趋势, 变化)
_CAPTION = re.compile(
    r"[ \t\u3000【\[]*(?:(?:近|过去)[一二三四五六七八九十\d]{1,2}年[：:]?\s*)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,20}?)(?:历年)?(?:走势|趋势|变化|情况)?"
    r"\s*(?P<unit>[（(](?:[%％]|[万亿]?(?:元|美元|吨|人))[)）])"
    r"[ \t\u3000】\]]*"
)


def chart_tables(text, results_kind, plan_year=None):
    """(Table, rows) of each chart whose caption, axis of years and bars stand on three lines in
    a row, as `table_layout.tables` gives them."""
    if not _AXIS.search(text):
        return []
    lines = [(start, start + len(line.rstrip("\r\n"))) for start, line in text_lines(text)]
    found = []
    for index in range(len(lines) - 2):
        axis = _AXIS.fullmatch(text, *lines[index + 1])
        bars = axis and _BARS.fullmatch(text, *lines[index + 2])
        caption = bars and _CAPTION.fullmatch(text, *lines[index])
        more = index + 3 < len(lines) and _BARS.fullmatch(text, *lines[index + 3])
        if caption and not more and _one_series(caption["name"]):
            if chart := _chart(text, caption, axis, bars, results_kind, plan_year):
                found.append(chart)
    return found


def _one_series(name):
    """Whether a caption names one series of the place's own: not two (城乡居民…, 地区生产总值和
    一般公共预算收入), another place's or the whole above it (全市…, 东岭县…), nor a forecast."""
    return not _NOT_ONE_SERIES.search(name)


def _chart(text, caption, axis, bars, results_kind, plan_year):
    """(Table, rows) of the chart whose caption, axis and bars are these matches, or None when
    its bars are not one under each year, or it shows a year to come."""
    years, values = _cells(text, axis), _cells(text, bars)
    if len(years) != len(values):
        return None
    if plan_year and any(int(year.text[:4]) >= plan_year for year in years):
        return None  # (a forecast's years, or a plan's: no chart of results)
    name = Cell(caption.start("name"), caption.end(), caption["name"] + caption["unit"])
    return one_row_table(
        name, years, values, (caption.start(), bars.end()), results_kind, plan_year
    )


def one_row_table(name, headers, values, span, results_kind, plan_year=None):
    """(Table, rows) of one series: its `name` cell, the `headers` its `values` stand under, all
    of them spanning `span` (start, end) and quoted whole; None when the headers make no header."""
    table = header_table([name, *headers], True, results_kind, plan_year)
    if table is None:
        return None
    table.start, table.end = span
    return table, [(*span, [name, *values], True)]


def _cells(text, match):
    """The cells of the line `match` spans."""
    return [Cell(m.start(), m.end(), m.group()) for m in _CELL.finditer(text, *match.span())]
