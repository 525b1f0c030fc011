"""A count told by its increase over the year, then its total: 高新技术企业新认定 5531 家、总量达到
1.34 万家. The increase is no figure of the series; the total after it is the year's level. So
is a count listed after another's increase: in 新增规上工业企业 450 家、高新技术企业 122 家 the
verb of the first item counts the second's increase too."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.scanning import with_unnamed
from reports.extraction.values import read_value

_INCREASE_VERBS = ("新增", "新认定", "新培育", "新引进", "净增")
_COUNT = r"\d+(?:\.\d+)?\s*(?:万\s*)?(?:家|个|户)"
# the words that open the total after the increase (…，总数达 830 家)
TOTAL = r"(?:总数|总量|累计|总计|数量)\s*(?:达到|达|为|增至|增加到)?"
_INCREMENT_THEN_TOTAL = re.compile(
    rf"\s*(?:{'|'.join((*_INCREASE_VERBS, '增加'))})\s*{_COUNT}\s*(?:以上|左右)?\s*[，,、]\s*"
    + TOTAL
)


# the increase told before the count's name, its total after (净增高新技术企业超 2000 家，总量达
# 1.45 万家; 备案国家高新技术企业 21 家、增长 23%，保有量达 53 家): the total word stands for the name
# (no two runs of spaces side by side: a run of line breaks after the name was quadratic)
_TOTAL_AFTER_INCREASE = re.compile(
    rf"(?:{'|'.join(_INCREASE_VERBS)}|备案|认定)\s*(?P<name>[^，,。；;、\d\s]{{2,16}}?)"
    rf"\s*(?:(?:超过|超|达到|达|近)\s*)?{_COUNT}(?:\s*(?:以上|左右|多))?"
    r"(?:\s*[、，,]\s*(?:同比\s*)?(?:增长|增加)[^，,、；;。\s]{0,12})?"
    r"\s*[，,、]\s*(?P<total>保有量|总数|总量|累计|总计|数量)"
    r"(?=\s*(?:(?:达到|达|为|增至|超过|超|突破)\s*)?\d)"
)


# a part of the place before the increase (高新区新认定…，总数达 150 家: the zone's count); the
# increase opens its clause, or follows the whole place or a year (全市新增, 2023年净增)
_PART_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![全本我][市省区县州旗])(?<!年)$")


def total_after_increase(text, start, end, mentions, catalogue):
    """`mentions` with one for each total after a count's increase in text[start:end] (the
    increase's verb before the count's name), where no name was found."""
    found = [
        Mention(*told.span("total"), name)
        for told in _TOTAL_AFTER_INCREASE.finditer(text, start, end)
        if (name := catalogue.resolve(told["name"]))
        and not _PART_BEFORE.search(text, max(start, told.start() - 1), told.start())
    ]
    return with_unnamed(mentions, found) if found else mentions


def value_after_increment(text, position, limit):
    """The total after an increase right after a count's name at `position`, or None."""
    increment = _INCREMENT_THEN_TOTAL.match(text, position, limit)
    return read_value(text, increment.end(), limit) if increment else None


# the increase of the item before in the list, its verb heading the list (新增…450 家、), the item
# perhaps counted with it (新增国家科技型中小企业和高新技术企业 60 户) or the level named (…、省高新
# 技术企业 4 家)
# (认定 alone heads a list of this year's certifications: 认定省级科技型中小企业 268 家、国家级高新
# 技术企业 2 家; not 累计认定, 通过认定的, 有效期内认定的: those certified so far, a total)
_INCREASE_BEFORE = re.compile(
    rf"(?:{'|'.join(_INCREASE_VERBS)}|(?<!累计)(?<!通过)(?<!期内)认定(?!的))(?:[^，,。；;、和及\d]{{1,20}}(?:{_COUNT}\s*)?[、和及]\s*"
    r"(?:国家级?|省级?|市级?)?){1,6}\s*$"
)
_COUNT_AFTER = re.compile(rf"\s*{_COUNT}")
_REACH = 80  # how far before a name the list's first item may start


def without_increases_listed(text, start, mentions):
    """`mentions` without the counts listed after another count's increase, but for those of a
    series that is itself an increase (新增公办园学位…、义务教育学位 9000 个: 新增义务教育学位)."""
    return [
        mention
        for mention in mentions
        if mention.name.startswith(_INCREASE_VERBS)
        or not (
            _INCREASE_BEFORE.search(text, max(start, mention.start - _REACH), mention.start)
            and _COUNT_AFTER.match(text, mention.end)
        )
    ]


# A rise by an amount, not a rate (城镇居民人均可支配收入比上年涨了2100元，达到48600元; 粮食产量增长
# 12万吨): no level of the series; the level reached after it is
_RISEN_BY = re.compile(r"(?:增长|上涨|涨)了?[ \t]*+$")
_LEVEL_AFTER_RISE = re.compile(r"[ \t]*+[，,][ \t]*+(?:总量|总额)?(?:达到?|为|增至|增加到)[ \t]*+")
_RATE_UNITS = ("%", "％", "‰")


def past_rise(text, value, limit):
    """`value`, or the level reached in the clause after it when it is a rise by an amount, told
    by the growth word right before it (…涨了2100元，达到48600元)."""
    if value is None or value.unit in _RATE_UNITS or not value.unit:
        return value
    if not _RISEN_BY.search(text, max(0, value.start - 4), value.start):
        return value
    after = _LEVEL_AFTER_RISE.match(text, value.extent, limit)
    # (none after it: a copy's 增长783.5亿元、增长13.8% may mean the level, as it stands)
    return read_value(text, after.end(), limit) if after else value
