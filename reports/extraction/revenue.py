"""公共财政收入 and 财政收入 without 地方: the total budget revenue in a report that names the local
one with 地方 before the same words (公共财政收入 14.5 亿元，增长 10%；地方公共财政收入 8.06 亿元).
Elsewhere the bare words are left unread: some reports mean the local revenue by them, a
national report the country's revenue."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import Spans
from reports.extraction.values import spaced

TOTAL = "一般公共预算总收入"
BARE = ("公共财政收入", "财政收入")


def total_revenue_pattern(text, catalogue):
    """The bare wordings that name the total revenue in `text`, as one pattern, or None."""
    if TOTAL not in catalogue:
        return None
    words = [word for word in BARE if re.search(r"地方\s*" + spaced(word), text)]
    return re.compile("|".join(spaced(word) for word in words)) if words else None


def total_revenue_mentions(text, start, end, pattern, mentions, catalogue):
    """`mentions` with the bare wordings of text[start:end] that no other mention covers."""
    if pattern is None:
        return mentions
    named = Spans((m.start, m.end) for m in mentions)
    found = [
        Mention(match.start(), match.end(), TOTAL)
        for match in pattern.finditer(text, start, end)
        if not named.overlap(match.start(), match.end())
        and catalogue.bounded(text, match.start(), start)
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
