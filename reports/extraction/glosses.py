"""Glosses written in brackets inside words read as spaces, as a footnote's mark does: a copy
that spells each character's pinyin after it (固定资产投(tou)资增(zeng)长(zhang)9.9%), and a
name's Latin initials inside it (环境空气质量（AQI）优良率, 研究与试验发展（R&D）投入). The words
go on past them, as they do past a line break."""

import re

_PINYIN = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
_INITIALS = r"[A-Z][A-Z0-9.&]{1,5}"
_GLOSS = re.compile(
    rf"(?<=[\u4e00-\u9fff)])[(（]{_PINYIN}[)）]"
    rf"|(?<=[\u4e00-\u9fff])[(（]{_INITIALS}[)）](?=[\u4e00-\u9fff])"
)


def glosses_as_spaces(text):
    """`text` with each gloss inside a word read as spaces, of the same length."""
    return _GLOSS.sub(lambda match: " " * len(match[0]), text)
