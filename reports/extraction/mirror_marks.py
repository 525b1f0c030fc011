"""A document site's copy marks where each of its lines ended with a short token of its own
(…确定的目标任务。IAh   一、2019年工作回顾IAh   过去一年…): a run of letters, perhaps with digits,
that stands nowhere else in the text, always after a character of a sentence and before spaces or
the line's end, many times over. It is read as the line break it stands for, the text keeping its
length, so that a date line or a heading it broke is read again."""

import re
from collections import Counter

_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff。，；：！？”）%])(?=[A-Za-z0-9]*[A-Za-z])([A-Za-z0-9]{2,5})"
    r"(?=(?P<apart>[ \t\u3000]{2,}|\n|$)|[ \t\u3000])"
)
_LEAST = 5  # how many lines a token must end to be the site's mark, not a word of the text
_MOST_MARKS = 3


def marks_as_breaks(text):
    """`text` with each line-end mark of its site replaced by a line break and spaces. A site's
    repeated summary may set the mark before one space (政府工作报告9ti 2020年…): it counts there,
    once the mark ends enough lines apart from the next."""
    ends, seen = Counter(), Counter()
    for match in _MARK.finditer(text):
        seen[match[1]] += 1
        ends[match[1]] += match["apart"] is not None
    # a site has one mark: the few tokens ending most lines are tried, each counted over the text
    # once (every token counted was quadratic in a text of many)
    for token, times in ends.most_common(_MOST_MARKS):
        if times >= _LEAST and text.count(token) == seen[token]:
            text = text.replace(token, "\n" + " " * (len(token) - 1))
    return text
