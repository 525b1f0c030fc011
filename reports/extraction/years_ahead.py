"""A year after the one a review section speaks of, named before a figure in it: the year planned
(2013年，省下达我市单位GDP能耗下降3.2%的年度目标 in a review of 2012; 根据《2018年…政府工作报告》，
2018年全区地区生产总值预期增长8.5%，全社会固定资产投资增长10%以上), or one still to come (到2025年
…达到65%以上), whose figures are targets: no result of it is out yet; and the year of a target
whose clause names none (the last of the years ahead a new government's targets run over)."""

import re
from functools import cached_property

from reports.extraction.cues import set_at_years_start
from reports.extraction.heading_lines import opens_a_line
from reports.extraction.sections import TARGET
from reports.extraction.sentences import opens_on_the_year_before
from reports.extraction.uncued import given_late_in, year_and_kind_uncued

# a goal's year: 到2015年, or a plan's horizon's in brackets, its last (近期（2010年）, 远期（至2035年）,
# 近期（2021—2025年）; not a date, 近期（2024年12月）)
BY_YEAR = re.compile(
    r"到\s*(20\d{2})\s*年|(?:近期|中期|远期|远景)(?:目标)?\s*[（(]\s*"
    r"(?:[至到]|20\d{2}\s*年?\s*[—\-－~～至到])?\s*(20\d{2})\s*年\s*[)）]"
)


def goal_year(by_year):
    """The year of a BY_YEAR match, of whichever form."""
    return int(by_year[1] or by_year[2])


_THIS_YEAR = re.compile("今年|本年")
_THIS_YEAR_REACH = 60  # (the sentence before may say it: 今年是…之年。年初召开的…)

_EARLY = re.compile(r"提前")
_EARLY_REACH = 12  # how far before the year its 提前 may stand (提前两年完成)
# the words that set a year's figures before them (预期增长8.5%, 省下达我市…, 政府工作报告确定，…),
# or after (增长6%左右, 增长6%的目标); a year that dates a day or a month (2019年1月份, 截至2019年
# 1月底, 自2019年1月1日起) or a list of the year's projects (列入2019年省重点项目) sets none
_SET_FOR_IT = re.compile(r"目标|预期|计划|力争|确保|争取|下达|要求|确定|提出|报告")
_SET_AFTER = re.compile(r"[\d.%％ ]*+(?:左右|以上|以内|的\s*+(?:预期|年度)?\s*+目标)")
_A_DATES_YEAR = re.compile(r"\s*+(?:\d{1,2}\s*+月|年?\s*+[初底末]|起|省?重点项目)")
_DATES_BEFORE = re.compile(r"(?:截至|截止|自|列入|为)\s*+$")
_BEFORE_REACH = 3
_LINE_BREAK = re.compile("\n")
_HEADS_TARGETS = re.compile(r"[^，,。；;\n]{0,12}?(?:目标|计划)")  # (2)2016年主要预期目标
# the years ahead a new government's targets run over (今后五年的主要奋斗目标是：): the last one's
_YEARS_AHEAD = re.compile(r"(?:今后|未来)\s*(?P<count>[二两三四五]|[2-5])\s*年")
# a mid-year report's results or estimates after its announcement, no targets
_RESULT_SAID = re.compile("预计|完成|实现")
_COUNTS = dict(zip("二两三四五2345", (2, 2, 3, 4, 5, 2, 3, 4, 5), strict=True))


class YearsAhead:
    """SentenceContext's reading of a year ahead, in a review or over the years a new
    government's targets run: it gives `text`, `start`, `section`, `metadata`, `years`,
    `result_cues`, `targets_year`, `announcements`, `paragraph_year`, `_clause_year`,
    `_year_after` and `_scan` (each pattern scanned once a sentence)."""

    @cached_property
    def _sets_for_it(self):
        return self._scan(_SET_FOR_IT)

    @cached_property
    def _line_breaks(self):
        return self._scan(_LINE_BREAK)

    @cached_property
    def years_ahead(self):
        return self._scan(_YEARS_AHEAD)

    def _last_year_ahead(self, target_cue):
        """The last of the years ahead (今后五年) the target cue's sentence names before it."""
        ahead = self.years_ahead.last(target_cue.start())
        plan = self.metadata.plan_year
        if not (ahead and plan):
            return None
        return plan + _COUNTS[ahead["count"]] - 1

    def _year_before(self, target_cue):
        """The year of a target whose clause names none, in a sentence opening on the year of the
        one before (2005年，…。那年…定的目标是…: 2005); else _year_of_target's."""
        if self.carried and opens_on_the_year_before(self.text, self.start):
            return self.carried[0]
        return self._year_of_target(target_cue)

    def _year_of_target(self, target_cue):
        """The year of a target whose clause names none: the last of the years ahead named before
        it, the year reviewed for one set at its start (年初目标增长16%，实际完成…), the year of
        the targets of the sentence before, or the year planned."""
        cue = target_cue.start()
        set_then = set_at_years_start(self.text, self.start, cue, self._planning_the_next(cue))
        reviewed = self.metadata.review_year if set_then else None
        ahead = self._last_year_ahead(target_cue)
        return ahead or reviewed or self.targets_year or self.metadata.plan_year

    def _planning_the_next(self, cue):
        """Whether the target cue at `cue` is of a text given the year after the one it reviews,
        under the heading of the year planned or after 今年: a session told of as just held there
        (年初召开的…全会提出的主要预期目标是：) is the new year's."""
        reviewed = self.metadata.review_year
        if reviewed is None or self.metadata.date_text[:4] != str(reviewed + 1):
            return False
        before = max(cue - _THIS_YEAR_REACH, 0)
        return self.section.kind == TARGET or bool(_THIS_YEAR.search(self.text, before, cue))

    def _no_result_yet(self, written, position):
        """The year ahead named before the figure at `position` in a review, whose figure is a
        target, or None: the clause's year after the report's (or the goal's it runs on from), or
        the year planned named before in the figure's line with the words that set its figures,
        unless a result cue marks the figure; not a target met early (提前两年达到2025年规划目标
        65%)."""
        metadata, year = self.metadata, self.years.last(position)
        if year is None:
            return None
        # (or the year of a goal set before it, no other year between: 到2030年，全区…达到750亿元)
        by_year = None if written else self._by_year(position)
        ahead = written or (
            goal_year(by_year) if by_year and self._goal_by(by_year, position) else None
        )
        if ahead and metadata.delivered_year and ahead > metadata.delivered_year:
            return None if self._met_early(year, position) else ahead
        line_break = self._line_breaks.last(position)
        in_line = line_break is None or line_break.start() < year.end()
        named = written or (in_line and metadata.year_of(year))
        planned = named and named == metadata.plan_year and named > (self.section.year or named)
        if not planned or self.result_cues.any(position) or not self._sets_it(year, position):
            return None
        return None if self._met_early(year, position) else named

    def _of_a_later_year(self, written, position):
        """(year, kind) of a figure in a review whose clause names a year after the heading's and
        sets no target for it, a result cue marking it and the text given late in that year or
        after: its forecast, or result, as when no heading stood over it (2021年，…预计增长8.5%,
        under 一、发展基础 of a plan given in December 2021); or None."""
        later = written and self.section.year and written > self.section.year
        cue = self.result_cues.last(position)
        if not (later and cue and given_late_in(self.metadata, written)):
            return None  # (a forecast given before that, as before, reads as the section's)
        forecast = "预计" in cue.group()
        return year_and_kind_uncued(written, cue, self.metadata, forecast=forecast)

    def _sets_it(self, year, position):
        """Whether the sentence sets the year named figures before `position` (…报告提出，2020年
        全市…增长7.5%左右，一般公共预算收入增长6.5%), the year no date's."""
        if _A_DATES_YEAR.match(self.text, year.end(), position):
            return False
        if _DATES_BEFORE.search(
            self.text, max(self.start, year.start() - _BEFORE_REACH), year.start()
        ):
            return False
        if self._sets_for_it.any(position):  # (…报告提出，2020年全市…)
            return True
        return _SET_AFTER.match(self.text, position) is not None

    def _met_early(self, year, position):
        """Whether the year named before the figure at `position` is a target's met early: 提前
        near the year (read near it only: linear however far the figure is)."""
        start = max(self.start, year.start() - _EARLY_REACH)
        end = min(position, year.end() + _EARLY_REACH)
        return _EARLY.search(self.text, start, end) is not None

    def _heads_another_years_targets(self, by_year, position):
        """Whether a line between a goal by a year (`by_year`, 到2020年) and `position` opens on
        another year's targets (（2）2016年主要预期目标), not the same year's (（1）2025年…) nor a
        base year's (2020年的…基础上)."""
        later = self.years.last(position)
        if (
            not later
            or later.start() <= by_year.end()
            or not opens_a_line(self.text, later.start())
        ):
            return False
        named = self.metadata.year_of(later)
        return named != goal_year(by_year) and bool(_HEADS_TARGETS.match(self.text, later.end()))

    def _announced_ahead(self, position):
        """The year after the section's that the clause announcing the targets names (今年…的主要
        预期目标是：): a copy that lost the plan's heading goes on from its review to them (not a
        later year's: 2025年主要预期目标是： in a review of 2022 quotes a five-year plan); or, in a
        report in the year's course, the section's own year whose targets it announces."""
        announced = self.announcements.last(position)
        if announced is None:
            return None
        lead = self._clause_year(announced.start())
        if lead and self.metadata.mid_year and self.metadata.year_of(lead) == self.section.year:
            # (a report in the year's course, announcing the targets of the year it reviews:
            # 三、2016年上半年经济运行情况⏎…2016年，全市…的主要预期目标是：; not its indicators'
            # results or estimates: 2016年全年主要指标：地区生产总值预计增长8.1%)
            said = _RESULT_SAID.search(self.text, announced.end(), position)
            return self.section.year if "目标" in announced.group() and not said else None
        # or, naming none, the year its paragraph opens on (2016年是“十三五”开局之年。全区主要预期
        # 目标为：)
        year = self._year_after(lead, self.section.year) if lead else self.paragraph_year
        return year if year == (self.section.year or 0) + 1 else None
