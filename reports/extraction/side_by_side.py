"""Reports printed in two or three columns as a PDF converter lays them out (pdftotext -layout):
each line a line of every column side by side, a run of spaces between. Each column is read as a
text of its own, a view of the same length with the other columns' characters as spaces, so that
its sentences run on from line to line; lines across the columns (a title, a heading, a table set
across the page) stay in every view."""

import re
import unicodedata

# a run of spaces parting two columns' text on a line
_GAP = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_MARK = re.compile(r"[，。、；：,;]")
_PROSE_SIDE = 8  # Chinese characters each side of a boundary has, at least, on a line of prose
_SIDE_REACH = 40  # …within this many characters of it
_LEAST_LINES = 10  # lines of prose that part at a boundary, at least, for a layout of columns
_LEAST_SHARE = 0.25  # …and of the lines that hold any text
_TOLERANCE = 3  # display columns a boundary's lines may stray from it
_CUT_REACH = 8  # …and a line's gap may end from it, where a column's line runs long or short
_MOST_BOUNDARIES = 2  # three columns at most


def _width(text):
    """The columns `text` takes on a converter's page: a Chinese character two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _prose(side):
    """Whether a line's side of a gap reads as a column's prose: Chinese characters enough and a
    clause's punctuation (not a table's name cell, 城镇居民人均可支配收入增长, beside its note)."""
    return len(_CJK.findall(side)) >= _PROSE_SIDE and bool(_CLAUSE_MARK.search(side))


def _gap_ends(line):
    """(display column, index) where each run of spaces within `line` ends."""
    ends, column, index = [], 0, 0
    for gap in _GAP.finditer(line):
        column += _width(line[index : gap.end()])
        index = gap.end()
        ends.append((column, index))
    return ends


def _boundaries(lines, gaps):
    """The display columns at which lines of prose part into columns, left to right (`gaps` the
    ends of each line's runs of spaces)."""
    counts = {}
    for line, ends in zip(lines, gaps, strict=True):
        for column, index in ends:
            left, right = (
                line[max(0, index - _SIDE_REACH) : index],
                line[index : index + _SIDE_REACH],
            )
            if _prose(left) and _prose(right):
                counts[column] = counts.get(column, 0) + 1
    texts = sum(1 for line in lines if line.strip())
    found = []
    for column, _count in sorted(counts.items(), key=lambda item: -item[1]):
        near = sum(n for c, n in counts.items() if abs(c - column) <= _TOLERANCE)
        if near < max(_LEAST_LINES, _LEAST_SHARE * texts):
            break
        if all(abs(column - other) > 2 * _TOLERANCE for other in found):
            found.append(column)
        if len(found) == _MOST_BOUNDARIES:
            break
    return sorted(found)


def _cut_points(line, ends, boundaries):
    """The indices at which `line` (its runs of spaces ending at `ends`) parts at each boundary,
    or None for a line across them (a title, a heading, a table's row): a gap's end near the
    boundary, or the line's end before it, or its first text after it."""
    if len(ends) > len(boundaries) + 1:
        return None  # (more gaps than columns: a table's row across them)
    lead = len(line) - len(line.lstrip(" \u3000"))
    points = []
    for boundary in boundaries:
        near = [(abs(column - boundary), index) for column, index in ends]
        near = [index for distance, index in sorted(near) if distance <= _CUT_REACH]
        if near:
            points.append(near[0])
        elif _width(line.rstrip()) <= boundary + _TOLERANCE:
            points.append(len(line))  # (no text in the columns right of it)
        elif lead and _width(line[:lead]) >= boundary - _TOLERANCE:
            points.append(lead)  # (its text starts in a column right of it)
        else:
            return None
    return points


def column_views(text):
    """A view of `text` for each of its columns, if it is laid out in columns; else [text]."""
    lines = text.split("\n")
    gaps = [_gap_ends(line) for line in lines]
    boundaries = _boundaries(lines, gaps)
    if not boundaries:
        return [text]
    cuts = [
        _cut_points(line, ends, boundaries) if line.strip() else None
        for line, ends in zip(lines, gaps, strict=True)
    ]
    if 2 * sum(1 for points in cuts if points) < sum(1 for line in lines if line.strip()):
        return [text]  # (most lines run across the page: one text, read once)
    views = [[] for _ in range(len(boundaries) + 1)]
    for line, points in zip(lines, cuts, strict=True):
        if points is None:
            for view in views:
                view.append(line)
            continue
        edges = [0, *sorted(points), len(line)]
        for number, view in enumerate(views):
            start, end = edges[number], max(edges[number], edges[number + 1])
            view.append(" " * start + line[start:end] + " " * (len(line) - end))
    return ["\n".join(view) for view in views]
