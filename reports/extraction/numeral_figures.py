"""Figures written in Chinese numerals (增长百分之六点五, 一千二百三十亿元, 三点二万元), as a speech's
transcript or a broadcast's script writes them, read as the digits the rules know: each is
written in digits, a share's mark after them (6.5%), spaces before them padding it to its length,
so that the text keeps its length. A figure whose digits are longer than its numerals (三千亿元:
3000) is left as written. A candidate read from one quotes its numerals whole (`quoted_whole`)."""

import re
from dataclasses import replace

from indicators.targets.numerals import NUMERAL_FIGURE, figure_digits


def _readable(text):
    """(start, end, digits) of each figure in numerals in `text` that its digits fit."""
    found = []
    for match in NUMERAL_FIGURE.finditer(text):
        start, end = match.span("number") if match["number"] else match.span()
        digits = _fitted(figure_digits(match), match["unit"], end - start)
        if digits is not None:
            found.append((start, end, digits))
    return found


def _fitted(digits, unit, width):
    """`digits` as `width` characters hold them, or None: a number of 万 in whole thousands or
    hundreds (七千万元, 八亿二千万斤) keeps its 千 or 百, the rules reading 7千万元 and 82千万斤."""
    if digits is None or len(digits) <= width:
        return digits
    if unit and unit.startswith("万") and digits.isdigit():
        for zeros, multiplier in (("000", "千"), ("00", "百")):
            if digits.endswith(zeros) and len(digits) - len(zeros) < width:
                return digits[: -len(zeros)] + multiplier
    return None


def numeral_spans(text):
    """The spans of the figures in Chinese numerals `text` writes that are read in digits."""
    return [(start, end) for start, end, _ in _readable(text)]


def numerals_in_digits(text):
    """`text` with its figures in Chinese numerals written in digits, of the same length."""
    pieces, last = [], 0
    for start, end, digits in _readable(text):
        pieces += [text[last:start], digits.rjust(end - start)]
        last = end
    return "".join([*pieces, text[last:]])


# the 千 or 百 a number of 万 kept in its digits (六百万元 read as 6百万元): its numerals say the whole
# number of 万, so its written unit is of 万 again (an indicator outside the catalogue keeps it)
_SHORTENED = re.compile(r"^[千百]万")


def quoted_whole(found, text, spans):
    """`found` quoting `text` with each figure in numerals its value reaches into whole (百分之六点五
    for the 6.5 read in its place), its written unit of 万 again where the digits kept a 千 or 百."""
    value_start, value_end = found.value_start, found.value_start + len(found.value_text)
    overlapped = [(start, end) for start, end in spans if start < value_end and value_start < end]
    if not overlapped:
        return found
    value_start = min(value_start, *(start for start, _end in overlapped))
    value_end = max(value_end, *(end for _start, end in overlapped))
    start, end = min(found.start, value_start), max(found.end, value_end)
    return replace(
        found,
        unit=_SHORTENED.sub("万", found.unit),
        quote=text[start:end],
        value_text=text[value_start:value_end],
        start=start,
        end=end,
        value_start=value_start,
    )
