"""Figures written in Chinese numerals, as a speech's transcript, a broadcast's script or an old
document writes them (增长百分之六点五, 一千二百三十亿元, 三点二万元, 千分之五点八): where they
stand and the digits they say. A numeral counts as a figure only as a share (百分之, 千分之) or
before a unit, so that words holding numerals (一是, 十四五, 第一产业, 两位数增长) stay words.
"""

import re

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_TENS = {"十": 10, "百": 100, "千": 1000}
_MYRIADS = {"万": 10_000, "亿": 100_000_000}
_NUMERAL = "零〇○一二两三四五六七八九十百千万亿"
_DIGIT = "零〇○一二两三四五六七八九"
# the units a figure in numerals is read before: 个百分点, an amount's, a count's, a weight's
_UNIT = r"个百分点|(?:万|亿)?(?:美元|元|人|吨|斤|家|户)"
NUMERAL_FIGURE = re.compile(
    rf"(?P<share>百分之|千分之)(?P<of>[{_NUMERAL}]+(?:点[{_DIGIT}]+)?)"
    # (the number ends before a 万 or 亿 the unit opens: 三点二|万元)
    rf"|(?<![{_NUMERAL}点第])(?P<number>[{_NUMERAL}]+?(?:点[{_DIGIT}]+)?)(?=(?P<unit>{_UNIT}))"
)


def numeral_digits(numeral):
    """The digits a number in Chinese numerals says (一千二百三十 → 1230, 六点五 → 6.5, 二〇二三 →
    2023), or None when it says none."""
    whole, _, fraction = numeral.partition("点")
    if not any(character in _DIGITS for character in numeral) and not whole.startswith("十"):
        return None
    if fraction and any(character not in _DIGITS for character in fraction):
        return None
    integer = _integer(whole) if whole else 0
    if integer is None:
        return None
    decimals = "".join(str(_DIGITS[character]) for character in fraction)
    return f"{integer}.{decimals}" if decimals else str(integer)


def _integer(numeral):
    if all(character in _DIGITS for character in numeral):  # digit by digit: 二〇二三
        return int("".join(str(_DIGITS[character]) for character in numeral))
    total, section, number = 0, 0, None
    for character in numeral:
        if character in _DIGITS:
            if number is not None and number != 0:
                return None  # two digits running together inside a number (一二百)
            number = _DIGITS[character]
        elif character in _TENS:
            section += (1 if number is None else number) * _TENS[character]
            number = None
        else:
            total = (total + section + (number or 0)) * _MYRIADS[character]
            section, number = 0, None
    return total + section + (number or 0)


def figure_digits(match):
    """The digits of a NUMERAL_FIGURE match, its share's mark after them (6.5%), or None: also
    for a number holding a 万 or 亿 before a unit opening on one (三万亿元), which it cannot say
    alone, but for 亿 before a unit of 万 (七亿八千六百万斤, 一亿零六百三十万元: 78600, 10630)."""
    numeral = match["of"] or match["number"]
    if match["unit"] and match["unit"][0] in _MYRIADS and not _MYRIADS.keys().isdisjoint(numeral):
        return _myriads_of(numeral) if match["unit"][0] == "万" else None
    digits = numeral_digits(numeral)
    if digits is None:
        return None
    return digits + {"百分之": "%", "千分之": "‰"}.get(match["share"], "")


def _myriads_of(numeral):
    """The digits of a number of 万 written with its 亿 (七亿八千六百 before 万: 78600), or None."""
    high, _, low = numeral.partition("亿")
    if "万" in numeral or "点" in numeral or not high:
        return None
    low = low.lstrip("零〇○")  # (一亿零六百三十: 630 after the 亿)
    high, low = _integer(high), (_integer(low) if low else 0)
    return None if high is None or low is None or low >= 10_000 else str(high * 10_000 + low)


def figures_in_digits(text):
    """`text` with each figure written in Chinese numerals written in digits (百分之六点五 → 6.5%),
    for reading a value; its length may change."""
    return NUMERAL_FIGURE.sub(_digits_of, text)


def _digits_of(match):
    digits = figure_digits(match)
    return match[0] if digits is None else digits
