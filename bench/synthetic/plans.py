"""A five-year plan per jurisdiction with a main-indicator table: the synthetic data's plan
targets, so the plan pages can be timed at national size.

The plan ends one year after the last seeded year (as 十四五 2021–2025 read in 2024), so its
progress is read four years in. Each series gets the kind of target main-indicator tables set
for its behaviour: average growth for rates and levels, a cumulative fall for reductions (binding),
a level for shares, a ceiling held every year for ceilings (binding) and prices; quotas have no
plan target. Figures go in with COPY, like the rest of the seed.
"""

from bench.synthetic.copying import copy_in, copy_layout, copy_value
from bench.synthetic.figure_rows import FIGURE_COLUMNS, parsed_value
from bench.synthetic.texts import number
from indicators.models import Figure, Plan

PLAN_NAME = "“十四五”规划纲要"
PLAN_YEARS = 5
PLAN_COLUMNS = [column for column in FIGURE_COLUMNS if column != "id"] + ["plan_id", "method"]
BINDING = '["约束性"]'
ANTICIPATORY = '["预期性"]'


def plan_years(run):
    """(first, last): the plan's last year is the year after the last seeded one."""
    last = run.start_year + run.years
    return max(run.start_year + 1, last - PLAN_YEARS + 1), last


def plan_target(series):
    """(target as written, flags, method) of one series, or None: it has no plan target."""
    base = series.base
    if series.behaviour in ("growth", "level"):
        return (
            f"年均增长{number(max(base, 0.5 if series.behaviour == 'growth' else 7.0))}%",
            (ANTICIPATORY),
            "",
        )
    if series.behaviour == "reduction":
        return f"累计降低{number(base * PLAN_YEARS)}%", BINDING, "log"
    if series.behaviour == "share":
        return f"达到{number(base + 2)}%", ANTICIPATORY, ""
    if series.behaviour == "ceiling":
        return f"{number(base, 3)} 以内", BINDING, ""
    if series.behaviour == "price":
        return "3% 左右", ANTICIPATORY, ""
    return None


def plans_seed(run):
    """A plan per place and its targets; returns the number of targets."""
    first, last = plan_years(run)
    created = Plan.objects.bulk_create(
        Plan(jurisdiction_id=place.pk, name=PLAN_NAME, first_year=first, last_year=last)
        for place in run.places
    )
    statement, tail = copy_layout(Figure, PLAN_COLUMNS)
    targets = [(series, plan_target(series)) for series in run.series]
    targets = [(series, found) for series, found in targets if found]

    def chunks():
        for place, plan in zip(run.places, created, strict=True):
            report = run.report_id(place, first - run.start_year)
            yield "".join(
                f"{place.pk}\t{series.indicator.pk}\t{last}\t{Figure.Kind.PLAN_TARGET}\t{text}\t"
                f"{parsed_value(run, text, series.indicator.unit)}\t{report}\t"
                f"{copy_value(f'到{last}年，{series.indicator.name}{text}')}\t{flags}\t"
                f"approved\t1\t{plan.pk}\t{method}\t{tail}\n"
                for series, (text, flags, method) in targets
            )

    run.counts["plans"] = len(created)
    return copy_in(statement, chunks())
