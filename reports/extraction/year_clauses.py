"""A line of one indicator's years, each year's clause naming its target, then its result
(一般公共预算收入增长（%）：2019年计划3左右、完成0.5；2020年计划未设、完成-7.8；2021年计划与经济增长
同步、完成8.6): the target may be set, said not set, or set in words; and the years read on
from a figure, a clause going back to a year before it; and the growth after a level its year
dates (生产总值2023年达到5012亿元，增长6.1%)."""

import re
from dataclasses import dataclass

from reports.extraction.sections import TARGET
from reports.extraction.values import read_value

# a year's target's word (计划, 年初目标, 预期目标, 控制目标), not the plan's execution (计划执行情况)
_TARGET_WORD = r"\s*(?:年初|年度)?\s*(?:预期|控制)?\s*(?:计划|目标|预期)(?:\s*目标)?(?!\s*执行)"
# the target named right after its year (2014年目标7.5, 2013年控制目标1.5以内)
_TARGET_OF_THE_YEAR = re.compile(_TARGET_WORD)
# …said not set (2020年计划未设、完成-7.8), or set in words (2014年计划与经济增长同步)
_TARGET_UNSET = re.compile(rf"{_TARGET_WORD}\s*(?:未设定?|不设|未提出|无|[—－-]+)(?=\s*[、，,])")
_WORDED_TARGET = re.compile(rf"{_TARGET_WORD}\s*(?:为)?")
# a year and its target's word right before a value (2014年计划与经济增长同步)
_YEAR_BEFORE_TARGET = re.compile(rf"(?:19|20)\d{{2}}\s*年{_TARGET_WORD}\s*(?:为)?$")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# a line of a year's plan, then its result (2004年　计划：生产总值增长13%，…。完成：生产总值236.5亿元…)
_YEARS_TARGETS_OPEN = re.compile(
    rf"[ \t\u3000]*((?:19|20)\d{{2}})\s*年[ \t\u3000]*{_TARGET_WORD}\s*(?:为|是)?\s*[：:]"
)
_LINE_REACH = 300  # how far before a sentence or a figure its line may open on the year's targets
_RESULTS_OPEN = re.compile(r"[ \t\u3000]*(?:实际|预计|全年)?\s*完成(?:情况)?\s*[：:]")
_REACH = 12  # the year and target word before a worded value, at most


def year_of(year_led):
    """The year a clause opening on a year (a YEAR_LED match) names."""
    return int(_YEAR.search(year_led.group())[0])


def target_at(text, year_led):
    """(the year, TARGET) where a year's clause names its target first, or None: its own words
    say its kind."""
    if not _TARGET_OF_THE_YEAR.match(text, year_led.end()):
        return None
    return year_of(year_led), TARGET


def unset_target_end(text, year_led, limit):
    """Where a year's target said not set ends, the result to follow; or None."""
    unset = _TARGET_UNSET.match(text, year_led.end(), limit)
    return unset.end() if unset else None


def worded_target(text, year_led, limit):
    """A year's target set in words, after its year and word; or None."""
    worded = _WORDED_TARGET.match(text, year_led.end(), limit)
    value = worded and read_value(text, worded.end(), limit)
    return value if value and value.qualitative else None


def opens_on_a_years_target(text, start, value):
    """Whether the worded `value` comes right after a year and its target's word (2014年计划与经济
    增长同步), the result and the years after it to follow."""
    return bool(_YEAR_BEFORE_TARGET.search(text, max(start, value.start - _REACH), value.start))


@dataclass
class YearsRead:
    """The year of the figures read on from a name (`last`), and whether a clause went back to a
    year before it (…增长 6.1%，2021 年为 539 亿元、增长 6.7%: a year compared with)."""

    last: int | None
    behind: bool = False

    def went_back(self, found, year_led):
        """Whether `found`, a figure just read (after a clause opening on its year: `year_led`),
        is of a year before the one read on from."""
        if year_led:
            self.behind = bool(self.last) and found.year < self.last
        if not self.behind:
            self.last = found.year
        return self.behind


def year_line_at(text, start, position, metadata):
    """(year, kind) of a figure at `position`, in a sentence from `start`, on a line opening on a
    year's targets (2004年　计划：…): its targets, or its results in a sentence of the line going
    on with them (。完成：…); else None."""
    reach = max(0, start - _LINE_REACH, position - _LINE_REACH)  # (bounded: linear in any text)
    line_break = text.rfind("\n", reach, position)
    if line_break < 0 and reach:
        return None  # (a line longer than a year's runs: no opening known)
    opening = _YEARS_TARGETS_OPEN.match(text, line_break + 1)
    if not opening:
        return None
    year = int(opening[1])
    if start > opening.end() and _RESULTS_OPEN.match(text, start):
        return year, metadata.results_kind_of(year)
    return year, TARGET


# a level a year dates after its series' name (地区生产总值2023年达到5012亿元), then its growth in
# a clause with no name of its own (，增长6.1%; ，比上年增长5%): that year's growth (the level's unit
# up to five characters: 亿元人民币, 万吨标准煤)
_DATED_LEVEL = re.compile(
    r"[ \t]*+(?:达到?|完成|实现|为)?[ \t]*+\d[\d.]*+[ \t]*+[\u4e00-\u9fff]{1,5}[，,][ \t]*+"
    r"(?:(?:比上年|比去年|较上年|同比)[ \t]*+)?(?:增长|下降)[ \t]*+\Z"
)


def growth_of_dated_level(text, year, position):
    """Whether the figure at `position` is the growth of a level `year` dates, after its series'
    name and before the level, in the clause before (…生产总值2023年达到5012亿元，增长6.1%)."""
    return bool(_DATED_LEVEL.match(text[year.end() : position]))
