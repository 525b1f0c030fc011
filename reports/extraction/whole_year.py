"""The year's figure a few clauses after the indicator it belongs to: 地区生产总值上半年由负转正，
三、四季度加快恢复，全年增长3.9%. The clauses between tell the indicator's course in words, with no
figure and no other name, and the clause opening with 全年 (初步预计全年, 全年实现) gives the
whole year's figure: the indicator's, which the sentence is about."""

import re

from reports.extraction.lexicon import Mention
from reports.extraction.parts_of_year import PART_OF_YEAR
from reports.extraction.values import read_value

# 全年, 初步预计全年, 初步统计全年: the whole year, as a clause opens with it
_WHOLE_YEAR = r"(?:初步)?(?:预计|统计|核算)?[ \u3000]{0,2}全年"
# ，初步预计全年增长 6.3%: the clause opening with the whole year, its verb of change next
_YEAR_CLAUSE = re.compile(
    rf"[，,][ \u3000]{{0,2}}{_WHOLE_YEAR}[ \u3000]{{0,2}}"
    r"(?:预计|实现|完成)?[ \u3000]{0,2}(?=增长|下降|同比|比上年)"
)
# a figure or a sentence's end between the name and that clause: the clause is not the name's
_INTERRUPTED = re.compile(r"[\d０-９。；;！？!?]")
_REACH = 60  # how far after its name the year's clause may open
# ，1—9月完成 428.3 亿元: a clause about a part of the year, opening with it
_PART_CLAUSE = re.compile(rf"\s*(?:{PART_OF_YEAR})\s*(?:累计)?")
# ，全年预计完成 600 亿元, ，初步统计全年增长 6%: a clause about the whole year, opening with it,
# or with its target (前三季度…增长5.8%，年度目标为增长6%)
_YEAR_OPENING = re.compile(rf"\s*(?:{_WHOLE_YEAR}|年度(?:预期)?目标)")

# 增速从一季度 3.3%、到上半年 4.5%、再到前三季度 4.9%，全年完成 1368.6 亿元; 增速逐季攀升，上半年
# 3.2%、前三季度 4.4%、预计全年 5% 左右: the course of the year's parts, then the whole year's figure
# (each optional word takes the spaces after it: no two runs of spaces side by side, which a run
# of line breaks after a name made cubic)
_PART_FIGURE = (
    rf"(?:(?:从|到|再到|至)\s*)?(?:{PART_OF_YEAR}|[一二三]季度)\s*(?:累计\s*)?"
    r"(?:(?:增长|增速|下降|为|达到?)\s*)?[-−]?\d+(?:\.\d+)?\s*[%％]"
)
_COURSE = re.compile(
    rf"\s*(?:(?:增速|增幅)\s*)?(?:[^，,；;。\d\s][^，,；;。\d]{{0,7}}?)?(?:[，,]\s*)?{_PART_FIGURE}"
    rf"(?:\s*[、，,]\s*{_PART_FIGURE})+\s*[、，,]\s*{_WHOLE_YEAR}"
)


# 由一季度下降 7.8% 拉升至全年增长 4.3%: from a part of the year's figure up to the whole year's
_RISEN_TO_YEAR = re.compile(
    rf"\s*(?:由|从)\s*{_PART_FIGURE}[^，,；;。\d]{{0,4}}?(?:至|到)\s*{_WHOLE_YEAR}"
)


def whole_year_after_subject(text, end, mentions):
    """`mentions` with each name whose own clauses state no figure stretched to the 全年 clause
    after them (before the next name, within text[:end]), so that its value is read there."""
    stretched = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1].start if index + 1 < len(mentions) else end
        clause = _YEAR_CLAUSE.search(text, mention.end, min(following, mention.end + _REACH))
        if clause and not _INTERRUPTED.search(text, mention.end, clause.start()):
            mention = Mention(mention.start, clause.end(), mention.name)
        stretched.append(mention)
    return stretched


def past_part_of_year(text, position, limit, parted=False):
    """Where the figure ends of a clause at `position` about a part of the year (1—9月完成
    428.3 亿元; once `parted`, also …，同比增长 2.2%, until 全年 opens a clause), or None: passed
    over on the way to the whole year's figure after it."""
    if opening := _PART_CLAUSE.match(text, position, limit):
        position = opening.end()
    elif not parted or _YEAR_OPENING.match(text, position, limit):
        return None
    value = read_value(text, position, limit)
    return value.extent if value else None


# …1—11月完成 25.1 亿元；预计全年完成 28.6 亿元: after a part of the year's figure, a semicolon and
# the whole year's clause about the same thing, which names it no more
# (预计全年可完成…); not the year's target or plan (…；全年增长目标为8%, 全年完成计划的92%); each
# run of spaces taken once (possessive): a run of line breaks after 全年 was cubic
_YEAR_AFTER_SEMICOLON = re.compile(
    rf"\s*+[；;]\s*+(?={_WHOLE_YEAR}\s*+(?:预计)?\s*+(?:可|能|将|可以|能够)?\s*+"
    r"(?:完成|实现|达到|增长|下降|同比|比上年)(?![^，,。；;\d]{0,8}(?:目标|计划|任务)))"
)


def whole_year_after_semicolon(text, position, limit):
    """The semicolon at `position` before the whole year's clause, or None."""
    return _YEAR_AFTER_SEMICOLON.match(text, position, limit)


def opens_whole_year(text, position, limit):
    return bool(_YEAR_OPENING.match(text, position, limit))


def value_in_part_of_year(text, position, limit):
    """The whole year's value after the course of its parts right after a name; else the value
    of a part of the year right after it (地区生产总值上半年增长 3.2%、…全年增长 5%), which the
    figures after it go on from to the whole year's; or None."""
    if course := _COURSE.match(text, position, limit) or _RISEN_TO_YEAR.match(
        text, position, limit
    ):
        return read_value(text, course.end(), limit)
    opening = _PART_CLAUSE.match(text, position, limit)
    return read_value(text, opening.end(), limit) if opening else None
