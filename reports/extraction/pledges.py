"""A checklist setting last year's promises against what was done (承诺：…⏎兑现：…; 【承诺】…⏎【兑现】…;
目标：…⏎实际：…; 目标：…。完成：…; a task list's 任务：…。完成情况：…): the promise's figures are the
year reviewed's targets, however its words read (a plain 增长8% reads as a result), and the
delivery's are its results, however the promise's cue carried on into them."""

import re
from bisect import bisect_right
from dataclasses import replace

from reports.extraction.named_items import names_no_series_first, with_stand_in
from reports.extraction.sections import TARGET

# a label opening a line, or a sentence of an item's line (9．节能减排。目标：…), perhaps numbered
_NUMBERED = r"[ \t\u3000]*+(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）．.、]\s*+)?"
_OPENING = rf"(?:^|(?<=[。．])){_NUMBERED}"
_PLEDGE = re.compile(
    rf"{_OPENING}(?:【\s*(?:承诺|目标)\s*】"
    # (or a task list's: 1．任务：…。责任单位：…。完成情况：…)
    rf"|(?:承诺(?:事项)?|(?:年初|年度)?目标(?:任务)?|(?:年度)?任务)\s*\d{{0,2}}\s*[：:])",
    re.M,
)
_DELIVERY_LABEL = r"(?:【\s*(?:兑现|完成|实际|实绩)\s*】|(?:兑现(?:情况)?|实际(?:完成)?|完成(?:情况)?|实绩)\s*[：:])"
_DELIVERY = re.compile(rf"{_OPENING}{_DELIVERY_LABEL}", re.M)
# the year a promise names as its own (任务：2025年地区生产总值增长6%左右), not one it is compared
# with (比2023年增长5%, 较上年)
_OWN_YEAR = re.compile(r"(?<![比较])((?:19|20)\d{2})\s*年")
# a delivery's figure (完成23.1亿元, 增长5.3%), not a form's blank with its deadline (（每季度末5日前
# 报送）, 12月底)
_DELIVERED_FIGURE = re.compile(
    r"\d[\d.]*\s*(?:[%％‰万亿元人吨家个]|美元)|(?:增长|下降|完成|达到|实现)\s*[-−]?\d"
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
            pledge, delivery, end = spans[index]
            promised = found.value_start < delivery
            if promised and not _names_another_year(text, pledge, found, review):
                found = replace(found, year=review, kind=TARGET)
            elif not promised and found.value_start < end and found.kind == TARGET:
                found = replace(found, year=review, kind=metadata.results_kind)
        retagged.append(found)
    return retagged


def _names_another_year(text, pledge, found, review):
    """Whether the promise names a year other than the one reviewed before `found`'s figure."""
    years = list(_OWN_YEAR.finditer(text, pledge, found.value_start))  # (a promise's few)
    return bool(years) and int(years[-1][1]) != review


def _pledge_spans(text):
    """(promise's start, delivery's start, delivery's line end) of each promise a delivery with a
    figure follows (not a form's blank: 完成情况：（按季度填报）), before another promise."""
    pledges = [m.start() for m in _PLEDGE.finditer(text)]
    for index, start in enumerate(pledges):
        following = pledges[index + 1] if index + 1 < len(pledges) else len(text)
        delivery = _DELIVERY.search(text, start + 1, min(following, start + _REACH))
        if delivery is None:
            continue
        end = _delivery_end(text, delivery.end(), following)
        if _DELIVERED_FIGURE.search(text, delivery.end(), end):
            yield start, delivery.start(), end


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


# a delivery opening its sentence (…。完成情况：预计完成52.6亿元)
_DELIVERY_OPENS = re.compile(rf"{_NUMBERED}{_DELIVERY_LABEL}")
_LINE_REACH = 400  # how far back on its line the promise may stand


def series_of_its_pledge(text, start, end, mentions, catalogue):
    """`mentions` with one after the label opening text[start:end], a delivery naming no series
    before its first figure (完成情况：预计完成52.6亿元，增长7.4%), for the one series the promise
    before it on its line names (2．任务：一般公共预算收入增长7%。责任单位：区财政局。)."""
    opening = _DELIVERY_OPENS.match(text, start, end)
    if not (opening and names_no_series_first(text, opening.end(), end, mentions)):
        return mentions
    reach = max(0, start - _LINE_REACH)
    line_start = max(reach, text.rfind("\n", reach, start) + 1)
    pledges = list(_PLEDGE.finditer(text, line_start, start))  # (within the reach: bounded)
    if not pledges:
        return mentions
    pledge = pledges[-1]  # (the nearest the delivery)
    named = catalogue.mentions(text, pledge.end(), start, sentence_start=pledge.end())
    if len({m.name for m in named}) != 1:
        return mentions
    # (after its label: 完成情况：预计完成52.6亿元 reads on from 预计完成)
    return with_stand_in(mentions, opening.end(), named[0].name)
