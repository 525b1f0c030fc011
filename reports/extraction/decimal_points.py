"""A copy that writes each decimal point as a full stop (增长9。5%, 373。15亿元), as a page converted
from a full-width layout may, reads it as a point. A full stop between digits, the figure's unit
right after, ends no sentence."""

import re

_STOP_AS_POINT = re.compile(
    r"(?<=\d)。(?=\d+\s*(?:[%％‰]|个百分点|万|亿|元|美元|吨|人|户|家|个|项|公里|平方))"
)


def stops_as_points(text):
    """`text` with each full stop written for a decimal point read as one, of the same length."""
    return _STOP_AS_POINT.sub(".", text)
