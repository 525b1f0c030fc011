"""A PDF's text breaks its lines where the page ends them, inside names and figures (全年地区生产⏎
总值增长 5.2%, as pypdf gives an uploaded report): read with those breaks taken out, a paragraph
reads as one line, as a web page's copy gives it. A break is the page's when the line before it
fills the page's width and ends no sentence, and enough lines fill it for the text to be laid out
in pages at all; a text that ends no sentence anywhere is a list or a table, no page of prose. A
line may stop short of the width by a figure, which a word processor moves whole to the next line;
a heading's or a table caption's line by a mark only. A table's rows (cells spaced apart) keep
their breaks, and so do a line before a new item (一、, （二）, ——) and a title's line however wide
(…计划的通知). They are cut out of what is read (see `cuts`).
"""

import re
from collections import Counter

_LONG = 40  # columns: a heading or a date line is never a page's full line
_SLACK = 8  # how far short of the width a full line may stop: a figure set whole on the next line
_HEADING_SLACK = 4  # a heading's or a caption's line: a mark moved to the next line, no more
_FULL_LINES = 4  # fewer full lines are no page's: a short list's items may share a width
_FULL_SHARE = 0.5  # of the long lines: a web copy's paragraphs, one a line, seldom share a width
_WIDER_SHARE = 0.1  # of the long lines, wider than the page: a title, a table's row
_ENDS_A_SENTENCE = tuple("。！？!?：:；;")
_ENDS_PROSE = tuple("。！？!?；;")
# a table's row: its cells apart by a tab, spaces or a bar, or two numbers side by side (21.3 6.2)
_CELLS = re.compile(r"\t|[ \u3000]{2,}|\||\d[ \u3000]+[-−]?\d")
_NEW_ITEM = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|——|[●◆■□▲•①-⑳]"
    r"|\d+[、．.](?!\d)|第[一二三四五六七八九十]+(?:[章节部分]|[，,、])|[一二三四五六七八九十]+是)"
)
# a title's end (…计划的通知, …草案的报告) on one of the text's first lines: the title's line ends
# there, however wide
_TITLE_END = re.compile(r"的(?:通知|报告)[ \t\u3000]*$")
_TITLE_LINES = 3
_CAPTION = re.compile(r"[ \t\u3000]*附?表[一二三四五六七八九十\d]*[ \t\u3000：:、.]")


def _columns(line):
    """How wide `line` is set: a Chinese character (or a full-width form) two columns, Latin one,
    a space none (pypdf sets one wherever a figure's font meets the text's)."""
    return sum(
        2 if ord(character) >= 0x2E80 else 1 for character in line if character not in " \t\u3000"
    )


def _page_width(widths):
    """The width most long lines fill, within _SLACK columns; None when too few do."""
    counts = Counter(width for width in widths if width >= _LONG)
    if not counts:
        return None
    full = {w: sum(counts[w - short] for short in range(_SLACK + 1)) for w in counts}
    width = max(full, key=lambda w: (full[w], w))
    if full[width] < _FULL_LINES or full[width] < _FULL_SHARE * counts.total():
        return None
    # a page's lines are never wider than it: a list's items, one a line, are of any width
    wider = sum(count for w, count in counts.items() if w > width + 1)
    return width if wider <= _WIDER_SHARE * counts.total() else None


def wrap_breaks(text):
    """Where `text` breaks a line the page ended, not the writer: each such line break's offset."""
    lines = text.split("\n")
    widths = [_columns(line.rstrip()) for line in lines]
    width = _page_width(widths)
    # a web page's list or table, an item a line, may share a width, but ends no sentence: a page
    # of prose ends its paragraphs
    ended = any(line.rstrip().endswith(_ENDS_PROSE) for line in lines)
    if width is None or not ended:
        return []
    breaks, position = [], 0
    for number, (line, following, columns) in enumerate(
        zip(lines[:-1], lines[1:], widths[:-1], strict=True)
    ):
        position += len(line)
        # a heading has no clause's comma; a paragraph opening 一是… does, and stops as short
        heading = (_NEW_ITEM.match(line) and "，" not in line) or _CAPTION.match(line)
        if (
            width - (_HEADING_SLACK if heading else _SLACK) <= columns <= width + 1
            and not line.rstrip().endswith(_ENDS_A_SENTENCE)
            and not (number < _TITLE_LINES and _TITLE_END.search(line))
            and following.strip()
            and not _CELLS.search(line.strip())
            and not _CELLS.search(following.strip())
            # 一、⏎二、三次产业: numerals listed, not items; no item opens after a 、
            and (line.rstrip().endswith("、") or not _NEW_ITEM.match(following))
        ):
            breaks.append(position)
        position += 1
    return breaks
