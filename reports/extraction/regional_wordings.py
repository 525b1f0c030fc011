"""The wordings of Hong Kong's, Macau's and Taiwan's papers read as the mainland's, in a copy
written in traditional characters: 按年增长 (同比增长), 按年升/跌 (同比增/降), Taiwan's 年增 and 年减
before a figure (增长, 下降) and 成长 (增长), 本地生产总值 for a province's GDP (地区生产总值) and
空气品质 (空气质量). Each is as long as what it replaces, so offsets and quotes stay as written."""

import re

# characters simplification changed, at least, for a copy to be in traditional characters (a
# simplified text's stray 乾 or 著 is none)
_TRADITIONAL_LEAST = 12
_WORDINGS = (
    (re.compile(r"按年(?=[升跌])"), "同比"),
    (re.compile(r"(?<=同比)升(?=\s*(?:逾|约|近)?\s*\d)"), "增"),
    (re.compile(r"(?<=同比)跌(?=\s*(?:逾|约|近)?\s*\d)"), "降"),
    (re.compile(r"按年"), "同比"),
    # (not a span's: 比上年增, 每年增, 全年增)
    (re.compile(r"(?<![上去前当今明每全本该同近])年增(?=\s*(?:逾|约|近)?\s*[\d百千])"), "增长"),
    (re.compile(r"(?<![上去前当今明每全本该同近])年减(?=\s*(?:逾|约|近)?\s*[\d百千])"), "下降"),
    (re.compile(r"成长(?!型)"), "增长"),
    (re.compile(r"本地生产总值"), "地区生产总值"),
    (re.compile(r"空气品质"), "空气质量"),
)


def regional_as_mainland(written, simplified):
    """`simplified`, the simplified reading of `written`, with the regional wordings of a copy in
    traditional characters read as the mainland's; as it is for a copy in simplified ones."""
    changed = sum(a != b for a, b in zip(written, simplified, strict=True))
    if changed < _TRADITIONAL_LEAST:
        return simplified
    for pattern, mainland in _WORDINGS:
        simplified = pattern.sub(mainland, simplified)
    return simplified
