"""A checklist setting last year's promises against what was done (承诺：…⏎兑现：…; 【承诺】…⏎【兑现】…;
目标：…⏎实际：…; 目标：…。完成：…): the promise's figures are the year reviewed's targets, however its
words read (a plain 增长8% reads as a result), and the delivery's are its results, however the
promise's cue carried on into them."""

import re
from bisect import bisect_right
from dataclasses import replace

from reports.extraction.sections import TARGET

# a label opening a line, or a sentence of an item's line (9．节能减排。目标：…), perhaps numbered
_OPENING = r"(?:^|(?<=[。．]))[ \t\u3000]*+(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）．.、]\s*+)?"
_PLEDGE = re.compile(
    rf"{_OPENING}(?:【\s*(?:承诺|目标)\s*】|(?:承诺(?:事项)?|年初目标|目标)\s*\d{{0,2}}\s*[：:])",
    re.M,
)
_DELIVERY = re.compile(
    rf"{_OPENING}(?:【\s*(?:兑现|完成|实际|实绩)\s*】"
    r"|(?:兑现(?:情况)?|实际(?:完成)?|完成(?:情况)?|实绩)\s*[：:])",
    re.M,
)
_REACH = 400  # how far after its promise a delivery may open
_FIGURE = re.compile(r"\d")


def pledges_retagged(text, candidates, metadata):
    """`candidates` with the figures of each promise a delivery follows made the year reviewed's
    targets, and the delivery's targets its results."""
    review = metadata.review_year
    spans = list(_pledge_spans(text)) if review else []
    if not spans:
        return candidates
    starts = [pledge for pledge, _delivery, _end in spans]
    retagged = []
    for found in candidates:
        index = bisect_right(starts, found.value_start) - 1
        if index >= 0 and found.year in (review, review + 1):
            _pledge, delivery, end = spans[index]
            if found.value_start < delivery:
                found = replace(found, year=review, kind=TARGET)
            elif found.value_start < end and found.kind == TARGET:
                found = replace(found, year=review, kind=metadata.results_kind)
        retagged.append(found)
    return retagged


def _pledge_spans(text):
    """(promise's start, delivery's start, delivery's line end) of each promise a delivery
    follows, before another promise."""
    pledges = [m.start() for m in _PLEDGE.finditer(text)]
    for index, start in enumerate(pledges):
        following = pledges[index + 1] if index + 1 < len(pledges) else len(text)
        delivery = _DELIVERY.search(text, start + 1, min(following, start + _REACH))
        if delivery is not None:
            yield start, delivery.start(), _delivery_end(text, delivery.end(), following)


def _delivery_end(text, start, following):
    """Where the delivery opening at `start` ends: its line's end, or the next line's where its
    own line states no figure (【兑现】已完成⏎完成一般公共预算收入…)."""
    end = text.find("\n", start, following)
    if end < 0:
        return following
    if not _FIGURE.search(text, start, end):
        after = text.find("\n", end + 1, following)
        return following if after < 0 else after
    return end
