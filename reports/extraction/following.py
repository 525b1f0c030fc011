"""The clauses after a figure that go on about it with no name of their own: its growth after
its level (地区生产总值 1110 亿元，增长 5.8%), the year's target after its result (…，控制在 3% 以内),
and the whole year's figure after those of a part of it (…，1—9月完成 428.3 亿元，同比增长 2.2%，
全年预计完成 600 亿元)."""

import re

from reports.extraction.against_targets import RESULT_AFTER_PLAN, AgainstTargets
from reports.extraction.bracketed_results import RESULTS, bracketed, growth_in_brackets
from reports.extraction.bridge_words import ADJUSTED_TO, REVISED_TO
from reports.extraction.column_headers import RESULT_KIND_WORDS
from reports.extraction.comparable import (
    another_growth_basis,
    comparable_after_semicolon,
    comparable_bracket,
    past_closing,
    real_after_semicolon,
)
from reports.extraction.enumerations import by_place
from reports.extraction.figure_asides import ASIDE, OVER_LAST_YEAR_WORDS
from reports.extraction.intensities import share_after
from reports.extraction.lexicon import PERCENT
from reports.extraction.milestones import is_milestone
from reports.extraction.sections import TARGET
from reports.extraction.thresholds import AMOUNT, NOTE, PASSED_VERB
from reports.extraction.values import (
    FROM_TO,
    GOES_ON,
    SHARED_OUT,
    YEAR_LED,
    level_at,
    read_value,
    read_values,
)
from reports.extraction.whole_year import (
    opens_whole_year,
    past_part_of_year,
    whole_year_after_semicolon,
)
from reports.extraction.worded_values import QUOTA
from reports.extraction.year_clauses import (
    YearsRead,
    target_at,
    unset_target_end,
    worded_target,
    year_of,
)

# …1110 亿元，增长 5.8%; or a space alone before the growth, as a table pasted as prose has it, or
# a bar (a digest's line: 地区生产总值 | 4606.2亿元 | 增长4.9%) or a slash (98.6亿元 ／ 增长35.2%), or
# nothing at all (5.62万元增长4.1%)
# …，增长 5.8%; …、增长 5.8%; … 增长 5.8%; and 增长 12.6%达 92.9 亿元 (the level reached after it),
# 为 2.48%实现控制在 3% 以内的预期目标 (the target after it), 下降 22.4%按可比口径增长 5.7% (the
# comparable growth)
# a note in brackets before the comma is the figure's, not a clause: 305亿元左右（预计数，下同），增长8%
LEVEL_GROWTH_SEPARATOR = re.compile(
    rf"(?:{NOTE})?\s*[，,、→]\s*|[ \t\u3000]*+(?:[|｜丨／/][ \t\u3000]*+)?(?=增长|下降|同比|比上年|[增降]\s*\d)"
    r"|(?<=[%％℅])[ \t\u3000]*(?=达到?\s*\d|(?:实现)?控制在|按?\s*(?:可比|同)\s*口径)"
    # or nothing before the value a target is adjusted to (由 150 亿元调减为 138 亿元)
    rf"|[ \t\u3000]*(?={ADJUSTED_TO})"
    # or a line break, an infographic's line of the growth under its level's (78.6亿元⏎同比下降4.7%)
    r"|[ \t\u3000]*\n[ \t\u3000]*(?=(?:同比|比上年)?\s*(?:增长|下降|[增降])[ \t\u3000]*[：:]?[ \t\u3000]*\d)"
)

# a threshold the figure passed, after it (10297 亿元，突破 1 万亿元，…); right after a name it is the
# figure's milestone (milestones.py)
_PASSING = re.compile(rf"\s*{PASSED_VERB}\s*{AMOUNT}(?=\s*[，,])")
# a level in brackets after its growth: 增长 5.9%（达到 1133.16 亿元）
_LEVEL_BRACKET = re.compile(r"\s*[（(]\s*(?:达到?|总量(?:为|达到?)?|为|完成|实现)?\s*(?=\d)")
# the comma a list of figures is shared out after: …，分别增长 48%、39.2%
_SHARED_OUT_LATER = re.compile(rf"[，,]\s*(?={SHARED_OUT})")
# the result of the year a target is set from, in brackets after it (（2018年预计完成175.6亿元，…）)
_BASE_BRACKET = re.compile(
    r"[ \t\u3000]*[（(]\s*(?:19|20)\d{2}\s*年\s*(?:预计|实际)\s*(?:完成|实现|达到?|为)?\s*"
)
_CLOSING_BRACKET = re.compile(r"[)）]")
# a growth over the year before, its year perhaps said again (…，2015年比上年增长5.5%)
_OVER_LAST_YEAR = re.compile(rf"\s*+(?:(?:19|20)\d{{2}}\s*+年)?\s*+(?:{OVER_LAST_YEAR_WORDS})")
# A level after a verb of change is the change, not the level: 增长 5%，比上年增加 50 亿元.
_CHANGE_VERB = re.compile(r"(?:增加|增长|提高|提升|减少|下降|降低|多)(?![到至])")
_ADJUSTED = re.compile(rf"\s*(?:{ADJUSTED_TO}|{REVISED_TO})")  # (the figure as revised too)


# another year's figure of the same series after a semicolon (地区生产总值：2022年目标5.5%左右，完成
# 2.6%；2023年目标6%以上)
_ANOTHER_YEAR_AFTER_SEMICOLON = re.compile(rf"\s*[；;](?={YEAR_LED.pattern})")
_YEAR_SHARED_AFTER_SEMICOLON = re.compile(r"\s*[；;]\s*(?=(?:19|20)\d{2}\s*年(?:末|底)?\s*分别)")
_UNKNOWN_CLAUSE_REACH = 40  # how far on 分别 may follow a clause of an unknown name


def _measured(text, mention, value):
    """The measures a figure takes, a rate (True) or a level (False): both for a level that ends a
    span grown from another (从 41.2 亿元增长到 95 亿元，增长 131%), whose rate after is the span's."""
    if _rate(value):
        return {True}
    return {False, True} if FROM_TO.search(text, mention.end, value.start) else {False}


def _rate(value):
    """Whether a value is a rate: in %, or a bare number after a growth word (增长 10.3。)."""
    return value.unit == PERCENT or (value.growth and not value.unit)


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
    after = past_aside(text, position, limit)
    return read_value(text, after, limit) if after != position else None


def past_aside(text, position, limit):
    """Where the clauses go on past an aside at `position` and its comma (…和 7.6%，均排全区第一，
    总量分别为 33893 元…), or `position` when no aside stands there."""
    aside = ASIDE.match(text, position, limit)
    comma = aside and LEVEL_GROWTH_SEPARATOR.match(text, aside.end(), limit)
    return comma.end() if comma else position


class FollowingClauses(AgainstTargets):
    """Mixed into a sentence's reader, whose `_value` and `_shared` it calls."""

    def _following(self, mention, value, limit, confidence, *, planned=False, at=None):
        """The clauses after a figure that go on about the same indicator with a bridge word and
        no name (地区生产总值 1110 亿元，增长 5.8%; …，比上年下降 20.1%), one per measure (after a
        plan's figure, the result's anew: 计划增长14%，预计完成117.6亿元，增长12.3%); or a clause
        sharing its values out over the figures just named (…分别增长 4.8% 和 6.9%)."""
        percent, position = _measured(self.text, mention, value), value.extent
        parted, last = self.context.of_part_of_year(value.start), value
        # a target's clauses go on until one names the result (…；预计…), a year's after 计划 alone
        target_year = self._target_year(mention, value)
        planned_at = (target_year, TARGET) if target_year else None
        planned, cued_by_plan = planned or bool(target_year), planned
        years = YearsRead(self._year_found(mention))
        while True:
            position = self._in_brackets(mention, last, position, limit, confidence)
            comma, limit = self._separator(mention, position, limit, confidence, parted, planned)
            if not comma:
                return
            if passed := self._passed(mention, comma.end(), limit, confidence, parted):
                position, parted = passed
                continue
            year_led = YEAR_LED.match(self.text, comma.end(), limit)
            if not year_led and self._other_kind(mention, comma.end(), limit, confidence):
                return
            opening = GOES_ON.match(self.text, comma.end(), limit) or year_led
            if not opening and percent == {True}:
                opening = level_at(self.text, comma.end(), limit)
            # 达到 23894 元，与经济增长同步: the growth after the level, in words
            worded = percent == {False} and worded_growth(self.text, comma.end(), limit)
            if not (opening or worded):
                if percent == {False} and comma.group().strip() in ("、", "，", ","):
                    self._shared_past_unknown_names(mention, comma.end(), limit, confidence)
                return
            if self._shared(comma.end(), limit):
                return
            if worded and not year_led:
                self._value(mention, worded, confidence, quote_from=mention.start, at=at)
                return
            if parted and opens_whole_year(self.text, comma.end(), limit):
                percent, parted = set(), False  # the year's figures after a part's: measures anew
            following = read_value(self.text, comma.end(), limit)
            if year_led and (following is None or following.qualitative):
                # (2020年计划未设、完成-7.8; 2014年计划与经济增长同步、完成8.8: the result after it)
                if not (past := self._past_unstated_target(mention, year_led, limit, confidence)):
                    return
                (position, at), percent = past, set()
                continue
            if following is None or following.qualitative:
                return
            if planned and RESULT_KIND_WORDS.search(self.text, comma.end(), following.start):
                planned, planned_at, percent = False, None, set()  # the result's measures anew
            if year_led:  # another year's figure measures anew
                percent = set()
            if self._no_figure_of_its_own(mention, last, comma, following, percent):
                return
            percent.add(_rate(following))
            position, last = following.extent, following
            if year_led:  # (the year said dates it, and its own words: 2014年目标7.5, its target)
                at = target_at(self.text, year_led)
                planned_at = cued_by_plan and planned_at and (year_of(year_led), TARGET)
            self._read_on(mention, following, limit, confidence, planned_at or at, years, year_led)

    def _past_unstated_target(self, mention, year_led, limit, confidence):
        """Where a year's clause goes on past its target said not set (2020年计划未设) or set in
        words (计划与经济增长同步, read as that year's target), to the result after it, and the
        result's (year, kind); None when it says neither."""
        year = year_of(year_led)
        end = unset_target_end(self.text, year_led, limit)
        if end is None and (worded := worded_target(self.text, year_led, limit)):
            self._value(mention, worded, confidence, quote_from=mention.start, at=(year, TARGET))
            end = worded.extent
        return None if end is None else (end, (year, self.metadata.results_kind_of(year)))

    def _read_on(self, mention, following, limit, confidence, at, years, year_led):
        """Propose `following`, read on from a figure, unless it is a milestone of it."""
        now = self.context.at(following.start)
        if now and is_milestone(self.text, mention.name, following, limit, now[1]):
            return  # 增长 8.5%、总量突破 3000 亿元: a milestone of the figure, not its level
        emitted = self._value(mention, following, confidence, quote_from=mention.start, at=at)
        if emitted and years.went_back(self.found[-1], year_led):
            self.earlier.add(id(self.found[-1]))  # (which the sentences after are not about)

    def _no_figure_of_its_own(self, mention, last, comma, following, percent):
        """Whether the clause after `comma` repeats a measure already read (a second growth, not
        on another basis) or states a change (增长 5%，比上年增加 50 亿元): no figure of its own."""
        if _rate(following) in percent and not self._another_basis(mention, last, comma, following):
            return True
        return not _rate(following) and bool(
            _CHANGE_VERB.search(self.text, comma.end(), following.start)
        )

    def _year_found(self, mention):
        """The year of the figure just found for `mention`, if the last found is its."""
        last = self.found[-1] if self.found else None
        return last.year if last and last.indicator == mention.name else None

    def _passed(self, mention, position, limit, confidence, parted):
        """(where the clauses go on, whether past a part of the year) past an aside, a part of
        the year's figure or a share read at `position`; None when none stands there."""
        if (past := self._past_aside(mention, position, limit, confidence)) is not None:
            return past, parted
        if part_end := past_part_of_year(self.text, position, limit, parted):
            return part_end, True
        if share := share_after(self.text, mention, position, limit, self.catalogue):
            self._value(*share, confidence, quote_from=mention.start)
            return share[1].extent, parted
        return None

    def _another_basis(self, mention, last, comma, following):
        """Whether a second growth says its basis: the comparable one, in its clause or in the
        level's before it (…，自然增幅 2%，同口径完成 3.67 亿元，增幅 6.1%), or the natural one
        after the comparable (同口径增长 6.3%，自然口径下降 4.7%); or it is a target adjusted (…由
        14% 调整为 15%: the year's two targets); or the growth over the year before after a level
        ending a span (由1986年的1.68亿元增至2015年的190.1亿元，2015年比上年增长5.5%), the year's;
        or the real one after the nominal."""
        if _ADJUSTED.match(self.text, comma.end()):
            return True
        if not _rate(last) and _OVER_LAST_YEAR.match(self.text, comma.end()):
            return True
        clause, first, second = self._clause_start(last.start), last.start, following.start
        return another_growth_basis(self.text, mention.name, clause, first, comma.end(), second)

    def _separator(self, mention, position, limit, confidence, parted=False, planned=False):
        """The separator after the figure ending at `position`, past an aside written with no
        comma before it (301.5 亿元迈进山区 26 县十强，增长 5.2%), or None; and the limit of the
        clause after it, the next clause's for a comparable growth after a semicolon (…增长 0.34%；
        还原留抵退税因素后，增长 4.38%) or, after a part of the year's figure (`parted`), for
        the whole year's (…；预计全年完成 28.6 亿元)."""
        position = self._aside_end(mention, position, limit, confidence) or position
        if comma := LEVEL_GROWTH_SEPARATOR.match(self.text, position, limit):
            return comma, limit
        if comma := comparable_after_semicolon(self.text, position, self.end):
            return comma, self._clause_end(comma.end())
        if comma := real_after_semicolon(self.text, mention.start, position, self.end):
            return comma, self._clause_end(comma.end())
        if parted and (comma := whole_year_after_semicolon(self.text, position, self.end)):
            return comma, self._clause_end(comma.end())
        if planned and (comma := RESULT_AFTER_PLAN.match(self.text, position, self.end)):
            return comma, self._clause_end(comma.end())
        if comma := _ANOTHER_YEAR_AFTER_SEMICOLON.match(self.text, position, self.end):
            return comma, self._clause_end(comma.end())
        return None, limit

    def _past_aside(self, mention, position, limit, confidence):
        """Where the clauses after a figure go on past an aside at `position` (a rank, a share of
        the plan, a threshold passed: 达到 10297 亿元，突破 1 万亿元，增长 12%), or None."""
        if (end := self._aside_end(mention, position, limit, confidence)) is not None:
            return end
        passing = _PASSING.match(self.text, position, limit)
        return passing.end() if passing else None

    def _aside_end(self, mention, position, limit, confidence):
        """Where an aside (ASIDE) at `position` ends, the plan it names read; or None."""
        if aside := ASIDE.match(self.text, position, limit):
            self._plan_in_aside(mention, aside, limit, confidence)
            return aside.end()
        return None

    def _shared_after(self, position, limit, *, carried):
        """The values a clause after a list's own at `position` shares out over its names
        (城镇、农村…分别为 5 万元、3 万元，分别增长 4%、6%), past an aside (…和 7.6%，均排全区第一，
        总量分别为 33893 元、…)."""
        if comma := LEVEL_GROWTH_SEPARATOR.match(self.text, position, limit):
            self._shared(past_aside(self.text, comma.end(), limit), limit, carried=carried)
        elif carried and (comma := _YEAR_SHARED_AFTER_SEMICOLON.match(self.text, position)):
            # …分别为 48120 元、22650 元；2022 年分别为 45210 元、21030 元: the year before's, shared
            limit = self._clause_end(comma.end())
            self._shared(comma.end(), limit, carried=carried, clause_at=position)

    def _shared_past_unknown_names(self, mention, position, limit, confidence):
        """进出口总额 61 亿美元、服务外包业务总量 245 亿元，分别增长 48%、39.2%: the figures listed after
        this one are of names the catalogue does not know, and 分别 after them gives this one the
        value in its place."""
        # the clause of the unknown name may be its own (…1.2 亿美元，实际到位内资 33.7 亿元，分别…):
        # 分别 is then looked for a short way on, within the clause
        limit = max(limit, min(self._clause_end(limit), position + _UNKNOWN_CLAUSE_REACH))
        shared = _SHARED_OUT_LATER.search(self.text, position, limit)
        values = read_values(self.text, shared.end(), limit) if shared else []
        if len(values) < 2:
            return
        places = by_place(self.text, self.start, shared.end(), [mention], len(values))
        for _mention, place in places:
            self._value(
                mention, values[place], confidence - 0.1, quote_from=mention.start, value_only=True
            )

    def _comparable_in_brackets(self, mention, position, limit, confidence):
        """增长 1%（同口径增长 8.2%）: the comparable growth in brackets is proposed beside the
        growth; returns where the clauses after the figure go on."""
        opening = comparable_bracket(self.text, position, limit)
        growth = opening and read_value(self.text, opening, limit)
        if not growth or growth.qualitative or growth.unit != PERCENT:
            return position
        self._value(mention, growth, confidence, quote_from=mention.start)
        return past_closing(self.text, growth.extent, limit)

    def _in_brackets(self, mention, last, position, limit, confidence):
        """Where the clauses after the figure `last` go on past what brackets after it give: a
        target's base, the result of the year before; a growth's comparable growth or level, a
        level's growth (under a legend saying so)."""
        position = self._base_in_brackets(mention, last, position, limit, confidence)
        position = self._result_in_brackets(mention, last, position, limit, confidence)
        if _rate(last):
            position = self._comparable_in_brackets(mention, position, limit, confidence)
            return self._level_in_brackets(mention, position, limit, confidence)
        return self._growth_in_brackets(mention, position, limit, confidence)

    def _result_in_brackets(self, mention, last, position, limit, confidence):
        """13%（12.1%） under a legend saying the brackets hold the results: the result of the
        target just read; returns where the clauses after the figure go on."""
        target = self.found[-1] if self.found else None
        if not target or target.kind != TARGET or target.value_start != last.start:
            return position
        result = bracketed(self.text, position, limit, self.start, RESULTS)
        if not result or result.unit != PERCENT:
            return position
        at = (target.year, self.metadata.results_kind_of(target.year))
        self._value(mention, result, confidence, quote_from=mention.start, at=at)
        return past_closing(self.text, result.extent, limit)

    def _growth_in_brackets(self, mention, position, limit, confidence):
        """348.6亿元（14.8%） under a legend saying the brackets hold the growth (括号内为比上年
        增长), or a change saying it is one (（增长6.7%）, （+5.2%）): the growth; returns where the
        clauses after the figure go on."""
        growth, before = growth_in_brackets(self.text, position, limit, self.start) or (None, None)
        if not growth or growth.unit != PERCENT:
            return position
        self._value(mention, growth, confidence, quote_from=mention.start)
        if before and (now := self.context.at(mention.end)):  # （增长6.7%，上年为5.1%）
            at = (now[0] - 1, self.metadata.results_kind_of(now[0] - 1))
            self._value(mention, before, confidence - 0.1, quote_from=mention.start, at=at)
        return past_closing(self.text, (before or growth).extent, limit)

    def _base_in_brackets(self, mention, last, position, limit, confidence):
        """目标增长9.5%（2018年预计完成175.6亿元，增长10.2%）: the result a target is set from, in
        brackets after it, of the year they name; returns where the clauses go on."""
        opening = self._target_year(mention, last) and _BASE_BRACKET.match(
            self.text, position, limit
        )
        closing = opening and _CLOSING_BRACKET.search(self.text, opening.end(), limit)
        closing = closing.start() if closing else -1
        if not opening or closing < 0:
            return position
        values, at = [], opening.end()
        while len(values) < 2 and (value := read_value(self.text, at, closing)):
            values.append(value)
            at = LEVEL_GROWTH_SEPARATOR.match(self.text, value.extent, closing)
            at = at and at.end()
            if not at:
                break
        for value in values:
            self._value(mention, value, confidence - 0.05, quote_from=mention.start)
        return past_closing(self.text, values[-1].extent, limit) if values else position

    def _level_in_brackets(self, mention, position, limit, confidence):
        """增长 5.9%（达到 1133.16 亿元）: the level in brackets after the growth; returns where the
        clauses after the figure go on."""
        opening = _LEVEL_BRACKET.match(self.text, position, limit)
        level = opening and read_value(self.text, opening.end(), limit)
        if not level or level.qualitative or level.unit in ("", PERCENT):
            return position
        self._value(mention, level, confidence, quote_from=mention.start)
        return past_closing(self.text, level.extent, limit)

    def _plan_in_aside(self, mention, aside, limit, confidence):
        """…635亿元，完成年计划710亿元的89.4%: the plan the share is of is the year's target."""
        plan = aside["plan"] and read_value(self.text, aside.start("plan"), limit)
        now = plan and self.context.at(plan.start)
        if now:
            self._value(mention, plan, confidence, quote_from=mention.start, at=(now[0], TARGET))
