"""Figures in paragraphs reviewing a plan's years, not the year (这五年，…; 五年来，…): a change
over them (增长 34.3%) is no year's figure, and an undated flow's level (完成固定资产投资 759.6 亿元)
is their sum."""

import re

from reports.extraction.bullets import BULLET_LINE
from reports.extraction.carrying import dated_in_its_paragraph
from reports.extraction.sections import TARGET

# a change's words right before its figure (增长 34.3%, 降幅为 5%), a level's held through the years
# (粮食总产稳定在 1100 亿斤以上), the additions they summed (城镇新增就业 261.6 万人) or their
# running total (累计)
_CHANGE = re.compile(
    r"(?:(?:增长|下降|降低|提高|提升|减少|削减|增幅|降幅|增速|稳定在|保持在)\s*(?:了|为|达到?)?"
    r"|新增[^，,。；;、\d]{0,12}?|累\s*[计积])\s*"
    r"(?:\d+(?:\.\d+)?\s*[%％]?\s*[、和]\s*)*\Z"  # the values shared out before it (分别下降 29%、23%)
)
_FALL_WORD = re.compile(r"下降|降低|减少|削减|下跌|回落")  # a fall's value opens on its word
_OVER_THE_YEAR_BEFORE = re.compile(r"同比|[比较]\s*(?:上|去)\s*年")  # (not 比2005年增长86%)
_ON_THE_YEAR_BEFORE = re.compile(rf"{_OVER_THE_YEAR_BEFORE.pattern}|年\s*增长")
# the year itself named in the sentence before the figure (全年空气质量优良天数比例为68.5%，…；单位
# GDP能耗下降3.6%): the year's change, not the years'
_THE_YEAR = re.compile(r"全年|当年")
_CHANGE_REACH = 16  # how far before a figure its change's words may start (城镇新增就业…)
_AVERAGE_BESIDE = re.compile(r"[\d.\s]*[%％]\s*[，,、]\s*(?:[^，,。；;\d]{0,6}?)年\s*均")
CLAUSE_BREAK = re.compile(rf"[，,；;：:]|{BULLET_LINE.pattern}")


# a sentence opening on a year in a clause of its own (2010年，在全市上下的共同努力下，…)
_OPENS_ON_A_YEAR = re.compile(r"[ \t\u3000]*((?:19|20)\d{2})\s*年\s*[，,]")


class ReviewOfYears:
    """SentenceContext's reading of a review of years: it gives `text`, `start`, `end`,
    `section`, `metadata`, `over_years` and `years`."""

    def turns_to_the_year(self, stated=False):
        """Whether the sentence opens on the year reviewed (“十一五”期间，…年均增长11.5%。2010年，
        …全面完成。预计…增长12.1%): stating no figure, it turns the paragraph of a plan's years to
        that year; one stating figures (`stated`) turns it only with a change over the year before
        (2010年，…比上年增长13.2%); one stating the years' change, 2010年，…比2005年增长86%。, goes
        on over them."""
        opening = _OPENS_ON_A_YEAR.match(self.text, self.start, self.end)
        if not opening or int(opening[1]) != self.metadata.review_year:
            return False
        return not stated or bool(_OVER_THE_YEAR_BEFORE.search(self.text, self.start, self.end))

    def _over_years_changed(self, position):
        """Whether the paragraphs review a plan's years (under a review's heading or none) and the
        figure at `position` is their change."""
        return self.over_years and self.section.kind != TARGET and self._changed_over(position)

    def in_review_of_years(self, position):
        """Whether the figure at `position` is in paragraphs reviewing a plan's years, undated:
        a flow's level there (完成固定资产投资 759.6 亿元) is their sum."""
        if not self.over_years or self.section.kind == TARGET:
            return False
        year = self.years.last(position)  # 固定资产投资今年完成 52 亿元: the clause's own year
        if year and not CLAUSE_BREAK.search(self.text, year.end(), position):
            return False
        return not dated_in_its_paragraph(self.text, position)

    def _changed_over(self, position):
        """Whether the figure at `position`, in a review of years, is their change (增长 34.3%,
        下降 20.5%), a level held through them (稳定在 1100 亿斤以上) or their additions (新增就业
        261.6 万人): not a level reached, which is the last year's (达到 4270 亿元), nor a change
        the sentence dates (2015年，…增长 6.6%), gives on the year before (同比增长 6.6%) or sets
        beside the years' average (增长 41.6%，年均增长 21%)."""
        lead = max(self.start, position - _CHANGE_REACH)
        changed = _CHANGE.search(self.text, lead, position) or _FALL_WORD.match(self.text, position)
        return bool(
            changed
            and not _ON_THE_YEAR_BEFORE.search(self.text, lead, position)
            and not self._year_in_its_line(position)
            and not _THE_YEAR.search(self.text, self.start, position)
            and not _AVERAGE_BESIDE.match(self.text, position, self.end)
        )

    def _year_in_its_line(self, position):
        """Whether a year is named before `position` in its line (not in a heading over it)."""
        year = self.years.last(position)
        return bool(year) and "\n" not in self.text[year.end() : position]
