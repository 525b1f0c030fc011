"""A figure's other kind, stated in the clause after it: the year's target a result is compared
with (…增长 20.4%，高于年初人代会 18% 的目标; …，控制在 3% 以内), and the result after the year's
target, as a review's account of its targets (对账) gives it (目标为 8.5%，全年完成 0%; 增长 8% 左右，
实际增长 8.3%; 预期目标：增长5%｜完成情况：…；目标：…——实绩：…), which makes the figure before the
result a target (actual_after)."""

import re
from dataclasses import replace

from reports.extraction.bridge_words import ADJUSTED_TO
from reports.extraction.lexicon import PERCENT
from reports.extraction.sections import FINAL, TARGET
from reports.extraction.values import read_value, read_values

# …，实际增长8.3%: the result after the year's target, a verb or its figure after 实际 (目标30万人，实际
# 36.8万人; not 实际利用外资, 实际对外投资)
ACTUAL_RESULT = re.compile(
    r"(?:但|而)?\s*实际\s*(?:仅|只|才)?"
    r"(?=\s*(?:完成|达到?|实现|为|是|增长|增速|下降|上涨|涨幅|提高|降低|削减|减少|控制|\d))"
)
_ACTUAL_AFTER = re.compile(
    rf"\s*[，,]\s*{ACTUAL_RESULT.pattern}\s*(?P<stated>完成|达到?|实现|为|是)?"
)


# a rate a target sets: a bound (8%左右, 4%以内) or a ceiling held (控制在 4% 以内)
_TARGETED_RATE = re.compile(r"左右|以上|以内|以下|(?:控制|保持|稳定)在")
_TARGETED_REACH = 8  # how far before the rate its verb may stand


# the series whose growth a report gives in money terms and then in real ones (人均可支配收入增长
# 8.6%，实际增长6.4%; 社会消费品零售总额…，扣除价格因素实际增长…)
_NOMINAL_THEN_REAL = re.compile(r"人均|消费品零售")


_CHECK_MARKS = "√×✓✗✔✘"


def _checked(text, position):
    """Whether the line of `position` opens on a checklist's mark (√ 目标…，实际…; × …)."""
    line = text[text.rfind("\n", 0, position) + 1 : position].lstrip()
    return line[:1] in _CHECK_MARKS


def actual_after(text, name, first, limit):
    """Whether the clause after the figure `first` of `name` opens on its actual result, of the
    same measure, so that the figure is the target (增长8%左右，实际增长8.3%; 控制在4%以内，实际为
    2.9%; 规模以上工业增加值增长8.5%，实际增长8.8%); not 人均可支配收入增长8.6%，实际增长6.4%, the
    growth in money terms and the real one, unless the first is bounded as a target is (8%左右),
    nor 19742.4元，实际增长8.5%, a level's real growth, nor 增长17.6%，实际完成52.4亿元, its level."""
    actual = _ACTUAL_AFTER.match(text, first.extent, limit)
    value = actual and read_value(text, actual.end(), limit)
    if not value:
        return False
    if first.unit == PERCENT:
        around = text[max(0, first.start - _TARGETED_REACH) : first.extent]
        bounded = _TARGETED_RATE.search(around) is not None or _checked(text, first.start)
        return value.unit == PERCENT and (bounded or not _NOMINAL_THEN_REAL.search(name))
    return value.unit != PERCENT and not value.growth and actual["stated"] is not None


# A result compared with the year's target, which it states: …增长 20.4%，高于年初人代会 18% 的
# 目标 2.4 个百分点, …，比年初确定的 12% 的增长目标高出 4.2 个百分点.
# 完成区人代会批准增长 8% 以上目标 states it too, and so does 超额完成省下达的下降3.4%的年度目标.
# So does …，比年初目标（6.5%）低 2.3 个百分点, the target in brackets after the word (高于预期目标
# （增长 5%）), and …，仍在 3.5% 左右的年度目标以内.
TARGET_COMPARED = re.compile(
    r"\s*(?:(?:增速|增幅|涨幅)?(?:虽然?|但|仍)?(?:比|较|略?高于|略?低于|超过|超出|好于|快于|慢于|控制在|符合|实现了?|仍?在"
    # missed (虽未完成年初确定的增长9.5%的目标), or named before what became of it (年初确定的增长
    # 7.5%的目标未能完成)
    # (not a plan's average over its years: 未完成省定年均增长8%的目标)
    r"|(?:虽|但|尚)?(?:未能?|没有|没能)(?:完成|实现|达到)了?(?![^，,；;。\n\d]{0,10}?年均)|年初"
    r"|(?:超额)?完成[^，,；;。\n\d]{0,12}?(?:批准|确定|通过|下达)的?)[^，,；;。\n\d]{0,16}?"
    # (each run of spaces taken once, possessive: a run of line breaks after 比7% was quartic)
    # (a level's too: 城镇新增就业28.2万人，超过年初确定的25万人目标)
    # (a range too: 完成年初确定的7%—7.5%的预期目标)
    r"(?=(?:\d+(?:\.\d+)?[%％]?\s*+[—–\-~～至]{1,2}\s*+)?"
    r"\d+(?:\.\d+)?\s*+(?:[%％]|[万亿千]?(?:元|人|吨|家|美元|斤))\s*+(?:左右|以上|以内)?\s*+的?\s*+"
    r"(?:(?:预期|年度|既定|控制|调控|计划)\s*+){0,2}"
    r"(?:增长|增速)?\s*+目标)"
    r"|(?:比|较|略?高于|略?低于|超过|超出|好于|快于|慢于)[^，,；;。\n\d（(]{0,8}?目标\s*[（(]"
    r"(?=\s*(?:增长|增速|上涨|涨幅|达到|达)?\s*\d)"
    # a rate's ceiling after its result is the year's (涨幅为 2.2%、控制在 3% 以内, 控制在省定目标
    # 3.0% 以内, 控制在年初确定的3.5%以内, 控制在省政府下达的4.5%以内)
    r"|(?:控制|保持)在(?:年初(?:确定|提出)的|[省市县区]定|[省市县区](?:人民)?(?:政府)?下达的?|年度|预期)?"
    r"(?:目标)?"
    r"(?=\s*\d+(?:\.\d+)?\s*[%％]\s*(?:以内|以下)\s*(?:[，,。；;]|$))"
    # the share done of the year's target, its value stated (完成年计划710亿元的89.4%, 完成省下达
    # 目标任务（3.5万人）的121.7%)
    r"|完成了?[^，,；;。\n\d]{0,12}?(?:目标|计划)(?:任务)?\s*[（(]?"
    r"(?=\s*\d+(?:\.\d+)?\s*(?:[%％]|[万亿千]?(?:元|人|吨|家|美元|斤))\s*[)）]?\s*的\s*\d)"
    # the year's target named after the result (…增长8.7%，年初目标为增长6%; 年初确定的目标是增长5.5%
    # 左右; 年初目标为稳定在740亿斤以上; a screen's 同比 ↑6.8%⏎年度目标 6%)
    # (or its plan so named: …下降3.6%，年初计划增长8%; 年初目标增长10%)
    r"|(?:而|但)?(?:年初(?:确定|提出|制定)?的?(?:预期)?(?:目标|计划)(?:为|是)?"
    r"|(?:年度|全年)(?:预期)?(?:目标|计划)(?:为|是)?)\s*"
    r"(?:(?:增长|增速|达到|(?:稳定|控制|保持)在)\s*)?(?=\d))"
)
# a fall's word right before the target compared with (确定的降低4%左右的目标)
_FALL_LAST = re.compile(r"(?:下降|降低|削减|减少)\s*$")
# the result after the plan's figures past a semicolon, a bar or a dash (年度目标增长7.5%；预计…,
# 预期目标：增长5%｜完成情况：…), or past the target's word and its comma, and a clause adjusting it
# (增长7%的目标，年中由7%调低至6%，实际增长6.1%: the adjusted target is the year's too, the first one
# said kept)
RESULT_AFTER_PLAN = re.compile(
    r"[ \t\u3000]*+(?:[；;｜|／/]|——"
    r"|的?(?:年度|预期|奋斗)?目标(?:任务)?[，,]"
    rf"(?:\s*+[^，,；;。\d]{{0,6}}?由\s*[\d.]+\s*[%％]?\s*{ADJUSTED_TO}\s*[\d.]+\s*[%％]?[，,])?"
    r")[ \t\u3000]*(?=预计|完成情况|实际(?!上)|全年(?:实际|完成)|实绩)"
)
# the year's result after its target, in the clause after it: 目标为 8.5%，全年完成 0%; 增长 8%
# 左右，实际增长 8.3%; 控制在 4% 以内，实际为 2.9%; 预期目标增长 10%；完成情况 1.29 万亿元
_DONE = re.compile(
    rf"\s*(?:全年\s*(?:实际\s*)?完成|{ACTUAL_RESULT.pattern}\s*(?:完成|达到?|实现|为|是)?"
    r"|(?:完成情况|实绩)\s*(?:为|是)?[：:]?\s*(?:完成)?"
    # or its figure right after 完成 or 全年 (2022年目标5.5%左右，完成2.6%; …，全年平均5.4%)
    # (not the share of the target done: 目标增长8%，完成106%)
    r"|(?:完成|全年)(?=\s*(?:增长|下降|平均|上涨)?\s*[-−]?\d)(?!\s*\d{3,}(?:\.\d+)?\s*[%％]))"
)


# the targets of a list of results stated in the clause after them, as many values as names:
# …分别削减 2.31%、2.05%，省下达我市的年度目标分别为削减 1.8%、1.5%; or the targets the results beat
# (…分别下降 3.4% 和 5.8%，超额完成省下达的削减 1.5% 和 3% 的年度任务)
_TARGETS_LISTED = re.compile(
    r"\s*[，,；;]\s*(?:"
    r"[^，,；;。\n\d]{0,16}?(?:目标|任务)值?\s*(?:分别\s*)?(?:为|是)[：:]?"
    r"|(?:(?:均|都)\s*)?(?:超额\s*)?完成了?[^，,；;。\n\d]{0,12}?(?:下达|确定|批准)的?"
    r")\s*"
)
# the targets' word after them, in the second form (…1.5% 和 3% 的年度任务)
_TARGETS_WORD = re.compile(r"\s*+的?\s*+(?:(?:年度|预期|控制|减排)\s*+)?(?:目标|任务)")
# (not a five-year plan's, listed after the year's results: “十三五”目标分别为削减10%、12%)
_PLANS_TARGETS = re.compile(r"十\s*[一二三四五]?\s*五|规划|年均|累计")


# results read on from a target each, one within another (2013年计划8、完成8.2；2014年计划7.5、完成
# 7.5；…): so many at most, the stack's depth bounded whatever the sentence's length
_MOST_CHAINED = 60


class AgainstTargets:
    """Mixed into a sentence's reader, whose `_value` and `_following` it calls."""

    _chained = 0  # results being read on from, one within another

    def _targets_of_list(self, group, position, limit, confidence):
        """Whether the clause at `position`, after the results of the names in `group`, states
        their targets in the same order, and they were read as the year's targets."""
        listed = _TARGETS_LISTED.match(self.text, position, limit)
        if listed and _PLANS_TARGETS.search(listed.group()):
            return False
        values = read_values(self.text, listed.end(), limit) if listed else []
        if len(values) != len(group):
            return False
        if "目标" not in listed.group() and "任务" not in listed.group():
            if not _TARGETS_WORD.match(self.text, values[-1].extent, limit):
                return False
        now = self.context.at(values[0].start)
        if not now:
            return False
        for mention, value in zip(group, values, strict=True):
            self._value(mention, value, confidence, quote_from=group[0].start, at=(now[0], TARGET))
        return True

    def _other_kind(self, mention, position, limit, confidence):
        """Whether the clause at `position`, after a figure, states the figure's other kind and
        was read: the year's target after its result (…，控制在 3% 以内), or the year's result after
        its target (目标为 8.5%，全年完成 0%)."""
        compared = TARGET_COMPARED.match(self.text, position, limit)
        done = not compared and _DONE.match(self.text, position, limit)
        if not (compared or done):
            return False
        start = (compared or done).end()
        if compared and (fall := _FALL_LAST.search(self.text, compared.start(), start)):
            start = fall.start()  # 未能完成年初确定的降低4%左右的目标: the fall, as the result's
        value = read_value(self.text, start, limit)
        now = value and self.context.at(value.start)
        if compared and now:
            # the year of the result it is compared with, before the clause names its target
            year = (self.context.at(position) or now)[0]
            self._value(mention, value, confidence, quote_from=mention.start, at=(year, TARGET))
        # the result after a target just read, of the target's year (in a review, of its kind)
        elif now and ((year := self._target_year(mention)) or now[1] == TARGET):
            year = self._past_target_year(mention, year or now[0])
            at = (year, now[1] if now[1] == FINAL else self.metadata.results_kind_of(year))
            self._value(mention, value, confidence, quote_from=mention.start, at=at)
            # (实际完成 86.4 亿元，增长 12.1%: the result's growth too)
            if not value.qualitative and self._chained < _MOST_CHAINED:
                self._chained += 1
                try:
                    self._following(mention, value, limit, confidence, at=at)
                finally:
                    self._chained -= 1
            return True
        return bool(compared)

    def _past_target_year(self, mention, year):
        """The year of the targets of `mention` just read, which the result after them shows
        past: the year reviewed, where clauses naming no year read them as the plan's (目标：一般
        公共预算收入增长8%——实绩：…, in a report on the year before); the targets redated."""
        review = self.metadata.review_year
        if not review or year <= review or self.metadata.mid_year:
            return year
        for index in range(len(self.found) - 1, -1, -1):
            found = self.found[index]
            if found.indicator != mention.name or found.kind != TARGET or found.year != year:
                break
            self.found[index] = replace(found, year=review)
        return review

    def _target_year(self, mention, value=None):
        """The year of the target of `mention` read last (at `value` when given), the one a
        result after it is set against (年初目标增长16%，实际完成…: the year reviewed, where a
        sentence of no year reads as the plan's), or None."""
        last = self.found[-1] if self.found else None
        if last and last.indicator == mention.name and last.kind == TARGET:
            return last.year if value is None or last.value_start == value.start else None
        return None
