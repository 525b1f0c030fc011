"""A price index written as an index, not as its change: 居民消费价格指数为 102.7 (the year before
= 100), where the series records the change in % (2.7). Reading it as 2.7 takes a base the text
does not always state (上年 = 100, or 2010 = 100), so the value is proposed as written, below the
review page's "accept all", for the analyst to write the change."""

import re

_INDEX_WORDING = re.compile(r"指\s*数\s*$")
_INDEX_RANGE = (50, 150)  # an index around 100; a change is never this large
INDEX_CONFIDENCE = 0.5
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a table's unit cell naming an index's base (居民消费价格指数 | 上年同期＝100 | 101.9)
INDEX_BASE = re.compile(r"(?:上年(?:同期)?|去年(?:同期)?|基期)[=＝]100")


def index_in_base(number):
    """Whether `number`, written in a row whose unit is an index's base, is an index."""
    low, high = _INDEX_RANGE
    return number is not None and low <= number <= high


def written_as_index(text, mention, value, units):
    """The series unit (%) a unitless value of a price index fits, or None."""
    if value.unit or value.qualitative or "%" not in units:
        return None
    if not _INDEX_WORDING.search(text, mention.start, mention.end):
        return None
    # the value's qualifier stays out of its number: 控制在 103.5 左右
    number = _NUMBER.search("".join(text[value.start : value.end].split()))
    low, high = _INDEX_RANGE
    return "%" if number and low <= float(number.group()) <= high else None
