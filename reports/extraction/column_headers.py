"""What an annex's header cells say about the columns under them: the year (2023年, or 本年
counted from the year planned), the kind (计划 target, 预计 expected, 完成 the results) and the
measure (增长% growth, 总量 level); and what a second header row adds to them.
"""

import re
from dataclasses import dataclass

from reports.extraction.lexicon import squeeze
from reports.extraction.scenarios import SCENARIO
from reports.extraction.sections import EXPECTED, FINAL, TARGET

# (not a value's digits: 1968.2, 12080)
HEADER_YEAR = re.compile(r"(?<![\d.])(20\d{2}|19\d{2})(?![\d.])\s*年?")
_FARTHEST = 15  # years from the plan's: a number without 年 farther off is a value (2080 亿元)
GROWTH_HEADER = re.compile(r"增长|增速|增幅|涨幅|%|％")
LEVEL_HEADER = re.compile(r"总量|绝对值|绝对额|绝对数|规模|金额|数值|总额")


@dataclass
class Column:
    index: int
    year: int | None = None
    kind: str | None = None
    measure: str | None = None  # "growth" or "level" when a header says
    continued: bool = False  # under a header cell merged with the one on its left
    values: bool = True  # False under a header of no year, kind or measure (属性, 备注)
    notes: bool = False  # a notes column (备注) read for the levels it gives, not its words
    adjusted: bool = False  # the targets as adjusted in the year's course (调整后目标, 调整建议)
    base: bool = False  # a plan's base year (2022年基期值, 现状值): milestones follow it
    unit: str = ""  # the unit its header names in brackets (2015年执行数（亿元）)
    levels: bool = False  # levels, beside a growth column in a table naming no unit

    @property
    def figures(self):
        """Whether the column holds figures of a kind (not 属性, 备注, 全省排名)."""
        return bool(self.kind and self.values)


_BASE = re.compile(r"基期|基准年|现状值")
_HEADER_UNIT = re.compile(r"[（(]\s*([万亿]?(?:元|美元|人|吨))\s*[)）]")
# 上年实际 / 本年计划: a plan report's table names its years from the year it plans
RELATIVE_YEAR = re.compile(r"(?<![比较同])(上|去|本|今|明|下)一?年(?!同期|底|末|均)")
_YEARS_FROM_PLAN = {"上": -1, "去": -1, "本": 0, "今": 0, "明": 1, "下": 1}
# 年初目标 | 预计完成: the targets set at the start of the year reviewed, beside its results (and
# its budget: 年初预算数 | 本年执行)
YEAR_START = re.compile(r"年初(?:目标|计划|预期|确定|预算)")


# the whole year's months heading a column of its results (1—12月, 1-12月累计), as a statistics
# bureau's monthly bulletin of December has it beside the month's (12月): of the caption's year, or
# of the year reviewed
WHOLE_YEAR_MONTHS = re.compile(r"1\s*[-—－–~至]\s*12\s*月")


# The words that say what kind of figure a column holds; a header cell naming a kind and no year
# (目标, 全年实绩) is of the year in the table's caption.
_EXPECTED_WORDS, TARGET_WORDS = "预计", "目标|计划|预期"
# (or a statistics bulletin's running total of the year, 本年累计, 本期累计)
_RESULT_WORDS = "完成|实际|执行|实绩|(?:本年|本月止|自年初)累计|本期"
# a budget as set, the year's target for its revenue (本年预算, 年初预算数; not 预算执行数)
BUDGET_SET = re.compile(rf"(?<!完成)(?<![为占])预算(?![^\n]{{0,12}}(?:{_RESULT_WORDS}))")
# a statistics form's column of the period it reports (本期 | 上年同期 | 增减%): the year reviewed
_THIS_PERIOD = re.compile(r"本期")
# a column of the targets as adjusted in the year's course, beside those approved at its start
_ADJUSTED = re.compile(r"调整(?:后|为|建议)|建议调整|调[减增高低]后?(?:目标|计划|为)")
KIND_WORDS = re.compile("|".join((_EXPECTED_WORDS, TARGET_WORDS, _RESULT_WORDS)))
RESULT_KIND_WORDS = re.compile("|".join((_EXPECTED_WORDS, _RESULT_WORDS)))  # 预计, 完成, 实际…


def header_year(text, plan_year, caption_year=None, this_year=None):
    """The year a header cell names: written (2023年), counted from `this_year` (本年; the plan
    year unless given), or, for a cell naming a kind alone, the year of the table's caption
    (表1：2018年…完成情况)."""
    year = HEADER_YEAR.search(text)
    far = year and plan_year and abs(int(year[1]) - plan_year) > _FARTHEST
    if year and not (far and not year[0].endswith("年")):
        return int(year[1])
    relative = RELATIVE_YEAR.search(text) if plan_year else None
    if relative:
        return (this_year or plan_year) + _YEARS_FROM_PLAN[relative[1]]
    if plan_year and _THIS_PERIOD.search(text):
        return caption_year or plan_year - 1  # 本期 | 上年同期: a statistics form's period
    if plan_year and YEAR_START.search(text):
        return plan_year - 1
    named = KIND_WORDS.search(text) or WHOLE_YEAR_MONTHS.search(text)
    return caption_year if caption_year and named else None


def year_alone(text):
    """The year a header cell names with words and no other number (2023年计划, 2022 年预计完成),
    or None."""
    year = HEADER_YEAR.search(text)
    return (
        year if year and not re.search(r"\d", text[: year.start()] + text[year.end() :]) else None
    )


# a statistics bulletin's results of the year so far (本年累计 | 上年同期 | 同比增长%; 本年实际,
# 本年执行), and the targets or budget beside which 本年 alone would be the year planned's
_THIS_YEARS_RESULTS = re.compile(r"(?:本|今)年(?:1[-—－–~至]12月)?(?:累计|实际|完成|实绩|执行)")
_TARGET_OR_BUDGET = re.compile(rf"{TARGET_WORDS}|预算")


def this_year(texts, plan_year, caption_year=None):
    """The year a header's 本年 is: the plan's, unless the header names a later column the plan's
    year or the year after 本年 (上年实际 | 本年计划 | 本年预计 | 2006年计划, 本年预计 | 明年计划):
    then 本年 is the year reviewed; or the caption's year, over a header naming no target
    (2024年…主要经济指标 over 本年 | 上年 | 增长%)."""
    relative = {  # (本年比上年增长% names no column of the year's own)
        found[1] for text in texts if (found := RELATIVE_YEAR.search(text)) and "比" not in text
    }
    if not plan_year or not relative & {"本", "今"}:
        return plan_year
    # (本年's results, beside its target or budget or not: the year reviewed's, 本年累计 | 上年同期,
    # 本年预算 | 本年执行; a result is not the year planned's)
    so_far = any(_THIS_YEARS_RESULTS.search(text) for text in texts)
    planned = any(_TARGET_OR_BUDGET.search(text) for text in texts)
    if caption_year and (so_far or not planned):
        return caption_year
    named = any((year := HEADER_YEAR.search(text)) and int(year[1]) == plan_year for text in texts)
    return plan_year - 1 if named or relative & {"明", "下"} or so_far else plan_year


# the share of the plan a result reached (完成计划%, 为年度计划的%, 完成率), another place's figures
# and the place's against them (全省平均增长%, 比全省高（百分点）, 比上年增减), or the years': no
# figure of the series
NOT_THE_SERIES = re.compile(
    r"(?:完成|为|占)(?:年度|全年)?计划|完成率|执行率|进度|完成比例|完成情况[（(]?[%％]|是否完成"
    r"|(?:完成|为|占)(?:年初|调整)?预算的?\s*(?:[%％]|[（(][%％])"  # 完成预算% (not 预算 | 完成)
    r"|(?:完成|为|占)(?:年度|全年)?目标的?\s*(?:[%％]|[（(][%％])"  # 完成目标% (not 目标 | 完成)
    r"|^(?:完成|为|占)(?:年度|全年)目标(?:的?(?:比例|进度))?$"  # 完成年度目标, a tracker's share
    r"|时限|完成时间|截止(?:时间|日期)"  # (a task's deadline: 完成时限 | 12月底)
    # (比上年增减% is the growth; 比上年增减（百分点）or an amount's 增减 is none)
    r"|(?:全国|全省|全市|国家)平均|比(?:全国|全省|全市)|增减(?![（(]?[%％])"
    r"|年均"  # a growth averaged over the years (年均增长%, 规划年均增长%)
)
# a scenario weighed (2024年低方案 | 2024年中方案 | 2024年建议目标): no target set, as in prose
_SCENARIO = re.compile(rf"(?:{SCENARIO})(?!.*(?:建议|采用|推荐|确定))")
# a part of the year heading a column (1—10月完成, 上半年, 前三季度)
PART_OF_YEAR = re.compile(
    r"1\s*[-—－–~至]\s*(?:1[01]|\d)\s*月|[上下]半年|前三季度|第?[一二三四]季度"
)


def header_column(index, text, results_kind, plan_year=None, caption_year=None, this_year=None):
    if NOT_THE_SERIES.search(squeeze(text)) or _SCENARIO.search(squeeze(text)):
        return Column(index, values=False)
    column = Column(index, header_year(text, plan_year, caption_year, this_year))
    column.base = bool(_BASE.search(text))
    column.unit = named[1] if (named := _HEADER_UNIT.search(text)) else ""
    if re.search(_EXPECTED_WORDS, text):
        column.kind = EXPECTED
    elif _ADJUSTED.search(text):
        column.kind, column.adjusted = TARGET, True
    elif re.search(TARGET_WORDS, text) or BUDGET_SET.search(text):
        column.kind = TARGET
    elif re.search(_RESULT_WORDS, text) or WHOLE_YEAR_MONTHS.search(text):
        # (a year's before the one reviewed, 2004年实际, are final: its statistics are out)
        earlier = column.year and plan_year and column.year < plan_year - 1
        column.kind = FINAL if earlier else results_kind
    if LEVEL_HEADER.search(text) or (BUDGET_SET.search(text) and not GROWTH_HEADER.search(text)):
        column.measure = "level"  # (a budget's an amount: 本年预算数)
    elif GROWTH_HEADER.search(text):
        column.measure = "growth"
    return column


def dated_kinds(table, results_kind, plan_year):
    """Set the kind of the table's columns dated and of no kind (2008年 | 增长%): the results of
    a year before the one planned and the targets of it or later, and of any year after a base
    year's column where no column names its kind (2022年基期值 | 2023年 | 2024年: a plan's
    milestones; not 2020年基数 | 2021年 | 2022年 | 2025年目标, a review's progress); results of a
    year before the one reviewed, or before another's results in the table (2022年 over 完成
    beside 2023年 over 完成; not beside an estimate of the year planned, 2009年预计 | 2010年预计),
    are final."""
    results = [
        c.year
        for c in table.columns
        if c.year and c.kind == results_kind and not (plan_year and c.year >= plan_year)
    ]
    milestones = not any(c.kind for c in table.columns if c.year)
    based = False
    for column in table.columns:
        if column.year and plan_year and column.kind is None and column.values:
            kind = results_kind if column.year < plan_year and not based else TARGET
            column.kind = FINAL if column.year < plan_year - 1 and not based else kind
        elif column.year and column.kind == results_kind and column.year < max(results, default=0):
            column.kind = FINAL
        based = based or (column.base and milestones)


def measured_columns(texts, results_kind):
    """The columns of a header whose cells name measures alone (总量 | 增长%), but for a part of
    the year's (11月 | 1—11月 | 同比增长%: the eleven months' growth)."""
    parted = next((i for i, t in enumerate(texts) if PART_OF_YEAR.search(t)), len(texts))
    return [i for i, t in enumerate(texts[:parted]) if header_column(i, t, results_kind).measure]


def measure_only(column):
    return column.measure is not None and column.year is None and column.kind is None


def refine(table, cells, results_kind):
    """A second header row of a tabbed table: which columns are growth rates, which levels,
    which kind, aligned by position; an empty cell under a merged one continues its left."""
    _widened(table, cells)
    headers = [cells[c.index].text if c.index < len(cells) else "" for c in table.columns]
    left = None  # the sub-header cell an empty one under a merged header cell continues
    before = None  # the column on the left, as refined
    for column, header in zip(table.columns, headers, strict=True):
        if not header and column.continued:
            header = left
        left = header
        _refined(column, header, results_kind)
        if column.continued and not column.kind and before is not None:
            # 2023年 | (merged) over 预计 | 增长%: the growth of the kind on its left
            column.kind = before.kind
        _growth_of_left(column, before)
        before = column


def _widened(table, cells):
    """Columns for the measures a second header row names right of the header's last cell, which
    spans them (2013年预期目标 over 总量 | 增长%), its empty cells left off the row's end."""
    last = table.columns[-1] if table.columns else None
    if last is None or not last.year:
        return
    for index in range(last.index + 1, len(cells)):
        if not (GROWTH_HEADER.search(cells[index].text) or LEVEL_HEADER.search(cells[index].text)):
            return
        table.columns.append(Column(index, last.year, last.kind, continued=True))


def _growth_of_left(column, before):
    """A column the header left without figures (比上年) that its sub-header makes a growth (增长%)
    holds the growth of the figures on its left (2004年 | 比上年 over 预计 | 增长%)."""
    if not column.values and column.measure == "growth" and before is not None and before.kind:
        column.values, column.year, column.kind = True, before.year, column.kind or before.kind


def _refined(column, header, results_kind):
    if header:
        refined = header_column(column.index, header, results_kind)
        column.measure = refined.measure or column.measure
        column.kind = refined.kind or column.kind


_BRACKETED = re.compile(r"[（(][^（）()]{1,6}[)）]")  # a unit wrapped onto a line: 增速 / （%）


def refine_spaced(table, lines, results_kind):
    """Sub-header lines of a table whose cells are spaced, not tabbed, their words the value
    columns' in order: a line of kinds (计划 预计完成) goes to the columns the header left
    without one, each split in as many; the measures (总量 增速 总量 增速…), over as many lines
    as a PDF wraps them, to every column, each split in as many."""
    for texts in _groups(lines, results_kind):
        if _a_word_a_column(table.columns, texts, results_kind):
            _word_a_column(table.columns, texts, results_kind)  # 计划 预计 增长% 计划 增长%
            continue
        named = [header_column(0, t, results_kind).kind for t in texts]
        kinds = all(named)
        kindless = [c for c in table.columns if not c.kind and c.values]
        spread = kindless if kinds and kindless else [c for c in table.columns if c.values]
        # (kinds and their measures, a year's run each: 计划 预计完成 增长% | 目标 增长%)
        runs = _distinct_runs(texts, results_kind) if any(named) else []
        if spread and len(texts) % len(spread) == 0:
            runs = [
                texts[n : n + len(texts) // len(spread)]
                for n in range(0, len(texts), len(texts) // len(spread))
            ]
        if len(runs) != len(spread):
            continue
        for column, run in zip(spread, runs, strict=True):
            before = None
            for copy, header in zip(_split(table, len(run), [column]), run, strict=True):
                _refined(copy, header, results_kind)
                if not copy.kind and before is not None:
                    copy.kind = before.kind  # 2023年 over 预计 增长%: the growth of the kind before
                before = copy


def _a_word_a_column(columns, texts, results_kind):
    """Whether the sub-header has a word for each column, a growth's (增长%) under each column the
    header left without figures (比上年), as 2004年 | 比上年 over 预计 | 增长% has."""
    if len(texts) != len(columns) or all(c.values for c in columns):
        return False
    words = [header_column(0, text, results_kind) for text in texts]
    return all(
        column.values or (word.measure == "growth" and not word.kind)
        for column, word in zip(columns, words, strict=True)
    )


def _word_a_column(columns, texts, results_kind):
    """A sub-header of a word for each column, the header's columns of no figures among them
    (2004年 2004年 比上年 2005年 比上年 over 计划 预计 增长% 计划 增长%): each refined by its own."""
    before = None
    for column, text in zip(columns, texts, strict=True):
        _refined(column, text, results_kind)
        _growth_of_left(column, before)
        before = column


def _distinct_runs(texts, results_kind):
    """Kinds in runs, one a year: a year names each kind once (目标 预计完成 | 目标)."""
    runs = []
    for text in texts:
        kind = header_column(0, text, results_kind).kind
        if not runs or kind in {header_column(0, t, results_kind).kind for t in runs[-1]}:
            runs.append([])
        runs[-1].append(text)
    return runs


def _groups(lines, results_kind):
    """The sub-header's lines as groups of words: a line of kinds alone, consecutive lines of
    measures together, a bracketed unit joined to the word before it."""
    groups, measures = [], []
    for texts in lines:
        if all(header_column(0, t, results_kind).kind for t in texts):
            groups += [measures, texts] if measures else [texts]
            measures = []
            continue
        for text in texts:
            if _BRACKETED.fullmatch(text) and measures:
                measures[-1] += text
            else:
                measures.append(text)
    return [_words(group) for group in [*groups, measures] if group]


# a sub-header's words, for a group whose words a PDF broke over lines (绝对值 增 / 长%)
_SUBHEADER_WORD = re.compile(
    r"(?:比上年)?(?:总量|绝对值|绝对额|金额|增长率?|增速|增幅|涨幅|预期目标|预计完成|预计"
    r"|计划|目标|完成|实际|执行|预期)(?:[（(]?[%％][)）]?)?"
)


def _words(group):
    """The group's words, read again from its characters when the group's pieces are not
    each a word."""
    if all(_SUBHEADER_WORD.fullmatch(text) for text in group):
        return group
    joined, words, position = "".join(group), [], 0
    for match in _SUBHEADER_WORD.finditer(joined):
        if match.start() != position:
            return group
        words.append(match.group())
        position = match.end()
    return words if position == len(joined) else group


def _split(table, parts, spread):
    """Each column of `spread` split in `parts` (2023年预计完成 over 绝对值 增长%), the columns
    renumbered in order; the columns split from `spread`."""
    first, columns, split = table.columns[0].index, [], []
    for column in table.columns:
        if not any(column is chosen for chosen in spread):
            column.index = first + len(columns)
            columns.append(column)
            continue
        for _ in range(parts):
            copy = Column(first + len(columns), column.year, column.kind, column.measure)
            copy.values = column.values
            columns.append(copy)
            split.append(copy)
    table.columns = columns
    return split


def header_unit(catalogue, name, column, new):
    """The unit a column's header names (2015年执行数（亿元）), for a row of a known series it fits
    (not a share's row in a table of amounts)."""
    fits = column.unit and not new and catalogue.series(name, column.unit)
    return column.unit if fits else ""
