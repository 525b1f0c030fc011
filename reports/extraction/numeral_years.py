"""Years written in Chinese numerals (二〇〇九年, 二零二四年), as a title or a notice may write
them, read as the digits the rules know (2009年). Each numeral is one character and so is each
digit: the text keeps its length, and every offset and quote stays as written.
"""

import re

_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_NUMERAL_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}(?=\s*年)")


def years_in_digits(text):
    """`text` with each year written in Chinese numerals written in digits."""
    return _NUMERAL_YEAR.sub(lambda match: match.group().translate(_DIGITS), text)
