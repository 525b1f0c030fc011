"""Names that stand for several series at once, written short: 城乡居民人均可支配收入 and
城、乡居民人均可支配收入 (the urban and the rural series), 一、二、三产业 (the three sectors). Each
gives one mention per series, in the order written, coordinated like a list (分别增长 …)."""

import re
from bisect import bisect_right

from reports.extraction.enumerations import SEPARATOR
from reports.extraction.lexicon import PERCENT, Mention, squeeze
from reports.extraction.scanning import Spans, coordinated_run

# 城乡, 城、乡, and the sides named in full: 城镇、农村居民人均可支配收入 (城市 in older reports); the
# rural side may be the pastoral one (城镇、牧区常住居民…), the farming one (城镇和农区常住居民…) or
# the villages (城镇和乡村居民…)
_URBAN_RURAL = re.compile(
    r"城(?:[镇市](?=\s{0,3}[、和与及]))?\s{0,3}[、和与及]?\s{0,3}(?P<rural>乡村|乡|农村|农?牧区|农区)"
)
# Each optional part starts with a character, never with spaces: a run of blank lines is
# passed in linear time.
# 城乡居民收入 达到 23292 元和 7750 元: the per-head incomes, written short; the rural one is
# the disposable income from the statistics of 2014 on, the net income before.
# 城乡居民人均收入 likewise (可支配 left out); 城乡居民可支配收入 (人均 left out) names the
# disposable incomes whatever the year; 城乡人均可支配收入 (居民 left out) too.
# (城镇和农村居民的人均可支配收入: 的 may stand after 居民)
_INCOME = re.compile(
    r"\s*(?:居\s*民\s*(?:的\s*)?(?:人\s*均\s*)?|人\s*均\s*)(?:可\s*支\s*配\s*)?收\s*入"
)
# 城乡常住居民人均可支配收入: 常住 (the resident population's) changes no series
_RESIDENT = re.compile(r"\s*常\s*住(?=\s*居)")
_SIDES_PARTED = re.compile(r"[、和与及]")  # 城市和农村, 城镇、农村: each side written out
_INCOMES = ("城镇居民人均可支配收入", "农村居民人均可支配收入", "农村居民人均纯收入")
# The rural household survey counted a disposable income from 2013 on, a net income before: a
# rural side of 城乡居民人均可支配收入 of an earlier year is the net income.
_RURAL_DISPOSABLE_SINCE = 2013
# 一、二、三产业 or, run together, 一二三产业; 现价增加值: at current prices, as a level is
_SECTORS = re.compile(
    r"(?:第\s*)?一\s*、?\s*(?:第\s*)?二\s*、?\s*(?:第\s*)?三\s*(?:产业|产)(?:\s*(?:现价)?\s*增加值)?"
)
# 三次产业分别增长 5.7%、13.9% 和 11.8%: the three sectors as one name, shared out by 分别
# (三大产业 likewise)
_THREE_SECTORS = re.compile(
    r"三\s*(?P<second>[次大])\s*(?P<third>产)\s*业(?:\s*(?:实现|完成))?(?:\s*增加值)?(?=\s*分别)"
)
# a budget's revenue and spending named together (收支), before 分别
_INCOME_AND_OUTGO = re.compile(
    r"(?P<head>(?:地\s*方\s*)?一\s*般\s*公\s*共\s*预\s*算)\s*收\s*支(?=\s*分\s*别)"
)
_SECTOR_NAMES = ("第一产业增加值", "第二产业增加值", "第三产业增加值")
_SECTOR_DIGITS = "一二三"


def with_short_names(text, start, end, catalogue, year, mentions):
    """`mentions` with the short names in text[start:end] that stand for several series (城乡
    居民人均可支配收入, 一、二、三产业), which replace the mentions they cover, and the short second
    names of a list that take the first one's head (规模以上工业总产值、增加值)."""
    parts = shared_names(text, start, end, catalogue, year)
    if parts:
        covered = Spans((m.start, m.end) for m in parts)
        kept = [m for m in mentions if not covered.overlap(m.start, m.end)]
        mentions = sorted(kept + parts, key=lambda m: m.start)
    return shared_heads(text, start, end, catalogue, mentions)


def shared_names(text, start, end, catalogue, year=None):
    """The mentions of the short names in text[start:end] whose series the catalogue knows;
    `year`, the year reviewed, decides which rural income 城乡居民收入 means."""
    return (
        _urban_and_rural(text, start, end, catalogue, year)
        + _sectors(text, start, end, catalogue)
        + _revenue_and_spending(text, start, end, catalogue)
    )


def _revenue_and_spending(text, start, end, catalogue):
    """一般公共预算收支分别增长 7.6%、5.7%: the revenue, then the spending in its place (a mention
    of no series, the catalogue counting no spending)."""
    found = []
    for match in _INCOME_AND_OUTGO.finditer(text, start, end):
        revenue = catalogue.resolve(squeeze(match["head"]) + "收入")
        if revenue:
            outgo = match.end() - 1
            found.append(Mention(match.start(), outgo, revenue))
            found.append(Mention(outgo, match.end(), "", joined=True))
    return found


def _urban_and_rural(text, start, end, catalogue, year):
    found = []
    for match in _URBAN_RURAL.finditer(text, start, end):
        resident = _RESIDENT.match(text, match.end(), end)
        after = resident.end() if resident else match.end()
        wording = catalogue.wording_pattern.match(text, after, end) or _INCOME.match(
            text, after, end
        )
        if wording is None:
            continue
        # each side written out (城市和农村居民家庭人均可支配收入) names the rural income the text
        # counted, whatever the year; 城乡 alone leaves it to the year
        written_out = bool(_SIDES_PARTED.search(text, match.start(), match.start("rural")))
        tail = squeeze(wording.group()).replace("居民的", "居民")
        names = _sides(tail, catalogue, year, written_out=written_out)
        if all(names):
            rural = match.start("rural")
            found.append(Mention(match.start(), match.start() + 1, names[0]))
            found.append(Mention(rural, wording.end(), names[1], joined=True))
    return found


def _sectors(text, start, end, catalogue):
    found = _three_sectors(text, start, end, catalogue)
    for match in _SECTORS.finditer(text, start, end):
        if not all(name in catalogue for name in _SECTOR_NAMES):
            continue
        digits = [text.index(digit, match.start(), match.end()) for digit in _SECTOR_DIGITS]
        ends = [digits[1] - 1, digits[2] - 1, match.end()]
        for order, (at, stop, name) in enumerate(zip(digits, ends, _SECTOR_NAMES, strict=True)):
            found.append(Mention(at, max(at + 1, stop), name, joined=order > 0))
    return found


def _three_sectors(text, start, end, catalogue):
    """三次产业 before 分别: one mention per sector over the name's characters (三, 次, 产业…), so
    that each has its own place in the list 分别 shares the values over."""
    found = []
    for match in _THREE_SECTORS.finditer(text, start, end):
        if not all(name in catalogue for name in _SECTOR_NAMES):
            continue
        at = [match.start(), match.start("second"), match.start("third")]
        for order, name in enumerate(_SECTOR_NAMES):
            stop = at[order + 1] if order < 2 else match.end()
            found.append(Mention(at[order], stop, name, joined=order > 0))
    return found


def _sides(tail, catalogue, year, *, written_out=False):
    """The urban and the rural series a tail after 城乡 (or each side `written_out`) names."""
    urban, disposable, net = _INCOMES
    if tail not in ("居民收入", "居民人均收入"):
        names = [catalogue.resolve(side + tail) for side in ("城镇", "农村")]
        older = year is not None and year < _RURAL_DISPOSABLE_SINCE
        if names[1] == disposable and older and not written_out:
            names[1] = net if net in catalogue else None  # no rural disposable income was counted
        return names
    rural = net if year is not None and year < 2014 else disposable
    return [name if name in catalogue else None for name in (urban, rural)]


# 城乡居民人均可支配收入 53740 元: one level, not shared out (分别) nor each side's (均), is the
# income of all residents (one growth rate is each side's, as the corpus labels it)
_WHOLE = {"城镇居民人均可支配收入": "居民人均可支配收入"}
_EACH = re.compile(r"分别|均|都|各")


def whole_of(text, group, between, value, catalogue):
    """The one mention for all residents a 城乡 pair of mentions stands for when a single level
    follows (`value`, `between` them and it); None when the pair is each side's."""
    if len(group) != 2 or not group[1].joined or _EACH.search(between):
        return None
    if value.qualitative or value.unit == PERCENT:
        return None
    if squeeze(text[group[0].start : group[1].start + 1]) != "城乡":
        return None
    name = _WHOLE.get(group[0].name)
    return Mention(group[0].start, group[1].end, name) if name in catalogue else None


# 全体居民人均可支配收入 35000 元，其中城镇居民 45000 元、农村居民 22000 元: after a total, the urban
# and rural parts named by their side alone, each its own series.
_PART = re.compile(
    r"(城镇|农村)\s*(?:常住)?\s*(?:居民)?(?=\s*(?:\d|达|为|分别|增长|人均|完成|实现|、|和|及|与))"
)
_PART_WINDOW = 60  # how far after the total its parts may be named
_TOTAL_LEAD = "全体"


def parts_after_totals(text, end, mentions, catalogue):
    """Mentions of the parts (城镇居民, 农村居民) named after a mention of their total."""
    found, named = [], Spans((m.start, m.end) for m in mentions)
    for mention in mentions:
        tail = squeeze(text[mention.start : mention.end]).removeprefix(_TOTAL_LEAD)
        if not all(catalogue.resolve(side + tail) for side in ("城镇", "农村")):
            continue
        for match in _PART.finditer(text, mention.end, min(end, mention.end + _PART_WINDOW)):
            if not named.overlap(match.start(), match.end()):
                found.append(
                    Mention(match.start(), match.end(), catalogue.resolve(match[1] + tail))
                )
    return found


# 规模以上工业总产值、增加值分别增长 …: a short second name that takes the first one's head
# (规模以上工业), the values shared out over both; also after 和 (总产值和增加值同比分别增长), and
# with more short names after it (总产值、增加值、利润分别完成).
# before 分别, or before a value of its own (…、外资 1368 万美元)
# The names after the second hold no 和/及/与 and are at most _LISTED_AFTER: a run of 粮食和粮食和…
# has one way of being cut into them, and each start reads a bounded stretch (with 和 inside a
# name, each way was tried: thirty items took 1.6 s, a hundred over 100 s).
_LISTED_AFTER = 12
_SHORT_SECOND = re.compile(
    r"(?:、|和|及|与)\s*([\u4e00-\u9fff]{2,5}?)"
    rf"(?=(?:\s*[、和及与]\s*(?:(?![和及与])[\u4e00-\u9fff]){{2,5}}?){{0,{_LISTED_AFTER}}}"
    # (the spaces before the values taken once, never given back: 同比 between two runs of
    # them was quadratic in a run of line breaks, 15,000 after an item 2.4 s)
    r"\s*+(?:(?:同比|比上年)\s*+)?(?:分别|均|(?P<valued>\d)))"
)
# the first name's value, up to the 、 (130.2 亿元)
_FIRST_VALUE = re.compile(r"(?<=[\u4e00-\u9fff])\s*\d[\d.\s]*[^\d\s、，,。；;]{0,4}\s*$")
_FIRST_REACH = 16  # how long the first name may be
_LISTED = re.compile(rf"\s*(?:{SEPARATOR})?")  # after a name listed before the first
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")


def shared_heads(text, start, end, catalogue, mentions):
    """`mentions` with each short second name the catalogue knows with the first name's head,
    and a placeholder (a mention of no series) for that first name if it is not known."""
    found, named = [], Spans((m.start, m.end) for m in mentions)
    ends = [m.end for m in mentions]  # in order: the mentions are in order and do not overlap
    chained = None  # where the last short second read ends
    for match in _SHORT_SECOND.finditer(text, start, end):
        if named.overlap(*match.span(1)):
            continue
        first_end = _first_name_end(text, start, match)
        run = _HAN_RUN.search(text[max(start, first_end - _FIRST_REACH) : first_end])
        begin = first_end - (len(run.group()) if run else 0)
        # the first name starts after any name found before it (生产总值和规模以上工业总产值、增加值)
        before = bisect_right(ends, match.start())
        begin = max(begin, ends[before - 1]) if before else begin
        begin = _LISTED.match(text, begin, first_end).end()
        name = _with_head(text[begin:first_end], match[1], catalogue)
        if name is None:
            if chained == match.start():  # …、增加值、利润分别…: an item the catalogue lacks
                found.append(Mention(match.start(1), match.end(1), ""))
                chained = match.end(1)
            continue
        found.append(Mention(match.start(1), match.end(1), name))
        chained = match.end(1)
        if not named.overlap(first_end - 1, first_end):
            found.append(Mention(begin, first_end, ""))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _first_name_end(text, start, match):
    """Where the first name of a short second ends: before the 、, or before the first name's
    own value when the second has one too (实际使用内资 130.2 亿元、外资 1368 万美元)."""
    if not match["valued"]:
        return match.start()
    value = _FIRST_VALUE.search(text, max(start, match.start() - _FIRST_REACH), match.start())
    return value.start() if value else match.start()


def _with_head(first, second, catalogue):
    """The series `second` names with a head of `first` before it, the longest head first."""
    for cut in range(len(first) - 1, 1, -1):
        for lead in range(0, cut - 1):
            name = catalogue.resolve(first[lead:cut] + second)
            if name:
                return name
    return None


def coordinated(text, start, mentions, catalogue):
    """Mentions of first names that share the next name's tail (城镇、农村居民人均可支配收入:
    城镇 is 城镇居民人均可支配收入), in the sentence from `start`."""
    found, named = [], Spans((m.start, m.end) for m in mentions)
    for mention in mentions:
        before = coordinated_run(text, start, mention.start)
        # the run must not end inside a name already found (…生产总值和城镇居民…)
        if before is None or named.overlap(before[1] - 1, before[1]):
            continue
        wording, run = squeeze(text[mention.start : mention.end]), text[slice(*before)]
        # the longest head first: 城镇居民、农村居民人均… is 城镇居民人均…, not 居民人均…
        heads = [
            (cut, length) for cut in range(1, len(wording) - 2) for length in range(len(run), 0, -1)
        ]
        for cut, length in heads:
            name = catalogue.resolve(run[-length:] + wording[cut:])
            if name and name != mention.name:
                found.append(Mention(before[1] - length, before[1], name))
                break
    return found
