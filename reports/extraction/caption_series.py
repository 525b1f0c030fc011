"""The one series a table's caption names (表　2017—2021年温江区一般公共预算收入, 表：2000—2005年
某县农民人均纯收入, 表　2010—2012年海口市第三产业发展情况), over a header that names its measures
(收入（亿元） | 增速（%）; 增加值（亿元） | 增长（%）) or the groups it is counted for (全体居民 |
增速 | 城镇居民 | 增速 | 农村居民 | 增速): each column's series is the caption's, its cell joined
to the caption's name where the two overlap (一般公共预算收入 + 收入: 一般公共预算收入; 城镇居民 +
居民人均可支配收入: 城镇居民人均可支配收入) or run on (第三产业 + 增加值)."""

import re

from reports.extraction.row_names import resolved_row, row_name

_NUMBER = re.compile(r"\s*附?表\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?!\d))?\s*[：:.、．]?\s*")
# the years it spans (2017—2021年, 2010年以来) and what it says of the series after its name
_YEARS = re.compile(r"(?:19|20)\d{2}\s*(?:[—\-－~～至到]\s*(?:19|20)\d{2}\s*)?年(?:以来|度)?")
_TAIL = re.compile(r"(?:[（(][^（）()]{1,8}[)）]|(?:发展|生产|运行|变化|增长)?(?:情况|状况))+$")
# the place the caption names before the series (温江区, 海口市, 全县): a name of two characters
# or more before its level, not a word that ends on one (市场, 县域, 地区, 社区: a series' own)
_PLACE = re.compile(
    r"(?:[全本我]|[\u4e00-\u9fff]{2,8}?)[省市县区旗州盟](?![场域])(?=[\u4e00-\u9fff]{2})"
)
_LONGEST_CAPTION = 40


def caption_series(caption, catalogue):
    """The name a table's caption gives its one series, as written without its number, years,
    place and 情况, when it names nothing else (a name the catalogue resolves, or that a cell's
    measure completes: 粮食 of 粮食生产情况); else ''."""
    text = caption.strip()
    if len(text) > _LONGEST_CAPTION or not text:
        return ""
    text = _NUMBER.sub("", text, 1)
    years = _YEARS.match(text)
    if years is None:
        return ""  # (a caption of the years a series is given for: not a heading of its own)
    text = _TAIL.sub("", text[years.end() :].strip())
    place = _PLACE.match(text)
    bare = text[place.end() :] if place else text
    for name in (bare, text):  # (全市居民人均可支配收入: the series, its groups joined to it)
        if name and resolved_row(catalogue, row_name(name)[2], None):
            return name
    return bare if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", bare or "") else ""


def joined_name(series, cell):
    """The names a header `cell` under a caption's `series` may stand for, likeliest first: the
    series and the cell where one's end is the other's start (一般公共预算收入 + 收入（亿元）,
    城镇居民 + 居民人均可支配收入), or the one run on to the other."""
    cell = cell.strip()
    return [_overlapped(series, cell), _overlapped(cell, series), series + cell]


def _overlapped(first, second):
    """`first` and `second` joined over the longest end of `first` that `second` opens with, or
    ''."""
    for size in range(min(len(first), len(second)), 1, -1):
        if second.startswith(first[-size:]):
            return first + second[size:]
    return ""
