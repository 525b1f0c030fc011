"""What a table's columns hold, read from the growth column beside them: the year of a growth
after several years' columns, and the levels beside a growth in a table naming no unit."""

from reports.extraction.sections import EXPECTED, FINAL


def growth_of_the_latest(columns):
    """A growth after years side by side, of no kind (2009年 | 2008年 | 比上年增长%), is the
    latest year's, not the one beside it: a growth is on the year before; and so is one after
    the year before's results (本年实际 | 上年实际 | 增长%), the latest results'."""
    run = []
    for column in columns:
        if not column.continued:
            run.append(column)
            continue
        if column.measure == "growth":
            _date_growth(column, run)
        run = []


def _date_growth(column, run):
    """Date the growth `column` closing the columns of `run` by the latest of them."""
    years = {c.year for c in run}
    if len(years) == len(run) > 1 and not any(c.kind for c in run):
        column.year = max(years)
    elif latest := _results_after(run):
        column.year, column.kind = latest.year, latest.kind


def _results_after(run):
    """The latest results in `run` when a column of earlier results closes it, else None."""
    results = [c for c in run if c.year and c.kind in (EXPECTED, FINAL)]
    valued = [c for c in run if c.values]
    if len(results) < 2 or results[-1] is not valued[-1]:  # (results are valued)
        return None
    latest = max(results, key=lambda c: c.year)
    return latest if latest.year > results[-1].year else None


def levels_beside_growth(columns):
    """A table naming no unit whose growth has its own column (本年预算 | 本年实际 | 上年实际 |
    增长%) holds levels in the columns beside it, not rates: a row named for its growth
    (规上工业增加值增速) holds rates in them, and a target's column may hold either (目标 | 完成 |
    增长%: 6左右 | 1286 | 5.6), a level when beyond any rate."""
    if not any(column.measure == "growth" for column in columns):
        return
    for column in columns:
        if column.values and column.kind:
            column.levels = column.measure is None
