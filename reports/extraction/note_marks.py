"""A footnote's mark written inside a name (全市R&D[3]经费占比达 2.33%, 规模以上工业增加值①增长
8%) reads as spaces: the name goes on past it, as it does past a line break. A mark before a
figure (一般公共预算收入[1]17.7 亿元) is an annotation the values pass over, and stays. A mark after
a figure (412.6亿元△，增长6.1%△; 9420亿元¹，; 68.3亿元*，; 2545.6亿元（按现价计算）[1]，; a PDF's
1021.8亿元1，) reads as spaces too: the clause goes on past it to the figure's growth; and so does
a citation's mark after a sentence (…增长6%。[7]), which the next sentence would open on."""

import re

_MARK_INSIDE_NAME = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff])(?:[\[［]\s*\d{1,2}\s*[\]］]|[①-⑳])(?=[\u4e00-\u9fff])"
)

_MARK_AFTER_FIGURE = re.compile(
    r"(?<=[%％‰元吨人户家斤）)])"
    r"(?:\*{1,2}|[※△▲☆★#]|[①-⑳]|[¹²³⁴-⁹⁰]{1,2}|[\[［【]\s*(?:注\s*)?\d{1,2}\s*[\]］】])"
    r"(?=[ \t\u3000]*(?:[，,；;。、（(\n]|$))"
    # or a PDF's superscript flattened to a digit after the unit (1021.8亿元1，增长11.3%)
    r"|(?<=[元吨])[1-9](?=[，,；;])"
)


# a citation's mark after a sentence's end (…增长6%。[7], …县级市。[10-11][12]), as an encyclopedia
# writes it: the next sentence, or the next line's paragraph, opens after it
_MARK_AFTER_SENTENCE = re.compile(
    r"(?<=[。！？!?；;])(?:[\[［]\s*\d{1,3}(?:\s*[-–－,，、]\s*\d{1,3})*\s*[\]］])+"
)


def _as_spaces(match):
    return " " * len(match[0])


def note_marks_as_spaces(text):
    """`text` with each footnote mark inside a name or after a figure read as spaces, of the same
    length."""
    text = _MARK_AFTER_SENTENCE.sub(_as_spaces, text)
    return _MARK_AFTER_FIGURE.sub(_as_spaces, _MARK_INSIDE_NAME.sub(_as_spaces, text))
