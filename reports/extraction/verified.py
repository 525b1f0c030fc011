"""Results stated as the statistics' final count (根据县统计局最终核实的数据，2009年全县完成生产总值
152.7亿元…; 一般公共预算收入最终确认为38.2亿元; a statistical communiqué's): final, however early in
the year they are given, and so are the results after them in the paragraph, or in the paragraphs
after a line announcing them (根据年报审定数据，…主要情况如下：), until an estimate (预计, 初步) takes
over."""

import re
from dataclasses import replace

from reports.extraction.sections import EXPECTED, FINAL
from reports.extraction.sentences import start_after_last

_VERIFIED = re.compile(
    r"最终(?:核实|确认|核定|审定)|(?<!初步)核实(?:数|为)|统计年报"
    # (not the count still awaited: 初步统计数据（年报数据待国家统计局审定）)
    r"|年报(?:审定|核定)?(?:数据?)?(?![数据])(?!\s*(?:待|尚未|未经))"
)
# …or the statistical communiqué cited as the figures' source (根据《2022年顺庆区国民经济和社会发展
# 统计公报》，…; 统计局发布了2008年…统计公报。对照公报数据，…; 公报还显示): of the year it names, if it
# names one; not one the figures await (最终数据以统计公报为准, 将在年度统计公报中发布), nor a plenum's
# (全会公报显示)
_COMMUNIQUE = re.compile(
    r"(?:(?:根据|(?<![数证占单])据|依据|按照|对照|对比|引用|发布了?)\s*(?![以将在为])《?"
    r"[^《》。，,；;\n]{0,40}?统计公报》?"
    r"|(?<!会)公报(?:数据)?(?:还|也)?显示|(?:对照|根据|(?<![数证占单])据)\s*公报数据)"
)
_NAMED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# a line announcing the final count's results below it (根据年报审定数据，…主要情况如下：), or a
# caption naming the communiqué they come from (主要经济指标（大连市2010年统计公报）)
_ANNOUNCED = re.compile(
    rf"(?:{_VERIFIED.pattern}|{_COMMUNIQUE.pattern})[^\n。]*[：:][ \t]*$"
    r"|[（(][^（）()\n]{0,30}?统计公报[)）][ \t]*$",
    re.M,
)
_ESTIMATED = re.compile(r"预计|初步|快报|估计")
_REACH = 600  # how far back in its paragraph the words may stand
# …or a line saying the figures below come from a year's communiqué (以下数据主要来自《2015年海南省
# 国民经济和社会发展统计公报》; 下面是根据《洛阳市2010年…统计公报》整理的…): that year's results
# in the text after it, but those an estimate word of their paragraph qualifies
_YEARS_COMMUNIQUE = re.compile(r"《[^《》\n]{0,30}?((?:19|20)\d{2})\s*年[^《》\n]{0,30}?统计公报》")
# …or saying the figures below are the final count, of whatever year (以下内容…整理，数据均为最终
# 公布数; 以下数据…属于正式统计数据)
_FINAL_SAID = re.compile(r"(?:均为|均系|属于|都是)(?:最终|正式)(?:公布|统计|核实|发布)?(?:数据|数)")
# (a sentence ending on a colon announces what follows: …2023年的数据（来源：《…统计公报》），供您参考：)
_BELOW = re.compile(r"以下|如下|下面|[：:]\s*$")
# the communiqué named as what the figures come from, not as what they await or differ from
# (以下数据如与《…统计公报》不一致，以统计公报为准; 《…公报》将于三月发布，下面…)
_FROM = re.compile(r"来自|来源|根据|依据|引自|整理自|综合自|摘自|基于|(?<![数证占单])据")
_NOT_FROM = re.compile(r"为准|不一致|将于|尚未|待|发布后")
_ANOTHER_PLACES = re.compile(r"中华人民共和国|全国")
# …or a news lead reporting the release of a year's communiqué, the text's subject (市统计局今天发布
# 「2020年上海市国民经济和社会发展统计公报」; not one still to come: 将于3月发布…, nor the nation's)
_RELEASED = re.compile(
    rf"(?:发布|公布)了?\s*[《「“\"]?(?![^《》「」。，,；;\n]{{0,12}}?(?:{_ANOTHER_PLACES.pattern}))"
    r"[^《》「」。，,；;\n]{0,12}?((?:19|20)\d{2})\s*年[^《》「」。，,；;\n]{0,30}?统计公报"
)
_LEAD = 400  # characters of the text's head a news lead takes
# …or the communiqué's own title, on a line of its own (某某市2018年国民经济和社会发展统计公报), maybe
# a part's number after it (（二）) or the site a search result names (_宜春统计信息网, - 赣州市统计局)
_OWN_TITLE = re.compile(  # (matched whole against a line)
    rf"[ \t\u3000]*(?![^\n]{{0,12}}?(?:{_ANOTHER_PLACES.pattern}))[^\n，。；;]{{0,16}}?"
    r"((?:19|20)\d{2})\s*年[^\n，。；;]{0,24}?统计公报[ \t\u3000]*"
    r"(?:[（(][一二三四五六七八九十\d]{1,2}[)）])?(?:[ \t\u3000]*[-_|｜][ \t\u3000]*[^\n，。；;\d]{2,16})?"
)
# a release still to come (将于3月下旬发布, 定于…发布, 尚未发布), in its clause before the verb
_TO_COME = re.compile(r"将|拟|待|定于|尚未|还未|即将|计划于")
_TO_COME_REACH = 16
_SENTENCE_REACH = 120  # how far either side of the communiqué's name its sentence is read
_SOURCE_REACH = 8000  # how far on from its line a source said so holds


def verified_as_final(text, candidates):
    """`candidates` with the results a final count states made final."""
    said = (*_YEARS_COMMUNIQUE.finditer(text), *_FINAL_SAID.finditer(text))
    sources = [source for words in said if (source := _source(text, words))]
    # (a release in the lead stands for the whole text, as far as a source said so holds)
    sources += [(0, int(lead[1])) for lead in _RELEASED.finditer(text, 0, _LEAD) if _done(lead)]
    # (and a communiqué's own title for all of it, its 初步核算 the statistics' final word)
    titled = _own_title_years(text)
    return [
        replace(c, kind=FINAL)
        if c.kind == EXPECTED
        and (c.year in titled or _verified(text, c) or _sourced(text, c, sources))
        else c
        for c in candidates
    ]


_TITLE_LINES = 2  # the text's first lines: its title, or a paper's masthead over it


def _own_title_years(text):
    """The year of the communiqué the text is, its title one of its first lines (not a line of
    a list of documents, 相关文件：⏎…统计公报); else none."""
    lines = [line for line in text[:_LEAD].split("\n") if line.strip()][:_TITLE_LINES]
    if len(lines) > 1 and (_TO_COME.search(lines[0]) or lines[0].rstrip().endswith(("：", ":"))):
        lines = lines[:1]  # (…将于3月下旬对外发布⏎…统计公报: a release to come, named)
    return {int(title[1]) for line in lines if (title := _OWN_TITLE.fullmatch(line))}


def _done(release):
    """Whether a communiqué's release is told as done, not as still to come in its clause."""
    text = release.string
    opening = start_after_last(text, release.start(), ("，", ",", "。", "\n"), _TO_COME_REACH)
    return not _TO_COME.search(text, opening, release.start())


def _source(text, words):
    """(where its sentence ends, the year or None for any) of a communiqué's name or words of the
    final count (`words`) in a sentence saying the figures below come from it, with no estimate
    word; else None."""
    opening = start_after_last(text, words.start(), ("。", "\n"), _SENTENCE_REACH)
    end = min(len(text), words.end() + _SENTENCE_REACH)
    closing = min(
        (i for i in (text.find(stop, words.end(), end) for stop in "。\n") if i >= 0), default=end
    )
    sentence = text[opening:closing]
    if not _BELOW.search(sentence) or _ESTIMATED.search(sentence):
        return None
    if words.groups():  # (a communiqué's name: the figures' source, and the place's own)
        if not _FROM.search(sentence) or _NOT_FROM.search(sentence):
            return None
        if _ANOTHER_PLACES.search(words.group()):
            return None
    return closing, int(words[1]) if words.groups() else None


def _sourced(text, candidate, sources):
    """Whether a line before the candidate names its year's communiqué, or the final count, as
    the source of the figures below it (`sources`: (where each line ends, its year or None)), and
    no estimate word of the candidate's paragraph qualifies it."""
    position = candidate.value_start
    if not any(
        year in (candidate.year, None) and end <= position < end + _SOURCE_REACH
        for end, year in sources
    ):
        return False
    opening = start_after_last(text, position, ("\n",), _REACH)
    return not _ESTIMATED.search(text, opening, position)


def _verified(text, candidate):
    """Whether a final count or a communiqué of the candidate's year, in its paragraph before it
    or in a line announcing the paragraphs after it, states the candidate, no estimate between."""
    position = candidate.value_start
    opening = start_after_last(text, position, ("\n",), _REACH)
    counts = [
        *_VERIFIED.finditer(text, opening, position),
        *_COMMUNIQUE.finditer(text, opening, position),
    ]
    if not counts:  # (or in the line announcing the paragraphs after it)
        counts = list(_ANNOUNCED.finditer(text, max(0, position - _REACH), opening))
    counts = [count for count in counts if _of_the_year(count, candidate.year)]
    last = max((count.end() for count in counts), default=None)
    return last is not None and not _ESTIMATED.search(text, last, position)


# a count's clause, which may name the year it counts before it
_CLAUSE_STOPS = ("。", "；", ";", "，", ",", "\n")
_CLAUSE_REACH = 60


def _of_the_year(count, year):
    """Whether the count or communiqué `count` states figures of `year`: the year it names, or
    its clause names before it (2017年全镇地区生产总值经统计部门最终核定为62.51亿元。全年完成…:
    2017's count, not the year's after it; not a date: 2018年2月，…发布的统计公报显示：2017年…)."""
    text = count.string
    opening = start_after_last(text, count.start(), _CLAUSE_STOPS, _CLAUSE_REACH)
    named = _NAMED_YEAR.search(count.group()) or _last_year(text, opening, count.start())
    return named is None or int(named[1]) == year


def _last_year(text, start, end):
    """The match of the last year text[start:end] names, or None."""
    *_, last = [None, *_NAMED_YEAR.finditer(text, start, end)]
    return last
