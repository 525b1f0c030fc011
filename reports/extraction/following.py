"""The clauses after a figure that go on about it with no name of their own: its growth after
its level (地区生产总值 1110 亿元，增长 5.8%), the year's target after its result (…，控制在 3% 以内),
and the whole year's figure after those of a part of it (…，1—9月完成 428.3 亿元，同比增长 2.2%，
全年预计完成 600 亿元)."""

import re

from reports.extraction.comparable import comparable_again, comparable_bracket, past_closing
from reports.extraction.intensities import share_after
from reports.extraction.lexicon import PERCENT
from reports.extraction.milestones import is_milestone
from reports.extraction.sections import TARGET
from reports.extraction.values import (
    ASIDE,
    GOES_ON,
    QUOTA,
    TARGET_COMPARED,
    level_at,
    read_value,
)
from reports.extraction.whole_year import opens_whole_year, past_part_of_year

# …1110 亿元，增长 5.8%; or a space alone before the growth, as a table pasted as prose has it, or
# nothing at all (5.62万元增长4.1%)
# …，增长 5.8%; …、增长 5.8%; … 增长 5.8%; and 增长 12.6%达 92.9 亿元 (the level reached after it),
# 为 2.48%实现控制在 3% 以内的预期目标 (the target after it), 下降 22.4%按可比口径增长 5.7% (the
# comparable growth)
# a note in brackets before the comma is the figure's, not a clause: 305亿元左右（预计数，下同），增长8%
LEVEL_GROWTH_SEPARATOR = re.compile(
    r"(?:\s*[（(][^（）()。；;\n]{1,24}[)）])?\s*[，,、]\s*|[ \t\u3000]*(?=增长|下降|同比|比上年)"
    r"|(?<=[%％℅])[ \t\u3000]*(?=达到?\s*\d|(?:实现)?控制在|按?\s*(?:可比|同)\s*口径)"
)

# A level after a verb of change is the change, not the level: 增长 5%，比上年增加 50 亿元.
_CHANGE_VERB = re.compile(r"(?:增加|增长|提高|提升|减少|下降|降低|多)(?![到至])")
# the year's result after its target, in the clause after it: 目标为 8.5%，全年完成 0%
_DONE = re.compile(r"\s*(?:全年|实际)\s*完成")


def worded_growth(text, position, limit):
    """与经济增长同步, 增速高于全省平均水平, 实现正增长: a growth in words opening the clause at
    `position`, or None. A quota met (完成市定任务) is the whole figure's, not its growth's."""
    value = read_value(text, position, limit, growth=True)
    if value and value.qualitative and not QUOTA.match(text, value.start, value.end):
        return value
    return None


def value_after_aside(text, position, limit):
    """地区生产总值完成年度计划的102%，达到500亿元: the value in the clause after an aside that
    opens right after the name (the share of the plan done, a rank), or None."""
    aside = ASIDE.match(text, position, limit)
    comma = aside and LEVEL_GROWTH_SEPARATOR.match(text, aside.end(), limit)
    return read_value(text, comma.end(), limit) if comma else None


class FollowingClauses:
    """Mixed into a sentence's reader, whose `_value` and `_shared` it calls."""

    def _following(self, mention, value, limit, confidence):
        """The clauses after a figure that go on about the same indicator with a bridge word and
        no name (地区生产总值 1110 亿元，增长 5.8%; …，比上年下降 20.1%), one per measure; or a
        clause sharing its values out over the figures just named (…分别增长 4.8% 和 6.9%)."""
        percent, position = {value.unit == PERCENT}, value.extent
        parted, last = self.context.of_part_of_year(value.start), value
        while True:
            if last.unit == PERCENT:
                position = self._comparable_in_brackets(mention, position, limit, confidence)
            if not (comma := LEVEL_GROWTH_SEPARATOR.match(self.text, position, limit)):
                return
            aside = ASIDE.match(self.text, comma.end(), limit)
            if aside:
                self._plan_in_aside(mention, aside, limit, confidence)
                position = aside.end()
                continue
            if part_end := past_part_of_year(self.text, comma.end(), limit, parted):
                position, parted = part_end, True
                continue
            if share := share_after(self.text, mention, comma.end(), limit, self.catalogue):
                self._value(*share, confidence, quote_from=mention.start)
                position = share[1].extent
                continue
            if self._other_kind(mention, comma.end(), limit, confidence):
                return
            opening = GOES_ON.match(self.text, comma.end(), limit)
            if not opening and percent == {True}:
                opening = level_at(self.text, comma.end(), limit)
            # 达到 23894 元，与经济增长同步: the growth after the level, in words
            worded = percent == {False} and worded_growth(self.text, comma.end(), limit)
            if not (opening or worded) or self._shared(comma.end(), limit):
                return
            if worded:
                self._value(mention, worded, confidence, quote_from=mention.start)
                return
            if parted and opens_whole_year(self.text, comma.end(), limit):
                percent, parted = set(), False  # the year's figures after a part's: measures anew
            following = read_value(self.text, comma.end(), limit)
            if following is None or following.qualitative:
                return
            if (following.unit == PERCENT) in percent and not comparable_again(
                self.text, comma.end(), following.start
            ):
                return
            if following.unit != PERCENT and _CHANGE_VERB.search(
                self.text, comma.end(), following.start
            ):
                return
            percent.add(following.unit == PERCENT)
            position, last = following.extent, following
            now = self.context.at(following.start)
            if now and is_milestone(self.text, mention.name, following, limit, now[1]):
                continue  # 增长 8.5%、总量突破 3000 亿元: a milestone of the figure, not its level
            self._value(mention, following, confidence, quote_from=mention.start)

    def _comparable_in_brackets(self, mention, position, limit, confidence):
        """增长 1%（同口径增长 8.2%）: the comparable growth in brackets is proposed beside the
        growth; returns where the clauses after the figure go on."""
        opening = comparable_bracket(self.text, position, limit)
        growth = opening and read_value(self.text, opening, limit)
        if not growth or growth.qualitative or growth.unit != PERCENT:
            return position
        self._value(mention, growth, confidence, quote_from=mention.start)
        return past_closing(self.text, growth.extent, limit)

    def _plan_in_aside(self, mention, aside, limit, confidence):
        """…635亿元，完成年计划710亿元的89.4%: the plan the share is of is the year's target."""
        plan = aside["plan"] and read_value(self.text, aside.start("plan"), limit)
        now = plan and self.context.at(plan.start)
        if now:
            self._value(mention, plan, confidence, quote_from=mention.start, at=(now[0], TARGET))

    def _other_kind(self, mention, position, limit, confidence):
        """Whether the clause at `position`, after a figure, states the figure's other kind and
        was read: the year's target after its result (…，控制在 3% 以内), or the year's result after
        its target (目标为 8.5%，全年完成 0%)."""
        compared = TARGET_COMPARED.match(self.text, position, limit)
        done = not compared and _DONE.match(self.text, position, limit)
        if not (compared or done):
            return False
        value = read_value(self.text, (compared or done).end(), limit)
        now = value and self.context.at(value.start)
        if compared and now:
            # the year of the result it is compared with, before the clause names its target
            year = (self.context.at(position) or now)[0]
            self._value(mention, value, confidence, quote_from=mention.start, at=(year, TARGET))
        elif now and now[1] == TARGET:
            at = (now[0], self.metadata.results_kind)
            self._value(mention, value, confidence, quote_from=mention.start, at=at)
        return bool(compared) or bool(now and now[1] == TARGET)
