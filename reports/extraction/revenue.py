"""公共财政收入 and 财政收入 without 地方: the total budget revenue in a report that names the local
one with 地方 (公共财政收入 14.5 亿元，增长 10%；地方公共财政收入 8.06 亿元; 财政收入 38.74 亿元，
其中地方级收入 26.5 亿元). In a report naming no local revenue, 财政收入 alone is the total too (a
province's 财政收入 1326 亿元, a county's 财政收入（不含基金）, the country's 全国财政收入: the totals
as published); 公共财政收入 alone is the local revenue, under its name of 2011–2014."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import Spans
from reports.extraction.values import spaced

TOTAL = "一般公共预算总收入"
BARE = ("公共财政收入", "财政收入")
ALONE = "财政收入"
# the local revenue in any of its names with 地方: 地方公共财政收入, 地方级收入, 地方一般公共预算收入
_LOCAL = re.compile(
    r"地\s*方\s*(?:级\s*)?(?:一\s*般\s*公\s*共\s*预\s*算|公\s*共\s*财\s*政(?:\s*预\s*算)?"
    r"|财\s*政(?:\s*一\s*般\s*预\s*算)?|一\s*般\s*预\s*算)?\s*收\s*入"
)


def total_revenue_pattern(text, catalogue):
    """The bare wordings that name the total revenue in `text`, as one pattern, or None."""
    if TOTAL not in catalogue:
        return None
    if not _LOCAL.search(text):
        # 财政收入 alone, in a report naming no local revenue, is all the revenue raised
        return re.compile(spaced(ALONE))
    return re.compile("|".join(spaced(word) for word in BARE))


def total_revenue_mentions(text, start, end, pattern, mentions, catalogue):
    """`mentions` with the bare wordings of text[start:end] that no other mention covers."""
    if pattern is None:
        return mentions
    # the catalogue reads a bare wording as the local revenue; here it is the total
    mentions = [m for m in mentions if not pattern.fullmatch(text, m.start, m.end)]
    named = Spans((m.start, m.end) for m in mentions)
    found = [
        Mention(match.start(), match.end(), TOTAL)
        for match in pattern.finditer(text, start, end)
        if not named.overlap(match.start(), match.end())
        and catalogue.bounded(text, match.start(), start)
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
