"""A copy that runs its paragraphs together on one line, parting them by a run of spaces, as some
sites' pages and some PDFs' text give a report (…请予审议。   一、2016年工作回顾   过去一年…;
序号   指标名称   属性   …   1   地区生产总值   预期性   15352.99亿元): each run of spaces on such
a line is read as the line break it stands for, the text keeping its length, so that a title, a
date line, a heading and a table's rows are read as lines again. A line is run together when it
has such runs, one after a sentence's end at least: a paragraph's sentences are parted by no run
of spaces, and a table's cells end no sentence."""

import re

# each run tried once, from its start, never backtracked into: a long run of spaces stays linear
_RUN = re.compile(r"(?<![ \t\u3000])[ \t\u3000]{2,}+(?=\S)")
_AFTER_A_SENTENCE = re.compile(r"(?<=[。！？；：])[ \t\u3000]{2,}+(?=\S)")
_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_LEAST = 2  # runs on the line


def runs_as_breaks(text):
    """`text` with each run of spaces on a line run together read as a line break."""
    if not _AFTER_A_SENTENCE.search(text):
        return text
    return "\n".join(_line_as_read(line) for line in text.split("\n"))


def _line_as_read(line):
    # the copy's parting: as wide as the narrowest run after a sentence; a narrower one is a
    # cell's own spacing (指  标  名  称)
    widths = [len(run.group()) for run in _AFTER_A_SENTENCE.finditer(line)]
    if not widths:
        return line
    runs = [run.span() for run in _RUN.finditer(line) if len(run.group()) >= min(widths)]
    if len(runs) < _LEAST:
        return line
    bounds = [0, *(bound for run in runs for bound in run), len(line)]
    between = [line[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    pieces = [between[0]]
    for (start, end), before, after in zip(runs, between, between[1:], strict=False):
        # a run between two characters alone spaces a word out (指    标), parting nothing
        spacing = _CHARACTER.fullmatch(before) and _CHARACTER.fullmatch(after)
        pieces += [line[start:end] if spacing else "\n" + line[start + 1 : end], after]
    return "".join(pieces)
