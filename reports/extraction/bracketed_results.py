"""A rate in brackets after a figure, under a legend saying what the brackets hold: a level's
growth (348.6亿元（14.8%）, under 括号内为比上年增长; or saying it is a change: 348.6亿元（增长14.8%）,
5154.75亿元（+5.2%）), or a target's result (地区生产总值增长目标（括号内为实际增速）：2012年13%
（12.1%）、2013年12%（10.5%）), of the target's year."""

import re

from reports.extraction.values import read_value

# a rate in brackets right after a figure (13%（12.1%）)
_RATE_BRACKET = re.compile(r"\s*[（(]\s*(?=[-+−]?\d+(?:\.\d+)?\s*[%％]\s*[）)])")
# …or, with no legend, a change in brackets saying it is one, read by growth_in_brackets
# (348.6亿元（增长14.8%）, or as a fact sheet signs it: 5154.75亿元（+5.2%）, -3.9%)
_CHANGE_BRACKET = re.compile(
    r"\s*[（(]\s*(?=(?:同比|比上年)?\s*(?:增长|增|下降|降低|降|减少|[+＋]|[-−](?=\d))"
    r"\s*\d+(?:\.\d+)?\s*[%％]\s*[）)，,；;])"
)
_LEGEND = r"括号[内中]的?(?:数字|数据|数)?(?:为|是|系|均为)"
_ANY_LEGEND = re.compile(_LEGEND)
GROWTHS = re.compile(rf"{_LEGEND}[^。\n]{{0,8}}?(?:增长|增速|增幅|比上年)")  # 括号内数字为增长速度
# 括号内为实际增速; not the year before's (括号内为上年实际完成数): no result of the target's year
RESULTS = re.compile(rf"{_LEGEND}(?:(?!上一?年|去年|前年)[^。\n]){{0,4}}?(?:实际|完成|实绩|执行)")
_LEGEND_REACH = 600  # how far before the sentence the legend may stand


def bracketed(text, position, limit, sentence_start, legend):
    """The rate in brackets at `position` when the last legend before it, within reach of its
    sentence (from `sentence_start`), is a `legend` (GROWTHS or RESULTS) saying what the
    brackets hold; else None."""
    opening = _RATE_BRACKET.match(text, position, limit)
    if not opening:
        return None
    legends = list(_ANY_LEGEND.finditer(text, max(0, sentence_start - _LEGEND_REACH), position))
    if not legends or not legend.match(text, legends[-1].start()):
        return None  # (the nearest legend another's: 括号内为全省目标)
    return read_value(text, opening.end(), limit)


def growth_in_brackets(text, position, limit, sentence_start):
    """(the level's growth in brackets at `position`, the year before's after it or None): a
    change saying it is one (（增长6.7%）, （+5.2%）, （增长6.7%，上年为5.1%）) or a rate under a
    legend saying the brackets hold the growth (348.6亿元（14.8%）, 括号内为比上年增长); or None."""
    change = _CHANGE_BRACKET.match(text, position, limit)
    if not change:
        growth = bracketed(text, position, limit, sentence_start, GROWTHS)
        return growth and (growth, None)
    growth = read_value(text, change.end(), limit, growth=True)
    return growth and (growth, _year_before_after(text, growth.extent, limit))


# the change of the year before, after the change in the same brackets: （增长6.7%，上年为5.1%）
_YEAR_BEFORE_AFTER = re.compile(r"\s*[，,；;]\s*(?:上年|去年)(?:为|是|增长|增速为?)\s*(?=[-−]?\d)")
_CLOSING = re.compile(r"\s*[）)]")


def _year_before_after(text, position, limit):
    """The year before's value after a change ending at `position`, closing its brackets, or
    None (its unit the value's own: 上年为5.1%, 上年为39256元)."""
    after = _YEAR_BEFORE_AFTER.match(text, position, limit)
    value = after and read_value(text, after.end(), limit, growth=True)
    return value if value and _CLOSING.match(text, value.extent, limit) else None
