"""A sum in yuan told abroad read without what tells it so: the currency named after its unit
(13.57万亿元人民币) and its conversion into another in brackets (（约合1.89万亿美元）, (about 3400亿
欧元)) read as spaces, so that the growth after them is the sum's (…，增长4.8%), as it is where a
note's bracket stands there (1250亿元（人民币，下同），增长17.8%)."""

import re

_CURRENCIES = r"美元|欧元|日元|英镑|港元|港币|新元|新加坡元|韩元|卢布|澳元|加元|瑞士法郎"
_CONVERSION = re.compile(
    r"(?<=\d)(?P<unit>\s*+(?:万亿|亿|万|千)?元)(?P<currency>人民币)?"
    rf"(?P<converted>\s*+[（(]\s*+(?:约合|折合|约|合|相当于)[^（）()\n]{{0,24}}?(?:{_CURRENCIES})"
    r"[^（）()\n]{0,8}?[)）])?"
)


def conversions_as_spaces(text):
    """`text` with the currency named after a yuan sum, and its conversion after it, as spaces,
    of the same length."""
    return _CONVERSION.sub(_blanked, text)


def _blanked(match):
    told = match[0][len(match["unit"]) :]
    return match["unit"] + " " * len(told)
