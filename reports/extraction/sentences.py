"""Where a report's sentences end: at a full stop, or at a line that lost its full stop."""

import re

from reports.extraction.chat_headers import message_breaks
from reports.extraction.heading_lines import CONTENTS_LINE

# a sentence opening on the year of the one before (这一年，…; 同年，…; 当年，…)
# (or after a quote closed: …。”那一年，…; 是岁 as a memoir writes it)
_SAME_YEAR = re.compile(r"\s*[”\"’」』]?\s*(?:这一年|那一年|那年|是岁|同年|当年|该年)")


def opens_on_the_year_before(text, start):
    """Whether the sentence at `start` opens on the year of the one before it."""
    return _SAME_YEAR.match(text, start) is not None


# Not a blank line: PDF conversions leave one at each page break, in mid-sentence.
_SENTENCE_END = re.compile(r"[。！？!?]")
# …but a line that ends on a figure or a day (a briefing's 【发布时间】2006年1月20日), before a
# line opening with words that cannot go on with it (not a unit, a qualifier, a year or a
# connector), lost its full stop: a press copy's paragraph ends there.
# (or on a gap in points, or a screen's mark of a target met after its figure: 差 0.1 个百分点,
# 目标 +3%　✓; not a table's column of marks, ｜增长7.5%｜√)
_LOST_STOP = re.compile(
    r"(?:\d\s*日|\d|[%％‰]|左右|以上|以内|以下|百分点|(?<=[\d%％])[ \t\u3000]+[✓✔√✗✘])"
    r"[ \t\u3000]*(?=\n\s*[\u4e00-\u9fff])"
)
# A line opening with a unit, a qualifier or a connector (…增长 8.5%⏎和 9%) goes on.
_GOES_ON_AFTER_BREAK = re.compile(
    r"\s*[万亿千百十元人个件项家户亩吨左以余多倍年月日号%％和及与、至]"
)


# A heading in black brackets on a line of its own (【增长目标与实际增速】): its words are not the
# sentence's under it.
_BRACKETED_HEADING = re.compile(r"^[ \t\u3000]*【[^】\n]{1,30}】[ \t\u3000]*(?=\n)", re.M)
# …unless the text above it is left open, on its colon, comma or semicolon (主要预期目标是：⏎【经济
# 发展】⏎…；⏎【民生改善】⏎…)
_OPEN_BEFORE = re.compile(r"[：:，,；;][ \t\u3000]*\n\s*$")
_OPEN_REACH = 8


def sentence_stops(text, start, end):
    """Where the sentences of text[start:end] end: at a full stop, a line that lost it, or a
    heading's line."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    stops += [
        m.end()
        for m in _BRACKETED_HEADING.finditer(text, start, end)
        if not _OPEN_BEFORE.search(text, max(start, m.start() - _OPEN_REACH), m.start())
    ]
    stops += [
        m.end()
        for m in _LOST_STOP.finditer(text, start, end)
        if not _GOES_ON_AFTER_BREAK.match(text, m.end(), end)
    ]
    # (a contents line is a sentence of its own: its parts' words date nothing under it)
    stops += [_line_end(text, m.end(), end) for m in CONTENTS_LINE.finditer(text, start, end)]
    stops += message_breaks(text, start, end)
    return [*sorted(stops), end]


def _line_end(text, position, end):
    at = text.find("\n", position, end)
    return end if at < 0 else at


# a sentence's stops, and how far back its start is looked for
SENTENCE_ENDS = ("。", "！", "？", "\n")
SENTENCE_REACH = 300


def start_after_last(text, position, stops, reach):
    """Where the sentence or paragraph going on at `position` starts: right after the last of
    `stops` before it, but no further back than `reach` characters (a copy without stops is not
    searched whole: linear in any text)."""
    lead = max(0, position - reach)
    found = (at + len(stop) for stop in stops if (at := text.rfind(stop, lead, position)) >= 0)
    return max(found, default=lead)


# an answer's opening (答：, 负责人：, 市发改委主任：), which goes on from the question before it
_ANSWER = re.compile(
    r"\s*(?:答|回答|[^，,。；;：:\n]{0,12}?(?:负责人|主任|局长|市长|县长|区长|省长|发言人|书记))\s*[：:]"
)


def answers_a_question(text, question_start, start):
    """Whether the sentence at `start` answers the one before it, from `question_start`, a
    question (…的目标是什么？⏎答：城镇新增就业35万人以上…): it goes on from the question as from a
    sentence of its own paragraph."""
    end = start
    while end > question_start and text[end - 1].isspace():  # (no copy of the sentence)
        end -= 1
    return end > question_start and text[end - 1] in "？?" and bool(_ANSWER.match(text, start))


def opens_paragraph(text, start, stop):
    """Whether a line break comes before the first words of text[start:stop]."""
    position = start
    while position < stop and text[position].isspace():
        if text[position] == "\n":
            return True
        position += 1
    return False


# the statistics a sentence opens on as its source (经统计部门最终核实，据初步统计，), or whose
# view or account it gives (常委会组成人员认为，数据显示，), or the angle it looks from (从纵向看，
# 总的来看，)
ATTRIBUTION = (
    r"(?:(?:经|据|根据|按照)[^，,。；;：:\d\n]{1,20}"
    r"|[^，,。；;：:\d\n]{0,16}(?:认为|指出|表示|显示|表明|获悉)"
    r"|从[^，,。；;：:\d\n]{1,8}?看|(?:总的|总体|整体|综合)来?看)[，,：:]"
)
# …or the scene the year's figures were reached in, or a look back, before it (受新冠肺炎疫情严重
# 冲击，2020年全区…; 回顾去年，受疫情冲击，2020年…; 面对复杂形势，2022年全市…)
_SCENE = r"(?:受|面对|面临|经受|克服|回顾|回望|回首)[^，,。；;：:\d\n]{1,20}[，,]"
_ATTRIBUTED = re.compile(rf"(?:{ATTRIBUTION}|{_SCENE}){{1,2}}")
_SCENES = re.compile(_SCENE)
_ATTRIBUTION_REACH = 24
_SCENE_REACH = 36  # (a scene and a look back before it may run longer: 回顾去年，受…冲击，)


def attributed_only(text, start, position):
    """Whether only an attribution stands between the start of the sentence (or of its line) and
    `position` (经统计部门最终核实，2020年全区…; 据初步统计，2019年…; 常委会组成人员认为，2011年…;
    受疫情冲击，2020年全区…)."""
    # (the sentence, or its line under a heading the sentence runs on from)
    opening = max(start, text.rfind("\n", max(start, position - _ATTRIBUTION_REACH), position) + 1)
    reach = _SCENE_REACH if _SCENES.search(text, opening, position) else _ATTRIBUTION_REACH
    if position - opening > reach:
        return False
    return bool(_ATTRIBUTED.fullmatch(text[opening:position].strip(" \t\u3000")))


# a clause after a semicolon opening on a time of its own, which the year leading the sentence does
# not date (受疫情冲击，2020年…下降1.2%；经过三年努力，…完成18.3亿元; 2019年…；五年来，…)
_OWN_TIME = re.compile(
    r"[；;]\s*(?:经过|[一二三四五六七八九十两\d]+\s*年来|近年来|今年以来|目前|此后|随后|截至)"
)


def timed_on_its_own(text, start, end):
    """Whether a clause after a semicolon in text[start:end] opens on a time of its own."""
    return _OWN_TIME.search(text, start, end) is not None
