"""A table drawn with box-drawing characters, as a word processor or a console copies one
(┌──┬──┐ over │地区生产总值增速　│%　│4.6　│): its vertical lines read as bars and its rule lines
as spaces, so its rows read as a barred table's. The text keeps its length."""

import re

_VERTICALS = str.maketrans(dict.fromkeys("│┃║┆┇┊┋", "|"))
# a line drawn of rules and corners alone (┌───┬───┐, ├───┼───┤, ╚═══╩═══╝)
_RULE_LINE = re.compile(
    r"^[ \t\u3000]*[─━═┄┅┈┉┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪]+[ \t\u3000]*$", re.M
)
_DRAWN = re.compile(r"[│┃║┆┇┊┋]")


def box_lines_as_bars(text):
    """`text` with a box-drawn table's lines read as a barred table's, of the same length."""
    if not _DRAWN.search(text):
        return text
    text = _RULE_LINE.sub(lambda rule: " " * len(rule.group()), text)
    return text.translate(_VERTICALS)
