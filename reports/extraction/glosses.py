"""Glosses written in brackets inside words read as spaces, as a footnote's mark does: a copy
that spells each character's pinyin after it (固定资产投(tou)资增(zeng)长(zhang)9.9%), and a
name's Latin initials inside it (环境空气质量（AQI）优良率, 研究与试验发展（R&D）投入). The words
go on past them, as they do past a line break. So does a table cell's English gloss after its
Chinese (地区生产总值增速 GDP growth) or before it, a bilingual sheet's English name before the
value's colon (地区生产总值 GDP：…) and a sum in a foreign unit after the value (RMB 515.475 billion)."""

import re

_PINYIN = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
_INITIALS = r"[A-Z][A-Z0-9.&]{1,5}"
_GLOSS = re.compile(
    rf"(?<=[\u4e00-\u9fff)])[(（]{_PINYIN}[)）]"
    rf"|(?<=[\u4e00-\u9fff])[(（]{_INITIALS}[)）](?=[\u4e00-\u9fff])"
    # or a table cell's English after its Chinese (地区生产总值增速 GDP growth, 单位 Unit, 2021年预计
    # Est.), up to the cell's end: the cell reads as its Chinese alone
    # (a space before it, not the tab between two cells: 指标⇥GDP keeps its cells)
    # (its unit in brackets too: 地区生产总值（亿元） GDP (100 million yuan) | 3278.5; bounded, each
    # bracket a start: linear); or before it, opening the cell (GDP (RMB 100m) 地区生产总值（亿元） |)
    r"|(?<=[\u4e00-\u9fff）)%]) +[A-Za-z][A-Za-z0-9&.,'()\- ]{0,60}[A-Za-z.)](?=[ \t]*(?:[\t|｜]|$))"
    # (a phrase of words and brackets, not a name nor a figure: R&D 经费支出, GDP 312.6 亿元)
    r"|(?:^(?=[^\n]*[\t|｜])|(?<=[\t|｜]))[ \t]*[A-Za-z][A-Za-z0-9&.,'\-]{0,20}"
    r"(?: +(?:\([^()\n]{0,20}\)|[A-Za-z][A-Za-z&.,'%\-]{0,20})){1,5}(?= +[\u4e00-\u9fff])"
    # or a bilingual sheet's English name after the Chinese one, before the value's colon
    # (● 地区生产总值 GDP：5154.75亿元, 社会消费品零售总额 Retail sales：…; not 2023年 GDP：, 全年 CPI：),
    # and its value in a foreign unit after the value (…亿元 RMB 515.475 billion（+5.2%）)
    r"|(?<=[\u4e00-\u9fff])(?P<named> +[A-Za-z][A-Za-z&.,'\- ]{0,60}?[A-Za-z.)])(?=[ \t]*[：:])"
    r"|(?<=[元%）)]) *(?:RMB|US\$|USD|CNY) ?[\d.,]+ ?(?:trillion|billion|million|bn|mn)?",
    re.M,
)
_NAME_BEFORE = 3  # Chinese characters a name has at least before its English one


def glosses_as_spaces(text):
    """`text` with each gloss inside a word read as spaces, of the same length."""

    def as_spaces(match):
        if match["named"] and not _after_a_name(text, match.start()):
            return match[0]
        return " " * len(match[0])

    return _GLOSS.sub(as_spaces, text)


def _after_a_name(text, position):
    """Whether a Chinese name, not a year's or a month's word, ends at `position`."""
    start = position
    while start > position - _NAME_BEFORE and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return position - start >= _NAME_BEFORE and text[position - 1] not in "年月"
