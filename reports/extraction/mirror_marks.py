"""A document site's copy marks where each of its lines ended with a short token of its own
(…确定的目标任务。IAh   一、2019年工作回顾IAh   过去一年…): a run of letters, perhaps with digits,
that stands nowhere else in the text, always after a character of a sentence and before spaces or
the line's end, many times over. It is read as the line break it stands for, the text keeping its
length, so that a date line or a heading it broke is read again."""

import re
from collections import Counter

_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff。，；：！？”）%])(?=[A-Za-z0-9]*[A-Za-z])([A-Za-z0-9]{2,5})"
    r"(?=[ \t\u3000]{2,}|\n|$)"
)
_LEAST = 5  # how many lines a token must end to be the site's mark, not a word of the text


def marks_as_breaks(text):
    """`text` with each line-end mark of its site replaced by a line break and spaces."""
    counts = Counter(match[1] for match in _MARK.finditer(text))
    for token, times in counts.items():
        if times >= _LEAST and text.count(token) == times:
            text = text.replace(token, "\n" + " " * (len(token) - 1))
    return text
