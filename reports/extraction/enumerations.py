"""Names listed together whose values follow in the same order, some of them series the catalogue
does not know: 地区生产总值、工业总产值、固定资产投资分别增长 5%、6% 和 7%. The unknown names
still take their place in the list (as placeholders with no series), so that each value goes to
the name in its place; and a list of values averaged over years (年均分别增长 …) before the
year's own values is passed over.
"""

import itertools
import re
from bisect import bisect_left, bisect_right

from reports.extraction.lexicon import Mention
from reports.extraction.milestones import values_after_milestones
from reports.extraction.thresholds import PASSED_VERB, STANDING
from reports.extraction.values import (
    ANNOTATION,
    CLOSED_BY_KIND,
    NEXT_CLAUSE,
    QUOTA_PATTERN,
    SHARED_OUT,
    read_value,
    read_values,
)

SEPARATOR = r"\s*(?:、|和|及|与|以及)\s*"
# Names listed with an annotation after one of them: 生产总值（预计，下同）、财政总收入; or with
# the measure of each pollutant said after it: 化学需氧量排放量和二氧化硫排放量均下降 2%; or a
# name's fall, its quota shared (单位地区生产总值能耗降低及生态环境质量指标完成国家下达目标任务), or
# its growth (…、进出口总额增幅及实际利用外资均高于全市平均水平).
CONNECTOR = re.compile(rf"(?:\s*(?:{ANNOTATION}|排放总量|排放量|降低|下降|增幅|增速))?{SEPARATOR}")
# An unknown name between two separators: Chinese characters only, no figure, no punctuation; a
# copy's line breaks and spaces may stand between them (地方税收⏎收入).
# (the spaces before a break and after it read one way only: a run of spaced characters was cut
# every way, 75 characters taking over 100 s)
_HAN_WORD = r"[\u4e00-\u9fff](?:[ \t\u3000]*(?:\n[ \t\u3000]*)?[\u4e00-\u9fff]){1,11}?"
_ITEM = re.compile(rf"{_HAN_WORD}(?={SEPARATOR})")
# An unknown name closing the list, right before the 分别 that shares the values out:
# 单位地区生产总值能耗、水耗分别下降 4% 和 3% 左右; or before a quota each item meets (万元GDP能耗和
# 水耗完成市下达目标任务, …优良天数比率和地表水水质优良率均完成省下达的目标任务)
# The name ends before 年均 (…、战新产业产值年均分别增长 9.8%、…): its values are averages.
_LAST_ITEM = re.compile(
    rf"{_HAN_WORD}(?=\s*+(?:年均\s*+)?(?:(?:{CLOSED_BY_KIND})\s*+)?"
    rf"(?:分别|(?:(?:均|都)\s*+)?(?:确保\s*+)?(?:{QUOTA_PATTERN})"
    # or before one growth each has: 规上工业增加值、工业用电量均同比增长 10.5%; or one level
    # each passed (高新技术企业、科技型中小企业总量均突破 1000 家)
    # (each optional word takes its own spaces, never given back, and never two runs side by
    # side: 1,000 line breaks after an unknown item took 5 s, 2,000 40 s)
    r"|(?<!年)(?:均|都)\s*(?:(?:同比|比上年)\s*)?(?:增长|下降|增幅|增速)"
    r"|(?:(?:总量|总数|数量)\s*)?(?:均|都)\s*(?:突破|超过|达到|超|达)"
    r"(?=\s*[\d一二三四五六七八九十两百千万])))"
)
_LEVELS_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*年(?:底|末)?\s*")
_AVERAGED = re.compile(r"\s*年均\s*(?:分别\s*)?(?:增长|增速为?|递增)?")


def listed_groups(text, mentions):
    """`mentions` in groups of names listed together (生产总值、财政收入), each group in order."""
    groups = []
    for mention in mentions:
        previous = groups[-1][-1] if groups else None
        if previous and (mention.joined or CONNECTOR.fullmatch(text, previous.end, mention.start)):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


# a known name that only heads a longer name of the list the catalogue does not know (服务业营业
# 收入、社会消费品零售总额分别增长…: 服务业 is the tertiary sector's name, its revenue another figure)
_LONGER_NAME = re.compile(
    rf"(?:(?![和及与])[\u4e00-\u9fff]){{1,6}}?(?:收入|产值|利润|用电量|销售额|营业额)"
    rf"(?={SEPARATOR}|\s*(?:分别|均))"
)


def _as_longer_names(text, mentions, end):
    """`mentions`, each one heading a longer unknown name in a list made a placeholder for it."""
    read = []
    for mention in mentions:
        whole = mention.name and not mention.joined and mention.end - mention.start > 1
        longer = whole and _LONGER_NAME.match(text, mention.end, end)
        read.append(Mention(mention.start, longer.end(), "") if longer else mention)
    return read


def with_unknown_names(text, mentions, end):
    """`mentions` with a placeholder (a mention of no series) for each unknown name listed between
    two known ones (生产总值、规模以上工业产值、固定资产投资), or after the last known one before
    分别 (能耗、水耗分别下降 …)."""
    mentions = _as_longer_names(text, mentions, end)
    starts = {mention.start for mention in mentions}
    ordered_starts = sorted(starts)
    found = []
    for mention in mentions:
        position, items = mention.end, []
        while gap := CONNECTOR.match(text, position, end):
            if gap.end() in starts:
                found += items  # the list goes on to a known name: the unknown ones count
                break
            item = _ITEM.match(text, gap.end(), end)
            if item is None or _runs_into_a_name(ordered_starts, item) or len(items) > _MOST_ITEMS:
                # an item running on into a known name (甲乙⏎地区生产总值) is none: each name's walk
                # stops there, not at the text's end
                last = item is None and _LAST_ITEM.match(text, gap.end(), end)
                found += [*items, Mention(last.start(), last.end(), "")] if last else []
                break
            items.append(Mention(item.start(), item.end(), ""))
            position = item.end()
    listed, ordered = {m.start for m in found}, sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found += [
        item
        for mention in mentions
        for item in _items_before(text, mention, ordered, starts)
        if item.start not in listed
    ]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_MOST_ITEMS = 30  # unknown names a list holds, at most


def _runs_into_a_name(starts, item):
    """Whether a known name starts inside `item`, an unknown name's match."""
    index = bisect_right(starts, item.start())
    return index < len(starts) and starts[index] < item.end()


_BOUNDARY = re.compile(r"[^\u4e00-\u9fff]|年|月")
_BEFORE = 18  # how far before a name an unknown name listed with it may start
# 分别 later in the list's clause (…、社会消费品零售总额、外贸进出口总额分别达到), or after a clause of
# milestones the names passed together (工业增加值和社会消费品零售总额均突破1万亿元，分别增长…), or
# of their doubling (规模以上工业总产值、增加值实现翻两番，分别达到…)
_SHARED_OUT = re.compile(
    rf"(?:[^，,；;。]{{0,12}}?(?:{PASSED_VERB}|超过|翻\s*(?:了\s*)?[一两二]?\s*番)[^，,；;。]{{0,12}}[，,])?"
    r"[^，,；;。]{0,60}?分别"
    # or values listed in the clause, one a name, 分别 left out (粮食面积、产量稳定在 284.5 万亩、
    # 19 亿斤以上; 工业、服务业增加值增长 8%、7%)
    r"|[^，,；;。\d]{0,16}?\d[\d.．]*\s*[^，,；;。\d、和]{0,6}[、和]\s*\d"
)


def _items_before(text, mention, ordered, starts):
    """Placeholders for the unknown names listed right before a known one whose values 分别 shares
    out (工业和第三产业增加值分别增长 12.5%、10.5%: the first value is 工业's; 主营业务收入、税收收入、
    实际利用外资分别完成 120 亿元、4.3 亿元、76 万美元: the third is the capital's)."""
    if not _SHARED_OUT.match(text, mention.end):
        return []
    items, start = [], mention.start
    while len(items) < _MOST_ITEMS and (item := _item_before(text, start, ordered, starts)):
        items.append(item)
        start = item.start
    return items


def _item_before(text, start, ordered, starts):
    """A placeholder for an unknown name listed right before `start`, or None."""
    window = text[max(0, start - _BEFORE) : start]
    separator = re.search(rf"{SEPARATOR}$", window)
    if separator is None:
        return None
    head = window[: separator.start()]
    cut = max((m.end() for m in _BOUNDARY.finditer(head)), default=0)
    item = head[cut:]
    if not 2 <= len(item) <= 16 or not re.fullmatch(r"[\u4e00-\u9fff]+", item):
        return None
    if cut and head[cut - 1] in "0123456789.%％‰":
        return None  # a value's tail (增长6.5%左右、城乡…, 26亿元、…): no name
    first = start - len(window) + cut
    before = bisect_left(starts, start - len(separator.group())) - 1  # the name found last before
    if before >= 0 and ordered[before].end > first:
        return None  # a name found there already (城镇和农村居民…: 城镇 shares the tail)
    return Mention(first, first + len(item), "")


def values_after_averages(text, position, limit):
    """The values of the clause after a list of values averaged over years (…年均分别增长
    14.1%、22.1%，达 4270 亿元、500.36 亿元), or []."""
    averaged = _AVERAGED.match(text, position, limit)
    if averaged is None or not averaged.group().strip():
        return []
    averages = read_values(text, averaged.end(), limit, growth=True)
    comma = averages and NEXT_CLAUSE.match(text, averages[-1].extent, limit)
    if not comma:
        return []
    year = _LEVELS_YEAR.match(text, comma.end(), limit)  # …，2011 年分别达到 1483 亿元、…
    return read_values(text, year.end() if year else comma.end(), limit)


# the list's values shared out in the clause after it: 地区生产总值、…和农村居民人均可支配收入，预计
# 分别增长 5.8%、…和 7.5%; perhaps after a standing the names hold (…均稳居全省第 2，分别增长…)
_SHARED_NEXT = re.compile(rf"\s*(?:{STANDING}\s*)?[，,]\s*(?={SHARED_OUT})")


# names listed as the owners of another measure: 服务业、装备制造和高新技术产业的投资分别增长…
# (its own measures, 的增速, 的降幅, 的总量, leave the values the names')
_ANOTHER_MEASURE = re.compile(
    r"的\s*(?:投资|投资额|用电量|产值|总产值|营业收入|营收|利润|利税|税收|贷款|出口额?|进出口额?)"
    r"\s*(?:预计|预期)?\s*(?:分别|均|都)"
)
_MEASURE_REACH = 8  # how far back in the last name its measure may begin (高新技术产业的投资)
_SHARING_REACH = 12  # how far after the names the 分别 sharing the values out may stand


def listed_values(text, position, limit):
    """The values after a list of names: read right after it, after a list of averages, after a
    clause of milestones passed, or in the next clause when 分别 opens it; none when the names
    own another measure that the values are of."""
    window = (max(0, position - _MEASURE_REACH), min(limit, position + _SHARING_REACH))
    if _ANOTHER_MEASURE.search(text, *window):
        return []
    values = read_values(text, position, limit) or values_after_averages(text, position, limit)
    if not values and (shared := _SHARED_NEXT.match(text, position, limit)):
        return read_values(text, shared.end(), limit)
    return values_after_milestones(text, position, values, limit) or values


# a list of figures, each a name and its value: 实际到位内资 3540 亿元、实际利用外资 75 亿美元
_CLAUSE_OPENS = "，,；;。：:\n"


def _clause_before(text, start, position):
    """(opening, end) of the clause closed by the comma `position` is after (after `start`), or
    (None, None) when no comma closes one there."""
    end = position
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[end - 1] not in "，,":
        return None, None
    opening = end = end - 1
    while opening > start and text[opening - 1] not in _CLAUSE_OPENS:
        opening -= 1
    return opening, end


def _clauses_back(text, start, opening, end, count):
    """The `count` clauses ending with the one at (opening, end), each closed by a comma, in
    order; fewer when the sentence's clauses before run out."""
    items = [(opening, end)]
    while len(items) < count:
        opening, end = _clause_before(text, start, items[0][0])
        if opening is None:
            break
        items.insert(0, (opening, end))
    return items


def by_place(text, start, position, mentions, count):
    """(mention, place) for each of `mentions` in a list of `count` figures, each item a name and
    its value, in the clause before the comma `position` is after (after `start`); [] when that
    clause is no such list. The values 分别 shares out after it (…，分别增长 3.7%、5.6%) go to the
    items in order, names the catalogue does not know counted."""
    opening, end = _clause_before(text, start, position)
    if opening is not None and not re.search(r"\d", text[opening:end]):
        # an aside between the list and 分别 (…48 亿元，均居全省第二、三县第一，分别增长…)
        opening, end = _clause_before(text, start, opening)
    if opening is None:
        return []
    cuts = [opening, *(at + 1 for at in range(opening, end) if text[at] == "、"), end]
    items = list(itertools.pairwise(cuts))
    # or one figure a clause: 实际利用外资 1.2 亿美元，实际到位内资 33.7 亿元，分别…
    if len(items) == 1:
        items = _clauses_back(text, start, opening, end, count)
    if len(items) != count or not all(re.search(r"\d", text[a:b]) for a, b in items):
        return []
    return [
        (mention, place)
        for mention in mentions
        for place, (a, b) in enumerate(items)
        if a <= mention.start < b
    ]


def shares_one(text, group, value):
    """分别 over one value makes it each name's when bridge words alone stand between the last and
    the value (城乡居民人均可支配收入分别增长 7.5% 左右); the unknown names of the list take it too,
    and are left out (进出口总额、实际利用外资、引进外省到位资金分别增长 20%); but not a side alone
    beside them (城镇和农村低保标准分别提高 10%: the sides of the unknown name, no income's)."""
    own = read_value(text, group[-1].end, value.extent)
    known = [m for m in group if m.name]
    sides = any("".join(text[m.start : m.end].split()) in _SIDES for m in known)
    if not known or (len(known) < len(group) and sides):
        return False
    return own is not None and own.start == value.start


_SIDES = ("城镇", "农村", "城市", "乡村")
