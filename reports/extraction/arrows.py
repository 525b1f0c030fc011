"""Arrows an infographic's transcript writes for a change (GDP：172.6亿元　↑12.1%, 出口 ↓3.6%,
同比▲5.2%), and a slide's plus or minus before a rate (GDP 312.6亿元 +15.8%, 固投 186.4亿元
-6.2%): read as 增 and 降, the words a report would write. Only an arrow right before a number is
one; ▲ before words is a bullet (▲ 经济总量：…). The text keeps its length."""

import re

_ARROW = re.compile(
    r"[↑↓⬆⬇▲▼](?=[ \t\u3000]?\d)|(?<![\d.)）])[+＋](?=\d+(?:\.\d+)?\s*[%％])"
    r"|(?<=[ \t\u3000])[-－−](?=\d+(?:\.\d+)?\s*[%％])"  # (固投　186.4亿元　-6.2%)
)
_READ_AS = {"↑": "增", "⬆": "增", "▲": "增", "+": "增", "＋": "增"}
_READ_AS |= {"↓": "降", "⬇": "降", "▼": "降", "-": "降", "－": "降", "−": "降"}


def arrows_as_words(text):
    """`text` with each arrow before a number read as 增 or 降, of the same length."""
    return _ARROW.sub(lambda match: _READ_AS[match[0]], text)
