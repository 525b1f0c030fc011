"""A result followed, in the same clause group, by the year's target in brackets: 地区生产总值增长
5.9%，高于全市 0.8 个百分点，排名全市第 1 位（预期目标为 8.5% 以上）; 增长 14.6%（计划 13%）. The
bracket states the target the result is compared with; its value is the year's target of the same
indicator. So does a plan named before the result, between the name and its first figure, as a
review's list of the main indicators puts it: 地区生产总值：计划增长14%，预计完成117.6亿元，增长12.3%."""

import re

from reports.extraction.values import read_value

# （预期目标为 8.5% 以上）, and as older plan reports put it, （计划 13%）
# (a screen's widget brackets it square: ［目标 8%］, [目标 10%])
_OPENING = re.compile(
    r"[（(［\[]\s*(?:年度|全年|年初)?\s*(?:(?:预期|计划)?\s*目标(?:值)?|计划)\s*(?:为|是)?\s*"
)
_CLOSING = re.compile(r"\s*[)）］\]]")
# a year, or a plan's end, the bracket names: another year's target (［目标值 2025年达到25亿元］)
_ANOTHER_YEAR = re.compile(r"(?:19|20)\d{2}\s*年|[一二三四五六七八九十]{2}五|末")
_CLAUSE_GROUP_END = re.compile(r"[；;。\n]")
WINDOW = 50  # how far after the result the bracket may stand


def bracketed_target(text, position, limit):
    """The value of a bracketed target after `position`, before the clause group ends."""
    end = min(limit, position + WINDOW)
    stop = _CLAUSE_GROUP_END.search(text, position, end)
    end = stop.start() if stop else end
    opening = _OPENING.search(text, position, end)
    if opening is None:
        return None
    value = read_value(text, opening.end(), end)
    if value is None or not _CLOSING.match(text, value.extent, end + 1):
        return None
    if _ANOTHER_YEAR.search(text, opening.start(), value.start):
        return None
    return value


# the plan named right after the indicator's name, before its figure (地区生产总值：计划增长14%,
# 财政总收入：年初目标增长 12%, 年初预期增长9%, 计划完成120亿元)
# (the series' measure may come first: 居民消费价格涨幅：目标3%左右, 化学需氧量排放量：预期目标削减1.5%)
_PLANNED_FIRST = re.compile(  # (each run of spaces taken once: runs side by side were cubic)
    # (its year said first: 地区生产总值：2022年目标5.5%左右，完成2.6%)
    # (or after the unit the name gives in brackets: 城镇登记失业率（%）：2013年控制目标1.5以内)
    r"(?:排放总?量|涨幅|增速|增幅|增长|降低|下降|降幅)?(?:[（(](?:%|％|‰|亿元|万元|元|万人|万吨)[)）])?"
    r"[：:\s]*+(?:(?:19|20)\d{2}\s*+年\s*+|[】\]]\s*+(?:去年|上年))?"
    r"(?:(?:年初|年度|全年)?\s*+(?:(?:预期|确定的?|控制)\s*+)?"
    r"(?:规划)?(?:计划|目标)|(?:年初|年度|全年)\s*+预期|年初\s*+提出的?"
    # (a target a superior set, or the place itself: 市下达目标为增长12%，我市确定目标为增长13%)
    r"|(?:[省市县区]|上级)?下达的?(?:年度)?目标|我[省市县区](?:确定|自定)的?目标|[市县区]定目标)\s*+"
    # (a legend in brackets after the targets' word, the year after its colon: 增长目标（括号内为
    # 实际增速）：⏎2012年13%（12.1%）)
    r"(?:[（(][^（）()\n]{0,4}括号[^（）()\n]{1,12}[)）]\s*+)?(?:[：:]\s*+(?:(?:19|20)\d{2}\s*+年\s*+)?)?"
    # (an arrow read as 增 or 降: GDP目标↑10%)
    # (or a plan's, its year after 为: 地区生产总值规划目标为2025年达到2.4万亿元左右)
    r"(?:(?:为|是)\s*+(?:(?:19|20)\d{2}\s*+年\s*+)?)?(?:分别\s*+)?"
    r"(?:(?:增长|增速|为|是|完成|达到|(?:控制|保持|稳定)在|削减|下降|降低|上涨|增|降)\s*+)?"
)
_PLANNED_REACH = 32  # the words between a name and its figure, at most


# or before the name (年初提出地区生产总值增长13%，实际完成…)
_PLANNED_BEFORE = re.compile(r"(?:年初|年度)\s*(?:提出|确定|计划|预期)的?\s*$")


def planned_first(text, name_end, value_start, name_start=None):
    """Whether the words between an indicator's name and its figure, or right before the name
    (from `name_start`), say the figure is the plan's."""
    near = value_start - name_end <= _PLANNED_REACH
    if near and _PLANNED_FIRST.fullmatch(text, name_end, value_start) is not None:
        return True
    start = max(0, (name_start or 0) - _PLANNED_REACH)
    return name_start is not None and _PLANNED_BEFORE.search(text, start, name_start) is not None
