"""Columns that set out a year's course: its parts (一季度 | 上半年 | 前三季度, 1—10月) and the
whole year (全年, 1—12月). A part's column beside the whole year's holds no figure of the year; the
whole year's column after its parts is dated by the caption, or by the results set before them;
a header naming no year is of the year reviewed when it sets its targets before their results, or
its months so far beside the estimate of the whole year."""

import re

from reports.extraction.column_headers import (
    KIND_WORDS,
    PART_OF_YEAR,
    RELATIVE_YEAR,
    WHOLE_YEAR_MONTHS,
    header_column,
    year_alone,
)
from reports.extraction.lexicon import squeeze
from reports.extraction.parts_of_year import YEARS_ESTIMATE
from reports.extraction.sections import EXPECTED, FINAL, TARGET

# the whole year's column after its parts' (一季度 | 上半年 | 前三季度 | 全年), a pacing plan's or a
# bulletin's: of the caption's year, or the year after the results set before the parts (2024年完成
# | 一季度 | … | 全年: the year's target)
WHOLE_YEAR_COLUMN = re.compile(r"全年(?:目标|计划|任务|预计)?")


def courses_of_the_year(texts):
    """The columns of a header setting out a year's course, its parts and the whole year (一季度 |
    上半年 | 前三季度 | 全年), under a caption that dates them; else none."""
    whole = [i for i, t in enumerate(texts) if WHOLE_YEAR_COLUMN.fullmatch(squeeze(t))]
    parts = [i for i, t in enumerate(texts) if PART_OF_YEAR.search(t)]
    return sorted(parts + whole) if whole and parts else []


def whole_year_beside_parts(columns, texts, caption_year=None, caption_kind=None):
    """Date the whole year's column beside the parts of the year, which names no year."""
    parts = [c for c in columns if PART_OF_YEAR.search(texts[c.index])]
    if not parts:
        return
    results = [
        c.year
        for c in columns
        if c.index < parts[0].index and c.year and c.kind in (EXPECTED, FINAL)
    ]
    for column in columns:
        text = squeeze(texts[column.index])
        if not WHOLE_YEAR_COLUMN.fullmatch(text):
            continue
        named = header_column(column.index, text, EXPECTED).kind
        if named == EXPECTED:
            continue  # (2024年目标 | 1—10月完成 | 全年预计: the parts' year, as its header reads)
        if results:  # (the year after them, or a later one the caption names)
            year, kind = max(results + [(caption_year or 0) - 1]) + 1, named or TARGET
        elif caption_year and caption_kind:
            year, kind = caption_year, named or caption_kind
        else:
            continue  # (no year to date it by)
        column.year, column.kind, column.values, column.continued = year, kind, True, False


# the last quarter's own column beside the year's (1-12月 | 第四季度 | 比上年同期增长%), as the
# month's is: no running total of the year's quarters
_LAST_QUARTER = re.compile(r"(?:第?四季度|10[-—－–~至]12月)(?:当季|完成)?")


def months_to_the_years_end(texts):
    """Whether a header's 1—12月 column holds the year's results: beside the month's own (12月),
    not beside other running totals (1—3月 | 1—6月 | 1—9月 | 1—12月 sets out a year's quarters)."""
    return any(WHOLE_YEAR_MONTHS.search(t) for t in texts) and not any(
        PART_OF_YEAR.search(t) and not _LAST_QUARTER.fullmatch(squeeze(t)) for t in texts
    )


def drop_parts_of_the_year(columns, texts, plan_year=None):
    """A part of the year's column (1—10月完成) beside the whole year's results (全年预计) holds
    no figure of the year; alone, as a mid-year report's table has it, it is read. A part of the
    year planned with no kind named (2017年1—6月 in a handbook reviewing 2016) is no target, and
    the running totals of a year's quarters (1—3月 … 1—12月) are none of the year's figures."""
    parts = [c for c in columns if PART_OF_YEAR.search(texts[c.index])]
    whole = {c.year for c in columns if c not in parts and c.kind in (EXPECTED, FINAL)}
    ahead = {c.year for c in parts if plan_year and c.year and c.year >= plan_year and not c.kind}
    quarters = [] if months_to_the_years_end(texts) else columns
    quarters = [c for c in quarters if WHOLE_YEAR_MONTHS.search(texts[c.index])]
    dropped = False
    for column in columns:  # (and the measures continuing it: 1—10月完成 | 增长%)
        parted = column in parts and (column.year in whole or column.year in ahead)
        parted = parted or column in quarters
        dropped = parted or (dropped and column.continued)
        if dropped:
            column.values, column.kind = False, None


def targets_against_results(texts, plan_year):
    """The year reviewed, for a header naming kinds and no year that sets the targets before the
    results (目标 | 实绩, 年度目标 | 完成值: a review's account of the year's targets); else None."""
    # (a header names no year, and no figure: 预期性 | 地区生产总值 | 8%左右 | 9.7 | 完成 is a row;
    # but a tracker's may beside its part of the year and an earlier year's results: 年度目标 |
    # 1—10月完成 | 2022年完成)
    if not plan_year or any(
        _figured(text, plan_year) or RELATIVE_YEAR.search(text) for text in texts
    ):
        return None
    kinds = [header_column(0, text, EXPECTED).kind for text in texts if KIND_WORDS.search(text)]
    kinds = [kind for kind in kinds if kind]
    if kinds[:1] == [TARGET] and len(set(kinds)) > 1:
        return plan_year - 1
    # (1—10月累计完成 | 预计全年完成: the months so far beside the estimate of the year in course)
    estimated = any(YEARS_ESTIMATE.search(text) for text in texts)
    return plan_year - 1 if estimated and any(PART_OF_YEAR.search(t) for t in texts) else None


def _figured(text, plan_year):
    """Whether a header cell holds a figure, but for a part of the year (1—10月完成) or a year
    before the one reviewed with no other number (2022年完成)."""
    if not re.search(r"\d", text) or PART_OF_YEAR.search(text):
        return False
    year = year_alone(text)
    return not (year and int(year[1]) < plan_year - 1)
