"""Targets a paragraph lists with no year and no cue, which the words after them announce:
地区生产总值增长 15%；…。⏎为实现以上目标，我们将着重抓好五个方面的工作：— the figures before are the
plan year's targets, though a copy opening at the list says so nowhere before them. A news item
quoting the list may name it after an ellipsis: 生产总值增长 10%，CPI 控制在 4% 左右……政府工作报告
中 2012 年的一系列经济社会发展目标，显得格外醒目."""

import re
from bisect import bisect_left
from dataclasses import replace

from reports.extraction.sections import TARGET, YEAR

_TO_MEET_THEM = re.compile(
    r"^[ \t\u3000]*为\s*(?:实现|完成|确保)\s*(?:以上|上述|这些)\s*(?:各项\s*)?(?:目标|任务)", re.M
)
# the quoted list broken off (……), then named in the same sentence as a year's targets
_NAMED_AFTER_ELLIPSIS = re.compile(
    r"(?:……|…|\.{3,6})[”\"」]?[^。\n]{0,60}?(?P<year>(?:19|20)\d{2})\s*年的?[^。\n，,；;]{0,12}?目\s*标"
)


def targets_announced_after(text, candidates, metadata):
    """`candidates` with the results of the reviewed year in a run of text that names no year
    and that the words after it announce as targets (_announced_lists) read as the plan year's
    targets."""
    plan, review = metadata.plan_year, metadata.review_year
    if not (plan and review and plan > review):
        return candidates
    ordered = sorted(candidates, key=lambda c: c.value_start)
    starts = [c.value_start for c in ordered]
    announced, years = set(), None
    for start, end in _announced_lists(text, plan):
        inside = ordered[bisect_left(starts, start) : bisect_left(starts, end)]
        if not inside:
            continue
        # the years found once for the text: each list searched afresh made a line of many
        # cues quadratic
        years = years if years is not None else [m.span() for m in YEAR.finditer(text)]
        if not _names_a_year(years, start, end) and _all_results_of(inside, review):
            announced.update(id(c) for c in inside)
    if not announced:
        return candidates
    return [replace(c, year=plan, kind=TARGET) if id(c) in announced else c for c in candidates]


def _announced_lists(text, plan):
    """(start, end) of each run of text the words after it announce as the plan year's targets:
    the paragraph before a 为实现以上目标, or a paragraph's words before an ellipsis that names them
    the plan year's targets."""
    for cue in _TO_MEET_THEM.finditer(text):
        end = cue.start()
        while end and text[end - 1].isspace():
            end -= 1
        yield text.rfind("\n", 0, end) + 1, end
    line_start, searched = 0, 0
    for cue in _NAMED_AFTER_ELLIPSIS.finditer(text):
        # the line's start, looked for only since the last cue
        line_start = max(line_start, text.rfind("\n", searched, cue.start()) + 1)
        searched = cue.start()
        if int(cue["year"]) == plan:
            yield line_start, cue.start()


def _names_a_year(years, start, end):
    """Whether one of the text's `years` (spans, in order) lies in text[start:end]."""
    index = bisect_left(years, (start, start))
    return index < len(years) and years[index][1] <= end


def _all_results_of(candidates, year):
    return all(c.kind != TARGET and c.year == year for c in candidates)
