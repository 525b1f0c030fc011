"""A numbered or bulleted item headed by a series' name alone (1．地区生产总值。年度目标为增长9%。
上半年…; （三）固定资产投资：…; ——全社会固定资产投资。年初计划增长30%，预计完成…): a sentence of
the item that names no series is of the one its heading names, its words before the value
(年度目标为增长) standing in for the name."""

import re

from reports.extraction.lexicon import Mention

# the item's number, the name alone, a full stop or a colon after it
_ITEM_HEADING = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}\s*[．.、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    r"|—{1,2}|[-●•·■◆◇○★☆▶►])"
    r"[ \t\u3000]*(?P<name>[^，,。；;：:\d\n]{2,20}?)[ \t\u3000]*[。：:]"
)
_DIGIT = re.compile(r"\d")
# the heading's words besides the name: the whole place before it, a growth's measure after it
# (1．全省生产总值增长速度。年初确定增长11%…)
_PLACE_BEFORE = re.compile(r"[ \t\u3000]*(?:全[省市县区旗州盟])?[ \t\u3000]*")
_MEASURE_AFTER = re.compile(r"[ \t\u3000]*(?:增长速度|增速|增幅|增长率)?[ \t\u3000]*")
_ITEM_REACH = 600  # how far into its item a sentence may stand


def series_of_its_item(text, start, end, mentions, catalogue):
    """`mentions` with one at the start of text[start:end], a sentence naming no series before
    its first figure in an item headed by a series' name alone, for that series."""
    if not names_no_series_first(text, start, end, mentions):
        return mentions
    line_start = text.rfind("\n", max(0, start - _ITEM_REACH), start) + 1
    if line_start == 0 and start > _ITEM_REACH:
        return mentions  # (bounded: a text of one long line is read in linear time)
    heading = _ITEM_HEADING.match(text, line_start, start)
    if heading is None or line_start == start:
        return mentions
    named = catalogue.mentions(text, *heading.span("name"), sentence_start=heading.start("name"))
    if len(named) != 1 or not _names_alone(text, named[0], heading):
        return mentions
    return with_stand_in(mentions, start, named[0].name)


def names_no_series_first(text, start, end, mentions):
    """Whether text[start:end] holds a figure and names no series before its first one."""
    figure = _DIGIT.search(text, start, end)
    return figure is not None and not any(start <= m.start < figure.start() for m in mentions)


def with_stand_in(mentions, at, name):
    """`mentions` with one of `name` at `at`, standing in for the series, in order."""
    return sorted([*mentions, Mention(at, at, name)], key=lambda m: m.start)


def _names_alone(text, mention, heading):
    """Whether the heading names the mention's series alone, but for the place and a measure."""
    name_start, name_end = heading.span("name")
    before = _PLACE_BEFORE.fullmatch(text, name_start, mention.start)
    return bool(before and _MEASURE_AFTER.fullmatch(text, mention.end, name_end))
