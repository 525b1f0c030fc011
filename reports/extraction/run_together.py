"""A copy that runs its paragraphs together on one line, parting them by a run of spaces, as some
sites' pages and some PDFs' text give a report (…请予审议。   一、2016年工作回顾   过去一年…;
序号   指标名称   属性   …   1   地区生产总值   预期性   15352.99亿元): each run on such a line
that parts two paragraphs, or two cells of a table, is read as the line break it stands for, the
text keeping its length, so that a title, a date line and a heading are read as lines again, and
a table as its cells one a line. A line is run together when a run three columns wide or more
(a paragraph's indent 　　 is four) ends a sentence on it and another follows: a PDF's text sets
one or two spaces around a figure (增长  6%  左右), an indent opens its line, and a table's cells
end no sentence.
"""

import re

# a run of spaces (tabs, full-width spaces) after something: each tried once, from its start,
# never backtracked into, so that a long run stays linear
_RUN = re.compile(r"(?<=\S)[ \t\u3000]{2,}+(?=\S)")
_AFTER_A_SENTENCE = re.compile(r"(?<=[。！？；：])[ \t\u3000]{2,}+(?=\S)")
_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_LEAST = 2  # runs on the line
_PARTING = 3  # columns: a full-width space two


def _columns(run):
    return len(run) + run.count("\u3000")


def runs_as_breaks(text):
    """`text` with each run of spaces parting paragraphs on a line run together read as a line
    break."""
    if not _AFTER_A_SENTENCE.search(text):
        return text
    return "\n".join(_line_as_read(line) for line in text.split("\n"))


def _line_as_read(line):
    # the copy's parting: as wide as the narrowest run after a sentence; a narrower one is a
    # cell's own spacing (指  标  名  称)
    widths = [_columns(run.group()) for run in _AFTER_A_SENTENCE.finditer(line)]
    widths = [width for width in widths if width >= _PARTING]
    if not widths:
        return line
    least = min(widths)
    runs = [run.span() for run in _RUN.finditer(line) if _columns(run.group()) >= least]
    if len(runs) < _LEAST:
        return line
    bounds = [0, *(bound for run in runs for bound in run), len(line)]
    between = [line[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    pieces = [between[0]]
    for (start, end), before, after in zip(runs, between, between[1:], strict=False):
        # a run between two characters alone spaces a word out (指    标), parting nothing
        spacing = _CHARACTER.fullmatch(before) and _CHARACTER.fullmatch(after)
        # read as a break and plain spaces: a tab or a full-width space would open the next line
        pieces += [line[start:end] if spacing else "\n" + " " * (end - start - 1), after]
    return "".join(pieces)
