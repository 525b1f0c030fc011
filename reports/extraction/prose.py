"""Figures stated in sentences: an indicator named (by name, alias or a tail after its head),
then its value. Also the forms reports use to say several at once:

- a level and its growth: 地区生产总值 1110 亿元，增长 5.8%
- lists: 城镇、农村居民人均可支配收入分别增长 7%、7.5%
- a worded value for several: 主要污染物重点工程减排量、单位地区生产总值二氧化碳排放降低完成省下达任务
- a quota naming them inside: 完成市下达的实际利用外资、进出口总额和节能减排降碳任务
- task figures of indicators the catalogue does not know: 新增省级以上专精特新企业 80 家
"""

import re
from dataclasses import replace

from reports.extraction.abbreviations import (
    coordinated,
    parts_after_totals,
    whole_of,
    with_short_names,
)
from reports.extraction.against_targets import actual_after
from reports.extraction.asides import bracket_end, without_asides
from reports.extraction.averages import level_after_span, of_one_year, value_after_average
from reports.extraction.bracketed_targets import bracketed_target, planned_first
from reports.extraction.budget import check
from reports.extraction.candidates import FLAGS, MAX_QUOTE_LEAD, PROSE, candidate
from reports.extraction.carrying import Carried
from reports.extraction.comparable import comparable_flags
from reports.extraction.context import SentenceContext
from reports.extraction.enumerations import (
    listed_groups,
    listed_values,
    shares_one,
    with_unknown_names,
)
from reports.extraction.figures_first import figure_before, said_again
from reports.extraction.following import FollowingClauses, value_after_aside
from reports.extraction.increments import past_rise, value_after_increment, without_increases_listed
from reports.extraction.indices import INDEX_CONFIDENCE, written_as_index
from reports.extraction.last_year import last_year_value
from reports.extraction.lexicon import PERCENT, squeeze
from reports.extraction.milestones import is_milestone, value_after_milestone
from reports.extraction.other_figures import without_others_figures
from reports.extraction.revenue import total_revenue_mentions, total_revenue_pattern
from reports.extraction.scanning import FirstOccurrences, positions_before, prose_regions
from reports.extraction.sections import TARGET, sections_index
from reports.extraction.sentences import answers_a_question, opens_paragraph, sentence_stops
from reports.extraction.shared_values import LIST_CONFIDENCE, SharedValues
from reports.extraction.stand_ins import with_stand_ins
from reports.extraction.stated_plans import is_stated_plan
from reports.extraction.task_figures import TaskFigures
from reports.extraction.values import in_named_unit, read_value
from reports.extraction.whole_year import value_in_part_of_year, whole_year_after_subject
from reports.extraction.worded_values import QUOTA
from reports.extraction.wordings import NARROWER_WORDINGS
from reports.extraction.year_clauses import opens_on_a_years_target
from reports.extraction.yearly_values import YearlyValues

_CLAUSE_END = re.compile(r"[。！？!?；;]")
_CLAUSE_START = re.compile(r"[，,；;。：:！？!?\n]")
_PART_OF = re.compile(r"其\s*中\s*[，,：:]?\s*$")
_OPEN_BRACKET = re.compile(r"\s*[（(][^（）()。；;\n]{0,8}")  # 增长 3%（区属
_YEAR_SAID = re.compile(r"(?:19|20)\d{2}(?=\s*年)")  # a year said, its 年 after it
PROSE_CONFIDENCE = 0.85
ELLIPTICAL_CONFIDENCE = 0.6
# A result written as a threshold passed stays a candidate, kept as evidence, but below the
# review page's default "accept all" (0.8): 地区生产总值突破 5 万亿元 is not the year's GDP.
VAGUE_RESULT = 0.6


def prose_candidates(text, catalogue, metadata, sections, skip=(), deadline=None):
    found, section_of = [], sections_index(sections)
    totals = total_revenue_pattern(text, catalogue)
    for start, end in prose_regions(sections, skip, len(text)):
        sentence_start, carried, question = start, Carried(), start
        for stop in sentence_stops(text, start, end):
            check(deadline)
            if stop > sentence_start:
                opens = sentence_start == start or opens_paragraph(text, sentence_start, stop)
                if opens and not answers_a_question(text, question, sentence_start):
                    carried.new_paragraph(text, sentence_start)
                section = section_of(sentence_start)
                reader = _Sentence(text, sentence_start, stop, catalogue, metadata, section, totals)
                carried.onto(reader.context)
                found += reader.candidates()
                carried.looking_back = carried.looking_back or reader.context.looks_back()
                # a figure of the year before (去年为 …) carries nothing on
                current = [c for c in reader.found if id(c) not in reader.earlier]
                # (2010年，…全面完成。 in a review of a plan's years: the year's figures follow)
                turns = reader.context.turns_to_the_year(stated=bool(reader.found))
                carried.over_years = carried.over_years and not turns
                carried.after(current, reader.context.announced() if not current else None)
                question = sentence_start
            sentence_start = stop
    return found


class _Sentence(FollowingClauses, SharedValues, TaskFigures, YearlyValues):
    def __init__(self, text, start, end, catalogue, metadata, section, totals=None):
        self.text, self.start, self.end = text, start, end
        self.catalogue, self.metadata = catalogue, metadata
        self.section = section
        self.found, self.used, self.valued = [], [], []
        self.context = SentenceContext(text, start, end, section, metadata)
        self.flags = FirstOccurrences(FLAGS, text, start, end)
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(text, start, end)]
        self.clause_starts = [m.end() for m in _CLAUSE_START.finditer(text, start, end)]
        self.short_lead, self.totals, self.earlier = {}, totals, set()

    def candidates(self):
        mentions = self._mentions()
        mentions = with_unknown_names(self.text, self._quotas(mentions), self.end)
        groups = listed_groups(self.text, mentions)
        for index, group in enumerate(groups):
            limit = groups[index + 1][0].start if index + 1 < len(groups) else self.end
            limit = min(limit, self._clause_end(group[-1].end))
            limit = bracket_end(self.text, group[-1].end, limit) or limit
            if len(group) > 1:
                self._list(group, limit)
            elif not self._over_years(group[0], limit):  # (2019-2021年，…分别为 …、…和 …)
                self._single(group[0], limit)
        self._tasks()
        return self.found

    # Mentions -----------------------------------------------------------------------------

    def _mentions(self):
        mentions = self.catalogue.mentions(
            self.text, self.start, self.end, sentence_start=self.start
        )
        mentions = sorted(
            mentions + coordinated(self.text, self.start, mentions, self.catalogue),
            key=lambda m: m.start,
        )
        mentions = total_revenue_mentions(
            self.text, self.start, self.end, self.totals, mentions, self.catalogue
        )
        mentions = with_short_names(
            self.text, self.start, self.end, self.catalogue, self.metadata.review_year, mentions
        )
        mentions = with_stand_ins(self.text, self.start, self.end, mentions, self.catalogue)
        parts = parts_after_totals(self.text, self.end, mentions, self.catalogue)
        mentions = sorted(mentions + parts, key=lambda m: m.start) if parts else mentions
        mentions = self.catalogue.shares(self.text, mentions, self.end)
        mentions = without_asides(self.text, self.end, mentions)
        mentions = without_others_figures(self.text, self.start, mentions)
        mentions = without_increases_listed(self.text, self.start, mentions)
        return whole_year_after_subject(self.text, self.end, mentions)

    def _quotas(self, mentions):
        """Mentions inside 完成…下达…任务 take the whole clause as their value."""
        rest = []
        quotas = list(QUOTA.finditer(self.text, self.start, self.end))
        quota_starts = [q.start() for q in quotas]
        for mention in mentions:
            # quotas are disjoint: only the last one starting by the mention can hold it
            index = positions_before(quota_starts, mention.start + 1) - 1
            quota = quotas[index] if index >= 0 and mention.start < quotas[index].end() else None
            if quota is None:
                rest.append(mention)
                continue
            unit = self.catalogue.qualitative_series(mention.name)
            if unit:
                self._emit(
                    mention, unit, quota.span(), (quota.start(), quota.end()), LIST_CONFIDENCE
                )
        return rest

    # Values -------------------------------------------------------------------------------

    def _single(self, mention, limit):
        confidence = ELLIPTICAL_CONFIDENCE if mention.elliptical else PROSE_CONFIDENCE
        if self._aside_of_the_same(mention):
            confidence -= 0.1
        earlier, now = last_year_value(self.text, mention.end, limit), self.context.at(mention.end)
        if earlier and now:  # （去年为 9641 元）: the result of the year before the figure's
            at = (now[0] - 1, self.metadata.results_kind)
            if self._value(mention, earlier, confidence - 0.1, quote_from=mention.start, at=at):
                self.earlier.add(id(self.found[-1]))
        if first := figure_before(self.text, self.start, mention.start):
            self._figure_first(mention, first, limit, confidence)  # 9.1%——规上工业增加值增速
            return
        value = past_rise(self.text, read_value(self.text, mention.end, limit), limit)
        kind = now[1] if now else None
        passed = value is not None and is_milestone(self.text, mention.name, value, limit, kind)
        milestone = value if passed else None
        further = self._clause_end(limit + 1)  # past a semicolon, where a level may follow a span
        if value is None or passed:
            # 生产总值突破千亿元，达 1037.69 亿元: a milestone in words, then the figure
            value = (
                value_after_milestone(self.text, mention.end, limit, passed=passed)
                or value_after_average(self.text, mention.end, limit, further)
                or value_after_aside(self.text, mention.end, limit)
                or value_after_increment(self.text, mention.end, limit)
                or value_in_part_of_year(self.text, mention.end, limit)
            )
            if not passed:  # the figure after a threshold passed is stated plainly
                confidence -= 0.05
        if value is None:
            if milestone:  # 农民人均纯收入超过 7700 元，分别增长 15.5%…: in its place in the list
                self.valued.append(mention)
                self._following(mention, milestone, limit, confidence - 0.05)
            return
        planned = now and now[1] != TARGET and self._planned(mention, value, limit)
        # (of the year said between the name and the figure, if one is: 城镇化率2015年目标68%)
        said = planned and [*_YEAR_SAID.finditer(self.text, mention.end, value.start)]
        year = int(said[-1][0]) if said else now and now[0]  # (the nearest year said)
        if self._value(mention, value, confidence, at=(year, TARGET) if planned else None):
            self.valued.append(mention)
        elif level := level_after_span(self.text, mention.end, value, limit, further):
            # 五年来…累计增长 29.3%，达到 3500 亿元: no year's growth, but the year's level after it
            if self._value(mention, level, confidence - 0.05):
                self.valued.append(mention)
            value = level
        elif (
            value.qualitative
            or (value.unit == PERCENT and not self.context.of_part_of_year(value.start))
            and PERCENT in self.catalogue.units.get(mention.name, ())
        ):
            # 能耗 0.6394 吨标准煤，下降 1.15% goes on to the change; a part of the year's growth to
            # the year's (上半年增长 3.2%、…全年增长 5%); a count's growth to its level (达到 162 家)
            return
        if value.start > limit:  # read past a semicolon: …年均增长 13.2%；2007 年达到…
            limit = self._clause_end(value.start + 1)
        if not value.qualitative or self._worded_target_of_a_year(value):
            self._following(mention, value, limit, confidence - 0.05, planned=bool(planned))
            if (target := bracketed_target(self.text, value.extent, limit)) and now:
                at = (now[0], TARGET)  # （预期目标为 8.5% 以上）: the year's target
                self._value(mention, target, confidence - 0.05, quote_from=mention.start, at=at)

    def _worded_target_of_a_year(self, value):
        """Whether a worded value was just read as a target its year names (2014年计划与经济增长
        同步、完成8.8), the result and the years after it to follow."""
        last = self.found[-1] if self.found else None
        read = last and last.value_start == value.start and last.kind == TARGET
        return bool(read) and opens_on_a_years_target(self.text, self.start, value)

    def _planned(self, mention, value, limit):
        """Whether a figure in a review is the year's target, its result to follow: named so
        (地区生产总值：计划增长14%，预计完成…) or set against the actual result after it (增长8%左右，
        实际增长8.3%)."""
        return planned_first(self.text, mention.end, value.start, mention.start) or actual_after(
            self.text, mention.name, value, limit
        )

    def _figure_first(self, mention, value, limit, confidence):
        """A figure set before its name, the name quoted with it; the clauses after the name go
        on about it (62450元——居民人均可支配收入，增长8.6%)."""
        if self._value(mention, value, confidence, quote_from=value.start, quote_to=mention.end):
            self.valued.append(mention)
        if not value.qualitative:  # (from the figure said again in the name's clause, if it is)
            extent = said_again(self.text, value, mention.end) or mention.end
            self._following(mention, replace(value, extent=extent), limit, confidence - 0.05)

    def _aside_of_the_same(self, mention):
        """增长 3%（区属生产总值增长 6.5%）: the same indicator in brackets right after its figure
        is of a narrower scope or another basis, and yields to the figure before."""
        last = self.found[-1] if self.found else None
        return bool(
            last
            and last.indicator == mention.name
            and _OPEN_BRACKET.fullmatch(self.text, last.end, mention.start)
        )

    def _list(self, group, limit):
        values = listed_values(self.text, group[-1].end, limit)
        between = self.text[group[-1].end : values[0].start] if values else ""
        one_each, apart = len(values) == len(group), "分别" in between
        if one_each:
            pairs = zip(group, values, strict=True)
        elif len(values) == 1 and (not apart or shares_one(self.text, group, values[0])):
            whole = not apart and whole_of(self.text, group, between, values[0], self.catalogue)
            if whole:  # 城乡居民人均可支配收入 53740 元: one level, all residents' (no side's)
                self._single(whole, limit)
                return
            # one value is each name's: 均增长 6%, 调查失业率和登记失业率稳定在 4.3%, 分别增长 7.5%
            pairs = ((mention, values[0]) for mention in group)
        else:
            self._single(group[-1], limit)
            return
        now = self.context.at(group[-1].end)  # (a plan's, named so: …计划分别增长5.5%、7%)
        planned = now and now[1] != TARGET and self._planned(group[-1], values[0], limit)
        for mention, value in pairs:
            at = (now[0], TARGET) if planned else None
            self._value(mention, value, LIST_CONFIDENCE, quote_from=group[0].start, at=at)
        self.valued += group
        if values[-1].qualitative:
            return
        end = values[-1].extent
        if not (one_each and self._targets_of_list(group, end, limit, LIST_CONFIDENCE - 0.05)):
            self._shared_after(end, limit, carried=len(group) if one_each else 0)

    def _value(
        self, mention, value, confidence, quote_from=None, at=None, value_only=False, quote_to=0
    ):
        """Propose `value` as `mention`'s figure; `value_only` when the words between the name
        and the value are other figures' (a list shared out past unknown names), which stay
        theirs."""
        if value.qualitative and self.context.span_of_years.any(value.start):
            return False  # 过去五年，…均保持两位数增长: the years', no year's
        if value.qualitative:
            unit, scaled = self.catalogue.qualitative_series(mention.name), False
        else:
            value = in_named_unit(self.text, mention.end, value)
            fitting = self.catalogue.series(mention.name, value.unit, growth=value.growth)
            unit, scaled = fitting or (None, False)
            if not value.unit:
                confidence -= 0.2
            units = self.catalogue.units.get(mention.name, [])
            if unit is None and (unit := written_as_index(self.text, mention, value, units)):
                confidence = INDEX_CONFIDENCE  # 居民消费价格指数为 102.7: the change is 2.7
        if unit is None:
            return False
        if value.sign_lost:  # shown for the analyst to write its sign, never accepted in bulk
            confidence *= VAGUE_RESULT
        value_span = (value.start, value.text_end(scaled=scaled))
        quote_end = max(
            value_span[1], value.extent if not value.qualitative else value.end, quote_to
        )
        start = mention.start if quote_from is None else quote_from
        span = (start, quote_end)
        return self._emit(
            mention,
            unit,
            span,
            value_span,
            confidence,
            vague=value.vague,
            at=at,
            value_only=value_only,
        )

    def _emit(
        self, mention, unit, span, value_span, confidence, *, vague=False, at=None, value_only=False
    ):
        context = at or self.context.at(value_span[0])
        if context is None:
            return False
        year, kind = context
        quote_start = max(self._clause_start(span[0]), value_span[0] - MAX_QUOTE_LEAD)
        summing = self.context.in_review_of_years(value_span[0])
        if not of_one_year(self.text, quote_start, mention, value_span, unit, context, summing):
            return False
        quoted = kind != TARGET and is_stated_plan(
            self.text, self.start, value_span[0], self.end, span[1]
        )
        kind = TARGET if quoted else kind
        if vague and kind != TARGET:
            confidence *= VAGUE_RESULT
        if squeeze(self.text[mention.start : mention.end]) in NARROWER_WORDINGS:
            if _PART_OF.search(self.text, max(0, mention.start - 4), mention.start):
                return False  # …，其中城镇固定资产投资增长 31.2%: a part of the whole given
            confidence -= 0.1  # the whole series, where given too, is kept before the part
        self.used.append(
            value_span if value_only else (min(mention.start, value_span[0]), value_span[1])
        )
        self.found.append(
            candidate(
                self.text,
                indicator=mention.name,
                unit=unit,
                year=year,
                kind=kind,
                quote_span=(quote_start, span[1]),
                value_span=value_span,
                confidence=confidence,
                source=PROSE,
                parent=self.catalogue.parents.get(mention.name, ""),
                flags=comparable_flags(
                    self.flags, FLAGS, self.text, quote_start, value_span[1], mention.name
                ),
            )
        )
        if quoted or self.context.quoted_here(value_span[0]):
            self.earlier.add(id(self.found[-1]))  # a target quoted carries no kind on after it
        return True

    def _clause_end(self, position):
        """Where the clause going on at `position` ends: the first clause end from it on."""
        index = positions_before(self.clause_ends, position)
        return self.clause_ends[index] if index < len(self.clause_ends) else self.end

    def _clause_start(self, position):
        """Where the clause naming the figure starts, with a lead-in clause such as 预计，."""
        count = positions_before(self.clause_starts, position + 1)
        starts = self.clause_starts[max(0, count - 2) : count]
        start = starts[-1] if starts else self.start
        if count >= 2 and self._short(starts[-2], starts[-1] - 1):
            start = starts[-2]
        elif count == 1 and self._short(self.start, starts[0] - 1):
            start = self.start
        while start < position and self.text[start].isspace():
            start += 1
        return start

    def _short(self, start, end):
        """Whether text[start:end] is a lead-in of at most four characters (预计，); asked once
        per clause, however many figures follow it."""
        if (start, end) not in self.short_lead:
            self.short_lead[start, end] = len(squeeze(self.text[start:end])) <= 4
        return self.short_lead[start, end]
