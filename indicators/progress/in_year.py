"""In-year monitoring of an annual target with figures cumulative within the year.

An amount (重点项目年度投资计划 1015 亿元, 城镇新增就业 1100 万人以上) is a flow: the
latest January-to-month figure ÷ the target is its progress, against time progress of
months ÷ 12 — 313.64 亿元 by March is 30.90 % against 25 %, 5.90 points ahead — and
`needed` is what is still to complete this year. A cap (以内) is judged as a limit. A
completion rate (投资完成率, in %) is such a share already: 93.9 % of a 100 % target.

A rate (增长 5% 左右) or a stock or ratio has no share to measure: the within-year
cumulative figure is judged against the target by the target language
(`indicators.targets.judging.assess`): exceeded is ahead, met or within control on
schedule, missed behind; once the whole year is in, met is achieved.
"""

import re
from dataclasses import replace

from indicators.progress import explanations
from indicators.progress.goals import ADDITION, AT_MOST, BUDGET
from indicators.progress.levels import judge_amount
from indicators.progress.observations import in_year
from indicators.progress.statuses import (
    ACHIEVED,
    AHEAD,
    BEHIND,
    NEEDS_JUDGEMENT,
    ON_SCHEDULE,
    PENDING,
    UNPARSED,
)
from indicators.targets import statuses as assessed
from indicators.targets.judging import assess
from indicators.targets.units import PERCENT_UNITS

# Stocks are judged at their level, not as a share of a flow: 存款余额, 耕地保有量, 常住人口.
_STOCK = re.compile(r"余额|保有量|存量|人口|覆盖率|率$|密度|占比|比重")
# A completion rate is already a share of the annual plan done: 「重点项目投资完成率 93.9%，超序时
# 进度 10.56 个百分点」 compares it with time progress as it stands.
_COMPLETION = re.compile(r"完成率|完成进度|完成比例|完成年度计划")
_DURING_THE_YEAR = {
    assessed.EXCEEDED: AHEAD,
    assessed.MET: ON_SCHEDULE,
    assessed.WITHIN_CONTROL: ON_SCHEDULE,
    assessed.MISSED: BEHIND,
    assessed.PENDING: PENDING,
    assessed.UNPARSED: UNPARSED,
}
_WHOLE_YEAR = {**_DURING_THE_YEAR, assessed.MET: ACHIEVED, assessed.WITHIN_CONTROL: ACHIEVED}


def counts_amounts(case, indicator_name):
    """A flow counted within the year: an amount on a level indicator that is not a stock, or
    the completion rate of an annual plan."""
    name = indicator_name or ""
    if case.unit in PERCENT_UNITS:
        return _COMPLETION.search(name) is not None and case.measure != "growth"
    return case.measure == "level" and not case.goal.relative and _STOCK.search(name) is None


def amount_in_year(case):
    """An amount to complete within the year (a BUDGET when capped), however it was written."""
    kind = BUDGET if case.goal.comparison == AT_MOST else ADDITION
    case = replace(case, goal=replace(case.goal, type=kind))
    figure = in_year(case.observations, case.as_of)
    if figure is None:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    total = case.number(figure, percent=False)
    if total is None:
        return case.verdict(NEEDS_JUDGEMENT, explanations.unreadable(figure, case.unit))
    return judge_amount(case, total, figure.period.end, target=case.goal.value, annual=True)


def judged_in_year(case):
    """A rate, stock or ratio: the within-year figure judged as the target language judges."""
    figure = in_year(case.observations, case.as_of)
    if figure is None:
        return case.pending(explanations.pending(case.goal.text, case.as_of))
    assessment = assess(case.goal.text, figure.value_text, direction=case.direction, unit=case.unit)
    end = figure.period.end
    verdicts = _WHOLE_YEAR if end.is_year_end else _DURING_THE_YEAR
    status = verdicts.get(assessment.status, NEEDS_JUDGEMENT)
    explanation = explanations.in_year_words(end, assessment.explanation, case.time_at(end))
    return case.verdict(
        status,
        explanation,
        latest=case.number(figure),
        through=end,
        target=case.goal.value,
    )
