"""Which cells of a table's row are rates.

A target column with no measure of its own, after a growth column, in a row of amounts: the
plan may set the growth there, not the amount (指标 | 单位 | 2018年 | 2018年增幅(%) | 2019年目标
over 地区生产总值 | 亿元 | 565.3 | 5.8 | 6.5左右). The row's figures tell which it is."""

import math

from indicators.expressions import parse
from reports.extraction.sections import TARGET

_RATE_BOUND = 1000  # no growth, share or rate a table states reaches this
# the units of amounts whose growth a plan sets in their row (not counts: 家, 个, 万人)
_AMOUNTS = ("元", "万元", "亿元", "万亿元", "美元", "万美元", "亿美元", "万吨")


def rate_targets(columns, values, row_unit):
    """The starts of the row's target cells that read as the growth the plan sets: the number
    lies nearer, in ratio, to the row's growth before it than to its amount, and is under half
    the amount (565.3 | 5.8 | 6.5左右: a growth; 1189.1 | 8.4 | 1330: an amount); a target
    before the row's results, to the growth and amount after it (年初目标 | 预计完成 | 增长%: 6 |
    186.42 | 9.6, a fall's too: 5 | 412.6 | -4.1)."""
    if row_unit not in _AMOUNTS:
        return set()
    level = growth = None
    found, waiting = set(), []
    for column, cell in zip(columns, values, strict=True):
        number = _bare_number(cell.text)
        if number is None or (number <= 0 and column.measure != "growth"):
            continue
        if column.kind == TARGET and column.measure is None:
            if growth is None or level is None:
                waiting.append((cell.start, number))
            elif _a_rate(number, growth, level):
                found.add(cell.start)
        elif column.measure == "growth":
            growth = abs(number) or None  # (no ratio to a growth of 0: no rate told by it)
        elif column.kind:
            level = number
    if growth is not None and level is not None:  # (the results after targets set before any)
        found.update(start for start, number in waiting if _a_rate(number, growth, level))
    return found


def _a_rate(number, growth, level):
    return number < level / 2 and _nearer(number, growth, level)


def _bare_number(text):
    """The number of a cell written with no unit of its own (6.5左右, 565.3), else None."""
    expression = parse(text)
    if expression.unit or expression.number is None:
        return None
    return float(expression.number)


def _nearer(number, growth, level):
    return abs(math.log(number / growth)) < abs(math.log(number / level))


def beyond_any_rate(expression):
    """Whether a number is too large for any rate (4355.2 under a growth header: an amount)."""
    return expression.number is not None and abs(expression.number) >= _RATE_BOUND
