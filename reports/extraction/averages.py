"""Figures over several years, which are no figure of one year: a growth averaged over years
(values.AVERAGE_WORDS) — the level told after it in the same clause is the year's (生产总值年均增长
12.2%，2016 年达到 1156.49 亿元; 财政总收入年均增长 15.2%、2016 年达到 105.67 亿元) —, a growth
over a base year long past (比 2012 年增长 47.7%), a total over years (五年累计完成投资 2676.8 亿元)
and a bound held through them (五年来，…粮食产量稳定在 1500 亿斤以上)."""

import re

from reports.extraction.annotations import OVER_LAST_YEAR
from reports.extraction.bullets import BULLET_LINE
from reports.extraction.cues import SPAN_OF_YEARS
from reports.extraction.lexicon import PERCENT
from reports.extraction.sections import TARGET
from reports.extraction.sentences import sentence_stops, start_after_last
from reports.extraction.thresholds import MILESTONES_PASSED
from reports.extraction.values import PART_OF_TOTAL, base_year, read_value

# …年均增长 8.4%，达到…; or 累计增长 29.3%，达到 3500 亿元: a growth over the years, then the level
_AVERAGE = re.compile(  # (a plan's, qualified: 年均增长13%以上，到2015年达到95亿元)
    r"\s*(?:年均|累[计积])\s*(?:增长|递增|增速为?|提高)?\s*\d+(?:\.\d+)?\s*[%％]\s*"
    r"(?:以上|左右|以内)?\s*"
)
# …or a total over them (四年累计完成 276.5 亿元，2007 年达到 105 亿元): the clause of a year named
# after it gives the year's level
_TOTAL = re.compile(
    r"\s*(?:[二三四五六七八九十两]\s*年(?:来|间)?\s*)?累[计积]\s*(?:完成|实现|达到?)?\s*"
    r"\d+(?:\.\d+)?\s*[^\d，,、；;。\n]{0,4}?(?=\s*[，,、；;])"
)
# the level's clause: after a comma or 、, its year perhaps (2016 年, 去年, 到2015年), then its verb
# and value
# (or after a semicolon when its year is said: 年均增长 13.2%…；2007 年达到 208.7 亿元)
_LEVEL_CLAUSE = re.compile(
    rf"[，,、]\s*{PART_OF_TOTAL}(?P<year>(?:[到至]\s*)?(?:(?:19|20)\d{{2}}\s*|去|今)年(?:末|底)?\s*)?"
    r"|[；;]\s*(?P<named>(?:(?:19|20)\d{2}\s*|去|今)年(?:末|底)?\s*)"
)
# a growth said to be over the year before (同比, 比上年)
_OVER_LAST_YEAR = re.compile(OVER_LAST_YEAR)
# A base year said once for the growths after it in its sentence (比 2012 年（下同）增长 47.7%；
# 固定资产投资增长 125.1%; 与 2005 年相比，2010 年…增长 62%), but for one said over the year before
_BASE_BELOW = re.compile(
    r"(?:(?:比|较)\s*(?=(?:19|20)\d{2}\s*年\s*[（(]\s*下\s*同\s*[)）])"
    r"|与\s*(?=(?:19|20)\d{2}\s*年\s*(?:末|底)?\s*相\s*比))((?:19|20)\d{2})"
)
# …较“十二五”末增长 27%…；万元GDP能耗下降 31.3%… (与“十五”末相比，…增长 62%): the end of the plan
# before, a five years' base, is said once for its sentence too
_PLAN_END_BELOW = re.compile(
    r"(?:比|较|与)\s*[“\"‘]?\s*十\s*([一二三四]?)\s*五\s*[”\"’]?\s*(?:期\s*)?末"
)
# 规上工业增加值比 2016 年增长 39%，社会消费品零售总额增长 26.4%: a base year long past, said with
# a growth, goes on to the growths after it in the sentence, up to a semicolon
_BASE_SAID_BEFORE = re.compile(
    r"(?:比|较)\s*((?:19|20)\d{2})\s*年\s*(?:末|底)?\s*(?:增\s*长|提\s*高|下\s*降|降\s*低)\s*\d"
)
# a growth in figures, which a base is of; not one in words (持续跑赢经济增速)
_FIGURE = re.compile(r"(?:下\s*降|降\s*低|减\s*少)?\s*[-−+]?\d")
# the rest of a line a base heads, no figure in it (与2020年相比：⏎地区生产总值增长18.2%⏎…; 与2012年
# 相比，主要指标大幅增长：⏎●…)
_HEADS_LINES = re.compile(r"[^\n\d。；;]{0,40}\n")
_PLAN_ENDS = {"": 2005, "一": 2010, "二": 2015, "三": 2020, "四": 2025}
_BASE_REACH = 300


# …年均增长 6.2%，总量跨过 7 个千亿级台阶、达 2.08 万亿元: the milestones passed on the way, a
# threshold (总量突破万亿元、达到 1.35 万亿元) or the growth's standing (增速连续保持全国前两位)
_ON_THE_WAY = re.compile(
    rf"[，,、]\s*(?:(?:经济)?(?:总量|规模)?(?:{MILESTONES_PASSED}"
    r"|\s*(?:首次)?(?:突破|超过|跨越|跨过|迈上|站上)[^，,、；;。\n\d]{1,12}?)"
    r"|(?:增速|增幅)[^，,、；;。\n\d]{1,16}?"
    # its standing in words (是建市以来增长最快的时期)
    r"|是[^，,、；;。\n\d]{1,16}?(?:时期|之一|年份))(?=\s*[，,、；;])"
)
_MOST_ON_THE_WAY = 3
_COMMA = re.compile(r"\s*[，,]")


def value_after_average(text, position, limit, further=None):
    """The level after a growth averaged over years at `position`, or after a total over them
    in the clause of a year, or None. The clause of the year's level may run past `limit`, a
    semicolon, to `further`, the next clause's end (…年均增长 13.2%；2007 年达到 208.7 亿元)."""
    average = _AVERAGE.match(text, position, limit)
    total = None if average else _TOTAL.match(text, position, limit)
    over_years = average or total
    if not over_years:
        return None
    if further and text[limit : limit + 1] in ("；", ";"):
        limit = further
    end = over_years.end()
    for _step in range(_MOST_ON_THE_WAY):
        passed = _ON_THE_WAY.match(text, end, limit)
        if not passed:
            break
        end = passed.end()
    clause = _LEVEL_CLAUSE.match(text, end, limit)
    if not clause or (total and not (clause["year"] or clause["named"])):
        return None  # (a total's clause after it names its year)
    value = read_value(text, clause.end(), limit)
    if value is None or value.qualitative:
        return None
    # a growth only when said of a year or over the year before (…年均增长 14.5%，2007 年比上年
    # 增长 14.3%), not a cumulative one
    of_a_year = (
        clause["year"] or clause["named"] or _OVER_LAST_YEAR.search(text, clause.end(), value.start)
    )
    return None if value.growth and not of_a_year else value


def level_after_span(text, name_end, value, limit, further=None):
    """The year's level after `value`, a figure over years read after a name ending at
    `name_end`: a growth over them (累计增长 29.3%，达到 3500 亿元), or a total over them and its
    average growth (四年累计完成投资 276.5 亿元，年均增长 25.5%，2007 年达到 105 亿元); or None."""
    if value.unit == PERCENT:
        return value_after_average(text, name_end, limit, further)
    comma = _COMMA.match(text, value.extent, limit)
    if not comma:
        return None
    return value_after_average(text, comma.end(), limit, further) or _level_after_bound(
        text, value, limit
    )


def _level_after_bound(text, value, limit):
    """The year's level its own clause gives after a bound held through a run of years
    (连续五年稳定在300万吨以上，2021年达到329.5万吨), or None."""
    if not text.endswith(_BOUNDS, value.start, value.extent):
        return None
    clause = _YEARS_LEVEL_AFTER.match(text, value.extent, limit)
    if not clause:
        return None
    level = read_value(text, clause.end(), limit)
    return level if level is not None and not level.qualitative and not level.growth else None


# 五年累计 (or 累积, as some write it), 三年来累计, “十三五”期间累计, 五年完成投资: a running total
# over the years, not the year's figure (2016年累计 is the year's)
_OVER_YEARS = re.compile(
    r"(?:(?<!\d)[一二三四五六七八九十两\d]\s*年\s*(?:来|间|中)?|期间|以来)\s*(?:共\s*)?累[计积]"
    r"|(?<![\d第])[二三四五六七八九十两]\s*年\s*(?:来|间|中)?\s*(?:共\s*)?(?:完成|实现)"
)
# 五年实际利用外资 1.29 亿美元: a name right after the count of years it totals
_YEARS_BEFORE_NAME = re.compile(
    r"(?<![\d第十])[二三四五六七八九两][ \u3000]*年[ \u3000]*(?:来|间)?[ \u3000]*\Z"
)
_YEAR_OPENS_CLAUSE = re.compile(
    rf"[，,；;]\s*{PART_OF_TOTAL}(?:19|20)\d{{2}}\s*年(?:末|底)?(?!\s*[以起至到—-])"
)
# 累计 in a review of several years (五年来，…。累计完成固定资产投资 2543 亿元; …累计完成 4540 亿元，是
# 前五年的 2.5 倍; 年均增长 8.8%；…累计下降 24.1%): the years it runs over are named, or averaged
# over, in the paragraph before it or right after it
# …累计增长 29.3%，达到 3500 亿元: the growth is over the years, the level after it is the year's
_CUMULATIVE = re.compile(r"累\s*[计积](?!\s*(?:增长|提高|递增)\s*\d+(?:\.\d+)?\s*[%％]\s*[，,、])")
_SEVERAL_YEARS = re.compile(
    r"(?:过去的?|前|近)\s*[二三四五六七八九十两]\s*年|(?<![\d第])[二三四五六七八九十两]\s*年\s*(?:来|间|以来)"
    r"|十[一二三四五]\s*五[”\"’]?\s*(?:期间|时期|以来)|年\s*均"
    # a government's term, reviewed as it ends (本届政府履职以来, 完成了本届政府既定目标任务)
    r"|本\s*届[^，,；;。\n]{0,6}?(?:工作回顾|履职以来|以来|任期|的?五年|目标任务)"
)
_YEARS_BEFORE, _YEARS_AFTER = 300, 20
_BASE_BEFORE_VALUE = 200  # how far before a value its base year (比 2012 年) may be said


class OneAYear(tuple):
    """The (year, kind) of a value a sentence shares out over the years of a span, one a year
    (2019-2021年，…分别为 263.45 亿元、273.76 亿元和 312.36 亿元): no total over the span."""


def of_one_year(text, lead_start, mention, value_span, unit, context, in_review=False):
    """Whether the figure of `mention` (a name found) and `value_span` is one of the year of
    `context` (year, kind): not a growth over a base year long past, nor a total over several
    years (said after `lead_start`, where its quote starts, or a flow's level `in_review` of
    them), nor a result held through them."""
    name_start, value_start = mention.start, value_span[0]
    year, kind = context
    if kind != TARGET and held_over_years(text, mention.end, *value_span):
        return False
    if kind != TARGET and summed_over_years(text, mention.name, unit, value_span, in_review):
        return False
    # (a total over the span, unless the sentence shares its values out a year each)
    if totalled_over_span(text, mention, value_start) and not isinstance(context, OneAYear):
        return False
    if _YEARS_BEFORE_NAME.search(text, max(0, name_start - 8), name_start):
        return False
    # the base is looked for in the words before the value, not back to a name listed far
    # before it (a list's every name searched to its own value was quadratic)
    near = max(name_start, value_start - _BASE_BEFORE_VALUE)
    base = base_year(text, near, value_start) or (
        _FIGURE.match(text, value_start) and _base_said_below(text, name_start, value_start)
    )
    if unit == PERCENT and base and base != year - 1:
        return False
    # a clause after the total that opens with its year is that year's (四年累计完成投资 276.5 亿元，
    # 年均增长 25.5%，2007 年达到 105 亿元)
    year_said = _YEAR_OPENS_CLAUSE.search(text, lead_start, value_start)
    lead_start = year_said.end() if year_said else lead_start
    return not (
        _totals_years(text, lead_start, value_start)
        or (kind == TARGET and _totalled_over_plan(text, lead_start, value_start, unit))
        or _verb_carried_from_total(text, mention, value_start)
    )


# a target's 累计: a total over the plan's years, unless of a count (高新技术企业累计达到 600 家, the
# stock the place will have) or the year's own (全年累计完成固定资产投资)
_WHOLE_YEAR_BEFORE = re.compile(r"全\s*年\s*$")


def _totalled_over_plan(text, start, end, unit):
    total = _CUMULATIVE.search(text, start, end)
    return (
        bool(total) and unit != "家" and not _WHOLE_YEAR_BEFORE.search(text, start, total.start())
    )


def _totals_years(text, start, end):
    """Whether the text from `start` to `end`, before a value, totals several years."""
    if _OVER_YEARS.search(text, start, end):
        return True
    return bool(
        _CUMULATIVE.search(text, start, end)
        and _SEVERAL_YEARS.search(text, max(0, end - _YEARS_BEFORE), end + _YEARS_AFTER)
    )


# the verbs a clause may state its figure with (增加值 is a name), and a figure stated after one,
# not a goal met (提前两年实现翻番目标)
_CLAUSE_VERB = re.compile(r"累\s*计|完成|实现|达到?|增长|下降|增加(?!值)|减少|突破|超过|引进|新增")
_FIGURE_STATED = re.compile(r"[^，,、\d]*\d")


def _verb_carried_from_total(text, mention, value_start):
    """累计完成合同外资 14.6 亿美元，实到外资 9.97 亿美元: a figure with no verb of its own shares
    the verb of the clauses before it in its sentence, and their total over years."""
    if text[mention.end : value_start].strip():
        return False
    start = start_after_last(text, mention.start, "。！？；;\n", _BASE_REACH)
    verbs = list(_CLAUSE_VERB.finditer(text, start, mention.start))
    if not verbs:
        return False
    verb = verbs[-1]
    clause_start = max(
        start, text.rfind("，", start, verb.start()) + 1, text.rfind(",", start, verb.start()) + 1
    )
    stated = _FIGURE_STATED.match(text, verb.end(), mention.start)
    return bool(stated) and _totals_years(text, clause_start, verb.end())


def _base_said_below(text, name_start, value_start):
    if _OVER_LAST_YEAR.search(text, max(name_start, value_start - _BASE_BEFORE_VALUE), value_start):
        return None
    # (no further back than a blank line: …比2005年增长60.8%⏎⏎2010年主要预期目标⏎★生产总值增长11%)
    sentence = start_after_last(text, name_start, ("。", "！", "？", "\n\n"), _BASE_REACH)
    start = _item_start(text, sentence, name_start)
    bases = [
        *((base.end(), int(base[1])) for base in _BASE_BELOW.finditer(text, sentence, name_start)),
        *(
            (end.end(), _PLAN_ENDS[end[1]])
            for end in _PLAN_END_BELOW.finditer(text, sentence, name_start)
        ),
    ]
    # (a base said in an item before: only one heading the lines under it, 与2020年相比⏎…)
    bases = [(end, year) for end, year in bases if end >= start or _HEADS_LINES.match(text, end)]
    bases += [
        (base.end(), int(base[1]))
        for base in _BASE_SAID_BEFORE.finditer(
            text, _clause_start(text, start, name_start), name_start
        )
    ]
    return max(bases)[1] if bases else None


def _item_start(text, sentence, name_start):
    """Where the item of the name at `name_start` starts in its `sentence`: after a line that lost
    its stop or before a bulleted line (…比2020年提高0.41个百分点⏎★常住人口城镇化率达到61.4%)."""
    # (the name's first character read too: whether the line before lost its stop looks at it)
    stops = sentence_stops(text, sentence, name_start + 1)
    stops += [item.start() for item in BULLET_LINE.finditer(text, sentence, name_start)]
    return max((stop for stop in stops if stop <= name_start), default=sentence)


def _clause_start(text, start, position):
    """Where the part of the sentence from `start` that `position` is in starts: after its last
    semicolon."""
    return max(start, text.rfind("；", start, position) + 1, text.rfind(";", start, position) + 1)


# 过去五年，…粮食产量稳定在 800 亿斤以上; 五年来，…人口自然增长率控制在 4.8‰以内; 十年来…涨幅稳定在 2%
# 左右: a bound (or a level about which) held through
# the span its paragraph looks back over is the span's, unless a year is named after the span
_HELD = re.compile(r"(?:稳\s*定|保\s*持|控\s*制)\s*在?\s*$")
_BOUNDS = ("以上", "以内", "以下", "左右")
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}\s*年")
_RUN_OF_YEARS = re.compile(r"连续\s*(?:[二两三四五六七八九十]{1,3}|\d{1,2})\s*年")
# …，2021年达到329.5万吨: the year's level in the clause after the bound, its year said
_YEARS_LEVEL_AFTER = re.compile(
    r"[，,；;]\s*(?:(?:19|20)\d{2}\s*|去|今|当)年(?:末|底)?\s*(?:达到|达|为|完成|实现)?\s*(?=\d)"
)


def held_over_years(text, name_end, value_start, value_end):
    """Whether the value from `value_start` to `value_end`, after a name ending at `name_end`, is
    a bound held through a span of years its paragraph looks back over."""
    if not text.endswith(_BOUNDS, value_start, value_end):
        return False
    if not _HELD.search(text[name_end:value_start]):
        return False
    # (粮食总产量连续五年稳定在300万吨以上，2021年达到329.5万吨: the run of years said in its
    # clause, the year's own level after it; with none after, the bound is the year's too)
    if _RUN_OF_YEARS.search(text, name_end, value_start):
        return bool(_YEARS_LEVEL_AFTER.match(text, value_end))
    return _looked_back_over(text, value_start)


# 五年来，…引进亿元以上项目 227 个，实际利用外资 5.6 亿美元: what flows in over the years (jobs
# added, foreign capital) is their sum, where the paragraph looks back over them; not a level
# averaged after it (实际使用外资 8600 万美元，年均增长 1.3%), which is the last year's
_FLOWS = frozenset({"城镇新增就业", "实际利用外资"})
# …and in paragraphs reviewing a plan's years, the investment made and the trade done there (完成
# 固定资产投资 759.6 亿元, 实现进出口总额 90.2 亿元), which a year's review states as the year's
_SUMMED_IN_REVIEW = frozenset({"固定资产投资", "进出口总额", "出口总额"})
# …said done (完成, 实现) in the figure's clause; a level listed bare (进出口总值 9356.7 亿元) is the
# last year's
_DONE = re.compile(r"(?:完成|实现)[^，,；;。]*$")
_DONE_REACH = 24
_AVERAGED_AFTER = re.compile(r"[^，,、；;。\d]{0,6}[，,、]\s*年\s*均")  # past the unit


def summed_over_years(text, name, unit, value_span, in_review=False):
    """Whether a level of a series that flows in, at `value_span`, sums the years its paragraph
    looks back over, or the years reviewed (`in_review`) unless it is a level reached there (…从
    73.7 亿美元增长到 110.3 亿美元: the last year's)."""
    if unit == PERCENT or _AVERAGED_AFTER.match(text, value_span[1]):
        return False
    value_start = value_span[0]
    if name in _FLOWS and _looked_back_over(text, value_start):
        return True
    said_done = name in _SUMMED_IN_REVIEW and _DONE.search(
        text, max(0, value_start - _DONE_REACH), value_start
    )
    return (
        in_review
        and (name in _FLOWS or bool(said_done))
        and not _REACHED.search(text, max(0, value_start - 4), value_start)
    )


def _looked_back_over(text, value_start):
    """Whether the paragraph before `value_start` looks back over a span of years and names no
    year after it."""
    reach = max(0, value_start - _YEARS_BEFORE)
    reach = text.rfind("\n", reach, value_start) + 1 or reach  # its paragraph, no further back
    spans = list(SPAN_OF_YEARS.finditer(text, reach, value_start))
    return bool(spans) and not _YEAR_NAMED.search(text, spans[-1].end(), value_start)


# 2012年—2016年，预计完成地区生产总值 4810 亿元: a sentence opening with a span of years totals
# them, unless a level is reached (从 206 亿元增长到 286 亿元) or a year is named after the span
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—－\-~～至到]+\s*(?:19|20)\d{2}\s*年\s*[，,]")
_REACHED = re.compile(r"(?:到|至|达)\s*$")


def totalled_over_span(text, mention, value_start):
    """Whether the value at `value_start` of `mention` is a total over the span of years its
    sentence opens with."""
    start = start_after_last(text, mention.start, "。！？\n", _BASE_REACH)
    spans = list(_YEAR_RANGE.finditer(text, start, mention.start))
    if not spans or _YEAR_NAMED.search(text, spans[-1].end(), value_start):
        return False
    return not _REACHED.search(text[mention.end : value_start])
