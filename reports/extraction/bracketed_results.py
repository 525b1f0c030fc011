"""A rate in brackets after a figure, under a legend saying what the brackets hold: a level's
growth (348.6亿元（14.8%）, under 括号内为比上年增长), or a target's result (地区生产总值增长目标
（括号内为实际增速）：2012年13%（12.1%）、2013年12%（10.5%）), of the target's year."""

import re

from reports.extraction.values import read_value

# a rate in brackets right after a figure (13%（12.1%）)
_RATE_BRACKET = re.compile(r"\s*[（(]\s*(?=[-+−]?\d+(?:\.\d+)?\s*[%％]\s*[）)])")
_LEGEND = r"括号[内中]的?(?:数字|数据|数)?(?:为|是|系|均为)"
GROWTHS = re.compile(rf"{_LEGEND}[^。\n]{{0,8}}?(?:增长|增速|增幅|比上年)")  # 括号内数字为增长速度
RESULTS = re.compile(rf"{_LEGEND}[^。\n]{{0,4}}?(?:实际|完成|实绩|执行)")  # 括号内为实际增速
LEGEND_REACH = 600  # how far before the sentence the legend may stand


def bracketed(text, position, limit, legend_from, legend):
    """The rate in brackets at `position` when a `legend` (GROWTHS or RESULTS) between
    `legend_from` and it says what the brackets hold; else None."""
    opening = _RATE_BRACKET.match(text, position, limit)
    if not opening or not legend.search(text, legend_from, position):
        return None
    return read_value(text, opening.end(), limit)
