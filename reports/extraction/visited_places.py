"""Figures of the places a study trip visited (关于赴厦门市思明区学习考察…的报告, 宁夏党政代表团
赴浙江、上海学习考察报告): a sentence naming a place visited states that place's figures up to a
word of the home place's own voice (我区, 本市, 我们), not the home place's."""

import re

from reports.extraction.candidates import PROSE
from reports.extraction.places import PROVINCES, head_lines
from reports.extraction.sentences import start_after_last

# the places a trip went to, as its title or its opening says them (赴浙江、上海学习考察, 赴厦门市
# 思明区开展学习考察, 赴浙江省长兴县、江苏省沭阳县进行了为期5天的学习考察)
_TRIP = re.compile(
    r"(?:赴|前往)(?P<places>[\u4e00-\u9fff]{2,12}?(?:[、和及与][\u4e00-\u9fff]{2,12}?)*)"
    r"(?:等[地省市县区])?(?:进行了?|开展了?)?(?:为期[\d一二三四五六七八九十]+天的?)?"
    r"(?:学习|考察|调研|对接|交流)"
)
_PARTS = re.compile(r"[、和及与]")
_LEVELLED = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|省|市|区|县|州|旗|盟)")
_LEVEL = re.compile(r"(?:自治区|自治州|省|市|区|县|州|旗|盟)$")
_OWN_VOICE = r"我[省市区县州旗盟]|本[省市区县州旗盟]|我们"
_STOPS = ("。", "！", "？", "\n")
_SENTENCE_REACH = 200  # how far back a sentence's subject may stand
_OPENING = 600  # how far into the body the trip may be told


def _names(part):
    """The names a place visited is called by (江苏省南通市: 南通; 浙江长兴: 长兴; 厦门市思明区: 厦门,
    思明; 浙江: 浙江): a province before a place inside it is left out."""
    pieces = [_LEVEL.sub("", m.group()) for m in _LEVELLED.finditer(part)]
    rest = part[sum(len(m.group()) for m in _LEVELLED.finditer(part)) :] if pieces else part
    for province in PROVINCES:
        if not pieces and rest.startswith(province) and len(rest) - len(province) >= 2:
            pieces, rest = [province], rest[len(province) :]
    pieces += [rest] if len(rest) >= 2 else []
    inner = pieces[1:] if len(pieces) > 1 and pieces[0] in PROVINCES else pieces
    return [name for name in inner if len(name) >= 2]


def _visited(title, head):
    """The names of the places the trip a text's `title` tells of went to, as the title or its
    opening `head` name them."""
    if not _TRIP.search(title):  # (a report telling of a trip in passing is none's report)
        return []
    trips = [*_TRIP.finditer(title), *_TRIP.finditer(head, 0, _OPENING)]
    parts = [part for trip in trips for part in _PARTS.split(trip["places"])]
    return sorted({name for part in parts for name in _names(part)}, key=len, reverse=True)


def visited_places_dropped(text, title, candidates):
    """`candidates` but the prose figures of sentences whose last place named before the figure
    is one the trip of the text's `title` (or its head lines, where none was found) visited."""
    names = _visited(title or head_lines(text), text[:_OPENING])
    if not names:
        return candidates
    marks = re.compile("|".join([_OWN_VOICE, *map(re.escape, names)]))

    def of_a_visited_place(candidate):
        start = start_after_last(text, candidate.value_start, _STOPS, _SENTENCE_REACH)
        said = list(marks.finditer(text, start, candidate.value_start))
        return bool(said) and not re.fullmatch(_OWN_VOICE, said[-1].group())

    return [c for c in candidates if c.source != PROSE or not of_a_visited_place(c)]
