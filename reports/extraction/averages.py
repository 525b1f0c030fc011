"""A level told after a growth averaged over years, in the same clause: 生产总值年均增长 12.2%，
2016 年达到 1156.49 亿元; 财政总收入年均增长 15.2%、2016 年达到 105.67 亿元. The average is no
figure of the year (values.AVERAGE_WORDS); the level after it is the year's."""

import re

from reports.extraction.values import read_value

_AVERAGE = re.compile(r"\s*年均\s*(?:增长|递增|增速为?|提高)?\s*\d+(?:\.\d+)?\s*[%％]\s*")
# the level's clause: after a comma or 、, its year perhaps, then its verb and value
_LEVEL_CLAUSE = re.compile(r"[，,、]\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?\s*)?")


def value_after_average(text, position, limit):
    """The level after a growth averaged over years at `position`, or None."""
    average = _AVERAGE.match(text, position, limit)
    clause = average and _LEVEL_CLAUSE.match(text, average.end(), limit)
    if not clause:
        return None
    value = read_value(text, clause.end(), limit)
    return None if value is None or value.growth or value.qualitative else value
