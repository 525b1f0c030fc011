"""Which part of a report reviews last year's execution and which sets the coming year's
targets, and the metadata (title, date, meeting, years) they are read with, which metadata.py
reads from the text.

关于…2023年…执行情况及2024年…计划草案的报告 reviews 2023 (its results) and plans 2024 (its
targets); the top-level headings (一、2023 年…执行情况, 二、2024 年…预期目标和任务) divide it.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

from reports.extraction.attachments import attaches_a_document
from reports.extraction.cues import TARGETS_MET
from reports.extraction.heading_lines import (
    AGAINST_TARGETS,
    BULLETED_FIGURE,
    DATE_ALONE,
    EXECUTION_WORDS,
    HEADING,
    HEADING_LENGTH,
    NUMBER_MARK,
    NUMBERED,
    PANEL_LINE,
    PART,
    PLAN_OPENING,
    PLAN_WORDS,
    RELATIVE_HEADING,
    REPORT_NAMED,
    SUGGESTION_ANSWERED,
    TARGETS_ALONE,
    YEAR_ALONE,
    YEAR_LOOKED_AT,
    YEAR_PLAN,
    annexed_targets_year,
    heads_nothing,
    last_year_named,
    lines_and_run_in_headings,
    listed_parts,
    numbered_heading,
    of_year_reviewed,
    targets_year,
)
from reports.extraction.messages import MESSAGE_START
from reports.extraction.parts_of_year import PART_OF_YEAR, YEARS_ESTIMATE
from reports.extraction.titles import squeezed
from reports.extraction.work_plans import work_plan_line_year, work_plan_year

TARGET, EXPECTED, FINAL = "target", "expected", "final"

# A heading over the next five years' targets (今后五年的重点目标, 二、未来五年主要目标)
_FIVE_YEARS = re.compile(rf"^[#\s]*(?:{NUMBER_MARK}\s*)?(?:今后|未来)\s*五\s*年")
_ANNEX_HEADING = re.compile(r"^[#\s]*附\s*件")
# a heading's motto naming what the work was led by (一、以保增长为首要任务，狠抓重大项目建设，
# 经济实力进一步增强) says nothing of targets
_MOTTO_TASK = re.compile(
    r"为\s*(?:首要|第一|中心|核心|重要|主要|重点|根本)?\s*(?:任务|目标)"
    # or a goal the work went around (一、聚焦总目标，社会大局持续稳定)
    r"|(?:聚焦|围绕|紧扣|锚定|紧盯)[^，,、；;]{0,8}?目标"
)
# A heading over a five-year plan's targets (二、“十二五”时期的主要目标和任务, “十五五”时期总体要求和
# 目标任务): its last year's
# ending 1985, 1990, … 2030 (六五 … 九五 in a report of their time only: 六五普法 is a campaign's)
_PERIODS = tuple("六五 七五 八五 九五 十五 十一五 十二五 十三五 十四五 十五五".split())
_PERIOD_ENDS = {period: 1985 + 5 * order for order, period in enumerate(_PERIODS)}
_OLD_PERIOD_END = 2000
_PERIOD_REVIEWED = re.compile(rf"{EXECUTION_WORDS.pattern}|成就|完成")
_PLAN_PERIOD = re.compile(
    rf"^[#\s]*(?:{NUMBER_MARK}\s*)?[“\"]?(?P<period>十[一二三四五]?五|[六七八九]五)[”\"]?\s*"
    r"(?:时期|期间|规划)?(?:经济和社会|[^，,。；;和及与“\n]){0,16}?(?:[和及与]\s*(?:主要)?)?"
    r"(?:目标|任务)[^，,。；;\n]{0,10}$"
)
# A year as written, or relative to the year the report is delivered (去年, 今年, 明年); a year after
# 比/较/同 is the base of a comparison (比去年增长 5%, 比 2012 年增长), one after 按 the base of the
# prices (按2005年可比价格), not the year a figure is about, and so is a year whose figure a multiple
# is taken of (…3440 亿元，是 2007 年的 2.1 倍, 近三倍, 是2012年46亿元的3倍), or the start of a span
# (由 2006 年的 1595 亿元增长到 3077 亿元, 由2005年31.8%提高到37.5%: the end is the year's), or a
# level caught up with or passed (赶超开平市 2020 年的经济总量, 高于 2020 年水平); a PDF's space may
# stand between (比 2015 年).
YEAR = re.compile(
    r"(?<![比较与同按])(?<![比较与同按] )(?!(?:(?<=[由从])|(?<=[由从] ))\d{4}\s*年\s*(?:末|底)?\s*(?:的)?\s*\d)"
    r"(?!(?:(?<=在)|(?<=在 ))\d{4}\s*年[^，,；;。\n]{0,24}?基础上)"  # 在 2004 年突破 1000 美元的基础上: a base
    r"(20\d{2}|19\d{2})\s*年(?!(?:\s*\d+(?:\.\d+)?\s*(?:万亿|亿|万)?\s*(?:美元|元|人|吨)?)?"
    r"\s*的\s*(?:近|约)?(?:\d+(?:\s*\.\s*\d+)?|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*倍)"
    r"(?!\s*的\s*(?:经济)?(?:总量|水平))(?!\s*水平)"
    # nor the end of the period a document's title names (《…战略规划（2025—2035年）》), nor
    # when figures were published (据区统计局2022年发布的统计数据：…, 2011年4月公布的, …统计公报》，
    # 2024年4月发布），供您参考：)
    r"(?!\s*[)）]\s*》)(?!(?:\s*\d{1,2}\s*月)?\s*(?:发布|公布))"
    # nor a record's start (增幅为1996年以来最高, 创2012年以来新高), nor a message's time stamp
    # ([2021年2月1日 下午 14:05] 财政局：…, the figures of a year its thread goes on about)
    # (or an event's, 2009年金融海啸以来首度…; not a figure's year: 2021年全市进出口创有史以来新高)
    r"(?!\s*(?:的\s*)?[^，,。；;\d\n]{0,4}?(?:危机|海啸|疫情|地震|灾害)以来)"
    r"(?!\s*以来\s*(?:的\s*)?(?:同期\s*)?(?:最|新高|新低|首次|首度|首见))"
    r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*+(?:上午|下午|中午|晚上|早上)?[ \t\u3000]*+\d{1,2}[:：]\d{2})"
    r"|(?<![比较同於于])(?!(?<=在)(?:去|今|本|明)\s*年[^，,；;。\n]{0,24}?基础上)"  # a base too
    # (上年 only opening a clause: 上年（2020年）全市…, not 与上年持平 nor 上年同期)
    r"(去|今|本|明|过去的?一|(?:(?<=\n)|(?<=[。，,；;]))上(?=\s*年(?!\s*同期)))\s*年"
)
# 过去一年 (the past year), as a work report opens its review: last year, or the year reviewed
_RELATIVE = {"去": -1, "上": -1, "今": 0, "本": 0, "明": 1, "过去一": -1, "过去的一": -1}


@dataclass(frozen=True)
class ReportMetadata:
    title: str = ""
    date_text: str = ""  # "2024-01-13", "2024-01" or "2024"; "" when the text gives no date
    review_year: int | None = None  # the year whose plan execution the report reviews
    plan_year: int | None = None  # the year whose plan it proposes
    issuing_body: str = ""
    meeting: str = ""
    # the review goes on into the year it was delivered in (2019年和今年以来工作回顾): given
    # months after the year reviewed, once its statistics were final
    reviews_into_next_year: bool = False
    # where the body starts: after the title and its date line, whose years date no figure
    body_start: int = 0
    # a report on the first half of the year (上半年…计划执行情况, to the standing committee in
    # July): its results are the half year's, its targets the year's
    mid_year: bool = False
    # the text names the year reviewed: a year before it is then one whose statistics are out
    # (an analyst's year the text never names says nothing of the years it does)
    review_year_named: bool = False

    @property
    def dated(self):
        """Whether the text gives the year it was delivered in."""
        return self.date_text[:4].isdigit()

    @property
    def review_year_known(self):
        """Whether the text names the year reviewed, or dates its delivery in the year after."""
        delivered = self.dated and int(self.date_text[:4])
        return self.review_year_named or delivered == (self.review_year or 0) + 1

    @property
    def delivered_year(self):
        """The year the report was delivered in: stated, or the year it plans for."""
        return int(self.date_text[:4]) if self.date_text else self.plan_year

    def year_of(self, match):
        """The year a YEAR match names, None when a relative one has nothing to count from."""
        if match is None:
            return None
        if match[1]:
            return int(match[1])
        if match[2].startswith("过去") and self.review_year:
            return self.review_year  # a report given in December reviews the year now ending
        delivered = self.delivered_year
        return delivered + _RELATIVE[match[2]] if delivered else None

    @property
    def results_kind(self):
        """Results stated before the final statistics (spring of the next year) are expected."""
        if not (self.date_text and self.review_year):
            return FINAL if self.reviews_into_next_year else EXPECTED
        return FINAL if self._given_after_spring(self.review_year) else EXPECTED

    def results_kind_of(self, year):
        """The kind of the results of `year`: final before the year reviewed, unless the text is
        dated before that year's statistics were out (a notice of March 2022 on the months so far
        gives 2021's results expected)."""
        if not (year and self.review_year and year < self.review_year):
            return self.results_kind
        return FINAL if not self.dated or self._given_after_spring(year) else EXPECTED

    def _given_after_spring(self, year):
        """Whether the text was given from April of the year after `year` on."""
        given, _sep, rest = self.date_text.partition("-")
        month = int(rest[:2]) if rest else 1
        return (int(given), month) >= (year + 1, 4)


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    kind: str | None  # None: no heading says; decided sentence by sentence
    year: int | None
    annex: bool = False


def _plan_opening(line, kind, year, metadata):
    """(TARGET, the year, False) for a paragraph under a review that opens on the next year's
    requirements or targets (今年 and 明年 from a date the text gives)."""
    opening = kind not in (None, TARGET) and PLAN_OPENING.match(line)
    named = opening and YEAR.match(opening["doing"] or opening["targets"])
    if not named or not (named[1] or metadata.date_text):
        return None
    planned = metadata.year_of(named)
    return (TARGET, planned, False) if year and planned == year + 1 else None


def report_sections(text, metadata, tables=()):
    """The report cut at its top-level headings, each with the year and kind it speaks of; a line
    inside one of the `tables` (spans) heads nothing (2024年目标, a header's cell on its own line)
    unless numbered (## 二、2025年工作总体要求和主要目标, which a table read on into)."""
    listed, first_stop = listed_parts(text), text.find("。")
    planned = work_plan_year(text, first_stop, metadata.plan_year)
    year, kind = planned, TARGET if planned else None
    preamble = True  # (a work plan's, up to its first numbered heading)
    sections, start, annex = [], 0, False
    tables = sorted(tables)
    starts = [table[0] for table in tables]
    for position, line in lines_and_run_in_headings(text):
        # the title and its date line head nothing (【铜官区招商】2021年铜官区政府工作报告)
        inside = bisect_right(starts, position) - 1
        tabled = inside >= 0 and position < tables[inside][1] and not NUMBERED.match(line)
        title = position < metadata.body_start or tabled
        heading = None if title or position in listed else _heading(line, metadata)
        if heading is None and not title and MESSAGE_START.match(line):
            heading = _NO_SECTION  # (a quoted or forwarded message: the sections end)
        if heading is None and planned and not title and position not in listed:
            opened = work_plan_line_year(line, planned, preamble)
            heading = _year_heading(opened, metadata) if opened else None
            preamble = preamble and not numbered_heading(line)
        if heading is None and not title and position not in listed and kind != TARGET:
            # under the targets, a task's heading opening on last year's figures dates nothing
            heading = _motto_heading(text, position, line, metadata) or _plan_opening(
                line, kind, year, metadata
            )
        if heading is None or annex:
            continue
        if heading[2] and (
            not 0 <= first_stop < position or attaches_a_document(text, position, line)
        ):
            continue  # 附件 before any sentence: a field of the page the copy came from
        sections.append(Section(start, position, kind, year, annex))
        start, (kind, year, annex) = position, heading
    sections.append(Section(start, len(text), kind, year, annex))
    return [section for section in sections if section.end > section.start]


_NO_SECTION = (None, None, False)  # (kind, year, annex) of text under no heading

# The year reviewed looked back on (过去一年, 一年来, 刚刚过去的一年), not this year's months (今年一年来)
PAST_YEAR = r"过去(?:的)?一年|(?<![今本明])一年来|刚刚过去的一年|去年一年"
# A numbered heading that is a motto (一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效; 二、牢记
# 历史使命，…奋勇争先) names no year: a paragraph right under it that opens on one does
# (2025年是“十四五”规划收官之年, 今年是…, 一年来，我们…); 今年以来 looks back on the year so far:
# the one reviewed when given in its last quarter, else none the heading is of (a speech of
# September on the months so far goes on to the year's targets).
_YEAR_OPENING = re.compile(
    r"^[ \t\u3000\xa0]*(?:(?P<year>(?:19|20)\d{2})\s*年(?=\s*(?:是|，|,))|(?P<now>今年)(?=\s*(?:是|，|,))"
    rf"|(?P<past>{PAST_YEAR})|(?P<so_far>今年以来))",
    re.M,
)
_PART_OF_YEAR = re.compile(PART_OF_YEAR)
_MOTTO_REACH = 3  # how many paragraphs under a motto heading may open on its year
_MOTTO_LINES = 8  # how many lines, blank ones included, they may take
_OPENING = 40  # how much of a paragraph's start is read: linear however many headings
_PARAGRAPH, _MOTTO = 30, 20  # an opening this long is a paragraph's, or a motto's up to its stop


def _motto_heading(text, position, line, metadata):
    """(kind, year, False) a numbered heading naming no year opens, from the paragraphs under it."""
    if not numbered_heading(line):
        return None
    if _PART_OF_YEAR.search(line):
        return None  # 一、1—7月份经济运行情况: the year's months, whatever year a paragraph names
    for opening in _paragraph_openings(text, position + len(line)):
        if NUMBERED.match(opening):
            return None
        if not (found := _YEAR_OPENING.match(opening)):
            if len(opening) >= _PARAGRAPH or ("。" in opening and len(opening) >= _MOTTO):
                return None  # (六、整改成效⏎通过整改，…: its first paragraph names no year)
            continue  # (a subheading or a motto's line: （一）聚焦主导产业，…; 厚望如山，使命如磐。)
        if found["now"]:  # (今年 of one given in the year it reviews, December's: that year)
            now = metadata.delivered_year
            return _year_heading(now, metadata) if now else None
        if found["so_far"]:  # (the year so far: the one reviewed, if given at its end)
            late = metadata.date_text[5:7] >= "10"  # (in its last quarter: 2014-12-05)
            now = metadata.delivered_year
            return _year_heading(now, metadata) if late and now == metadata.review_year else None
        if found["past"]:
            year = metadata.review_year
            return (metadata.results_kind, year, False) if year else None
        year, review = int(found["year"]), metadata.review_year
        # a year before the one reviewed dates the heading only as the year just past (2025年
        # 是“十四五”收官之年, in a speech of February on the year begun) or as the heading's
        # own; else it is a history's start (1949年，全市…) or a figure's lag (2023年，全区研究
        # 与试验发展…)
        characterised = opening[found.end() :].lstrip().startswith("是")
        past = review and year < review and str(year) not in line
        if past and not (year == review - 1 and characterised):
            return None
        return _year_heading(year, metadata)
    return None


def _paragraph_openings(text, at):
    """The starts of the first paragraphs after `at`, blank lines passed over."""
    openings = []
    for _line in range(_MOTTO_LINES):
        if len(openings) == _MOTTO_REACH or at >= len(text):
            break
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if opening := text[at : min(end, at + _OPENING)].strip():
            openings.append(opening)
        at = end + 1
    return openings


def _heading(line, metadata):
    """(kind, year, is_annex) a top-level heading line opens, or None for any other line."""
    if "\t" in line or len(squeezed(line)) > HEADING_LENGTH or line.rstrip().endswith("。"):
        return None
    if DATE_ALONE.match(line):
        return None
    if _ANNEX_HEADING.match(line):
        year = annexed_targets_year(line)  # (附件：2014年全市主要指标年度目标: a section of them)
        return (TARGET, year, False) if year else (None, None, True)
    # 2004年： over its news, 2024年工作安排, 展望2022年, 2024年政府工作的总体要求和主要目标
    alone = YEAR_ALONE.match(line) or YEAR_LOOKED_AT.match(line) or YEAR_PLAN.match(line)
    if alone and alone.re is YEAR_PLAN and int(alone[1]) == metadata.plan_year:
        return TARGET, metadata.plan_year, False  # (the year's own plan, in a report within it)
    if alone:
        return _year_heading(int(alone[1]), metadata)
    if (relative := RELATIVE_HEADING.match(line)) and (
        year := metadata.year_of(YEAR.match(relative[1]))
    ):
        return _year_heading(year, metadata)
    if (alone := TARGETS_ALONE.match(line)) and (alone[1] or metadata.plan_year):
        return TARGET, int(alone[1] or metadata.plan_year), False
    if _FIVE_YEARS.match(line) and metadata.plan_year:  # 今后五年的重点目标: the fifth year's
        return TARGET, metadata.plan_year + 4, False
    if (period := _PLAN_PERIOD.match(line)) and not _PERIOD_REVIEWED.search(line):
        end, planned = _PERIOD_ENDS[period["period"]], metadata.plan_year
        # (an older plan's only in a report of its time: no year planned, or one by its end's)
        if end > _OLD_PERIOD_END or not planned or planned <= end + 1:
            return TARGET, end, False
    if PANEL_LINE.match(line):
        return _NO_SECTION  # (a screen's panel of its own: what the panel before spoke of ends)
    match = HEADING.match(line)
    if heads_nothing(line):
        return None
    if match is None or line.rstrip().endswith(("；", ";")) or BULLETED_FIGURE.match(line):
        return None  # (◆ …，年初确定的目标为增长5%左右；: an item of a list, no heading)
    if len(_LEGEND_MARKS.findall(line)) > 1:
        return None  # (■年初预期目标　■预计完成: a chart's legend, each series marked)
    rest = match["rest"]
    if _MEETING_ITEM.match(rest):
        return None  # (minutes: 一、会议听取了…2013年…情况及2014年计划安排的汇报, both kinds)
    year = metadata.year_of(YEAR.search(REPORT_NAMED.sub("", rest)))
    year = year or last_year_named(rest, metadata.delivered_year)
    reviewed = of_year_reviewed(rest, year, metadata.review_year)
    estimated = YEARS_ESTIMATE.search(rest)  # 三、全年主要指标预计: the year reviewed
    if EXECUTION_WORDS.search(rest) or TARGETS_MET.search(rest) or reviewed or estimated:
        return (
            metadata.results_kind_of(year or metadata.review_year),
            year or metadata.review_year,
            False,
        )
    # (三、对照全年目标　下阶段需加力: the year's progress set against its targets; not 二、对标
    # “十四五”目标，做好2024年工作, the year planned's)
    planned = year and year == metadata.plan_year
    if AGAINST_TARGETS.search(rest) and not planned:
        return None
    if SUGGESTION_ANSWERED.search(rest):
        return _NO_SECTION
    if PLAN_WORDS.search(_MOTTO_TASK.sub("", rest)) or planned:
        return TARGET, year or targets_year(rest, metadata), False
    return _NO_SECTION if PART.match(line) else None


_LEGEND_MARKS = re.compile("[■□◆◇▲△●○]")
# an item of a meeting's minutes: what the meeting heard or considered, results and plans alike
_MEETING_ITEM = re.compile(r"\s*会议(?:听取|审议|研究|讨论|通报|传达|学习)")


def _year_heading(year, metadata):
    review, plan = metadata.review_year, metadata.plan_year
    if review is not None and year <= review:
        return metadata.results_kind_of(year), year, False  # (一、2006年…最终结果: final)
    if plan is not None and year >= plan:
        return TARGET, year, False
    return None


def section_at(sections, position):
    for section in sections:
        if section.start <= position < section.end:
            return section
    return sections[-1] if sections else Section(0, 0, None, None)


def sections_index(sections):
    """section_at for `sections` (in order, as report_sections gives them) in logarithmic time."""
    starts = [section.start for section in sections]

    def section_of(position):
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < sections[index].end:
            return sections[index]
        return section_at(sections, position)  # outside every section: as section_at says

    return section_of
