"""The wordings of Hong Kong's, Macau's and Taiwan's papers read as the mainland's, in a copy
written in traditional characters: 按年增长 (同比增长), 按年升/跌 (同比增/降), Taiwan's 年增, 年增率,
年减 and 衰退 before a figure (增长, 增长率, 下降) and 成长 (增长), 本地生产总值 for a province's GDP
(地区生产总值) and 空气品质 (空气质量); a sum's currency before it (人民币2,720亿元) as spaces.
Each is as long as what it replaces, so offsets and quotes stay as written."""

import re

# characters simplification changed, at least, for a copy to be in traditional characters (a
# simplified text's stray 乾 or 著 is none), and their share of its Chinese characters (not a
# simplified report quoting a traditional sentence)
_TRADITIONAL_LEAST, _TRADITIONAL_SHARE = 12, 0.15
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# a year's change said so, not a part of the year's nor a span's (上半年增, 2023年增, 比上年增,
# 每年增, 近三年增)
_NO_PART_NOR_COUNT = r"(?<![上下半去前当今明每全本该同近\d两二三四五六七八九十几多])"
_FIGURE_AFTER = r"(?=\s*(?:逾|约|近)?\s*[\d百千])"
_WORDINGS = (
    (re.compile(r"按年"), "同比"),
    (re.compile(rf"(?<=同比)升{_FIGURE_AFTER}"), "增"),
    (re.compile(rf"(?<=同比)跌{_FIGURE_AFTER}"), "降"),
    (re.compile(rf"{_NO_PART_NOR_COUNT}年增率{_FIGURE_AFTER}"), "增长率"),
    (re.compile(rf"{_NO_PART_NOR_COUNT}年增{_FIGURE_AFTER}"), "增长"),
    (re.compile(rf"{_NO_PART_NOR_COUNT}年减{_FIGURE_AFTER}"), "下降"),
    (re.compile(rf"衰退{_FIGURE_AFTER}"), "下降"),
    (re.compile(r"成长(?!型)"), "增长"),
    (re.compile(r"本地生产总值"), "地区生产总值"),
    (re.compile(r"空气品质"), "空气质量"),
    # a sum's currency named before it (预计达人民币2,720亿元)
    (re.compile(r"人民币(?=\s*(?:约|逾)?\s*\d)"), "   "),
)


def regional_as_mainland(written, simplified):
    """`simplified`, the simplified reading of `written`, with the regional wordings of a copy in
    traditional characters read as the mainland's; as it is for a copy in simplified ones."""
    changed = sum(a != b for a, b in zip(written, simplified, strict=True))
    chinese = len(_CHINESE.findall(simplified))
    if changed < max(_TRADITIONAL_LEAST, _TRADITIONAL_SHARE * chinese):
        return simplified
    for pattern, mainland in _WORDINGS:
        simplified = pattern.sub(mainland, simplified)
    return simplified
