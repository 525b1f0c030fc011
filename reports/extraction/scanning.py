"""Questions the prose rules ask about the text before a position, answered from an index built
once per sentence instead of a rescan from the sentence's start for every figure.

A report whose sentences never end (a PDF that lost its 。, a hostile upload) is one sentence
of hundreds of thousands of characters; rescanning it for each of its thousands of figures made
extraction quadratic (100,000 characters took 19 s). Every answer here is exactly what the
rescan gave: the rules' results do not change, only their cost.
"""

from bisect import bisect_left, bisect_right
from itertools import accumulate

_CJK_FIRST, _CJK_LAST = "\u4e00", "\u9fff"
_CONNECTORS = "、和及与"


class PrefixMatches:
    """The matches `pattern` finds in text[start:position], for any position up to `end`.

    Matches of the whole span that end by `position` are matches of the prefix too (the patterns
    here have no anchors or lookarounds, so cutting the text off cannot make an earlier attempt
    succeed); only from a match that straddles `position` on does the prefix need its own scan,
    and that stretch is shorter than the straddling match.
    """

    def __init__(self, pattern, text, start, end):
        self.pattern, self.text, self.start = pattern, text, start
        self.matches = list(pattern.finditer(text, start, end))
        self.ends = [m.end() for m in self.matches]

    def _split(self, position):
        whole = bisect_right(self.ends, position)
        if whole < len(self.matches) and self.matches[whole].start() < position:
            rescan = self.matches[whole].start()
            return whole, list(self.pattern.finditer(self.text, rescan, position))
        return whole, []

    def first(self, position):
        whole, tail = self._split(position)
        return self.matches[0] if whole else (tail[0] if tail else None)

    def last(self, position):
        whole, tail = self._split(position)
        return tail[-1] if tail else (self.matches[whole - 1] if whole else None)

    def any(self, position):
        return self.first(position) is not None


class FirstOccurrences:
    """Which of `words` occur in text[start:position]: the first occurrence of each decides."""

    def __init__(self, words, text, start, end):
        self.ends = {}
        for word in words:
            at = text.find(word, start, end)
            if at >= 0:
                self.ends[word] = at + len(word)

    def present(self, words, position):
        return [word for word in words if self.ends.get(word, position + 1) <= position]


class Spans:
    """Whether any of a set of spans overlaps a given one, in logarithmic time."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [start for start, _end in ordered]
        self.reach = list(accumulate((end for _start, end in ordered), max))

    def overlap(self, start, stop):
        """Whether some span (a, b) has a < stop and start < b."""
        before = bisect_left(self.starts, stop)
        return before > 0 and self.reach[before - 1] > start


def with_unnamed(mentions, added):
    """`mentions` with those of `added` that overlap none of them, in order: names a rule finds
    where the catalogue's wordings found none."""
    named = Spans((m.start, m.end) for m in mentions)
    found = [m for m in added if not named.overlap(m.start, m.end)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def positions_before(positions, position):
    """How many of the sorted `positions` are below `position`."""
    return bisect_left(positions, position)


def coordinated_run(text, start, end):
    """(from, to) of the one to six Chinese characters before a 、, 和, 及 or 与 that ends
    text[start:end] (spaces allowed around it), or None: the leftmost match of
    ``[\\u4e00-\\u9fff]{1,6}\\s*[、和及与]\\s*$`` in text[start:end], read backwards from its end."""
    connector = end
    while connector > start and text[connector - 1].isspace():
        connector -= 1
    if connector == start or text[connector - 1] not in _CONNECTORS:
        return None
    run_end = connector - 1
    while run_end > start and text[run_end - 1].isspace():
        run_end -= 1
    run_start = run_end
    while (
        run_start > start
        and run_end - run_start < 6
        and _CJK_FIRST <= text[run_start - 1] <= _CJK_LAST
    ):
        run_start -= 1
    return (run_start, run_end) if run_start < run_end else None


def prose_regions(sections, skip, length):
    """The spans of prose: every section but annexes, less the tables (which never overlap)."""
    spans = [(s.start, s.end) for s in sections if not s.annex] or [(0, length)]
    skips = sorted(skip)
    skip_starts = [start for start, _end in skips]
    pieces = []
    for start, end in spans:
        cursor = start
        # the first table that may reach into this span: tables are sorted and disjoint
        index = max(0, positions_before(skip_starts, start) - 1)
        while index < len(skips) and skips[index][0] <= end:
            skip_start, skip_end = skips[index]
            if min(end, skip_start) > cursor:
                pieces.append((cursor, min(end, skip_start)))
            cursor = max(cursor, skip_end)
            index += 1
        if end > cursor:
            pieces.append((cursor, end))
    return pieces


def covering(spans):
    """A test of whether a position lies inside one of `spans` ((start, end) pairs), each test
    a bisection of the spans merged."""
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _end in merged]

    def inside(position):
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < merged[index][1]

    return inside
