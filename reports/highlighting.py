"""The report's text cut into plain and highlighted segments, one mark per candidate quote."""

from dataclasses import dataclass


@dataclass
class Segment:
    text: str
    candidates: list  # empty: plain text


def highlighted(text, candidates):
    """Segments covering the whole text; overlapping quotes share their overlapping part."""
    cuts = {0, len(text)}
    for candidate in candidates:
        cuts.update(
            (max(0, min(candidate.start, len(text))), max(0, min(candidate.end, len(text))))
        )
    points = sorted(cuts)
    segments = []
    for start, end in zip(points, points[1:], strict=False):
        covering = [c for c in candidates if c.start <= start and end <= c.end]
        segments.append(Segment(text[start:end], covering))
    return segments
