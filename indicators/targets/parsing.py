"""Reading a target or result as reports write it: `parse`, from text to an `Expression`.

Reports write "6.5 左右", "控制在 3% 以内", "不低于全省平均水平", "完成省下达目标"… `parse`
reads any such text into an `Expression` and never raises: what it cannot read becomes an
expression of kind "unparsed" that keeps the text.
"""

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from indicators.targets.characters import simplified
from indicators.targets.language import (
    ABOVE,
    APPROX,
    AT_LEAST,
    AT_MOST,
    CITY,
    COUNTRY,
    DISTRICT,
    GDP_GROWTH,
    NEGATIVE,
    NUMBER_LIMIT,
    PARENT_AVERAGE,
    POINT,
    POSITIVE,
    PROVINCE,
    QUOTA,
    RANGE,
    RELATIVE,
    UNPARSED,
    Expression,
)
from indicators.targets.numerals import figures_in_digits
from indicators.targets.units import MULTIPLIERS, convert

# NFKC leaves these alone (and folds U+2011 into U+2010); reports use them as minus signs and
# range dashes.
_CHARACTER_MAP = str.maketrans("\u2010\u2012\u2013\u2212\u2015\u2e3a\u301c\u2053", "----——~~")
_IGNORED_CHARACTERS = re.compile(r"[()\[\]【】〔〕“”‘’\"'「」『』《》]")
# A note in brackets beside a value annotates it: 5%左右（扣除价格因素）, 4.5%（预计）, 6.0%（同口径）.
_BRACKETED_NOTE = re.compile(r"\([^()0-9]{1,12}\)")
_THOUSANDS_SEPARATOR = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_TRAILING_PUNCTUATION = "。；;，,、.:：!！?？"
# 108亿3038万元 is one amount written in two multipliers: 108.3038亿元. (From a run's first digit
# only: tried from each digit of a long run, it was quadratic.)
_MIXED_AMOUNT = re.compile(r"(?<![0-9])([0-9]+)亿([0-9]{1,4})万")

_NUMBER = r"[-+]?[0-9]+(?:\.[0-9]+)?"
_UNIT = r"(?:%|‰|个百分点|百分点|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}?)"
_RANGE_SEPARATOR = r"(?:—{1,2}|-|~|至|到)"
_FIRST_NUMBER = re.compile(_NUMBER)
_BODY = re.compile(
    rf"(?P<low>{_NUMBER})(?P<low_unit>{_UNIT})?"
    rf"(?:{_RANGE_SEPARATOR}(?P<high>{_NUMBER})(?P<high_unit>{_UNIT})?)?"
)
# "，力争 7%", "，在实际工作中争取更好结果": a clause after a separator that strives for more is
# not the target.
_ASPIRATION = re.compile(
    r"[,;](?:(?:并|且|同时)?(?:力争|努力|争取|确保)|[^,;0-9]{1,10}?(?:力争|努力|争取))"
)
# Whatever is 下达 (handed down) or set by the level above is a quota: 完成省下达目标,
# 完成市下达节能减排降碳任务, 完成省定目标, 控制在省控目标以内, 完成上级分解任务, 完成上级任务,
# 完成市级任务: a task completed, with no figure (完成万元GDP能耗降低任务, 按计划完成年初预期目标), is
# one set above or at the year's start.
_QUOTA = re.compile(
    r"下达|(?:国家|省|市|县|区|上级)(?:定|控|考核|分解|确定)(?:的)?(?:目标|任务|指标|计划)"
    r"|^(?:按计划)?(?:超额)?完成[^0-9]*(?:任务|目标|指标)$"
)
_PARENT_AVERAGE = re.compile(
    r"(?P<comparison>不低于|不少于|不高于|不超过|高于|超过|快于|好于)"
    # (省平, 市平: the average shortened, before its margin or at the end)
    r"(?P<level>全国|全省|全市|全区|全县|全州|省|市)?的?(?:平均|(?<=[省市])平(?=[0-9]|$))"
)
# the average (or the level above's own growth) to be outrun by a margin, at the end: 高于全省平均
# 水平 1 个百分点, 高于省平 2 个百分点, 增长高于全省 0.5 个百分点
_AVERAGE_MARGIN = re.compile(
    r"(?P<comparison>不低于|不少于|不高于|不超过|高于|超过|快于|好于)"
    r"(?P<level>全国|全省|全市|全区|全县|全州|省|市)?的?(?P<average>平均|(?<=[省市])平)?"
    rf"(?:水平|增速|增幅)?(?P<margin>{_NUMBER}|[一二两三四五六七八九十半])个?百分点(?:以上)?$"
)
# a margin in words: 高于全省平均水平一个百分点
_MARGIN_WORDS = {
    **{word: Decimal(n) for n, word in enumerate("一二三四五六七八九十", start=1)},
    "两": Decimal(2),
    "半": Decimal("0.5"),
}
# In step with the level above: 与全市基本保持同步, 和全省保持一致 (its figure, as a reference).
_PARENT_PACE = re.compile(
    r"[与和](?P<level>全国|全省|全市|全区|全县|全州|省|市)(?:平均)?(?:水平)?[^0-9]{0,6}(?:同步|一致)"
)
# The comparison written after the average: 全省平均水平以上, 全市平均水平以下.
_AVERAGE_BOUND = re.compile(
    r"(?P<level>全国|全省|全市|全区|全县|全州)平均(?:水平|增速|增幅)?(?P<bound>以上|之上|以下)$"
)
_COMPARISONS = {
    **dict.fromkeys(("不低于", "不少于"), AT_LEAST),
    **dict.fromkeys(("不高于", "不超过"), AT_MOST),
    **dict.fromkeys(("高于", "超过", "快于", "好于"), ABOVE),
}
_REFERENCE_LEVELS = {
    "全国": COUNTRY,
    **dict.fromkeys(("全省", "省"), PROVINCE),
    **dict.fromkeys(("全市", "市", "全州"), CITY),
    **dict.fromkeys(("全区", "全县"), DISTRICT),
}
# 与经济增长保持同步, 与经济增长基本保持一致 (in step, in line: the same pace)
_GDP_GROWTH = re.compile(
    r"(?:经济|生产总值|GDP)(?:增长|增速|发展)?[^0-9]{0,6}(?:同步|一致)|同步于(?:经济|生产总值|GDP)"
)
# 快于经济增长, 不低于生产总值增速: a comparison with the GDP growth rather than keeping pace.
_GDP_COMPARED = re.compile(
    r"(?P<comparison>不低于|不高于|不超过|略高于|略快于|高于|超过|快于|跑赢|超)"
    r"(?:地区)?(?:经济|生产总值|GDP)(?:增长|增速|发展)"
)
_POSITIVE = re.compile(r"(?:保持|实现|继续|持续|力争)?正增长$")
_NEGATIVE = re.compile(
    r"(?:(?:保持|实现|继续|持续|稳步|逐步|逐年|有所|明显)?(?:下降|降低|减少|负增长)|稳中有降)$"
)
# 保持两位数增长: growth of at least 10%.
_DOUBLE_DIGITS = re.compile(r"(?:保持|实现|力争|确保)?两位数(?:以上)?的?(?:增长|增速)?$")

# Words before the number and their role. Signs make "下降 2%" read as -2.
_UP, _DOWN, _CEILING, _FILLER = "up", "down", "ceiling", "filler"
_HEAD_WORDS = {
    **dict.fromkeys("增长 上涨 上升 提高 提升 增加 回升 增速 增幅 涨幅".split(), _UP),
    **dict.fromkeys("下降 降低 减少 削减 下跌 回落 降幅 缩减".split(), _DOWN),
    **dict.fromkeys("约 大约 大概 接近 近".split(), APPROX),
    **dict.fromkeys("不低于 不少于 不小于 至少 超过 超 突破 高于 多于 大于".split(), AT_LEAST),
    **dict.fromkeys("不高于 不超过 不超 不多于 不大于 低于 少于 小于 最多 至多".split(), AT_MOST),
    # Annex tables write bounds as signs: ≥6, ≤3.5, <4.5 (a strict sign is read as the bound).
    **dict.fromkeys("≥ ≧ ⩾ >= >".split(), AT_LEAST),
    **dict.fromkeys("≤ ≦ ⩽ <= <".split(), AT_MOST),
    "控制在": _CEILING,
    **dict.fromkeys(
        "力争 预计 确保 实现 达到 达 为 保持在 稳定在 保持 稳定 在 年均 同比 比上年".split(),
        _FILLER,
    ),
}
_TAIL_WORDS = {
    **dict.fromkeys("左右 上下 前后".split(), APPROX),
    **dict.fromkeys("以上 及以上 或以上".split(), AT_LEAST),
    **dict.fromkeys("以内 之内 以下 及以下".split(), AT_MOST),
    "之间": RANGE,
}
_FLIPPED_BOUND = {AT_LEAST: AT_MOST, AT_MOST: AT_LEAST}

# 余 / 多 right after a number (or its multiplier) is "more than": 300余家, 1.2万余人, 30余万人.
_MORE_THAN = re.compile(rf"(?<=[0-9])({'|'.join(MULTIPLIERS)})?[余多]")


@lru_cache(maxsize=4096)
def parse(text: str) -> Expression:
    """Read a target or result as written; never raises, never drops (see the module doc)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    normalised = _first_clause(_normalise(text))
    return (
        _parse_quota(text, normalised)
        or _parse_relative(text, normalised)
        or _parse_qualitative(text, normalised)
        or _parse_numeric(text, normalised)
        or Expression(text=text, kind=UNPARSED)
    )


def _normalise(text):
    """Full-width forms folded, traditional characters read as simplified, figures in Chinese
    numerals in digits, PDF line-wrap spaces removed, brackets and quotes dropped."""
    # ℅ (care of), which NFKC spells c/o, stands for % in some older copies: 超过68℅
    normalised = unicodedata.normalize("NFKC", text.replace("℅", "%")).translate(_CHARACTER_MAP)
    normalised = figures_in_digits(simplified(normalised))  # 百分之六点五 → 6.5%
    normalised = "".join(normalised.split())
    annotated = _BRACKETED_NOTE.sub("", normalised)
    normalised = _IGNORED_CHARACTERS.sub("", annotated if annotated.strip() else normalised)
    normalised = _THOUSANDS_SEPARATOR.sub("", normalised)
    normalised = _MIXED_AMOUNT.sub(lambda m: f"{m[1]}.{m[2].zfill(4)}亿", normalised)
    return normalised.rstrip(_TRAILING_PUNCTUATION)


def _first_clause(normalised):
    """The target is what comes before an aspiration: "6.5%以上，力争7%" is "6.5%以上"."""
    aspiration = _ASPIRATION.search(normalised)
    if aspiration is None or aspiration.start() == 0:
        return normalised
    return normalised[: aspiration.start()].rstrip(_TRAILING_PUNCTUATION)


def _has_digit(normalised):
    return _FIRST_NUMBER.search(normalised) is not None


def _parse_quota(text, normalised):
    if _QUOTA.search(normalised):
        return Expression(text=text, kind=QUOTA)
    return None


def _parse_relative(text, normalised):
    margin = _AVERAGE_MARGIN.search(normalised)
    if margin and (margin["level"] or margin["average"]):
        return _outrun_by(text, normalised[: margin.start()], margin)
    # Any other number (高于全省平均水平 1 倍) is a comparison this language does not model.
    if _has_digit(normalised):
        return None
    average = _parent_average(normalised)
    if average:
        comparison, level = average
        return Expression(
            text=text,
            kind=RELATIVE,
            relative_to=PARENT_AVERAGE,
            comparison=comparison,
            reference_level=level,
        )
    compared = _GDP_COMPARED.search(normalised)
    if compared:
        comparison = _COMPARISONS.get(compared["comparison"], ABOVE)
        return Expression(text=text, kind=RELATIVE, relative_to=GDP_GROWTH, comparison=comparison)
    if _GDP_GROWTH.search(normalised):
        return Expression(text=text, kind=RELATIVE, relative_to=GDP_GROWTH, comparison=APPROX)
    return None


def _outrun_by(text, before, margin):
    """高于全省平均水平 1 个百分点: the average outrun (or not exceeded) by the `margin` match's
    points; `before`, the words before it (增长, 增速), holding no number."""
    points = _MARGIN_WORDS.get(margin["margin"]) or Decimal(margin["margin"])
    if _has_digit(before) or points >= NUMBER_LIMIT:
        return None
    return Expression(
        text=text,
        kind=RELATIVE,
        relative_to=PARENT_AVERAGE,
        comparison=_COMPARISONS[margin["comparison"]],
        reference_level=_REFERENCE_LEVELS.get(margin["level"]),
        margin=points,
    )


def _parent_average(normalised):
    """(comparison, reference level) of a target relative to an average: 不低于全省平均水平,
    or with its bound after it, 全省平均水平以上."""
    bound = _AVERAGE_BOUND.search(normalised)
    if bound:
        comparison = AT_MOST if bound["bound"] == "以下" else AT_LEAST
        return comparison, _REFERENCE_LEVELS[bound["level"]]
    average = _PARENT_AVERAGE.search(normalised)
    if average:
        return _COMPARISONS[average["comparison"]], _REFERENCE_LEVELS.get(average["level"])
    pace = _PARENT_PACE.search(normalised)
    if pace:
        return APPROX, _REFERENCE_LEVELS[pace["level"]]
    return None


def _parse_qualitative(text, normalised):
    # "不出现负增长", "不下降": a negation this small grammar would read backwards.
    if _has_digit(normalised) or "不" in normalised:
        return None
    if _POSITIVE.search(normalised):
        return Expression(text=text, kind=POSITIVE)
    if _NEGATIVE.search(normalised):
        return Expression(text=text, kind=NEGATIVE)
    if _DOUBLE_DIGITS.fullmatch(normalised):
        return Expression(text=text, kind=AT_LEAST, value=Decimal(10), unit="%")
    return None


def _parse_numeric(text, normalised):
    normalised, more_than = _MORE_THAN.subn(r"\1", normalised)
    rest, tail_roles = _strip_words(normalised, _TAIL_WORDS)
    tail_roles += [AT_LEAST] * more_than
    first = _FIRST_NUMBER.search(rest)
    if first is None:
        return None
    head, head_roles = _strip_words(rest[: first.start()], _HEAD_WORDS)
    body = _BODY.fullmatch(rest[first.start() :])
    if body is None or (head and not head_roles):
        return None
    signs = {role for role in head_roles if role in (_UP, _DOWN)}
    unit = body["high_unit"] or body["low_unit"] or None
    kind = _kind(head_roles, tail_roles, is_range=body["high"] is not None)
    if len(signs) > 1 or kind is None:
        return None
    negate = signs == {_DOWN}
    if kind == RANGE:
        low, high = _range_bounds(body)
        if low is None or max(abs(low), abs(high)) >= NUMBER_LIMIT:
            return None
        if negate:
            low, high = -high, -low
        low, high = min(low, high), max(low, high)
        return Expression(text=text, kind=RANGE, low=low, high=high, unit=unit)
    value = Decimal(body["low"])
    if abs(value) >= NUMBER_LIMIT:
        return None
    if negate:
        # "下降 2% 以上" falls by at least 2: the value is at most -2.
        value, kind = -value, _FLIPPED_BOUND.get(kind, kind)
    return Expression(text=text, kind=kind, value=value, unit=unit)


def _strip_words(text, words):
    """Peel known words off the end of `text`, longest first; return the rest and their roles."""
    roles = []
    ordered = sorted(words, key=len, reverse=True)
    while text:
        word = next((word for word in ordered if text.endswith(word)), None)
        if word is None:
            break
        roles.append(words[word])
        text = text[: -len(word)]
    return text, roles


def _range_bounds(body):
    """Both bounds in the unit written last: "6万—7万人" is 6 to 7 万人; low None if incommensurable.

    A unit written only after the upper bound applies to both: "6—7万人" is 6 to 7 万人.
    """
    low, high = Decimal(body["low"]), Decimal(body["high"])
    low_unit, high_unit = body["low_unit"], body["high_unit"]
    if low_unit and high_unit and low_unit != high_unit:
        low = convert(low, low_unit, high_unit)
    return low, high


def _kind(head_roles, tail_roles, *, is_range):
    """The kind the modifiers around the number give, or None when they contradict each other."""
    bounds = {role for role in [*head_roles, *tail_roles] if role in (APPROX, AT_LEAST, AT_MOST)}
    if is_range:
        # A range is already approximate; "6—6.5 以上" says two different things.
        return RANGE if bounds <= {APPROX} else None
    if RANGE in tail_roles or len(bounds) > 1:
        return None
    if bounds:
        return bounds.pop()
    return AT_MOST if _CEILING in head_roles else POINT
