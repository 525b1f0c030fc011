"""A count told by its increase over the year, then its total: 高新技术企业新认定 5531 家、总量达到
1.34 万家. The increase is no figure of the series; the total after it is the year's level. So
is a count listed after another's increase: in 新增规上工业企业 450 家、高新技术企业 122 家 the
verb of the first item counts the second's increase too."""

import re

from reports.extraction.values import read_value

_INCREASE_VERBS = ("新增", "新认定", "新培育", "新引进", "净增")
_COUNT = r"\d+(?:\.\d+)?\s*万?\s*(?:家|个|户)"
# the words that open the total after the increase (…，总数达 830 家)
TOTAL = r"(?:总数|总量|累计|总计|数量)\s*(?:达到|达|为|增至|增加到)?"
_INCREMENT_THEN_TOTAL = re.compile(
    rf"\s*(?:{'|'.join((*_INCREASE_VERBS, '增加'))})\s*{_COUNT}\s*(?:以上|左右)?\s*[，,、]\s*"
    + TOTAL
)


def value_after_increment(text, position, limit):
    """The total after an increase right after a count's name at `position`, or None."""
    increment = _INCREMENT_THEN_TOTAL.match(text, position, limit)
    return read_value(text, increment.end(), limit) if increment else None


# the increase of the item before in the list, its verb heading the list (新增…450 家、), the item
# perhaps counted with it (新增国家科技型中小企业和高新技术企业 60 户) or the level named (…、省高新
# 技术企业 4 家)
_INCREASE_BEFORE = re.compile(
    rf"(?:{'|'.join(_INCREASE_VERBS)})(?:[^，,。；;、和及\d]{{1,20}}(?:{_COUNT}\s*)?[、和及]\s*"
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
