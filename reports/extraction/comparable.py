"""A second growth of the same figure on a comparable basis: 一般公共预算收入 468.3 亿元、下降 11%，
同口径增长 4.6%. Both are proposed: the growth as published and the comparable one (同口径, 可比口径,
按可比口径), which reports give when a change of scope (tax cuts, a new boundary) makes the first
misleading. The analyst keeps the one the series records."""

import re

from reports.extraction.annotations import CURRENT_PRICES, PRICES
from reports.extraction.revenue import LOCAL, TOTAL

COMPARABLE_FLAG = "同口径"
# 剔除减税降费因素增长 14.7%, 扣除留抵退税因素，同比增长 13.6%: a growth with the change of scope
# taken out is comparable too; one with the prices taken out (剔除价格因素) is the real growth, of
# the same scope
_COMPARABLE = re.compile(
    r"(?:按\s*)?(?:同\s*(?:比\s*)?口\s*径|可\s*比\s*口\s*径)"
    # a year of the change may be said (剔除 2019 年新增减税降费政策落实因素)
    r"|(?:[剔扣]\s*除|还\s*原)(?:(?:19|20)\d{2}\s*年|(?!价\s*格)[^，,。；;\d]){0,20}?因\s*素"
)

# 增长 1%（同口径增长 8.2%）: the comparable growth in brackets right after the growth; or the
# other way round, the natural growth after the comparable one (同口径增长 9.3%（自然增长 1.7%）)
_IN_BRACKETS = re.compile(
    rf"\s*[（(](?:\s*(?:按\s*)?自\s*然(?:\s*口\s*径)?\s*(?=\S{{0,4}}?\d)"
    rf"|(?=\s*(?:{_COMPARABLE.pattern})[^（）()。；;\n]{{0,12}}?\d))"
)
_CLOSING = re.compile(r"\s*[)）]")
# …同比增长 0.34%；还原留抵退税因素后，实际同比增长 4.38%: the comparable growth after a semicolon
_AFTER_SEMICOLON = re.compile(rf"\s*[；;]\s*(?:{_COMPARABLE.pattern})\s*后?\s*[，,]?\s*")


def comparable_bracket(text, position, limit):
    """Where the comparable growth in brackets at `position` opens (…增长 1%（同口径增长 8.2%）),
    or None."""
    opening = _IN_BRACKETS.match(text, position, limit)
    return opening.end() if opening else None


def comparable_after_semicolon(text, position, limit):
    """The semicolon at `position` and the basis after it, before the growth on that comparable
    basis, or None."""
    return _AFTER_SEMICOLON.match(text, position, limit)


def real_after_semicolon(text, start, position, limit):
    """The semicolon at `position` before a value added's real growth, when the growth before it
    (its clause opening at `start`) is at current prices (…名义增长 8.1%；按可比价格计算，实际增长
    5.2%), or None. The clause after it is read as the second growth's."""
    semicolon = _SEMICOLON.match(text, position, limit)
    real = semicolon and _REAL_CLAUSE.match(text, semicolon.end(), limit)
    if not real or not _current_prices_said(text, start, position):
        return None
    return semicolon if _current_prices_said(text, real.start(), real.end()) is False else None


def past_closing(text, position, limit):
    """`position` moved past the closing bracket right after it, if there is one."""
    closing = _CLOSING.match(text, position, limit)
    return closing.end() if closing else position


# a revenue's growth 可比 (可比增长 9.5%): of a comparable scope, a revenue having no prices to take
# out; a GDP's 可比增长 is the real growth, at comparable prices
_COMPARABLE_REVENUE = re.compile(r"可\s*比(?=\s*(?:增长|增速|下降))")
REVENUES = (TOTAL, LOCAL)


# the natural basis, named in brackets after a comparable growth: 同口径增长 9.3%（自然增长 1.7%）
_NATURAL = re.compile(r"[（(]\s*(?:按\s*)?自\s*然")


# the growth as published, named after the comparable one: 同口径增长 6.3%，自然口径下降 4.7%
_NATURAL_BASIS = re.compile(r"自\s*然\s*(?:口\s*径|增\s*长|增\s*幅|增\s*速)")


def comparable_again(text, start, end, name=""):
    """Whether text[start:end] (the clause before a second growth of the indicator `name`, or a
    figure's quote) says the growth is comparable: the last basis it names is."""
    comparable = _COMPARABLE.search(text, start, end) or (
        name in REVENUES and _COMPARABLE_REVENUE.search(text, start, end)
    )
    return bool(comparable) and not (
        _NATURAL.search(text, comparable.end(), end) or natural_again(text, comparable.end(), end)
    )


def natural_again(text, start, end):
    """Whether text[start:end], the words before a second growth, name it the natural one."""
    return bool(_NATURAL_BASIS.search(text, start, end))


def comparable_flags(occurrences, words, text, start, end, name=""):
    """The `words` (flags) the sentence's `occurrences` hold before `end`, 同口径 only when
    text[start:end], the quote of a figure of `name`, states a comparable basis (in any words):
    it qualifies one figure, not those after it in the sentence (…同口径增长 8.6%；一般公共预算
    总收入 1095 亿元，下降 2%)."""
    flags = [word for word in occurrences.present(words, end) if word != COMPARABLE_FLAG]
    if not comparable_again(text, start, end, name):
        return flags
    return [*flags, COMPARABLE_FLAG]


def merge_key(found):
    """The key one candidate is kept for: its series, year and kind, and whether the value is
    the comparable one (同口径), so that both growths of one sentence stay."""
    return (*found.series_key, COMPARABLE_FLAG in found.flags)


# A value added's growth is real, at comparable prices: one at current prices (名义增长 4.9%; 按当年
# 价格计算比上年增长 8.9%) is not its series' figure, as an income's or a revenue's nominal growth
# is; a level at current prices says nothing of its growth (现价增加值 8.1 亿元，增长 4.2%).
_VALUE_ADDED = frozenset(
    {"地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "规上工业增加值"}
)
# (the last said before the growth counts: 名义增长 6.1%，实际增长 5.3%)
_PRICES_SAID = re.compile(
    rf"(?P<current>{CURRENT_PRICES})|可\s*比|不\s*变\s*价|实\s*际|[扣剔]\s*除\s*价\s*格"
)
# the clauses of a figure's quote, one of them perhaps the prices alone (…，按现行价格计算，增长8.9%),
# or a clause of prices opening its sentence (按现行价格计算，全年地区生产总值…，比上年增长8.9%)
_CLAUSE_MARK = re.compile(r"[，,；;]")
_PRICES_ALONE = rf"(?:按|以)?\s*(?:{CURRENT_PRICES})[^，,；;。\d]{{0,6}}[，,]"
_PRICES_CLAUSE = re.compile(rf"\s*{_PRICES_ALONE}")
_SCOPE = r"全年|全[省市区县]"  # (the scope a prices clause may run on to: …计算，全年…)
_PRICES_BEFORE = re.compile(rf"{_PRICES_ALONE}\s*(?:{_SCOPE})?\s*$")
_BEFORE_REACH = 20
# a value added's real growth after a semicolon, its clause saying no more than its prices and its
# scope (；按可比价格计算，全年增长; ；扣除价格因素，实际增长; ；实际增长): not another figure's
# (；实际利用外资增长)
_SEMICOLON = re.compile(r"\s*[；;]\s*")
_REAL_CLAUSE = re.compile(
    rf"(?:{PRICES}|[扣剔]除\s*价格\s*因素(?:影响)?\s*后?)?\s*[，,]?"
    rf"(?:\s*(?:{_SCOPE}|同比|比上年|实际))*\s*(?=增\s*长|下\s*降)"
)


def _prices_before(text, position):
    """The clause of current prices alone right before `position`, or None."""
    return _PRICES_BEFORE.search(text, max(position - _BEFORE_REACH, 0), position)


def _current_prices_said(text, start, end):
    """Whether the last prices text[start:end] says are current ones (True) or comparable ones
    (False), or None if it says none."""
    said = list(_PRICES_SAID.finditer(text, start, end))
    return bool(said[-1]["current"]) if said else None


def another_growth_basis(text, name, clause, first, comma, second):
    """Whether a second growth of the indicator `name` says another basis than the first's, the
    positions given of where the first's clause opens, the first, the end of the comma after it
    and the second: comparable, the natural one after the comparable, or the real one after the
    nominal (名义增长 6.1%，实际增长 5.3%; 按当年价格计算比上年增长8.9%，按可比价格计算增长5.2%)."""
    if comparable_again(text, clause, second, name) or natural_again(text, comma, second):
        return True
    # (…，按现行价格计算，增长7.9%: its prices in a clause of their own before it)
    first_nominal = _current_prices_said(text, clause, first) or bool(_prices_before(text, clause))
    return first_nominal and _current_prices_said(text, comma, second) is False


def at_current_prices(candidate, text):
    """Whether `candidate` is a value added's growth its clause says is at current prices (地区生产
    总值…，名义增长 4.9%; not 全体居民人均可支配收入名义增长7%，地区生产总值增长5.2%, nor 三次产业
    现价增加值分别为…，分别增长…: the level's prices)."""
    if candidate.unit != "%" or candidate.indicator not in _VALUE_ADDED:
        return False
    opening = _prices_before(text, candidate.start)
    if opening:  # (its prices hold for the sentence, unless it says others later)
        return bool(_current_prices_said(text, opening.start(), candidate.value_start))
    starts = [candidate.start] + [
        comma.end() for comma in _CLAUSE_MARK.finditer(text, candidate.start, candidate.value_start)
    ]
    if len(starts) > 2 and _PRICES_CLAUSE.fullmatch(text, starts[-2], starts[-1]):
        starts.pop()  # (…，按现行价格计算，比上年增长8.9%: the prices said in a clause of their own)
    return bool(_current_prices_said(text, starts[-1], candidate.value_start))
