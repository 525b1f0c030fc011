"""A PDF's text layer that puts each number of a sentence on a line of its own:

    全年实现地区生产总值
    5532.4
    亿元、增速进一步升至
    3.5%
    。

The line breaks around such a number read as spaces, so the sentence reads as one; and a
screen's card, its value on a line under its name and its change on the next, reads as one
clause. A number
alone on a line is the middle of a sentence when the line before runs on (no sentence end) and
the line after goes on with its unit or punctuation; a table's value lines are followed by other
values, names or notes, and stay as they are. The length of the text is kept: offsets stay.
"""

import re

_UNIT_OR_PUNCTUATION = (
    r"[，,。；;、）)的]|亿|万|千|元|个百分点|百分点|倍|人|户|家|吨|美元|公里|平方|亩"
)
# (万元生产总值能耗, 万元GDP能耗: a name opening on 万元, as the row after a table's serial
# number 10 may)
_NAME_ON_A_UNIT = r"万元\s*+(?:地区|国内)?\s*+(?:生产总值|GDP|工业增加值)"  # (possessive: linear)
_NUMBER_ALONE = re.compile(
    r"(?<=[^\s\d%％。；;！？!?：:])\n([ \t]*[-−+]?\d+(?:\.\d+)?[ \t]*[%％]?[ \t]*)\n"
    rf"(?=[ \t]*(?:{_UNIT_OR_PUNCTUATION}))(?![ \t]*{_NAME_ON_A_UNIT})"
)


# A screen's card: its name over its value alone on a line, the value's change on the next
# (地区生产总值（亿元）⏎1032.6⏎同比 +5.9%): the break after the value reads as a clause's
_CARD_VALUE = re.compile(
    r"(?<=[^\s\d%％。；;！？!?：:])\n([ \t]*[-−+]?\d+(?:\.\d+)?[ \t]*)\n"
    r"(?=[ \t]*(?:同比|比上年|较上年|比去年)[ \t]*(?:[+＋↑↓▲▼−-]|增长|下降|增|降)?[ \t]*\d)"
)


def numbers_rejoined(text):
    """`text` with the line breaks around each number alone in a sentence read as spaces, and
    the break after a card's value before its change as a comma."""
    text = _CARD_VALUE.sub(lambda match: f"\n{match[1]}，", text)
    return _NUMBER_ALONE.sub(lambda match: f" {match[1]} ", text)
