"""What a table's columns hold, read from the growth column beside them: the year of a growth
after several years' columns, and the levels beside a growth in a table naming no unit."""

import re

from reports.extraction.column_headers import BUDGET_SET, TARGET_WORDS
from reports.extraction.sections import EXPECTED, FINAL, TARGET


def growth_of_the_latest(columns):
    """A growth after years side by side, of no kind (2009年 | 2008年 | 比上年增长%), is the
    latest year's, not the one beside it: a growth is on the year before; and so is one after
    the year before's results (本年实际 | 上年实际 | 增长%), the latest results'."""
    run = []
    for column in columns:
        if not column.continued:
            run.append(column)
            continue
        years = {c.year for c in run}
        if column.measure != "growth":
            pass
        elif len(years) == len(run) > 1 and not any(c.kind for c in run):
            column.year = max(years)
        elif latest := _results_after(run):
            column.year, column.kind = latest.year, latest.kind
        run = []


def _results_after(run):
    """The latest results in `run` when a column of earlier results closes it, else None."""
    results = [c for c in run if c.year and c.kind in (EXPECTED, FINAL)]
    if len(results) < 2 or results[-1] is not [c for c in run if c.values][-1]:
        return None
    latest = max(results, key=lambda c: c.year)
    return latest if latest.year > results[-1].year else None


def levels_beside_growth(columns, texts):
    """A table naming no unit whose growth has its own column (本年预算 | 本年实际 | 上年实际 |
    增长%) holds levels in the columns of results and budgets beside it, not rates; a target's
    column may hold either (目标 | 完成 | 增长%: 6左右 | 1286 | 5.6)."""
    if not any(column.measure == "growth" for column in columns):
        return
    for column in columns:
        text = texts[column.index]
        budget = BUDGET_SET.search(text) and not re.search(TARGET_WORDS, text)
        if column.values and column.measure is None and (column.kind != TARGET or budget):
            column.measure = "level" if column.kind else None
