"""A figure's value of the year before, given in brackets after it: 城镇居民人均可支配收入计划达到
10374 元（去年为 9641 元）, 首次超过万元大关（上年为 9641 元）. It is that earlier year's result; the
sentence's context reads its year from 去年 / 上年 (context.SentenceContext)."""

import re

from reports.extraction.values import read_value

_LAST_YEAR = re.compile(r"[（(]\s*(?:去年|上年)(?:同期)?\s*(?:为|是|达到?|实现|完成)?\s*")
_CLOSE = re.compile(r"\s*[）)]")
WINDOW = 40  # how far after the name the bracket may stand: a bounded search, linear in all


def last_year_value(text, position, limit):
    """The value in a bracket of last year's figure soon after `position`, or None."""
    bracket = _LAST_YEAR.search(text, position, min(limit, position + WINDOW))
    value = bracket and read_value(text, bracket.end(), limit)
    if not value or value.growth or value.qualitative:
        return None
    return value if _CLOSE.match(text, value.extent, limit) else None
