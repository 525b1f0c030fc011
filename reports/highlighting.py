"""The report's text cut into plain and highlighted segments, one mark per candidate quote."""

from dataclasses import dataclass


@dataclass
class Segment:
    text: str
    candidates: list  # empty: plain text


def highlighted(text, candidates):
    """Segments covering the whole text; overlapping quotes share their overlapping part.

    A segment lists the candidates whose quote covers it, in the order given. One sweep over the
    cut points keeps the quotes open at each: checking every candidate for every segment made a
    long report's review page take minutes.
    """
    length = len(text)
    cuts = {0, length}
    opening, closing = {}, {}
    for index, candidate in enumerate(candidates):
        start = max(0, min(candidate.start, length))
        end = max(0, min(candidate.end, length))
        cuts.update((start, end))
        if candidate.start < candidate.end and start < end:
            opening.setdefault(start, []).append(index)
            closing.setdefault(end, []).append(index)
    points = sorted(cuts)
    segments, open_now = [], set()
    for start, end in zip(points, points[1:], strict=False):
        open_now.difference_update(closing.get(start, ()))
        open_now.update(opening.get(start, ()))
        covering = [candidates[index] for index in sorted(open_now)]
        segments.append(Segment(text[start:end], covering))
    return segments
