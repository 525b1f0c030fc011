"""公共财政收入 and 财政收入 without 地方: the total budget revenue in a report that names the local
one with 地方 (公共财政收入 14.5 亿元，增长 10%；地方公共财政收入 8.06 亿元; 财政收入 38.74 亿元，
其中地方级收入 26.5 亿元). In a report naming no local revenue, 财政收入 alone is the total too (a
province's 财政收入 1326 亿元, a county's 财政收入（不含基金）, the country's 全国财政收入: the totals
as published); 公共财政收入 alone is the local revenue, under its name of 2011–2014. One with its own
level named before it (区本级财政收入, 县级财政收入) is the local revenue."""

import itertools
import re
from dataclasses import replace

from reports.extraction.lexicon import Mention, squeeze
from reports.extraction.scanning import Spans
from reports.extraction.worded_values import spaced

TOTAL = "一般公共预算总收入"
LOCAL = "地方一般公共预算收入"
BARE = ("公共财政收入", "财政收入")
ALONE = "财政收入"
# the local revenue in any of its names with 地方: 地方公共财政收入, 地方级收入, 地方一般公共预算收入
_LOCAL = re.compile(
    r"地\s*方\s*(?:级\s*)?(?:一\s*般\s*公\s*共\s*预\s*算|公\s*共\s*财\s*政(?:\s*预\s*算)?"
    r"|财\s*政(?:\s*一\s*般\s*预\s*算)?|一\s*般\s*预\s*算)?\s*收\s*入"
)

# a revenue's level named in its wording: 地方, 区级, 县级, 本级
_LEVEL = re.compile(r"地\s*方|级")
# the local part after a revenue, in the same clause: …，其中区级一般公共预算收入 (a district of a
# municipality keeps 区级 apart from the city's share); 其中市级 of a city is a narrower level
_PART_OF_LEVEL = re.compile(r"[^。；;]*?其\s*中\s*[，,：:]?\s*(?:地\s*方|区\s*级)")


# a bare revenue's level named right before it: 区本级, 县本级, 区级, 县级
_OWN_LEVEL = re.compile(r"(?:本|[区县])\s*级\s*$")

# …一般公共预算收入 168.41 亿元，增长 1.63%；地方一般公共预算收入 107.76 亿元: the local revenue named
# with 地方 right after, in the next clause of the list, makes the bare one before the total
_LOCAL_NEXT = re.compile(r"[^。；;]*?[，,；;]\s*")
# a local revenue's part named right after 其中 (地方财政收入完成 17.7 亿元…，其中，一般预算收入完成
# 11.6 亿元): the local revenue holds no local revenue, so the whole is the total raised
_PART_NAMED = re.compile(r"[^。；;]*?其\s*中\s*[，,：:]?\s*")


def total_revenue_pattern(text, catalogue):
    """The bare wordings that name the total revenue in `text`, as one pattern, or None."""
    if TOTAL not in catalogue:
        return None
    if not _LOCAL.search(text):
        # 财政收入 alone, in a report naming no local revenue, is all the revenue raised
        return re.compile(spaced(ALONE))
    return re.compile("|".join(spaced(word) for word in BARE))


def _own_level(text, position):
    return bool(_OWN_LEVEL.search(text, max(0, position - 6), position))


def total_named_alone(name, catalogue):
    """The total revenue for a cell named 财政收入 alone (a table's row), as prose reads it; or
    None."""
    return TOTAL if squeeze(name) == ALONE and TOTAL in catalogue else None


def total_revenue_mentions(text, start, end, pattern, mentions, catalogue):
    """`mentions` with the bare wordings of text[start:end] that no other mention covers, and
    each revenue with its own level's part after it read as the total."""
    if pattern is not None:
        # the catalogue reads a bare wording as the local revenue; here it is the total, unless
        # its level is named before it (区本级财政收入: the district's own, the local revenue)
        mentions = [m for m in mentions if not pattern.fullmatch(text, m.start, m.end)]
        named = Spans((m.start, m.end) for m in mentions)
        found = [
            Mention(match.start(), match.end(), LOCAL if _own_level(text, match.start()) else TOTAL)
            for match in pattern.finditer(text, start, end)
            if not named.overlap(match.start(), match.end())
            and catalogue.bounded(text, match.start(), start)
        ]
        mentions = sorted(mentions + found, key=lambda m: m.start) if found else mentions
    return _totals_over_their_part(text, mentions)


def _totals_over_their_part(text, mentions):
    """一般公共预算收入 583.1 亿元，其中区级一般公共预算收入 210.1 亿元: a revenue named without
    its level, its own level's part after it (其中区级, 其中地方), is the total raised."""
    read = list(mentions)
    for index, (whole, part) in enumerate(itertools.pairwise(mentions)):
        if whole.name == part.name == LOCAL and _holds_its_part(text, whole, part):
            read[index] = replace(whole, name=TOTAL)
    return read


def _holds_its_part(text, whole, part):
    """Whether the local revenue `part` is named as a part of the local revenue `whole`."""
    if _PART_NAMED.fullmatch(text, whole.end, part.start):
        return True
    return not _LEVEL.search(text, whole.start, whole.end) and bool(
        _PART_OF_LEVEL.match(text, whole.end, part.end)
        or (
            _LOCAL_NEXT.fullmatch(text, whole.end, part.start)
            and _LEVEL.match(text, part.start, part.end)
        )
    )
