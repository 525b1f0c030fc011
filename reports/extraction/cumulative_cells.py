"""A plan's table cell bracketed 〔 〕 (or [ ]), as plans mark the sums over their five years (〔60〕 万人
of new jobs, 〔17〕 per cent less energy, 〔完成市下达任务〕, 〔8.8〕/〔1.7〕), read as a cell of no
value (—): no single year's figure. The brackets elsewhere (a document's number, 国发〔2009〕8号;
a note's mark in prose, 战略〔1〕) are left as they are."""

import re

# (a copy may write them as square brackets: [14.5], ［60］)
_PAIRS = ("〔〕", "[]", "［］")
_BRACKETED = "(?:{})".format(
    "|".join(
        rf"{re.escape(o)}[^{re.escape(o + c)}\n|｜\t]{{1,24}}{re.escape(c)}" for o, c in _PAIRS
    )
)
_CELL = re.compile(rf"{_BRACKETED}(?:[ \u3000]*+[/／、][ \u3000]*+{_BRACKETED})?")
# …standing alone between a cell's bars, tabs or runs of spaces, or a line's ends
_CELL_ENDS = re.compile(r"[ \u3000]*+(?:[|｜\t]|$)|[ \u3000]{2}", re.M)
_LINE_END = re.compile(r"[ \u3000]*+(?:\n|$)")
_SPACES = " \u3000"  # (the spaces the patterns write [ \u3000])


def cumulative_cells_as_dashes(text):
    """`text` with each table cell bracketed 〔 〕 or [ ] read as a dash and spaces, of the same
    length."""
    parts, last = [], 0
    for cell in _CELL.finditer(text):
        if _opens_a_cell(text, cell.start()) and _CELL_ENDS.match(text, cell.end()):
            blank = " " * (len(cell[0]) - 1)
            # (a line's last cell ends on its dash: spaces trailing a row of spaced cells would
            # shift its cells out of their columns)
            dash = blank + "—" if _LINE_END.match(text, cell.end()) else "—" + blank
            parts += [text[last : cell.start()], dash]
            last = cell.end()
    return "".join([*parts, text[last:]])


def _opens_a_cell(text, start):
    """Whether `start` opens a table cell: after a bar, a tab, a line's start or two spaces."""
    lead = text[max(0, start - 2) : start].rstrip(_SPACES)
    return not lead or lead[-1] in "\n|｜\t"
