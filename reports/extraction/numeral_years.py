"""Years written in Chinese numerals (二〇〇九年, 二零二四年), as a title or a notice may write
them, read as the digits the rules know (2009年), and so the month and day of a date so written
(二〇一一年十二月二十六日 → 2011年12月 26日). Each numeral of a year is one character and so is
each digit; a month's or a day's digits are padded with spaces before them to its numerals'
length (十 alone, 10, is longer: left as written). The text keeps its length, and every offset
and quote stays as written.
"""

import re

from indicators.targets.numerals import numeral_digits

_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_NUMERAL_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}(?=\s*年)")
_MONTH_DAY = re.compile(
    r"(?<=年)(?P<month>[一二三四五六七八九十]{1,3})(?=月)(?:月(?P<day>[一二三四五六七八九十]{1,4})(?=日))?"
)


def years_in_digits(text):
    """`text` with each year written in Chinese numerals written in digits, and the month and day
    of a date so written."""
    text = _NUMERAL_YEAR.sub(lambda match: match.group().translate(_DIGITS), text)
    return _MONTH_DAY.sub(_month_day, text)


def _month_day(match):
    month = _padded(match["month"])
    if match["day"] is None:
        return month
    return f"{month}月{_padded(match['day'])}"


def _padded(numeral):
    digits = numeral_digits(numeral)
    return digits.rjust(len(numeral)) if digits and len(digits) <= len(numeral) else numeral
