"""A candidate figure: what extraction proposes and an analyst accepts, edits or rejects."""

import re
from dataclasses import asdict, dataclass, field, replace

from indicators.expressions import RELATIVE, UNPARSED, parse
from reports.extraction.adjusted import adjusted_to
from reports.extraction.comparable import merge_key
from reports.extraction.cuts import written_span
from reports.extraction.sentences import start_after_last

FLAGS = ("预计", "初步统计", "同口径", "可比价", "口径调整")  # Figure.FLAG_CHOICES
ANNEX, PROSE, TASK = "annex", "prose", "task"
_DIGIT = re.compile(r"\d")
# A quote reaches back to the start of its clause, but no further than this before its value: a
# clause that long is text that lost its punctuation, and quoting it whole for every figure in it
# made the candidates grow with the square of the text (the seeds' longest lead is 52).
MAX_QUOTE_LEAD = 200


@dataclass(frozen=True)
class Candidate:
    """One proposed figure, with the verbatim quote it came from: text[start:end] == quote."""

    indicator: str
    unit: str
    year: int
    kind: str  # "target", "expected" or "final"
    value_text: str  # exactly as written; a substring of quote
    quote: str
    start: int
    end: int
    confidence: float
    new_indicator: bool = False  # a task figure whose indicator the catalogue does not know
    indicator_parent: str = ""
    flags: list = field(default_factory=list, hash=False)
    value_start: int = -1  # where value_text starts in the text
    source: str = PROSE  # "annex", "prose" or "task"
    # a target as adjusted in the year's course, kept beside the one approved at its start
    adjusted: bool = field(default=False, compare=False)

    @property
    def key(self):
        return (self.indicator, self.unit, self.year, self.kind, self.value_text)

    @property
    def series_key(self):
        return (self.indicator, self.unit, self.year, self.kind)

    def as_dict(self):
        return asdict(self)


def candidate(
    text,
    *,
    indicator,
    unit,
    year,
    kind,
    quote_span,
    value_span,
    confidence,
    source,
    new_indicator=False,
    parent="",
    flags_from=None,
    flags=None,
    adjusted=False,
):
    """A Candidate cut from `text`; its confidence drops when the value does not read as one.

    Its flags are the FLAGS written in the quote, or in `flags_from`; or `flags` as given."""
    start, end = quote_span
    value_start, value_end = value_span
    start, end = min(start, value_start), max(end, value_end)
    value_text = text[value_start:value_end]
    if parse(value_text).kind == UNPARSED:
        confidence *= 0.5
    context = text[start:end] if flags_from is None else flags_from
    return Candidate(
        indicator=indicator,
        unit=unit,
        year=year,
        kind=kind,
        value_text=value_text,
        quote=text[start:end],
        start=start,
        end=end,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        new_indicator=new_indicator,
        indicator_parent=parent or "",
        flags=[flag for flag in FLAGS if flag in context] if flags is None else list(flags),
        value_start=value_start,
        source=source,
        adjusted=adjusted,
    )


def merged(candidates, *, covered=(), text=""):
    """One candidate per series, year and kind, the first by `_preference`. `covered` holds
    (indicator, year, kind) an annex answers for (a group row's parent), which prose does not
    repeat; `text` is the one the candidates were read from."""
    best, values = {}, set()
    for found in sorted(candidates, key=_preference):
        if found.source != ANNEX and (found.indicator, found.year, found.kind) in covered:
            continue
        key = merge_key(found)
        kept = best.get(key)
        if kept and _a_worded_target_of_its_own(found, kept, text):
            key, kept = (*key, WORDED), best.get((*key, WORDED))
        elif found.adjusted or (kept and _adjusted_to(found, text)):
            key, kept = (*key, ADJUSTED), best.get((*key, ADJUSTED))
        # a comparable growth (同口径) is kept beside the other, unless it repeats its value
        if kept is None and (found.series_key, found.value_text) not in values:
            best[key] = found
            values.add((found.series_key, found.value_text))
        elif kept and _written_in_full(found, kept):
            best[key] = found
    return sorted(best.values(), key=lambda c: (c.start, c.value_start))


_RANK = {ANNEX: 0, PROSE: 1, TASK: 2}


WORDED = "worded"
ADJUSTED = "adjusted"


def _adjusted_to(found, text):
    """Whether `found` is a target as adjusted (增长目标由 14% 调整为 15% 以上), kept beside the
    target it replaces: the year has two, the first approved, the second in force."""
    return found.kind == "target" and adjusted_to(text, found.value_start)


def _a_worded_target_of_its_own(found, kept, text):
    """Whether `found`, a worded target, is set beside `kept`'s figure rather than said of it: a
    list of targets hands the grain or the jobs to the province's quota (主要预期目标是：…，城镇
    新增就业、粮食产量完成省定任务) while the work of the year plans its figure (粮食产量稳定在42亿斤
    左右); but 分别增长9.2%、7.9%，完成市下达的任务目标 says the figures meet the quota, and a task
    of the work (确保能耗完成省下达的目标任务) restates the list's target."""
    return (
        found.kind == "target"
        and _worded(found.value_text)
        and not _worded(kept.value_text)
        and not found.start <= kept.value_start < found.end
        and _in_a_list_of_targets(text, found.start)
    )


# the clause announcing a list of targets (主要预期目标是：), earlier in a worded target's paragraph
# (a list may run on past a stop: …目标是：地区生产总值增长 6% 以上。第一产业增加值…)
_TARGETS_ANNOUNCED = re.compile(r"(?:目标|指标)\s*(?:是|为)?\s*[：:]")
_PARAGRAPH_REACH = 800  # how far back the announcement is looked for: linear in any text


def _in_a_list_of_targets(text, position):
    start = start_after_last(text, position, "\n", _PARAGRAPH_REACH)
    return bool(_TARGETS_ANNOUNCED.search(text, start, position))


def _written_in_full(found, kept):
    """Whether `found` states `kept`'s value with its qualifier (4.5 of a headline, 4.5%左右 of the
    list of targets): the same figure, told in full."""
    return (
        found.source == kept.source
        and len(found.value_text) > len(kept.value_text)
        and found.value_text.startswith(kept.value_text)
        and found.value_text[len(kept.value_text)] not in "0123456789.．"
    )


def _worded(value_text):
    """Whether a value is written in words: no figure, or an average outrun by a margin (高于全市
    平均 0.1 个百分点), whose number is no value of the series."""
    return not _DIGIT.search(value_text) or parse(value_text).kind == RELATIVE


def _preference(found):
    """The annex first, then a figure before a worded value of the same (增长 12.3% before
    增速高于全市平均水平), then the most confident, then the earliest."""
    return (
        _RANK[found.source],
        _worded(found.value_text),
        -found.confidence,
        found.start,
    )


_MARKS_READ_AS_SPACES = re.compile(r"[\[\]【】{}〖〗<>~]")
_OLD_FIGURE = re.compile(r"\d\D+\d")  # (a figure before the one the value ends on)
SIGN_LOST = 0.6  # a fall written without its word: below the review page's "accept all" (0.8)
_FALL_WORD = re.compile("降|减|落|滑")


def as_written(found, text, cuts=()):
    """`found`, read from a copy of `text` (in simplified characters, its broken lines joined, the
    characters at `cuts` taken out: see cuts), quoting `text` itself."""
    start, end = written_span(cuts, found.start, found.end)
    value_start, value_text = found.value_start, found.value_text
    value_span = written_span(cuts, value_start, value_start + len(value_text))
    words, confidence = value_text.split(), found.confidence
    written = text[slice(*value_span)]
    if len(words) > 1 and _MARKS_READ_AS_SPACES.search(written) and _OLD_FIGURE.search(written):
        # (marks read as spaces between a fall's word and its figure, an old figure in them:
        # 下降[-9.8%-]{+10.5%+} is written 10.5, a fall its verbatim text cannot say, shown for
        # the analyst to write its sign, never accepted in bulk, as prose's sign_lost is; a
        # fill-in's 削减（3.2%） keeps its word: 削减（3.2)
        figure = words[-1]
        value_start += len(value_text) - len(figure)
        value_span = written_span(cuts, value_start, value_start + len(figure))
        if _FALL_WORD.search("".join(words[:-1])):
            confidence *= SIGN_LOST
    return replace(
        found,
        confidence=confidence,
        quote=text[start:end],
        value_text=text[slice(*value_span)],
        start=start,
        end=end,
        value_start=value_span[0],
    )
