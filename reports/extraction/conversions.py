"""A sum in yuan told abroad read without what tells it so: the currency named after its unit
(13.57万亿元人民币) and its conversion into another in brackets (（约合1.89万亿美元）, (about 3400亿
欧元)) read as spaces, so that the growth after them is the sum's (…，增长4.8%), as it is where a
note's bracket stands there (1250亿元（人民币，下同），增长17.8%)."""

import re

_CURRENCIES = r"美元|欧元|日元|英镑|港元|港币|新元|新加坡元|韩元|卢布|澳元|加元|瑞士法郎"
# the bracket holding the converted sum alone (（约合1.89万亿美元）; not （约占全市12%…）, （合同…）)
_CONVERTED = (
    r"\s*+[（(]\s*+(?:约合|折合|相当于)\s*+(?:约\s*+)?[\d.,，]+\s*+(?:万亿|亿|万|千)?\s*+"
    rf"(?:{_CURRENCIES})\s*+(?:左右)?\s*+[)）]"
)
_TOLD_ABROAD = re.compile(
    rf"(?<=\d)(?P<unit>\s*+(?:万亿|亿|万|千)?元)(?:人民币(?:{_CONVERTED})?|{_CONVERTED})"
)


def conversions_as_spaces(text):
    """`text` with the currency named after a yuan sum, and its conversion after it, as spaces,
    of the same length."""
    return _TOLD_ABROAD.sub(_blanked, text)


def _blanked(match):
    """The sum's unit, what tells it abroad after it as spaces."""
    return match["unit"] + " " * (len(match[0]) - len(match["unit"]))
