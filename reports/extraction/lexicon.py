"""Indicator wordings: the catalogue of known series and how reports name them.

A `Catalogue` is built from what the database knows — (name, unit, aliases[, parent]) — plus
the wordings built in here (出口 = 出口总额, CPI = 居民消费价格 = 居民消费价格指数 …): whichever
member of a group of synonyms the catalogue knows, every other member resolves to it. Without a
catalogue the built-in standard indicators stand in.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from reports.extraction.contextual_wordings import (
    AFTER_COMPARISON,
    CONTEXTUAL_WORDINGS,
    PACE_KEPT_WITH,
)
from reports.extraction.gdp_shares import SHARE_OF_GDP, SHARES_OF_GDP
from reports.extraction.places import another_place, new_area_own, opens_with_place
from reports.extraction.standard_indicators import STANDARD_INDICATORS
from reports.extraction.units import NO_UNIT, PERCENT, clean_unit, squeeze
from reports.extraction.wording_forms import (
    amount_forms,
    initialism_forms,
    level_forms,
    verb_forms,
    yearly_forms,
)
from reports.extraction.wording_pattern import wording_pattern
from reports.extraction.wordings import WORDING_GROUPS

_LONGEST_SHARE_NAME = 40  # a row named as a share of GDP: 研究与试验发展经费支出相当于生产总值比重
_HEAD_REACH = 8  # how far before a tail inside a longer name its head may be
# a branch named between the head and the tail of a longer name (规上装备工业增加值): a part's figure
_BRANCH = re.compile(
    r"装备|高技术|高新技术|新兴|制造|民营|国有|外资|私营|重|轻|石化|纺织|外商投资|县属|市属|省属|电子|汽车|化工|钢铁|医药|能源|原材料"
)

# Words that may stand right before an indicator's name; any other Chinese character there means
# the name is part of a longer one (工业固定资产投资 is not 固定资产投资).
LEAD_INS = (
    "预计", "全市", "全区", "全县", "全省", "全州", "全国", "全年", "全域", "实现", "力争", "推动", "带动",
    "完成", "其中", "确保", "争取", "用于", "累计", "努力", "以及", "今年", "当年", "同期", "年",
    "月", "下达", "的", "和", "及", "与", "使", "将", "并", "且", "为", "是", "其", "到", "至", "即",
    "省", "本市", "本县", "本区", "我市", "我省", "我县", "我区", "我国", "全社会", "年末", "年底", "预期",
    "全旗", "全盟", "辖区", "县市", "区属", "市属", "县属", "州属", "全疆", "计划", "在", "我州", "我旗", "全镇",
    "本级",  # 区本级一般公共预算收入: the district's own level, the local revenue
    "区级", "县级",  # 区级公共财政预算收入: a district's or county's own level, likewise
    "县内", "区内", "市内", "境内", "属地", "县城",  # 县内固定资产投资, 县城空气质量优良率: made there
    "现价",  # 现价地区生产总值 24.9 亿元: at current prices, as a level is
    "年内",  # 年内城镇新增就业 3430 人: within the year, as 全年
    "该市", "该省", "该县", "该区", "该州",  # a news copy's 该市地区生产总值: the place it reports on
    # a basis: 同口径一般公共预算收入 86 亿元 (the flag's, comparable.py), 按验资口径实际利用外资
    "口径",
    # a bold lead whose stop the copy lost: 经济指标回稳向好地区生产总值达 2952 亿元
    "向好", "回暖", "回升", "增强", "提速", "平稳",
    "节能减排", "污染物",  # a topic before its indicator: 节能减排单位增加值能耗, 主要污染物化学需氧量
    "要求", "年初提出", "确定",  # 并要求万元生产总值…下降 4%; 年初提出…增长 13%; 人代会确定…
    "了",  # 还确定了地方财政一般预算收入增长 10%: a verb's aspect, never a part of a name
    "促进",  # 促进城镇新增就业 7.1 万人: the verb the jobs are the object of
    "共有", "拥有", "现有",  # 全市共有高新技术企业 71 家: a count's verb (not 国有: state-owned)
    "期内", "有效",  # 有效(期内)高新技术企业达 7800 家: those certified now, the count
    "年景", "年景下",  # 确保正常年景(下)粮食产量达到 80 亿斤以上: a usual year's, the target all the same
)  # fmt: skip

# 市本级全口径财政收入: the revenue of a city's (a prefecture's, a province's) own tier, a part of
# the place's, which its districts and counties raise the rest of; 区本级 and 县本级 are the place's
_TIER_OF_ITS_OWN = ("市本级", "州本级", "省本级", "盟本级")


# 年内 is the year's (年内城镇新增就业 3430 人), but 五年内 and 三年内 a span of years: no year's figure
_SPAN_OF_YEARS = re.compile(r"[\d一二三四五六七八九十两几数多]\s*年\s*内$")
# places counted (全州8个县市地区生产总值增幅均在10%以上, 8县市, 贵阳、遵义两市): theirs, no figure
# of the place; a name with a numeral is a place's own (二七区, 三门县, 两当县)
_PLACES_COUNTED = re.compile(
    r"(?:\d\s*个?|[一二三四五六七八九十两几]\s*个|(?<=[、和及与])[\u4e00-\u9fff]{1,4}[两二三四五六七八九十])"
    r"\s*(?:县|区|市|乡|镇|街道)[市区县、（）()]{0,6}$"
)

# a qualifier put before the name (扣除价格因素后城镇居民人均可支配收入增长 5%, 扣除自然因素影响后
# 空气优良天数比率 96.7%): the figure's basis, as it is between the name and the verb; the name
# stands alone when the qualifier does (not 高新区剔除政策因素后一般公共预算收入: the zone's)
_QUALIFIER_BEFORE = re.compile(
    r"(?:扣除|剔除|还原)[^，,。；;\d]{0,16}?(?:因素|影响)(?:影响)?后\s*$"
)
_QUALIFIER_REACH = 24

# how far past a tail's end a plain wording inside it may go on, spaces as a PDF puts them included
_WORDING_REACH = 60

# A copy that lost the comma between two figures puts a name right after the unit of the one
# before (…11.8亿元城镇居民人均可支配收入37814元, …增长3%左右一般公共预算收入): the figure ends
# there, the name stands alone.
_AFTER_FIGURE = re.compile(
    r"\d\s*[万亿千百]*\s*(?:美元|元|人次|人|户|家|吨|项|个|斤|亩|台|辆|套|件|千瓦时|千瓦|[%％])"
    r"\s*(?:左右|以上|以内|以下)?$"
)

WEIGHTS = ("吨", "公斤", "千克", "斤")
_RATE_NAMES = ("失业率", "城镇化率", "比例")
MULTIPLIERS = ("万亿", "千万", "百万", "十万", "亿", "万", "千", "百")


def _root(unit):
    """A unit without its multiplier: 元 of 万元 and 亿元, 美元 of 亿美元."""
    for multiplier in MULTIPLIERS:
        if unit.startswith(multiplier) and len(unit) > len(multiplier):
            return unit[len(multiplier) :]
    return unit


def _weight(unit):
    """Whether a unit, with or without its multiplier, weighs: 万吨, 千克, 万亿斤."""
    if unit in WEIGHTS:
        return True
    return any(unit.startswith(m) and unit[len(m) :] in WEIGHTS for m in MULTIPLIERS)


def money_unit(written, units):
    """`written` as a series of `units` writes it: 社会消费品零售总额 560 亿 is an amount of money
    whose 元 is left out (亿元); any other unit stays as written."""
    if written in MULTIPLIERS and any(unit.endswith("元") for unit in units):
        return written + "元"
    return written


def _is_cjk(char):
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


_ABBREVIATION = re.compile(r"\s*[（(]\s*$")


_CLOSING_QUOTES = "”」』"


def _abbreviation_of(text, previous, mention):
    """Whether `mention` is the bracketed short name of the one before it, 生产总值（GDP）: the
    value after the bracket is the first one's."""
    return (
        previous is not None
        and previous.name == mention.name
        and bool(_ABBREVIATION.match(text, previous.end, mention.start))
    )


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    elliptical: bool = False
    joined: bool = False  # coordinated with the mention before it with no connector (城乡)


class Catalogue:
    """Known series and the wordings that name them."""

    def __init__(self, indicators=None):
        self.units = defaultdict(list)
        self.parents = {}
        self.wordings = {}
        self.written = set()  # wordings as given, before folding: （ stays （
        if indicators is None:
            indicators = [
                (name, unit, (), parent)
                for name, units, parent in STANDARD_INDICATORS
                for unit in units
            ]
        for entry in indicators:
            name, unit, aliases, parent = (*entry, "")[:4]
            if isinstance(aliases, str):
                aliases = aliases.split("|")
            unit = NO_UNIT if clean_unit(unit) == NO_UNIT else unit.strip()
            if unit not in self.units[name]:
                self.units[name].append(unit)
            self.parents.setdefault(name, parent or "")
            for wording in (name, *(aliases or ())):
                self._add(wording, name)
        for group in WORDING_GROUPS:
            known = [self.wordings[squeeze(w)] for w in group if squeeze(w) in self.wordings]
            for wording in group if known else ():
                self._add(wording, known[0])
        standard_parents = {name: parent for name, _units, parent in STANDARD_INDICATORS}
        for name, parent in standard_parents.items():
            if name in self.units and not self.parents.get(name) and parent in self.units:
                self.parents[name] = parent
        self.contextual = {
            squeeze(w): (name, guard)
            for w, (name, guard) in CONTEXTUAL_WORDINGS.items()
            if name in self.units and squeeze(w) not in self.wordings
        }
        self.share_names = {
            amount: share
            for amount, share in SHARES_OF_GDP.items()
            if amount in self.units and share in self.units
        }
        self.suffixes = self._suffixes()
        # added after the tails, so that 完成增加值 alone never stands for a series named before it
        for forms in (verb_forms, yearly_forms, amount_forms, initialism_forms, level_forms):
            for wording, name in forms(self.wordings, self.units):
                self._add(wording, name)
        self.pattern = wording_pattern(
            frozenset({*self.wordings, *self.written, *self.contextual, *self.suffixes})
        )
        self.wording_pattern = wording_pattern(frozenset({*self.wordings, *self.written}))

    def _add(self, wording, name):
        if wording and wording.strip():
            self.wordings.setdefault(squeeze(wording), name)
            self.written.add("".join(wording.split()))

    def _suffixes(self):
        """Tails of names that reports use alone after naming the head: 生物医药…，产业规模超 165 亿元."""
        suffixes = defaultdict(list)
        for wording, name in self.wordings.items():
            for cut in range(2, len(wording) - 3):
                head, tail = wording[:cut], wording[cut:]
                if tail not in self.wordings and (head, name) not in suffixes[tail]:
                    suffixes[tail].append((head, name))
        return dict(suffixes)

    def __contains__(self, name):
        return name in self.units

    def resolve(self, text):
        """The canonical name a whole cell or phrase names, or None. An amount's share of GDP
        (研究与试验发展经费支出相当于生产总值比重, a table's row) names the amount's intensity."""
        squeezed = squeeze(text)
        found = self.wordings.get(squeezed)
        if found is None and len(squeezed) <= _LONGEST_SHARE_NAME:
            found = next(
                (
                    self.share_names[amount]
                    for at, char in enumerate(squeezed)
                    if char in "相占与"
                    and (amount := self.wordings.get(squeezed[:at])) in self.share_names
                    and SHARE_OF_GDP.fullmatch(squeezed, at)
                ),
                None,
            )
        return found

    def mentions(self, text, start=0, end=None, *, sentence_start=0):
        """Indicator mentions in text[start:end], leftmost-longest, with their boundaries checked."""
        end = len(text) if end is None else end
        found = []
        for match in self.pattern.finditer(text, start, end):
            mention = self._mention(text, match, sentence_start)
            if mention is None and squeeze(match.group()) not in self.wordings:
                # a tail or contextual wording that does not hold here may hide a plain name,
                # at its start or inside it (级一般公共预算收入 of 区本级一般公共预算收入)
                reach = min(end, match.end() + _WORDING_REACH)  # linear on unpunctuated text
                plain = self.wording_pattern.search(text, match.start(), reach)
                inside = plain and plain.start() < match.end()
                mention = inside and self._mention(text, plain, sentence_start)
            if mention and not _abbreviation_of(text, found[-1] if found else None, mention):
                found.append(mention)
        return found

    def shares(self, text, mentions, end):
        """`mentions` with each amount stated as a share of GDP read as its intensity series, the
        GDP it is a share of no longer a mention of its own."""
        found, cover = [], -1
        for mention in mentions:
            if mention.start < cover:
                continue
            share = self.share_names.get(mention.name)
            tail = share and SHARE_OF_GDP.match(text, mention.end, end)
            if tail:
                mention, cover = Mention(mention.start, tail.end(), share), tail.end()
            found.append(mention)
        return found

    def _mention(self, text, match, sentence_start):
        key, position = squeeze(match.group()), match.start()
        bounded = self._bounded(text, position, sentence_start)
        if key in self.wordings:
            compared = AFTER_COMPARISON.search(text, max(sentence_start, position - 8), position)
            if not bounded or (compared and PACE_KEPT_WITH.match(text, match.end())):
                return None
            return Mention(position, match.end(), self.wordings[key])
        if key in self.contextual:
            name, guard = self.contextual[key]
            if bounded and not guard.search(text[max(sentence_start, position - 80) : position]):
                return Mention(position, match.end(), name)
            return None
        name = self._elliptical(text, key, position, sentence_start, bounded)
        return Mention(position, match.end(), name, elliptical=True) if name else None

    def _elliptical(self, text, tail, position, sentence_start, bounded):
        """The name a tail stands for, after its head: in the words before (城镇居民人均可支配
        收入…，农村居民…纯收入), or, for a tail inside a longer name, in that name (规上企业工业
        增加值, 农村牧区常住居民…); 限上消费品零售额 after 社会消费品零售总额 is a part of it."""
        before = squeeze(text[max(sentence_start, position - 80) : position])
        # not past a semicolon: 规上工业销售产值…；实现工业增加值 is all industry's
        nearest = (
            max(before.rfind("；"), before.rfind(";")) + 1 if bounded else len(before) - _HEAD_REACH
        )
        best = None
        for head, name in self.suffixes[tail]:
            at = before.rfind(head)
            if at >= max(nearest, 0) and (best is None or at > best[0]):
                best = (at, name, at + len(head))
        if best and not bounded and _BRANCH.search(before, best[2]):
            return None  # 规上装备工业增加值: a branch's, inside the longer name
        return best[1] if best else None

    def bounded(self, text, position, sentence_start):
        """Whether a name starting at `position` stands alone, not inside a longer one."""
        return self._bounded(text, position, sentence_start)

    @staticmethod
    def _bounded(text, position, sentence_start):
        window = text[max(sentence_start, position - 8) : position]
        # a space after the words before stands for a lost line break (…执行情况 国内生产总值),
        # as a line break does after a heading
        before = window.rstrip()
        if _PLACES_COUNTED.search(before):
            return False
        if before and before[-1] in _CLOSING_QUOTES and not window[len(before) :]:
            return False  # “新三样”出口额: the quoted thing's, a part of the series
        if not before or not _is_cjk(before[-1]) or window[len(before) :]:
            return True
        # a copy that breaks its lines at a width may break a word before the name (其⏎中)
        words = "".join(before.split())
        if words.removesuffix("全口径").endswith(_TIER_OF_ITS_OWN):  # 市本级全口径财政收入
            return False
        start = max(sentence_start, position - 10)
        opening = ("。" if start == sentence_start else "") + text[start:position].rstrip()
        if _SPAN_OF_YEARS.search(words) or another_place(text, opening):
            return False  # (同期，江西省地区生产总值… in 赣州市's report: the province's)
        if words.endswith(LEAD_INS) or _AFTER_FIGURE.search(before) or new_area_own(text, words):
            return True
        reach = max(sentence_start, position - _QUALIFIER_REACH)
        if qualifier := _QUALIFIER_BEFORE.search(text, reach, position):
            return Catalogue._bounded(text, qualifier.start(), sentence_start)
        return opens_with_place(text, opening, position)

    def series(self, name, written_unit, *, growth=False):
        """(unit of the series the written unit fits, whether the text scales it), or None.

        "1110 亿元" fits 地区生产总值 in 亿元; "1.6 万人" fits a series in 人, scaled; a bare
        number after 增长 is a growth rate.
        """
        units = self.units.get(name, [])
        written = money_unit(clean_unit(written_unit), units)
        if not written:
            # a rate named a rate takes a bare number as its value (城镇登记失业率为 1.44。)
            if (growth or name.endswith(_RATE_NAMES)) and PERCENT in units:
                return PERCENT, False
            levels = [unit for unit in units if unit != PERCENT]
            return (levels[0], False) if len(levels) == 1 and not growth else None
        for unit in units:
            if clean_unit(unit) == written:
                return unit, False
        for unit in units:
            base = clean_unit(unit)
            for multiplier in MULTIPLIERS:
                if written == multiplier + base or base == multiplier + written:
                    return unit, True
        # the same measure in another multiplier (a county's revenue of 65186 万元 for a series
        # in 亿元): the value keeps its written unit, as a scaled one does
        root = _root(written)
        for unit in units:
            if root and root != written and _root(clean_unit(unit)) == root:
                return unit, True
        # a weight in another measure (1.3 万亿斤, 4571 亿公斤 for a series in 万吨): the value
        # keeps its written unit, as a scaled one does
        if _weight(written):
            for unit in units:
                if _weight(clean_unit(unit)):
                    return unit, True
        # firms counted as households are (高新技术企业总数突破 1 万户): a series of firms in 家
        # takes them, the value keeping its written unit
        if _root(written) == "户" and "家" in units:
            return "家", True
        return None

    def qualitative_series(self, name):
        """The series a worded value (正增长, 完成省下达任务) belongs to: the growth rate first."""
        units = self.units.get(name, [])
        for preferred in (PERCENT, NO_UNIT):
            if preferred in units:
                return preferred
        return units[0] if len(units) == 1 else None
