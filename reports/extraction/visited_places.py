"""Figures of the places a study trip visited (关于赴厦门市思明区学习考察…的报告, 宁夏党政代表团
赴浙江、上海学习考察报告): a sentence whose subject is a place visited states that place's figures,
up to a word of the home place's own voice (我区, 本市, 我们), not the home place's. A place named as
what is learnt from or compared with (学习湖州经验，…; 比照昆山和江阴，…) is no subject."""

import re

from reports.extraction.candidates import PROSE
from reports.extraction.places import PROVINCES, head_lines
from reports.extraction.sentences import start_after_last
from reports.extraction.trip_dates import OPENING, TRIP

_PARTS = re.compile(r"[、和及与]")
_PIECE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|省|市|区|县|旗|盟|$)")
_LEVEL = re.compile(r"(?:自治区|自治州|省|市|区|县|旗|盟)$")  # (not 州: 湖州, 徐州)
# words of a kind of place or of a body, no place's name (先进地区, 有关省市, 省发改委, 长三角地区)
_NO_NAME = re.compile(r"有关|先进|发达|兄弟|周边|沿海|外地|各地|省市|地区|对标|[委局厅办部]$")
_OWN_VOICE = r"我[省市区县州旗盟]|本[省市区县州旗盟]|我们"
_STOPS = ("。", "！", "？", "\n")
_CLAUSE_STOPS = (*_STOPS, "，", ",", "；", ";", "：", ":")
# what may stand between a clause's start and its subject: a year, a heading's number, 其中 or 在,
# a province, the city a county is in (湖州市长兴县)
_BEFORE_SUBJECT = re.compile(
    r"[\s（()）一二三四五六七八九十、.．\d]*(?:(?:19|20)\d{2}\s*年)?[\s，,]*(?:其中|在|而|近年来)?"
    rf"(?:{'|'.join(PROVINCES)})?省?(?:[\u4e00-\u9fff]{{2,4}}?[市州])?"
)
# the place visited last named, as the subject of a clause after it (该县2022年实现…, 当地…)
_THAT_PLACE = r"该[省市区县州旗]|当地"
_SENTENCE_REACH = 200  # how far back a sentence's subject may stand
_CLAUSE_REACH = 40


def _names(part):
    """The names a place visited is called by (江苏省南通市: 南通; 浙江长兴县: 长兴; 厦门市思明区: 厦门,
    思明; 浙江: 浙江): a province before a place inside it is left out."""
    pieces = [_LEVEL.sub("", piece.group()) for piece in _PIECE.finditer(part)]
    names = [_without_province(piece) for piece in pieces]
    if len(names) > 1 and names[0] in PROVINCES:
        names = names[1:]
    return [name for name in names if len(name) >= 2 and not _NO_NAME.search(name)]


def _without_province(name):
    """`name` without a province's short name opening it (浙江长兴: 长兴), if more is left."""
    province = next((p for p in PROVINCES if name.startswith(p) and len(name) > len(p) + 1), "")
    return name[len(province) :]


def _visited(title, head):
    """The names of the places the study trip a text's `title` tells of went to, as the title or
    its opening `head` name them; none for a text on no such trip."""
    if not TRIP.search(title):  # (a report telling of a trip in passing is none's report)
        return []
    trips = [*TRIP.finditer(title), *TRIP.finditer(head, 0, OPENING)]
    parts = [part for trip in trips for part in _PARTS.split(trip["places"])]
    return sorted({name for part in parts for name in _names(part)}, key=len, reverse=True)


def visited_places_dropped(text, title, candidates):
    """`candidates` but the prose figures of sentences whose last subject named before the figure
    is a place the study trip of the text's `title` (or its head lines, where none was found)
    visited."""
    names = _visited(title or head_lines(text), text[:OPENING])
    if not names:
        return candidates
    named = re.compile("|".join(map(re.escape, names)))
    marks = re.compile("|".join([_OWN_VOICE, _THAT_PLACE, named.pattern]))

    def of_a_visited_place(candidate):
        start = start_after_last(text, candidate.value_start, _STOPS, _SENTENCE_REACH)
        said = [m for m in marks.finditer(text, start, candidate.value_start) if _subject(m)]
        if not said or re.fullmatch(_OWN_VOICE, said[-1].group()):
            return False
        # (该县, 当地: the place visited only after one named in the sentence)
        return not re.fullmatch(_THAT_PLACE, said[-1].group()) or bool(
            named.search(text, start, said[-1].start())
        )

    return [c for c in candidates if c.source != PROSE or not of_a_visited_place(c)]


def _subject(mark):
    """Whether a place's name, 该县 or the home's voice (我县) `mark` is its clause's subject: only
    a year, a heading's number, 其中 or 在, a province or a city before it in the clause."""
    text = mark.string
    opening = start_after_last(text, mark.start(), _CLAUSE_STOPS, _CLAUSE_REACH)
    return bool(_BEFORE_SUBJECT.fullmatch(text, opening, mark.start()))
