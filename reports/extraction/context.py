"""The year and kind of a figure in a sentence, from what the text before it in the sentence says
(its years, 预计, 力争, 目标, a part of the year) and what the sentences before it carried on."""

import re
from bisect import bisect_left
from functools import cached_property

from reports.extraction.adjusted import adjusted_target_at, adjusted_to
from reports.extraction.cues import (
    LOOKING_BACK,
    PROPOSED_TARGETS,
    QUOTED_TARGETS,
    RESULT_CUES,
    SPAN_OF_YEARS,
    TARGET_CUES,
    referred_to,
    targets_of,
)
from reports.extraction.heading_lines import NUMBERED
from reports.extraction.parts_of_year import PARTS_OF_YEAR, TOLD_ONCE, dates_the_figure
from reports.extraction.quoted_targets import QuotedTargets
from reports.extraction.review_of_years import BULLET_LINE, CLAUSE_BREAK, ReviewOfYears
from reports.extraction.scanning import PrefixMatches
from reports.extraction.sections import FINAL, PAST_YEAR, TARGET, YEAR
from reports.extraction.sentences import attributed_only, opens_on_the_year_before, timed_on_its_own
from reports.extraction.uncued import earlier_kind, past_after, year_and_kind_uncued
from reports.extraction.year_asides import YearAsides
from reports.extraction.year_clauses import growth_of_dated_level, year_line_at
from reports.extraction.years_ahead import BY_YEAR, YearsAhead, goal_year

_SEMICOLON = re.compile("[；;]")
_SO_FAR = re.compile(r"已|目前|现已")
_CLAUSE_REACH = 40
# a year that dates its sentence: in a clause of its own (2019年，) or opening its words (2011年
# 全市经济…), not a span's end (2011年以来, 2011年至2015年) nor a lead-in (明年是“十四五”收官之年)
_OWN_CLAUSE = re.compile(
    r"[ \t\u3000]{0,3}[)）]?[ \t\u3000]{0,3}(?:[，,]|(?!以来|以前|之前|以后|前|后|至|到|起|是|为|同期|相比)[\u4e00-\u9fff])"
)
_LEAD_REACH = 8
# where a clause may open as a sentence does: a line, a link's bar, or a semicolon (…；2005年，…)
_CLAUSE_OPENINGS = re.compile(r"[\n｜|；;]")
_COMMA = re.compile(r"\s*[，,]")
# the event a year came before or after, leading its sentence (地震前的2007年，…; 建县之初的1983年，…),
# not one compared with (与疫情前的2019年相比，…); or the year before it glosses (上年（2020年）…)
_EVENTS_YEAR = re.compile(
    r"(?!与|同|较|比|和|对比|相比|相较)[^，,。；;：:\d\s]{1,5}(?:之?前|之?后|以前|以后|之初)的"
    r"|(?:上|去)一?\s*年\s*[（(]"
)
# …or the look back it opens, in a clause of its own (回望2024年，全市…; not 回顾2018年…以来的五年)
_LOOK_BACK = re.compile("回望|回顾|回首|回眸|纵观")
_ANNOUNCES = re.compile(r"(?:目标|指标)\s*+(?:是|为)?\s*+[：:]")  # …目标是： announcing the targets
_ASKED = re.compile(r"[？?]\s*$")
_OF_TARGETS = re.compile("目标|指标")
# a sentence looking back over the year reviewed (过去一年，我们的各项工作取得了很大成绩。), under
# the heading of the year planned: the figures of the sentences after it are that year's
_PAST_YEAR = re.compile(PAST_YEAR)


class SentenceContext(ReviewOfYears, YearsAhead, YearAsides, QuotedTargets):
    """The (year, kind) of a figure at any position of one sentence, from what the text before
    it in the sentence says, each pattern scanned once for the sentence, not once per figure.

    `carried` is the (year, kind) of the last figure of the sentences before in the paragraph,
    which a sentence with no year and no cue goes on about; `targets_year` their last target's."""

    def __init__(self, text, start, end, section, metadata, carried=None):
        self.text, self.start, self.end = text, start, end
        self.section, self.metadata, self.carried = section, metadata, carried
        self.targets_year = self.paragraph_year = None
        self.looked_back = False  # a sentence before in the paragraph looked back over years
        self.on_the_year_reviewed = False  # the paragraph opens on the year reviewed (2017年，…)
        self.over_years = False  # the paragraphs review a plan's years (这五年，…)

    def _scan(self, pattern):
        return PrefixMatches(pattern, self.text, self.start, self.end)

    @cached_property
    def by_year(self):
        return self._scan(BY_YEAR)

    @cached_property
    def years(self):
        return self._scan(YEAR)

    @cached_property
    def announcements(self):
        return self._scan(_ANNOUNCES)

    @cached_property
    def target_cues(self):
        return self._scan(TARGET_CUES)

    @cached_property
    def result_cues(self):
        return self._scan(RESULT_CUES)

    @cached_property
    def looking_back(self):
        return self._scan(LOOKING_BACK)

    @cached_property
    def span_of_years(self):
        return self._scan(SPAN_OF_YEARS)

    @cached_property
    def past_year(self):
        return self._scan(_PAST_YEAR)

    def looks_back(self):
        """Whether the sentence looks back over years, or over the year reviewed, under a heading
        of targets (the only sections where it counts): not scanned for other sentences."""
        return self.section.kind == TARGET and (
            self.looking_back.any(self.end) or self.past_year.any(self.end)
        )

    @cached_property
    def proposed_targets(self):
        return self._scan(PROPOSED_TARGETS)

    @cached_property
    def parts_of_year(self):
        return self._scan(PARTS_OF_YEAR)

    def at(self, position):
        """(year, kind) of a figure at `position`; None for a part of the year's (前三季度…预计)."""
        found = self._at(position)
        if found and found[1] != TARGET and self._over_years_changed(position):
            return None  # 这五年，…居民人均可支配收入增长 34.3%: the years' change, no year's
        # a target's too: 今年1-4月，全县地区生产总值下降5.1% in the planned year's section; not
        # a target adjusted for the year (…，下半年恢复生产需要一个过程，建议调整为增长9%左右)
        parted = found and self.of_part_of_year(position)
        return None if parted and not adjusted_to(self.text, position) else found

    def _target_cued(self, position):
        """Whether a target cue before `position` in the sentence names its own target."""
        cue = self.target_cues.last(position)
        return cue is not None and not self._referred_to(cue.start())

    def _referred_to(self, cue):
        return referred_to(self.text, self.start, cue)

    @cached_property
    def semicolons(self):
        return self._scan(_SEMICOLON)

    def of_part_of_year(self, position):
        part = self.parts_of_year.last(position)  # 前三季度, 1-11月; not 全年
        if part and part["part"] and TOLD_ONCE.match(self.text, part.end()):
            part = self.parts_of_year.last(part.start()) or part  # (an aside: the part before)
        year = part and self._clause_year(position)
        if year and year.start() > part.end() and self._leads_the_sentence(year):
            return False  # 一、上半年…执行情况⏎2022年，全市…: the year its line opens on dates it
        if part and self._item_after(part, position):
            return False  # …前三季度曾下降31.4%⏎·社会消费品零售总额…: an item of its own
        return bool(part) and dates_the_figure(
            self.text, self.start, part, self.semicolons, position
        )

    def _at(self, position):
        if self.section.kind == TARGET:
            return self._among_targets(position)
        if line := year_line_at(self.text, self.start, position, self.metadata):
            return line  # (2004年　计划：…。完成：…)
        if self.section.kind:
            return self._in_review(position)
        return self._unsectioned(position)

    def _among_targets(self, position):
        """(year, kind) of a figure under a heading of targets."""
        section, metadata = self.section, self.metadata
        by_year = self._by_year(position)
        past = metadata.year_of(year := self._year_named(position))
        if past and targets_of(self.text, year, position):
            return past, TARGET  # (2022年目标7%左右，完成3.2%: that year's, not its result)
        if not by_year and past and past <= (metadata.review_year or 0):
            # （去年为 9641 元） among the targets; not the year a mid-year report plans too
            if past < (metadata.plan_year or past + 1):
                return past, earlier_kind(past, metadata)
        # a look back before carries on to a sentence that names no year of its own
        back = self.looked_back and not self.years.any(position) or self.looking_back.any(position)
        back = back or (self.on_the_year_reviewed and not self._target_cued(position))
        if not by_year and metadata.review_year and back:
            return metadata.review_year, metadata.results_kind  # 建区以来…增加至 559.2 亿元
        if by_year:
            return goal_year(by_year), TARGET
        # (2016年是…开局之年。…主要预期目标是： under the five-year plan's heading: 2016's)
        return self._year_to_come(position) or self.paragraph_year or section.year, TARGET

    def _in_review(self, position):
        """(year, kind) of a figure under a heading of results."""
        section, metadata = self.section, self.metadata
        if metadata.plan_year and self.proposed_targets.any(position):
            return metadata.plan_year, TARGET  # 建议…主要预期目标是：
        if ahead := self._announced_ahead(position):
            return ahead, TARGET
        quoted = self._quoted(position) or adjusted_target_at(self.text, position)
        if by_year := quoted and self._by_year(position):
            if self._goal_by(by_year, position):
                return goal_year(by_year), TARGET  # (“九五”计划提出，到2000年…达到1000亿元)
            quoted = None  # (…，2023年…已达到1286.4亿元: progress since, no goal)
        written = None if quoted else self._year_of_clause(position)
        if written and section.year and written < section.year:
            return written, self.metadata.results_kind_of(written)  # 2021年… in 2022's
        if ahead := self._no_result_yet(written, position):
            return ahead, TARGET
        if later := self._of_a_later_year(written, position):
            return later
        same = not (written or quoted) and self.carried
        if same and opens_on_the_year_before(self.text, self.start):
            return self.carried  # (2022年，…为650.2亿元。这一年，…: that year's)
        return section.year, TARGET if quoted else section.kind

    def _unsectioned(self, position):
        """(year, kind) of a figure under no heading: from its cues, its year and the metadata."""
        metadata = self.metadata
        year_match = self._year_in_its_item(position)
        written = metadata.year_of(year_match)
        result_cue = self._result_cue(position)
        target_cue = self.target_cues.last(position)
        if target_cue and self._referred_to(target_cue.start()):
            target_cue = None
        if lead := self._lead_over_aside(year_match, position):
            year_match = lead  # (2024年…计划增长6.5%，2023年增长6.1%；投资计划增长10%: 2024's)
            written = metadata.year_of(year_match)
        if not (target_cue or result_cue) and adjusted_target_at(self.text, position):
            return written or self.metadata.plan_year, TARGET  # 建议将…由150亿元调减为138亿元
        if (
            target_cue
            and not result_cue
            and not past_after(year_match, written, target_cue, metadata)
        ):
            year = written or self._year_before(target_cue)
            return (year, TARGET) if year else None
        if (
            not result_cue
            and (year := written or metadata.review_year)
            and self.quoted_here(position)
        ):
            return year, TARGET  # (年初…会议确定，2013年…增长11%左右)
        if not (written or target_cue or result_cue):
            uncued = self._quoted_target(position) or self.carried
            if uncued:
                return uncued
        forecast = result_cue is not None and "预计" in result_cue.group()
        marked = self._marks(result_cue, position)
        return year_and_kind_uncued(written, marked, metadata, forecast=forecast)

    def _goal_by(self, by_year, position):
        """Whether the figure at `position` is a quoted goal set by `by_year` (…提出，到2025年…达到
        1500亿元): no year of its own nor progress so far (2023年…已达到1286.4亿元, 目前已完成)
        stands between."""
        last = self.years.last(position)
        if last is not None and last.end() > by_year.end():
            return False
        return not _SO_FAR.search(self.text, by_year.end(), position)

    def _result_cue(self, position):
        """The last result cue before `position`, but one in a numbered heading the sentence runs
        on from (二、全年预计和存在的问题 over …确定的全年主要预期目标，即…): it heads, not cues."""
        cue = self.result_cues.last(position)
        if cue is None:
            return None
        line_end = self.text.find("\n", cue.end(), position)
        line = self.text[self.text.rfind("\n", 0, cue.start()) + 1 : line_end]
        return None if line_end >= 0 and NUMBERED.match(line) else cue

    @cached_property
    def quoted_targets(self):
        """The quotations captioned as targets, not as goals worked around or met (紧紧围绕“…”的
        目标), in order: they do not overlap."""
        return [
            quoted
            for quoted in QUOTED_TARGETS.finditer(self.text, self.start, self.end)
            if not self._referred_to(quoted.start())
        ]

    def _quoted_target(self, position):
        """(year, TARGET) of a figure in a quotation captioned after it as targets, or None."""
        found = self.quoted_targets
        index = bisect_left(found, position, key=lambda quoted: quoted.start()) - 1
        if index < 0 or position >= found[index].end():
            return None
        quoted = found[index]
        year = int(quoted["year"]) if quoted["year"] else self.metadata.plan_year
        return (year, TARGET) if year else None

    @cached_property
    def bullet_lines(self):
        return self._scan(BULLET_LINE)

    def _year_in_its_item(self, position):
        """The last year named before `position`, unless an item a bullet opens on a line of its
        own stands between (（2019年…达到1159.4亿元）⏎·规模以上工业增加值下降6.2%): none then."""
        year = self._year_named(position)
        return None if year and self._item_after(year, position) else year

    def _item_after(self, match, position):
        """Whether a bulleted item opens between `match` and `position`, the line of `match` no
        lead of the list (1—11月，全县主要经济指标运行情况：⏎·…, whose items it dates)."""
        bullet = self.bullet_lines.last(position)
        if not bullet or bullet.start() < match.end():
            return False
        line_end = self.text.find("\n", match.end(), bullet.start() + 1)
        return not self.text[match.end() : line_end].rstrip().endswith(("：", ":"))

    def _year_of_clause(self, position):
        """The year named before the figure at `position` in its clause, if one is."""
        return self.metadata.year_of(self._clause_year(position))

    def _by_year(self, position):
        """The first year the sentence sets a goal by (到2015年) before `position`; not one of a
        lead-in before a clause announcing the targets with a year of its own (按照…到2015年…的
        总体要求，建议2013年…主要预期目标为：)."""
        by_year = self.by_year.first(position)
        announced = by_year and self.announcements.last(position)
        if announced and by_year.start() < announced.start():
            if self._clause_year(announced.start()):
                return None
        if by_year and self._heads_another_years_targets(by_year, position):
            return None  # (·到2020年，GDP达到850亿元⏎（2）2016年主要预期目标⏎·GDP ↑8%)
        return by_year

    def _clause_year(self, position):
        """The match of the year named before `position` in its clause, or in a clause of its own
        opening the sentence (2019年，全市实现…), or None."""
        match = self.years.last(position)
        if match is not None and self._leads_the_sentence(match):
            return None if timed_on_its_own(self.text, match.end(), position) else match
        if match is None or position - match.end() > _CLAUSE_REACH:  # (linear on any text)
            return None
        if CLAUSE_BREAK.search(self.text, match.end(), position):
            return match if growth_of_dated_level(self.text, match, position) else None
        return match

    def _leads_the_sentence(self, match):
        """Whether a year in a clause of its own opens the sentence, or a line of it (under a
        heading the sentence runs on from): only spaces before it, after a line break or the
        sentence's start (looked for a few characters back: linear in any sentence)."""
        start = max(self.start, match.start() - _LEAD_REACH)
        before = self.text[start : match.start()].rstrip(" \t\u3000")
        # (or only the event it is the year before or after: 地震前的2007年，全县…)
        # (a line opening, or a link's title after its bar: 往期回顾⏎🔗2025两会｜2024年全市…)
        *opened, line = _CLAUSE_OPENINGS.split(before)
        line = line.strip() if opened or start == self.start else None
        looks_back = bool(
            line and _LOOK_BACK.fullmatch(line) and _COMMA.match(self.text, match.end())
        )
        opens = line is not None and (not line or bool(_EVENTS_YEAR.fullmatch(line) or looks_back))
        # (or only the statistics' attribution opens it: 经统计部门最终核实，2020年全区…)
        opens = opens or attributed_only(self.text, self.start, match.start())
        return opens and bool(_OWN_CLAUSE.match(self.text, match.end()))

    def _year_to_come(self, position):
        """A year to come opening the figure's clause (2015年力争粮食总产达43万吨 among a five-year
        plan's aims) or the clause announcing the targets (今年…的主要预期目标是：), which dates the
        figure over its section's year; not a year of a lead-in (确保2025年全面完成…，主要预期目标是：);
        今年 and 明年 only from a date the text gives."""
        announced = self.announcements.last(position)
        lead = announced and self._clause_year(announced.start())  # 今年…的主要预期目标是：
        # or a year opening the list announced (奋斗目标是：2015年地区生产总值…)
        opening = announced and YEAR.match(self.text, announced.end(), position)
        for match in (self._clause_year(position), lead, opening):
            if year := self._year_after(match, self.metadata.review_year):
                return year
        return None

    def _year_after(self, match, year):
        """The year `match` names when after `year`; 今年 and 明年 only from a date the text gives."""
        named = match and (match[1] or self.metadata.date_text) and self.metadata.year_of(match)
        return named if named and named > (year or 0) else None

    def _marks(self, result_cue, position):
        """Whether a result cue before `position` marks the figure there: a forecast of a clause
        before (2015年预计达到 10778 美元；财政总收入…达到 1114.98 亿元) is not the figures' after it
        in a report given once the statistics were out."""
        if result_cue is None or self.metadata.results_kind != FINAL:
            return result_cue is not None
        semicolon = self.semicolons.last(position)  # scanned once for the sentence
        return not (semicolon and semicolon.start() >= result_cue.end())

    def _asks(self):
        """(whether the sentence is a question, whether about targets): 2026年又有哪些工作安排？
        announces nothing, its answer does; 2024年的主要预期目标是什么？ announces them, and so
        does one naming no year (就业和物价的目标是什么？: the year planned's)."""
        asked = bool(_ASKED.search(self.text, self.start, self.end))
        return asked, asked and bool(_OF_TARGETS.search(self.text, self.start, self.end))

    def announced(self):
        """(year, kind) a sentence that states no figure sets for the sentences after it in its
        paragraph (2019 年经济社会发展的预期目标建议。其中地区生产总值增长 6.5% 左右), or None:
        it names no year, or only a target of a year already reviewed (完成 2018 年目标任务)."""
        end, review = self.end, self.metadata.review_year
        asked, of_targets = self._asks()
        if (asked and not of_targets) or not (self.years.last(end) or of_targets):
            return None
        year, kind = self.at(end) or (None, None)
        if year is None or (kind == TARGET and review is not None and year <= review):
            return None
        return year, kind
