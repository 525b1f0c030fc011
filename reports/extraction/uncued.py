"""The year and kind of a result no cue marks, from what the report's metadata says: the year it
names, or the year reviewed; final when the statistics of its year are out. Also a result a
target cue stands before, the year reviewed named between (past_after)."""

import re

from reports.extraction.sections import EXPECTED, FINAL, TARGET


def earlier_kind(year, metadata):
    """The kind of a result of `year`, no later than the year reviewed: final before it."""
    return metadata.results_kind_of(year)


def year_and_kind_uncued(written, result_cue, metadata, *, forecast=False):
    """(year, kind) of a figure no target cue marks: a result, unless the year it names is the
    year the report plans for (报告建议：2008 年…增长 10% 左右, in a report on 2007), even as a
    forecast (今年…预计增长 8.5%) in a report on the year before; a result of a year before the
    one reviewed is final once its statistics are out, a forecast of it (预计) expected."""
    plan, review = metadata.plan_year, metadata.review_year
    planned = written == plan and (review is None or plan > review)
    # (but a forecast given late in the year planned, or after it, is its result: 2021年…预计增长
    # 8.5%, in a five-year plan of December 2021)
    late = result_cue and forecast and given_late_in(metadata, written)
    if written and planned and (not result_cue or review is not None) and not late:
        return plan, TARGET
    if written and metadata.delivered_year and written > metadata.delivered_year:
        return written, TARGET  # no result yet of a year still to come
    year = written or review
    if year is None:
        return None
    if written and review and written < review:
        # before the one reviewed: statistics out, the year reviewed told and no result's cue, or
        # the text dated once they were (去年…是4003.1亿元, in an inquiry of November; 2011年…实现了
        # …, in a paper of 2013), but for a forecast (预计): `forecast`
        known = metadata.review_year_known and not result_cue
        if known or (not forecast and _dated_after_its_statistics(metadata, year)):
            return year, metadata.results_kind_of(year)
    return year, EXPECTED if result_cue else metadata.results_kind


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


def given_late_in(metadata, year):
    """Whether the text was given in the last quarter of `year` or after it."""
    given = _YEAR_MONTH.match(metadata.date_text or "")
    if not (year and given):
        return False
    month = int(given[2] or 0)  # (2021-9-5 as an analyst may write it, or 2021 alone)
    return int(given[1]) > year or (int(given[1]) == year and month >= 10)


def _dated_after_its_statistics(metadata, year):
    """Whether the text is dated, and after `year`'s statistics were out."""
    return metadata.dated and metadata.results_kind_of(year) == FINAL


def past_after(year_match, written, target_cue, metadata):
    """Whether a reviewed year named after the target cue, nearer the figure, says the figure is
    a result: 力争实际利用外资 7 亿美元（去年实际利用外资 5 亿美元）; a year before the one
    planned, in a plan that reviews none."""
    reviewed = metadata.review_year or (metadata.plan_year and metadata.plan_year - 1)
    past = written and reviewed and written <= reviewed
    if not (past and year_match.start() > target_cue.start()):
        return False
    # (but the year the cue opens on is its targets': 会议提出，2016年全县…增长8%左右)
    return bool(year_match.string[target_cue.end() : year_match.start()].strip(" ，,：:"))
