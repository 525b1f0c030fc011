"""Annual targets that point at a plan: 「完成省下达的"十四五"能耗强度序时进度」 is met when the
plan's target for that indicator is on schedule at the end of the year, and missed when it lags.

The text alone cannot settle such a target (parse reads it as a quota); once the jurisdiction
records the plan and its target, the year is judged from them, and re-judged whenever a figure
of the plan changes (refresh widens its keys with `plan_dependent_keys`).
"""

from collections import defaultdict

from django.utils import translation

from indicators.assessing.pacing import plan_inputs, targets_lines
from indicators.assessing.verdict_memo import LANGUAGES, Verdict
from indicators.expressions import NEEDS_JUDGEMENT, QUOTA
from indicators.models import Plan
from indicators.progress.periods import AsOf
from indicators.progress.statuses import asks_for_plan_pace, assessment_of_pace


def points_at_plan(expression):
    return expression.kind == QUOTA and asks_for_plan_pace(expression.text)


def judged_by_pace(progress_status):
    """Whether the plan's progress settles the year (an unreadable target leaves it to `assess`)."""
    return assessment_of_pace(progress_status) != NEEDS_JUDGEMENT


def plans_by_jurisdiction(jurisdiction_ids):
    found = defaultdict(list)
    for plan in Plan.objects.filter(jurisdiction_id__in=set(jurisdiction_ids)):
        found[plan.jurisdiction_id].append(plan)
    return found


def pace_verdicts(keys, texts):
    """{key: Verdict} for the keys ((jurisdiction_id, indicator_id, year)) whose target (its
    text in `texts`) points at a plan that has a target for the indicator; the others are left
    to `assess` (a quota: needs judgement). A few queries a year judged, whatever the keys."""
    plans = plans_by_jurisdiction(j for j, _i, _y in keys)
    by_year = defaultdict(list)
    for key, text in zip(keys, texts, strict=True):
        by_year[key[2]].append((key, text))
    verdicts = {}
    for year, wanted in by_year.items():
        covering = {p for j, _i, _y in dict(wanted) for p in plans[j] if year in p.years}
        as_of = AsOf(year)
        targets, results = plan_inputs(covering, as_of)
        explained = {}
        for language in LANGUAGES:  # the lines' explanations are written in each language
            with translation.override(language):
                explained[language] = lines_by_series(
                    targets_lines(covering, targets, results, as_of)
                )
        for key, text in wanted:
            chosen = chosen_plan(explained["en"], key, text)
            if chosen is not None:
                lines = {language: found[chosen] for language, found in explained.items()}
                verdicts[key] = verdict_of(chosen[0], lines)
    return verdicts


def lines_by_series(lines):
    """{(plan, indicator_id): ProgressLine} of plan_lines' result."""
    return {
        (plan, line.target.indicator_id): line
        for plan, plan_lines_ in lines.items()
        for line in plan_lines_
    }


def chosen_plan(lines, key, text):
    """The (plan, indicator_id) judging this key: of the key's jurisdiction, with a target for
    its indicator whose progress has a verdict; of several (a 纲要 and a sector plan), the one the
    text names."""
    jurisdiction_id, indicator_id, _year = key
    found = [
        (plan, series)
        for (plan, series), line in lines.items()
        if plan.jurisdiction_id == jurisdiction_id
        and series == indicator_id
        and judged_by_pace(line.progress.status)
    ]
    found.sort(key=lambda item: (not named_in(item[0].name, text), -item[0].pk))
    return found[0] if found else None


def named_in(name, text):
    """十四五规划纲要 is named by "十四五" in 「完成省下达的"十四五"能耗强度序时进度」."""
    return name in text or name[:3] in text


def verdict_of(plan, explained):
    line = explained["en"]
    progress = line.progress
    difference = (
        progress.progress - progress.time_progress if progress.progress is not None else None
    )
    return Verdict(
        assessment_of_pace(progress.status),
        difference,
        False,
        f"{plan.name}：{explained['zh-hans'].progress.explanation}",
        f"{plan.name}: {progress.explanation}",
    )


def plan_dependent_keys(keys):
    """The keys whose verdict may rest on these keys' figures: every year of a plan of the
    key's jurisdiction whose years (from its base year) hold the key's year. One query."""
    plans = plans_by_jurisdiction(j for j, _i, _y in keys)
    found = set()
    for jurisdiction_id, indicator_id, year in keys:
        for plan in plans.get(jurisdiction_id, ()):
            if plan.base_year <= year <= plan.last_year:
                found |= {(jurisdiction_id, indicator_id, y) for y in plan.years}
    return found
