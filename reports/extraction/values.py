"""Values as reports write them after an indicator's name: "增长 5.3% 左右", "突破 4600 家",
"不低于全省平均水平", "完成省下达任务" — where they start and end, and their written unit.

The value's text keeps the qualifiers that change its meaning (约, 超, 突破, 不低于, 左右, 以上 …,
and 下降, which makes it negative) and leaves out the words that do not (增长, 达, 为, 稳定在):
"增长 5.8%" gives "5.8" in a % series, "稳定在 124 万亩以上" gives "124 万亩以上".
"""

import re
from dataclasses import dataclass, replace

from reports.extraction.annotations import ANNOTATION, OVER_A_LEVEL, PRICES
from reports.extraction.bridge_words import (
    ADJUSTING,
    BRIDGE_WORDS,
    DOWN_RATES,
    GROWTH_WORDS,
    REVISION_VERBS,
)
from reports.extraction.lexicon import MULTIPLIERS, PERCENT, clean_unit
from reports.extraction.worded_values import (
    OUTRUN_BEFORE_FIGURE,
    QUALITATIVE,
    QUOTA_PATTERN,
    spaced_alternatives,
)

BASE_UNITS = (
    "万美元 亿美元 美元 元 人次 人 家 户 个 件 项 亩 公顷 公里 千米 平方米 立方米 米 吨标准煤 吨标煤 吨 标准箱 张 "
    "套 所 座 条 辆 艘 台 宗 笔 场 千瓦时 千瓦 度 名 位 处 批 例 篇 部 床 株 棵 间 栋 列 趟 架 倍 千克 公斤 斤 岁"
).split()
PREFIX_QUALIFIERS = "不低于 不少于 不高于 不超过 超过 突破 首破 接近 大约 约 近 超 逾 至少 最多 高于 低于 ≤ ≥ ＜ ＞".split()
SIGNS = frozenset("≤ ≥ ＜ ＞".split())  # read with its unit, the value's text keeping both (≤4%)
# the bounds a target sets (不低于 5%, 不超过 2%), unlike a result's threshold passed (超过, 突破)
BOUNDS = frozenset("不低于 不少于 不高于 不超过 至少 最多".split())
SUFFIX_QUALIFIERS = "及以上 左右 以上 以内 以下 上下 之内".split()
# A result written as a threshold passed (突破 5 万亿元, 超 3000 家, 1200 多家) is a milestone,
# not the figure: as a target it is a floor, as a result it only says the figure is above.
VAGUE_PREFIXES = frozenset("突破 首破 超过 超 逾 近 接近".split())
DOWN_WORDS = "下降 降低 减少 回落 削减 下跌 微降 略降 降".split()  # 比降 6.5%, as 比增 is a growth
# A growth averaged over several years (五年来…年均增长 8.4%) is no year's figure: no value.
AVERAGE_WORDS = frozenset({"年均"})
DELIMITERS = "，,。；;、：:！？!?）)\n"


def _alternatives(words):
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _spaced_units(units):
    """Units as a justified PDF line may space them (1830 万美 元, 1.2 万人 次)."""
    ordered = sorted(units, key=len, reverse=True)
    return "|".join("[ \u3000]?".join(map(re.escape, unit)) for unit in ordered)


# a copy may leave a space beside the decimal point (385. 23 亿元, 27 .4 亿元), and a PDF's
# fixed-width lines break numbers anywhere (4779⏎1 元, 198.⏎6 亿元, 2⏎.5 亿美元, 10.2⏎8 亿元):
# still one number. A yearbook groups the digits of an amount in threes with a space (4 790
# 亿元, 2 329.5 亿元): one number too, when an amount's unit follows — an annex row's columns are
# spaced numbers of their own. So does a copy with a thousands comma (39,175 元).
_GROUPED = r"\d{1,3}(?:[ \u3000,]\d{3})+(?=(?:\.\d+)?\s*(?:亿|万|千|元|美元|吨|人|户|家))"
# A PDF may leave a stray space inside a number (增长1 6 %, 8 5亿元, 1760 0元), or space its digits
# out (2 8 7 2.4亿元): one number when a rate's or an amount's unit follows.
_STRAY_SPACE = (  # (spaced out: three digits or more, right after a word, not a table's columns)
    r"(?:\d{1,4} \d{1,3}|(?<![\d\s])\d(?: \d)+ \d{1,3})(?=(?:\.\d+)?\s*(?:[%％]|亿|万|元))"
)
_NUMBER = rf"[-−+]?(?:{_GROUPED}|{_STRAY_SPACE}|\d+(?:\n\d+)?)(?:[ \u3000\n]?\.[ \u3000\n]?\d+(?:\n\d+)?)?"
NUMERIC = re.compile(
    rf"(?P<down>(?:{spaced_alternatives(DOWN_WORDS)})\s*)?"
    rf"(?P<pre>(?:{spaced_alternatives(PREFIX_QUALIFIERS)})\s*)?"
    rf"(?P<num>{_NUMBER})"  # a note may stand before the unit: 277.74（含市直）亿元
    rf"(?:\s*[（(][^（）()\d，,。；;\n]{{1,8}}[)）](?=\s*(?:{_alternatives((*MULTIPLIERS, *BASE_UNITS))})))?"
    # (a hyphen after a space opens a sign, not a range, unless a space follows it too: a slide's
    # 186.4亿元　-6.2% is an amount and its fall)
    rf"(?P<range>(?P<first_unit>\s*(?:[%％℅]|(?:万|亿|万亿)?元))?"
    rf"(?:\s*(?:[—─]{{1,2}}|~|～|至|到)|(?<!\s)[-－–]|\s+[-－–](?=\s))\s*{_NUMBER})?"
    rf"(?P<mult>\s*(?:{_alternatives(MULTIPLIERS)}))?"
    r"(?P<mixed>(?<=亿)\s*\d+\s*万)?"  # 108亿3038万元: one amount in two multipliers
    rf"(?P<more>余|多)?"
    rf"(?P<unit>\s*(?:%|％|℅|‰|个百分点|{_spaced_units(BASE_UNITS)}))?"
    rf"(?P<post>\s*(?:{spaced_alternatives(SUFFIX_QUALIFIERS)}))?"
)
# a fall held to a quota: 能耗降低完成省下达目标, 主要污染物减排完成国家下达的目标任务
_FALL_QUOTA = re.compile(
    rf"(?:{spaced_alternatives([*DOWN_WORDS, '减排'])})\s*(?P<quota>{QUOTA_PATTERN})"
)
# values shared out over the names before, in the clause opening here: …，分别增长 15.5%、16%
SHARED_OUT = r"[^，,。；;\d]{0,8}?分\s*别"
# An annotation may stand as a clause of its own: 8200 亿元，按可比价格计算，增长 4.9%.
# A name may stand as a label before a colon, its figure after: 地区生产总值：预计完成 120 亿元.
# The circumstances the figure was reached in: 在大幅减税降费情况下增长 1.5% (before 在 alone).
# the scene a figure is set in: 在…的情况下, 在灾情影响下
SCENE = r"(?:情况|背景|形势|条件|影响|冲击|压力)下(?!降)"  # not 受疫情影响下降 5%
_CIRCUMSTANCES = rf"在[^，,。；;\d]{{1,16}}?{SCENE}"
# A list closed by the names' kind, its quota after (…和主要污染物排放总量削减率等约束性指标，确保完成
# 省政府下达的任务; …、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内), or counted (…等 9 项
# 指标, …农村居民可支配收入 9 项指标增速快于全市平均).
_COUNT = r"[\d一二三四五六七八九十两]+\s*项"
_INDICATORS = r"\s*(?:主要\s*)?(?:约束性\s*)?指\s*标"
# or by the others the quota is shared with (实际利用外资、外贸进出口和其他约束性指标，均完成…)
# or by 等 alone before the quota met (单位地区生产总值能耗和二氧化碳排放量等达到省定目标)
CLOSED_BY_KIND = (
    rf"(?:(?:等\s*(?:{_COUNT})?|{_COUNT}|(?:和|及|以及|与)\s*其[他它]\s*){_INDICATORS}\s*[，,]?\s*(?:确\s*保)?"
    r"|等(?=\s*(?:均\s*)?(?:完成|达到)\s*[^\d\s])"
    # or counted before their changes (…、农村居民人均可支配收入三项增速分别为 5.7%、…), or
    # counted as the pollutants they are (化学需氧量、…氮氧化物四项主要污染物减排完成…)
    rf"|{_COUNT}(?=\s*(?:增速|增幅|分别|均))|{_COUNT}\s*(?:主要\s*)?污\s*染\s*物\s*(?:减\s*排)?)"
)
_COUNTED = re.compile(rf"{_COUNT}{_INDICATORS}")  # 9 项指标: a count of the names, not a value
_BEFORE_A_FALL = r"比(?=\s*降\s*\d)"
# a bound held through the years up to the figure's (粮食产量连续 9 年稳定在 1050 万吨以上): the year's
_YEARS_RUNNING = (
    r"连\s*续\s*(?:[一二三四五六七八九十两]{1,3}|\d{1,2})\s*年(?=\s*(?:稳定|保持|控制)\s*(?:在|\d))"
)
# the year a figure is of, said between its name and its value (生产总值 2007 年达到 541.6 亿元,
# 生产总值：2005 年 394.8 亿元); not a year compared with or priced at (按 2005 年可比价格, 比 2005 年)
# 其中 before a year's part of a total over the years (累计完成4100亿元，其中2025年完成860亿元)
PART_OF_TOTAL = r"(?:其中\s*)?"
_YEAR_BETWEEN = rf"(?<![按比较与同从由以在自之于]){PART_OF_TOTAL}(?:19|20)\d{{2}}\s*年(?:末|底|度)?(?:\s*[，,])?"
# …and a clause going on with another year's figure (生产总值：2005 年 394.8 亿元，2010 年目标 800
# 亿元，2007 年 541.6 亿元): the year said first, no name
YEAR_LED = re.compile(
    rf"\s*{PART_OF_TOTAL}(?:19|20)\d{{2}}\s*年(?:末|底|度)?(?=\s*(?:目标|预计|计划|控制目标|达到?|为|实现|完成|(?:恢复性?|反弹)?增长|下降|[-−]?\d))"
)
# …or a comma, where the clause after it is the value alone, on a line of its own or in words, as a
# rhyme sets it (城镇居民人均可支配收入，⏎两万四千五百二十元，⏎增长百分之八点六; not 增量最大的是
# 一般公共预算收入，3.2亿元)
_VALUE_CLAUSE_AFTER = (
    r"[，,](?=[ \t\u3000]*\n|\s*[零〇一二两三四五六七八九十百千万亿点]+)"
    r"(?=\s*(?:[-−]?\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)\s*"
    r"(?:[万亿]?元|[万亿]|家|[万]?人|万吨|亿斤)?\s*(?:[，,。；;！!\n]|$))"
)
# a name set as a label in brackets, its last year's words after it (【固定资产投资】去年目标增长8%，实际
# 增长3.5%): the year before the text's, as 去年 says
_LABEL_THEN_LAST_YEAR = r"[】\]]\s*(?:去年|上年)"
BRIDGE = re.compile(
    rf"\s*(?:{_YEAR_BETWEEN}|{_VALUE_CLAUSE_AFTER}|{ADJUSTING}|{_CIRCUMSTANCES}|{OUTRUN_BEFORE_FIGURE}|{_BEFORE_A_FALL}|{_YEARS_RUNNING}|{CLOSED_BY_KIND}|{PRICES}\s*[，,]?|{OVER_A_LEVEL}|{spaced_alternatives(BRIDGE_WORDS)}|(?:{ANNOTATION})\s*[，,]?|[：:]|{_LABEL_THEN_LAST_YEAR})\s*"
)
# How a clause that goes on about the figure before it opens: 增长 5.8%, 下降 16.0%, 达 410 亿元.
GOES_ON = re.compile(
    rf"\s*(?:{ADJUSTING}|{_BEFORE_A_FALL}|{spaced_alternatives(BRIDGE_WORDS)}|{ANNOTATION}|{spaced_alternatives(DOWN_WORDS)})"
)
# A level told with the one it grew from: 从 2011 年的 1091.18 亿元增加到 2016 年的 1650 亿元 —
# the value is the second, of its own year; or revised (由原上报的62.37亿元核减为41.08亿元).
FROM_TO = re.compile(
    rf"(?:(?:从|由)(?:[^，,；;。\n]|\n(?!\n)){{1,24}}?(?:(?:增加|增长|增|提高|提升|扩大|上升|跃升|下降|减少|降低|降|发展|壮大|收窄|回升|回落)\s*(?:到|至)|(?:{REVISION_VERBS})\s*为)"
    # or with no verb (从2012年的732亿元到2018年1115.4亿元; not a target adjusted, 由8%调减至6%)
    r"|(?:从|由)\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?\s*的?\s*)?\d+(?:\.\d+)?\s*(?:(?!调)[^\d，,；;。\n]){0,4}?(?:到|至)"
    # or 在 2005 年 6520 亿元的基础上，2010 年达到 15806 亿元
    r"|在[^，,；;。\n]{1,24}?的?基础上\s*[，,]?)"
    r"\s*(?:(?:19|20)\d{2}\s*年(?:末|底)?\s*的?)?"
)
# The base of a comparison, when it is a year: 比 2012 年增长 47.7%; not that of a doubling
# (比 2009 年翻 1.2 番，同比增长 26%).
_BASE_YEAR = re.compile(r"(?:比|较|与|同)\s*((?:19|20)\d{2})\s*年(?![^，,；;。\n]{0,4}翻)")


def base_year(text, start, end):
    """The year text[start:end] compares with (比 2012 年), or None."""
    match = _BASE_YEAR.search(text, start, end)
    return int(match[1]) if match else None


# A copy may lose the separators of a list of rates (分别增长 0.5%7.2%9%, or a PDF's 51.6% 144%):
# a % ends each value. A value's rank may stand bracketed before the separator (增速分别为
# 5.6%（全市第四）、6.6%).
LIST_SEPARATOR = re.compile(
    r"(?:\s*[（(][^（）()%％‰\n]{1,12}[）)])?\s*(?:、|和|，|,)\s*|(?<=[%％])(?=[-−+]?\d)"
    r"|(?<=[%％])[ \t\u3000]{1,3}(?=[-−+]?\d+(?:\.\d+)?[ \t\u3000]?[%％])"
)


@dataclass(frozen=True)
class Value:
    start: int
    end: int  # where value_text ends when its unit is the series' own ("5.8" of "5.8%")
    extent: int  # where everything read ends, unit and qualifiers included
    unit: str  # the written unit ("万人", "%", "" when none)
    growth: bool
    qualitative: bool = False
    unit_end: int = 0
    vague: bool = False  # written as a threshold passed (突破, 超, 多, 余)
    fell: bool = False  # written after a fall word (下降 4.5%)
    # a later value of a falling list (分别下降 4.5% 和 4.6%): a fall its verbatim text cannot say
    sign_lost: bool = False

    def text_end(self, *, scaled):
        """Where value_text ends: with the unit when it differs from the series' ("1.6 万人")."""
        return max(self.end, self.unit_end) if scaled else self.end


_MOST_BRIDGES = 5  # 增速 年初 计划 目标 为 8.5%
# a fall's rate bounded (降幅控制在 20% 以内, 降幅在 3% 以上, 降幅不低于 2%): a target's bounds
_BOUND = re.compile("|".join([*BOUNDS, "以内", "以下", "之内", "以上"]))
# a level after these is how much it grew (城乡居民收入分别增加 10491 元); 增加到 is the level
_CHANGE_WORDS = frozenset({"增加", "提高", "提升"})
# a level grown to another, its 从 left out (GDP 47.36 亿元增加到 113.7 亿元): the second is the value
_GREW_TO = re.compile(r"\s*(?:增加|增长|提高|提升|上升|跃升|扩大)\s*(?:到|至)")
NEXT_CLAUSE = re.compile(r"\s*[，,]\s*")
# a rate's change in points, then the level it reached (城镇化率提高 1.6 个百分点，达到 45%; 失业率
# 下降 0.2 个百分点，降至 3.5%): the level
_POINTS_THEN_LEVEL = re.compile(
    r"(?:(?:下\s*降|降\s*低|回\s*落|减\s*少)\s*)?[-−+]?\d+(?:\.\d+)?\s*个\s*百\s*分\s*点"
    r"(?:\s*[，,、]\s*(?=(?:达到|达|为|至|升至|降至|降到|回落到|回落至|提高到|提升到)\s*\d)"
    r"|\s*(?:至|到)(?=\s*\d))"  # 提高 1.2 个百分点至 58.6%
)
# the good days counted, then their share of the days (优良天数为298天，占有效监测天数的82.3%;
# 占全年的57.3%): the share
_SHARE_OF_DAYS = re.compile(
    r"\d{1,3}\s*天\s*[，,]?\s*占(?:全年|有效监测|监测|总)[^，,。；;\d]{0,6}?的?\s*(?=\d)"
)
# a sum describing a project (完成投资 1200 万元的服装研发中心项目) or the places counted (经济总量超
# 500 亿元的县域增至 12 个): theirs, no figure; or the size of the projects counted (其中固定资产
# 投资 5 亿元以上重大项目 47 个)
_OF_A_PROJECT = re.compile(
    r"\s*的(?!\s*\d|\s*(?:年度)?(?:目标|计划|任务|规模|增量|增速|水平))[^，,。；;（(\n]{0,24}?(?:项目|工程|县域?|城市|企业)"
    r"|[\u4e00-\u9fff]{0,4}?(?:项目|企业)(?=\s*(?:(?:达到?|共计|共|为|有)\s*)?\d)"
)


def read_value(text, position, limit, *, growth=False):
    """The value after an indicator's name at `position`, passing over bridge words; or None."""
    down_rate, word, before = None, "", ""  # (where a fall's rate is named: 降幅)
    for step in range(_MOST_BRIDGES + 1):
        position = _past_spaces(text, position, limit, wrapped=step == 0)
        if counted := _COUNTED.match(text, position, limit):
            position = counted.end()
        if days := _SHARE_OF_DAYS.match(text, position, limit):
            position = days.end()
        found = _qualitative(text, position, limit, growth) or _numeric(
            text, position, limit, growth
        )
        if found and down_rate is not None and not found.qualitative and not found.fell:
            if _BOUND.search(text, found.start, found.extent):
                # 降幅控制在 20% 以内: a bound on the fall, its words kept (a growth of -20% at least)
                return replace(found, start=down_rate, growth=True, fell=True)
            # 降幅…收窄至 -11.6%: a fall's rate written with its sign keeps it
            return replace(found, growth=True, sign_lost=text[found.start] not in "-−")
        if found and word in _CHANGE_WORDS and found.unit not in ("", PERCENT, "‰"):
            # 收入增加 959 元: the change, not the level; a growth may follow (…，增长 5.2%)
            comma = NEXT_CLAUSE.match(text, found.extent, limit)
            if comma is None or not GOES_ON.match(text, comma.end(), limit):
                return None
            position, word = comma.end(), ""
            continue
        if found and not found.qualitative and (grew := _GREW_TO.match(text, found.extent, limit)):
            position, word = grew.end(), ""  # 47.36 亿元增加到 113.7 亿元: the level it grew from
            continue
        if found:
            of_a_project = found.unit != PERCENT and _OF_A_PROJECT.match(text, found.extent, limit)
            # (完成年度目标103%: the share of the target done)
            share = found.unit == PERCENT and before == "完成" and word in ("年度目标", "全年目标")
            return None if of_a_project or share else found
        if points := _POINTS_THEN_LEVEL.match(text, position, limit):
            position, word = points.end(), ""
            continue
        bridge = FROM_TO.match(text, position, limit) or BRIDGE.match(text, position, limit)
        before, word = word, "".join(bridge.group().split()) if bridge else ""
        if bridge is None or word in AVERAGE_WORDS:
            return None
        if down_rate is None and word in DOWN_RATES:
            down_rate = _past_spaces(text, bridge.start(), limit)  # (where 降幅 opens)
        growth = growth or down_rate is not None or word in GROWTH_WORDS
        position = bridge.end()
    return None


def _past_spaces(text, position, limit, *, wrapped=False):
    """The position of the next character that is not a space (nor a bar between a digest's
    cells: 地区生产总值 | 4606.2亿元), or `limit`; past a line break too when `wrapped` (a copy
    wrapping its lines anywhere: 城乡居民人均可支配收入⏎49997 元), or a page break's blank line,
    not more."""
    breaks = 2 if wrapped else 0
    while position < limit and text[position] in " \t\u3000\n|｜丨":
        if text[position] == "\n":
            if not breaks:
                break
            breaks -= 1
        position += 1
    return position


def level_at(text, position, limit):
    """A level standing bare right after a growth (增长 5.2%、约 4.4 万亿元): its value, or None."""
    found = _numeric(text, _past_spaces(text, position, limit), limit, False)
    return found if found and found.unit and found.unit != PERCENT else None


def read_values(text, position, limit, *, growth=False):
    """A list of values ("7%、7.5%", "1196.3、4764.3 亿元"): the first after bridge words."""
    first = read_value(text, position, limit, growth=growth)
    if first is None:
        return []
    values = [first]
    while True:
        separator = LIST_SEPARATOR.match(text, values[-1].extent, limit)
        if separator is None:
            break
        following = _numeric(text, separator.end(), limit, values[0].growth)
        if following is None or values[0].qualitative:
            break
        if _new_clause(separator, values[-1], following):
            break
        values.append(replace(following, sign_lost=values[0].fell and not following.fell))
    unit = values[-1].unit
    return [v if v.unit or v.qualitative else replace(v, unit=unit) for v in values]


def _new_clause(separator, last, following):
    """…分别增长 5.5% 和 8.6%，10 件民生实事全面完成: after a comma, a number in another unit
    opens a clause of its own."""
    comma = separator.group().strip() in ("，", ",")
    return comma and bool(last.unit and following.unit) and last.unit != following.unit


def _unit_after_and(text, position, limit):
    """Whether 和 and a number in a unit follow (46324 和 26682 元): the two share the unit."""
    joined = text.startswith("和", position)
    following = joined and NUMERIC.match(text, _past_spaces(text, position + 1, limit), limit)
    unit = following and clean_unit((following["mult"] or "") + (following["unit"] or ""))
    return bool(unit) and unit not in ("个百分点", "倍")  # not 3.9 和 2.2 个百分点


def _qualitative(text, position, limit, growth):
    match = QUALITATIVE.match(text, position, limit)
    start = match and match.start()
    if match is None:
        match = _FALL_QUOTA.match(text, position, limit)
        start = match and match.start("quota")
    if match is None:
        return None
    return Value(start, match.end(), match.end(), "", growth, qualitative=True)


def _numeric(text, position, limit, growth):
    match = NUMERIC.match(text, position, limit)
    if match is None:
        return None
    unit = clean_unit((match["mult"] or "") + (match["unit"] or ""))
    after = _past_spaces(text, match.end(), limit)  # no slice to `limit`: linear
    follower = text[after] if after < limit else ""
    if not unit and follower not in DELIMITERS and not _unit_after_and(text, after, limit):
        return None  # "2023 年", "前 3 位": a number, not a value
    if unit in ("个百分点", "倍"):
        return None  # a change of a ratio, a multiple: not the indicator's own value
    number_end = match.end("range") if match["range"] else match.end("num")
    prefix = "".join((match["pre"] or "").split())
    unit_end = max(match.end(group) if match[group] else 0 for group in ("mult", "more", "unit"))
    if match["post"]:
        end = match.end("post")
    elif match["mixed"] or match["first_unit"] or (match["range"] and unit == PERCENT):
        # 108亿3038万元, 6%-6.5%, 5.5-6%: no number alone states the amount, its text runs to its
        # unit
        end = max(unit_end, number_end)
    elif match["more"] or prefix in SIGNS:
        end = max(unit_end, number_end)
    elif prefix in BOUNDS and unit == PERCENT:
        end = unit_end  # 不低于 5%: a bound of a rate, as a target states it, keeps its sign
    else:
        end = number_end
    growth = growth or bool(match["down"])
    vague = bool(match["more"]) or prefix in VAGUE_PREFIXES
    return Value(
        match.start(),
        end,
        match.end(),
        unit,
        growth,
        unit_end=unit_end,
        vague=vague,
        fell=bool(match["down"]),
    )


# the unit a name says in brackets before its unitless values (地区生产总值增长（%）：2013年计划8、完成
# 8.2; 地区生产总值（亿元）：3885.6)
_NAMED_UNIT = re.compile(
    r"\s*(?:增长|增速|增幅|涨幅|降低|下降|降幅)?\s*[（(]\s*(%|％|亿元|万元|元|万人|万吨)\s*[)）]"
)


def in_named_unit(text, name_end, value):
    """`value`, unitless, in the unit its name (ending at `name_end`) says in brackets, if it
    says one."""
    named = not value.unit and _NAMED_UNIT.match(text, name_end, value.start)
    if not named:
        return value
    percent = named[1] in "%％"
    return replace(value, unit=PERCENT if percent else named[1], growth=percent)
