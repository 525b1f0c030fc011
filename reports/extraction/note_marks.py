"""A footnote's mark written inside a name (全市R&D[3]经费占比达 2.33%, 规模以上工业增加值①增长
8%) reads as spaces: the name goes on past it, as it does past a line break. A mark before a
figure (一般公共预算收入[1]17.7 亿元) is an annotation the values pass over, and stays."""

import re

_MARK_INSIDE_NAME = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff])(?:[\[［]\s*\d{1,2}\s*[\]］]|[①-⑳])(?=[\u4e00-\u9fff])"
)


def note_marks_as_spaces(text):
    """`text` with each footnote mark inside a name read as spaces, of the same length."""
    return _MARK_INSIDE_NAME.sub(lambda match: " " * len(match[0]), text)
