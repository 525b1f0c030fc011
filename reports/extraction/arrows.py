"""Arrows an infographic's transcript writes for a change (GDP：172.6亿元　↑12.1%, 出口 ↓3.6%,
同比▲5.2%): read as 增 and 降, the words a report would write. Only an arrow right before a
number is one; ▲ before words is a bullet (▲ 经济总量：…). The text keeps its length."""

import re

_ARROW = re.compile(r"[↑↓⬆⬇▲▼](?=[ \t\u3000]?\d)")
_READ_AS = {"↑": "增", "⬆": "增", "▲": "增", "↓": "降", "⬇": "降", "▼": "降"}


def arrows_as_words(text):
    """`text` with each arrow before a number read as 增 or 降, of the same length."""
    return _ARROW.sub(lambda match: _READ_AS[match[0]], text)
