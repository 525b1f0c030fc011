"""Names whose figure after them is another's, by the words right before them:

- the whole a share is of (重点电商企业完成零售额 133.48 亿元，占全区社会消费品零售总额 21.8%):
  the figure is the share;
- a zone inside the place as the subject (该县产业集聚区将完成固定资产投资 43 亿元, 综合保税区
  完成进出口总值 3374.5 亿元): the figure is the zone's, not the place's, but in the zone's own
  report, its management committee's; so is a channel of the trade as the
  subject (跨境电商实现进出口额 23.8 亿元, 加工贸易进出口…): a part of it; so is the total said of it
  after (服务贸易进出口增长 20%、总额 1347.7 亿美元);
- a sector named bare, no 增加值 and no verb before its rate (第二产业　45.2%, 第一产业⏎11.0%), no
  growth said before it in its sentence or line: a chart's share of the economy, not the
  sector's growth.
"""

import re

from reports.extraction.places import head_lines

_ZONES = r"产业集聚区|综合保税区|综保区|保税港?区"
_PARTS = rf"(?:{_ZONES}|跨境电商|跨境电子商务|一般贸易|加工贸易|服务贸易|市场采购|边民互市)"
# …but for such a zone's own report, its management committee's (昆山综合保税区管理委员会⏎2013年
# 工作总结), its head lines naming the committee: its figures are the report's own (not a city's
# report on its zone: 青禾市人民政府关于…综合保税区建设情况的报告)
_A_ZONE = re.compile(_ZONES)
_ZONES_OWN = re.compile(rf"(?:{_ZONES})\s*(?:管理委员会|管委会|党工委)")
_OTHERS = re.compile(
    r"(?:占\s*(?:同期)?\s*(?:全[省市区县州旗国]|本[省市区县])?"
    rf"|{_PARTS}\s*(?:将|预计|全年)?\s*(?:完成|实现|达到?)?)\s*$"
)
_REACH = 12  # how far before a name the words making its figure another's may start
# a total standing for the name before it (服务贸易进出口增长 20%、总额 1347.7 亿美元): the part's,
# when the part is the subject earlier in the clause
_TOTAL_WORDS = ("总额", "总量", "总值")
_PART_EARLIER = re.compile(rf"{_PARTS}(?=[^，,；;。\n]*$)")
_CLAUSE_REACH = 40


_BARE_SECTOR = re.compile(r"第[一二三]产业")
_RATE_RIGHT_AFTER = re.compile(r"[ \t\u3000]*+\n?[ \t\u3000]*+\d+(?:\.\d+)?\s*[%％]")
_GROWTH_SAID = re.compile(r"增长|增速|增幅|下降|分别|提高|回落")
_SENTENCE_STOPS = ("。", "；", ";", "\n")
_GROWTH_REACH = 60


def without_others_figures(text, start, mentions):
    """`mentions` without the names whose figure the words right before them make another's,
    nor the sectors named bare whose rate right after them is a share."""
    own_zone = _a_zones_own(text)
    return [
        mention
        for mention in mentions
        if not _of_another(text, max(start, mention.start - _REACH), mention.start, own_zone)
        and not (
            "".join(text[mention.start : mention.end].split()) in _TOTAL_WORDS
            and _PART_EARLIER.search(text, max(start, mention.start - _CLAUSE_REACH), mention.start)
        )
        and not _a_sectors_share(text, mention)
    ]


def _of_another(text, start, end, own_zone):
    """Whether the words text[start:end] before a name make its figure another's: a zone's are
    not in the zone's own report."""
    other = _OTHERS.search(text, start, end)
    return bool(other) and not (own_zone and _A_ZONE.search(other.group()))


def _a_zones_own(text):
    """Whether `text` is a zone's own report, its head lines naming the zone's committee."""
    return bool(_ZONES_OWN.search(head_lines(text)))


def _a_sectors_share(text, mention):
    """Whether `mention` names a sector bare, its rate right after it (第二产业　45.2%), no
    growth said before it in its sentence or line (分产业看，第一产业增长3.8%，第二产业8.5%:
    the growth shared on)."""
    name = "".join(text[mention.start : mention.end].split())
    if not (_BARE_SECTOR.fullmatch(name) and _RATE_RIGHT_AFTER.match(text, mention.end)):
        return False
    reach = max(0, mention.start - _GROWTH_REACH)
    start = max(text.rfind(stop, reach, mention.start) + 1 for stop in _SENTENCE_STOPS)
    start = max(start, reach)
    return _GROWTH_SAID.search(text, start, mention.start) is None
