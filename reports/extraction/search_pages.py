"""A search engine's page of results copied as text (百度为您找到相关结果约2,430,000个, then the
results): each result is read as a document of its own, its title, its snippet opening on the
page's date and its address, so that a result's 今年 and its kind are its own page's. A result
titled with a place the search did not name (江河省2020年…统计公报 on a page searching 青禾市) or
the nation (中华人民共和国…统计公报) gives none of its figures."""

import re

from reports.extraction.places import OWN_PLACE

# the engine's count of its results, opening its line under the engine's name or button
# (百度为您找到相关结果约2,430,000个, 搜狗已为您找到约86,420条相关结果, 约有 186,000 项符合…的查询结果,
# 1-10 共 1,250,000 条), not a count in a sentence (…新登记经营主体共12,345个)
_RESULTS_FOUND = re.compile(
    r"^[^\n，。；]{0,40}?(?:找到(?:相关结果)?|约有|(?<![\u4e00-\u9fff])共)[ \t\u3000]*约?[ \t\u3000]*"
    r"\d{1,3}(?:,\d{3})+[ \t\u3000]*(?:个|条|项|篇)",
    re.M,
)
_ENGINE = re.compile(r"百度|搜狗|搜索|搜一下|Google|Bing|必应|360", re.I)
_HEAD = 1000  # how far into the page its count may be
# a result's address line (www.ganzhou.gov.cn/… - 百度快照, tjj.ks.gov.cn/tjgb/…, 缓存页), or its
# source's and date's (安吉发布　2022-1-12, 新华网 百家号 24-01-23, 2021年3月30日 - 初步核算…)
_RESULT_MARK = re.compile(
    r"(?:https?://|www\.|[a-z0-9-]+\.(?:gov\.cn|com|cn|net|org)/)|快照|缓存"
    r"|^[^\n，。]{0,24}?(?:(?:19|20)\d{2}|\d{2}(?=-\d{1,2}-\d{1,2}[ \t\u3000]*$))"
    r"(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)[ \t\u3000]*(?:$|-|\.{3}|…|·)",
    re.I | re.M,
)
_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n\s*")
_FEWEST_RESULTS = 3
_MOST_RESULTS = 100  # a page shows tens: more blocks are a long text's paragraphs
# the levels of a place's name, the least place last (重庆市江北区: 重庆, 江北)
_PLACE_LEVELS = re.compile(r"(?:自治)?[区州县]|省|市|旗|盟")
# the place a text speaks for in the first person (我市2023年经济运行…): the searched one's
_FIRST_PERSON = {"我", "本", "该", "全"}
# a title of the nation's (中华人民共和国2023年…统计公报, 国家统计局：…, 全国…), not one comparing
# the place with it (…居全国前列)
_THE_NATION = re.compile(r"[ \t\u3000]*(?:中华人民共和国|全国|国家统计局|国务院)")


def search_results(text):
    """(where each document of a search engine's page opens, its head first; the starts of the
    results of other places) when `text` is such a page, else None."""
    found = _RESULTS_FOUND.search(text, 0, _HEAD)
    if found is None or not _ENGINE.search(text, 0, found.start()):
        return None
    starts = [0, *(gap.end() for gap in _BLANK_LINES.finditer(text, found.end()))]
    starts = [start for start in starts if start < len(text)]
    if not _FEWEST_RESULTS < len(starts) <= _MOST_RESULTS + 1:
        return None
    blocks = list(zip(starts[1:], [*starts[2:], len(text)], strict=True))
    marked = sum(bool(_RESULT_MARK.search(text, start, end)) for start, end in blocks)
    if marked < max(_FEWEST_RESULTS, len(blocks) // 2):  # (most blocks results: no news page)
        return None
    head = text[: starts[1]]
    return starts, {start for start, end in blocks if _of_another_place(text, start, end, head)}


def _of_another_place(text, start, end, head):
    """Whether the result at start..end is titled with a place or the nation the page's head,
    where the search was typed, does not name."""
    line_end = text.find("\n", start, end)
    title = text[start : end if line_end < 0 else line_end]
    # (from the break before it: the title's first word may be the place's)
    named = OWN_PLACE.search(text, start - 1, start + len(title))
    # (the least place of its name in the head: 重庆市江北区 on a page searching 江北区, which
    # may be another city's district too, is not told apart)
    parts = [part for part in _PLACE_LEVELS.split(named["name"]) if part] if named else []
    if (named and named["name"] in _FIRST_PERSON) or (parts and parts[-1] in head):
        return False  # (我市…; 全国人大代表、青禾市市长…: the searched place's)
    if (nation := _THE_NATION.match(title)) and nation.group().strip() not in head:
        return True
    return bool(parts)
