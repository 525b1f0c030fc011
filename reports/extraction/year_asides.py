"""A year's result set beside a plan's target, in a clause a semicolon closes (2024年全县地区生产总值
计划增长6.5%左右，2023年增长6.1%；固定资产投资计划增长10%…): the year the line opens on, not the
aside's, dates the clauses after the semicolon. Nor does a year named in an aside in brackets
closed before the figure's clause."""

import re
from bisect import bisect_left

from reports.extraction.cues import TARGET_NOUN

_DIGIT = re.compile(r"\d")
# the rest of an aside in brackets a year was named in, closed before the figure's clause (…增长
# 10%以上（要把去年“欠”的补回来），一般公共预算收入增长6%), or before a lead's colon (2015年统计公报
# （今年3月发的）里：): the aside's year dates nothing after it
_IN_AN_ASIDE = re.compile(
    r"[^（）()\n。；;]{0,30}[)）][ \t]*+(?:[，,；;]|[^（）()\n，,。；;]{0,4}[：:])"
)
# …its bracket opened on words before the year (not one opening on it, （2024年，初步统计），…, which
# dates what follows, when it holds no figure of its own)
_OPENED_ON_WORDS = re.compile(r"[（(][^（）()\n。；;]{1,30}$")
# a figure a noun closes, its clause's end (…下降3.4%的局面, 2019年的85%)
_CLOSED_BY_A_NOUN = re.compile(r"[\d%％][^，,；;。\n\d]{0,2}的[^，,；;。\n\d的]{0,6}$")
_NOUN_REACH = 10
_OF_THE_YEAR = re.compile(r"[ \t]*的[^，,；;。\n]{0,12}$")  # (恢复到2019年的85%)
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_TARGET_NOUN = re.compile(rf"(?:{TARGET_NOUN})$")  # (a target a figure closes: any year's)
_FIGURE_REACH = 120  # how far after a year leading its line a figure of that year may stand


class YearAsides:
    """Mixed into SentenceContext: it gives `text`, `start`, `metadata`, `years`, `semicolons`,
    `carried`, `_line_breaks` and `_leads_the_sentence`."""

    def _lead_over_aside(self, year_match, position):
        """The later year leading the sentence, where the year last named before `position` is of
        a clause a semicolon has closed since (a year's result set beside the targets): or None;
        not an earlier one a span starts from (2015年，…仅为86.2亿元，到2020年已增至128.5亿元；…)."""
        if year_match is None:
            return None
        semicolon = self.semicolons.last(position)
        if semicolon is None or semicolon.start() < year_match.end():
            return None
        line_break = self._line_breaks.last(year_match.start())
        line_start = line_break.end() if line_break else self.start
        years = self.years.matches
        first = bisect_left(years, line_start, key=lambda year: year.start())
        lead = years[first] if first < len(years) else None
        if lead is None or lead.start() >= year_match.start():
            return None
        if (self.metadata.year_of(lead) or 0) <= (self.metadata.year_of(year_match) or 0):
            return None
        # (the aside after a figure of the lead's year, near it: not 今年的报告显示，去年新区实现…)
        reach = min(year_match.start(), lead.end() + _FIGURE_REACH)
        figured = _DIGIT.search(self.text, lead.end(), reach)
        return lead if figured and self._leads_the_sentence(lead) else None

    def _year_named(self, position):
        """The last year named before `position`, but one of an aside closed before the figure's
        clause (…增长10%以上（要把去年“欠”的补回来），一般公共预算收入增长6%): the one before it; or
        none for a year an aside named in a clause a semicolon closed, the sentence carrying a
        later one (2013年，…。…，扭转了2012年进出口下降3.4%的局面；实际利用外资12.5亿美元)."""
        year = self.years.last(position)
        if year is None:
            return None
        aside = _IN_AN_ASIDE.match(self.text, year.end(), position)
        if not aside:
            return None if self._aside_before_semicolon(year, position) else year
        opened = _OPENED_ON_WORDS.search(self.text, max(0, year.start() - 31), year.start())
        # (an aside opening on its year dates what follows, unless it holds its own figure:
        # …增长6%左右（2024年为5.3%），一般公共预算收入增长5%)
        return self.years.last(year.start()) if opened or _DIGIT.search(aside[0]) else year

    def _aside_before_semicolon(self, year, position):
        """Whether `year` is of a figure a noun closes (扭转了2012年进出口下降3.4%的局面；…, 恢复到
        2019年的85%；…), in a clause a semicolon closed before `position`, the sentences before or
        the sentence's lead carrying a later year on: a comparison, no year of what follows; or of
        a target a figure closes, met or passed (…确定的2010年…达到300亿元的目标；…)."""
        after = bisect_left(self.semicolons.ends, year.end() + 1)  # (the one closing its clause)
        semicolon = self.semicolons.matches[after] if after < len(self.semicolons.ends) else None
        if semicolon is None or semicolon.start() >= position:
            return False
        near = max(year.end(), semicolon.start() - _NOUN_REACH)  # (the pattern's longest reach)
        closed = _CLOSED_BY_A_NOUN.search(self.text, near, semicolon.start())
        if not (closed or _OF_THE_YEAR.match(self.text, year.end(), semicolon.start())):
            return False
        if closed and _TARGET_NOUN.search(closed.group()):
            # (…实现规划确定的2010年…达到300亿元的目标；…: the target's year, met early; not a
            # year of a clause before the target's, 预计2010年…300亿元，超过…12%的目标；…)
            return not _CLAUSE_BREAK.search(self.text, year.end(), closed.start())
        named = self.metadata.year_of(year)
        lead = self.years.first(year.start())
        later = self.metadata.year_of(lead) if lead else self.carried and self.carried[0]
        return bool(later and named and later > named)
