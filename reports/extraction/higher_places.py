"""Figures of a place above the report's own: a county's report giving its city's growth for
comparison (全市（遵义市）生产总值预计增长13.8%，我县…高于全市平均水平), a city's giving its
province's (全省国内生产总值增长14%), any local report the nation's (全国…). A clause whose
subject is such a place states no figure of the report's, nor do the clauses going on from the
nation's figures with no subject of their own (报告提出，今年国内生产总值增长8%左右，城镇新增就业
900万人以上); the report's own place is the one its head lines name (关于义乌市…的报告, 在湄潭县第
十五届人民代表大会…), or the level its head or its own voice speaks for (县委书记, 我市), and
without one nothing is left out (an excerpt may be of any place)."""

import re
from bisect import bisect_left
from collections import Counter

from reports.extraction.candidates import PROSE
from reports.extraction.national import the_countrys_report
from reports.extraction.places import HEAD, OWN_PLACE, head_lines
from reports.extraction.sentences import start_after_last

# the scopes above each level's own (全省 in a city's report; 全州 in a county-level city's, which
# a prefecture city never is in; 全市 in an autonomous prefecture's, its county-level cities')
_ABOVE = {
    "省": "国",
    "自治区": "国",
    "市": "国省州盟",
    "州": "国省市",
    "自治州": "国省市",
    "盟": "国省市",
}
_ABOVE |= dict.fromkeys(("县", "自治县", "区", "旗"), "国省市州盟")
# a clause opening on a scope word, perhaps naming its place in brackets (全市（遵义市）, not a note:
# 全市（含高新区）), after a few words (同期, 预计) and before its figure
_SCOPE = re.compile(
    r"全(?P<scope>[国省市州盟])(?:[（(](?P<named>[^（）()含包括除]{1,8}[市州省盟])[)）])?"
    r"|我(?P<country>国)(?!有|内)"  # (我国国内生产总值达到…, not 我国有…)
)
_CLAUSE_ENDS = "，,；;。！？!?\n：:"
_CLOSED = re.compile(r"[)）]")
# …and a wide space after a figure, between a digest's items (全省GDP增长4.1%　全国GDP增长5.2%);
# not one between a name and its figure (全国GDP　增长5.2%)
_ITEMS_APART = re.compile(r"[\d%％‰][ \t]*\u3000+")
_RANK = re.compile(r"\s*(?:第|前\s*\d|排[名位]|位[居列])")
_LEAD = 6  # words a clause may open on before its subject: 同期, 预计, 据统计
# …besides an item's number, a year and the body that set the figure (四是2016年全省地区生产总值增长
# 7.5%, 省委经济工作会议提出全省经济增长6.5%左右)
_LEAD_ASIDES = re.compile(
    r"^[一二三四五六七八九十]是|(?:19|20)\d{2}\s*年"
    r"|(?:中央|国务院|[省市州]委|[省市州]政府|自治区党委|自治区政府)[^，,。；;\d]{0,12}?"
    r"(?:提出|指出|要求|明确|强调)"
)
_ASIDES_REACH = 24  # how long the asides before the scope may run (省委经济工作会议提出)
# a head naming no place that speaks for a local one (在全省经济工作会议上的讲话, 中共寿光市委书记),
# its level said by its lines over the first sentence (在县委经济工作会议上的讲话⏎县委副书记、县长)
_LOCAL_HEAD = re.compile(r"全(?P<scope>[省市县区州旗盟])|(?P<office>[省市县州旗盟])(?:长|委)")
_REACH = 200


def outside_higher_places(text, candidates):
    """`candidates` but the prose figures of clauses whose subject is a place above the report's
    own, and of the clauses going on from the nation's figures with no subject of their own;
    when the head names no place but speaks for one, or the text speaks for a level in the first
    person (我市), but those of the places above that level, or of the nation."""
    own = _own_place(text)
    if own is None:
        return candidates  # (an excerpt of no named place may be the nation's own)
    prose = [c for c in candidates if c.source == PROSE]
    spoken = [m.end() for m in _NATION_SPOKEN.finditer(text)]
    above = sorted(c.value_start for c in prose if _of_a_higher_place(text, c, own, spoken))
    carried = {c.value_start for c in prose if _carried_from_above(text, c, above, spoken, own)}
    left_out = carried.union(above)
    return [c for c in candidates if c.source != PROSE or c.value_start not in left_out]


def _own_place(text):
    """The report's own place as (name, level), its name "" and its level None where the text
    does not say them; None for the nation's own report or an excerpt of no place."""
    named = OWN_PLACE.search(text, 0, HEAD)
    if named is not None:
        return named["name"], named["level"]
    if the_countrys_report(text):
        return None
    if _LOCAL_HEAD.search(text, 0, HEAD):
        office = _LOCAL_HEAD.search(head_lines(text))
        level = (office["scope"] or office["office"]) if office else _level_said(text)
        return "", level or _scope_most_said(text)
    level = _level_said(text)
    return ("", level) if level else None


def _of_a_higher_place(text, candidate, own, spoken):
    """Whether the clause of the candidate's figure, or of the first figure its quote opens on
    (全省地区生产总值6000亿元，增长6.1%: the growth's subject is the level's), is a higher place's,
    or opens on the nation (今年国内生产总值增长8%左右, after the premier's report is quoted)."""
    if _subject_above(text, candidate.value_start, own):
        return True
    clause = start_after_last(text, candidate.value_start, _CLAUSE_ENDS, _REACH)
    first = (
        _SUBJECT_ENDS.search(text, candidate.start, clause) if candidate.start < clause else None
    )
    if first is not None and _subject_above(text, first.start(), own):
        return True
    return _subject_of(text, clause, spoken) is _NATION_SUBJECT


def _carried_from_above(text, candidate, above, spoken, own):
    """Whether the candidate's clause goes on, with no subject of its own, from the clauses of
    the nation's or a higher place's figures before it in its sentence (报告提出，今年国内生产总值
    增长8%左右，居民消费价格涨幅4%左右，城镇新增就业900万人以上; 全州地区生产总值增长5.1%，一般
    公共预算收入增长3.4%): the nearest clause before with a subject (我们 too: 全国经济增长5.2%，
    我们顶住了多重压力，经济增长6.1%) holds a figure left out as a higher place's (`above`, their
    value starts, sorted), and is the nation's or another place's scope, not one of no series (新增
    全国重点实验室6家，…)."""
    clause = start_after_last(text, candidate.value_start, _CLAUSE_ENDS, _REACH)
    if _subject_of(text, clause, spoken) is not None:
        return False
    sentence = start_after_last(text, clause, _SENTENCE_ENDS, _REACH)
    # (or the bracket it is in, still open: …发展目标（全市生产总值增长12%，地方财政…增长15%）)
    sentence = max(sentence, _open_bracket(text, sentence, clause))
    starts = [sentence, *(m.end() for m in _CLAUSE_BREAK.finditer(text, sentence, clause))]
    for start, end in reversed(list(zip(starts, [*starts[1:], clause], strict=True))):
        if start == end:
            continue
        subject = _subject_of(text, start, spoken)
        if subject is not None:
            # (a place's own clause holding a higher place's figure in brackets goes on as its own:
            # 全县…增长5.6%（全市…增长4.4%），城镇居民人均可支配收入增长5.9%)
            higher = subject is _NATION_SUBJECT or _opens_above(text, start, own)
            return higher and _holds(above, start, end)
    return False


def _open_bracket(text, start, position):
    """Where the bracket still open at `position`, opened after `start`, starts its words; else
    `start`."""
    opened = start_after_last(text, position, "（(", position - start)
    return opened if opened > start and not _CLOSED.search(text, opened, position) else start


def _opens_above(text, start, own):
    """Whether the clause at `start` opens, after a few words at most, on a scope above `own`'s
    (同年全省…, 全州…)."""
    scope = _SCOPE.search(text, start, start + _LEAD + _ASIDES_REACH)
    if scope is None or len(_LEAD_ASIDES.sub("", text[start : scope.start()])) > _LEAD:
        return False
    return bool(scope["country"]) or scope["scope"] in _ABOVE.get(own[1], "国")


def _holds(positions, start, end):
    """Whether the sorted `positions` hold one in [start, end)."""
    return bisect_left(positions, start) < bisect_left(positions, end)


def _subject_of(text, start, spoken):
    """The subject the clause at `start` opens on: _NATION_SUBJECT for the nation (全国, 我国,
    国内生产总值 where the nation's figures were just spoken of: `spoken`, the sorted ends of
    those words), _OTHER_SUBJECT for another (全县, 我市, 我们, a place's name, 地区生产总值), or
    None where it opens on none."""
    opening = _OPENING.match(text, start)
    if opening is None:
        return None
    if not (opening["nation"] or opening["gdp"]):
        return _OTHER_SUBJECT  # (我们顶住了多重压力: a figure of its own or not)
    if not _FIGURE_AFTER.match(text, opening.end()):
        return None  # (the nation the subject of no figure: 努力跑赢全国, 增速连续保持全国前两位)
    if opening["gdp"]:
        return _NATION_SUBJECT if _holds(spoken, start - _SPOKEN_REACH, start + 1) else None
    return _NATION_SUBJECT


def _subject_above(text, position, own):
    """Whether the subject of the clause of the figure at `position` is a place above `own`, the
    report's (name, level), its name perhaps unknown ("") and its level too (None)."""
    start = start_after_last(text, position, _CLAUSE_ENDS, _REACH)
    for apart in _ITEMS_APART.finditer(text, start, position):
        start = apart.end()
    # (a bracket still open before the figure opens its own subject: 高于全市1.2个百分点（全市社会
    # 消费品零售总额增长4.4%）)
    start = max(start, _open_bracket(text, start, position))
    scope = _SCOPE.search(text, start, min(start + _LEAD + _ASIDES_REACH, position))
    lead = scope and _LEAD_ASIDES.sub("", text[start : scope.start()])
    if scope is None or len(lead) > _LEAD or _RANK.match(text, scope.end()):
        return False  # (全市第5: a rank in the place's list, no subject)
    if _SUBJECT_ENDS.search(text, scope.end(), position):
        return False  # (排名全市第1位（预期目标为8.5%以上）: a rank, the figure no subject's)
    name, level = own
    if scope["country"]:
        return True
    named = scope["named"]
    if named and name and named[:-1] not in name:
        return True  # 全市（遵义市） in 湄潭县's report
    return scope["scope"] in _ABOVE.get(level, "国")


# between a clause's subject and its figure: no other figure (a year may stand there: 全国2016年
# 国内生产总值增长6.7%), no bracket opened
_SUBJECT_ENDS = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}\s*年)\d|[（(]")


_SENTENCE_ENDS = "。！？!?\n"
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")  # (inside a sentence: _CLAUSE_ENDS ends it too)
_NATION_SUBJECT, _OTHER_SUBJECT = "nation", "other"
# the nation as a subject, not its congress or its sessions (全国人大, 全国“两会”)
_NATION = r"全国(?!人大|人民代表|政协|[“\"]?两会)|我国(?!有|内)"
# a clause's opening subject, after a few words (今年, 同期, 2005年): the nation's, a place's scope
# or name, the speakers' own (我们), or the GDP by the nation's name (国内生产总值) or a place's
# (地区生产总值); not a comparison's (保持比全国高2个百分点左右, 高于全省, 同比)
_LEAD_WORD = r"(?:(?![比于较与和占居超出赢先从跨进]|同(?!期))[^，,；;。\n\d])"
_OPENING = re.compile(
    rf"(?:{_LEAD_WORD}{{0,6}}?(?:19|20)\d{{2}}\s*年)?{_LEAD_WORD}{{0,4}}?"
    rf"(?:(?P<nation>{_NATION})"
    r"|全[省市县区州旗盟]|[我本][省市县区州旗盟]|我们|(?P<named>[\u4e00-\u9fff]{2,4})(?=[省市县区州旗盟])"
    r"|(?<!单位)(?<!人均)(?P<gdp>国内生产总值)|地区生产总值)"
)
# the nation's figures or report just spoken of, making the GDP named after them the nation's
# (温家宝总理在政府工作报告中回顾，2005年全国国内生产总值…。报告提出，今年国内生产总值增长8%左右);
# an older local report names its own GDP so (在国务院…的正确领导下，…全年实现国内生产总值24.65亿元)
_NATION_SPOKEN = re.compile(
    rf"总理|全国人大|全国[“\"]?两会|(?:{_NATION})\s*(?:(?:19|20)\d{{2}}\s*年)?\s*"
    r"(?:国内生产总值|GDP|经济总量)"
)
_SPOKEN_REACH = 400
_FIGURE_AFTER = re.compile(r"[^，,；;。\n\d第]{0,40}\d")
_MINE = re.compile(r"我([省市县区州旗盟])")
# …said in the text's own voice: not in a quote (“我市去年外贸…”) nor in a speaker's turn
# (青禾市统计局负责人：前三季度我市…)
_SPEAKERS_TURN = re.compile(
    r"^[^：:\n，,。？?]{0,16}?(?:负责人|主任|局长|[省市县区]长|书记|发言人|记者|主持人|代表|委员|网友|嘉宾)"
    r"[^：:\n，,。]{0,6}[：:](?=[^\n])",
    re.M,
)
_QUOTE_REACH = 200


def _level_said(text):
    """The level the text speaks for in its own voice in the first person (我市…, 我县…), if it
    names one only."""
    levels = {mine[1] for mine in _MINE.finditer(text) if _in_own_voice(text, mine.start())}
    return levels.pop() if len(levels) == 1 else None


# the scope a report names its own whole by (全市实现生产总值…), far more often than any other it
# sets beside it (同年全省生产总值增长12.8%): its level, when neither its head nor a first person
# says it (——河阳市建市20周年经济社会发展成就报告); not one merely ahead of another (a county's
# correction quoting its city's figures: 全市（青禾县所属的丰宁市）…)
_WHOLE = re.compile(r"全([省市县区州旗盟])(?![域场份民级])")  # (not 全区域, 全市场: no scope)
_FEWEST_SAID, _MORE_SAID = 3, 2


def _scope_most_said(text):
    """The level of the scope `text` names its whole by, or None."""
    counts = Counter(whole[1] for whole in _WHOLE.finditer(text)).most_common(2)
    if not counts or counts[0][1] < _FEWEST_SAID:
        return None
    second = counts[1][1] if len(counts) > 1 else 0
    return counts[0][0] if counts[0][1] > _MORE_SAID * second else None


def _in_own_voice(text, position):
    line = start_after_last(text, position, "\n", _QUOTE_REACH)
    before = text[line:position]
    return before.count("“") <= before.count("”") and not _SPEAKERS_TURN.match(text, line)
