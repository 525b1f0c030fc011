"""The first draft of a report's review of the year: the indicators sorted by how they did, in
the register of the reports themselves (「第一产业增加值、建筑业增加值……等 5 项指标增幅高于预期
目标」), each named as the annex names it with its result as written.

A draft is a list of sentences, each a list of parts: plain text, or a named indicator with the
assessment it comes from, so a page can link every name to its figures and a text or a document
can print it plainly. Nothing is counted in a group it was not judged into: the targets with no
verdict (no result yet, a comparison not available, words that need a person's judgement) are
named in a sentence of their own, each with the reason.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import get_language, gettext_noop, pgettext
from django.utils.translation import gettext as _

from indicators.assessing.early_warnings import binding_lines
from indicators.expressions import QUOTA as QUOTA_KIND
from indicators.expressions import parse
from indicators.models import Assessment, Figure
from indicators.models.names import shown_name
from indicators.progress.periods import AsOf
from indicators.targets.statuses import (
    EXCEEDED,
    JUDGED,
    MET,
    MISSED,
    NEEDS_JUDGEMENT,
    NEEDS_REFERENCE,
    PENDING,
    UNPARSED,
    WITHIN_CONTROL,
)

BARE_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?)(\s*(?:左右|以上|以内|以下)?)$")
QUOTA = "quota"  # met, where the target is a task handed down (完成省下达目标)
LARGEST_SHORTFALLS = 3
RESULT_KINDS = (Figure.Kind.EXPECTED, Figure.Kind.FINAL)


@dataclass(frozen=True)
class Named:
    """An indicator named in a sentence, with the assessment that put it there."""

    assessment: Assessment
    text: str  # its name, and its result as written where it has one


@dataclass
class Draft:
    jurisdiction: object
    year: int
    sentences: list = field(default_factory=list)  # [[str | Named]]
    left_out: int = 0

    def text(self):
        """The draft as plain text: one paragraph."""
        return "".join(
            part.text if isinstance(part, Named) else part
            for sentence in self.sentences
            for part in sentence
        )


def draft_build(jurisdiction, year):
    """The draft of `jurisdiction`'s review of `year`, in the active language. Only published
    figures are assessed, so what an official reads is what the draft says."""
    assessments = list(
        Assessment.objects.filter(jurisdiction=jurisdiction, year=year)
        .for_gap_table()
        .order_by("indicator__display_order", "indicator__name", "indicator__unit")
    )
    groups = grouped(assessments)
    draft = Draft(jurisdiction, year)
    for key in (EXCEEDED, MISSED, WITHIN_CONTROL, MET, QUOTA):
        if groups.get(key):
            draft.sentences.append(group_sentence(key, groups[key]))
        if key == MISSED and groups.get(key) and shortfall_sentence(groups[key]):
            draft.sentences.append(shortfall_sentence(groups[key]))
    judged = [a for a in assessments if a.status == JUDGED and a.shown_status != JUDGED]
    if judged:
        draft.sentences.append(judged_sentence(judged))
    undecided = groups.get(PENDING, [])
    if undecided:
        draft.sentences.append(undecided_sentence(undecided))
        draft.left_out = len(undecided)
    draft.sentences.extend(plan_sentences(jurisdiction, year))
    if not draft.sentences:
        draft.sentences.append(nothing_assessed(jurisdiction, year))
    finish(draft.sentences)
    return draft


def nothing_assessed(jurisdiction, year):
    """Why there is nothing to sort: results of the year without its targets are the usual case,
    the targets being set by the year before's report."""
    results = (
        Figure.objects.published()
        .annual()
        .filter(jurisdiction=jurisdiction, year=year, kind__in=RESULT_KINDS)
        .count()
    )
    if not results:
        return [_("No targets of %(year)s are assessed yet") % {"year": year}]
    return [
        _(
            "No targets of %(year)s are assessed yet: %(count)s results of %(year)s are recorded, "
            "but none of its targets, which the report of %(before)s set"
        )
        % {"year": year, "count": results, "before": year - 1}
    ]


def grouped(assessments):
    """{group: [assessment]} in report order; every target with no verdict under PENDING."""
    groups = {}
    for assessment in assessments:
        status = assessment.shown_status
        if status == MET and parse(assessment.target.value_text).kind == QUOTA_KIND:
            status = QUOTA
        if status not in (EXCEEDED, MISSED, WITHIN_CONTROL, MET, QUOTA):
            status = PENDING
        groups.setdefault(status, []).append(assessment)
    return groups


def result_written(assessment):
    """The result as the report writes it: a bare number takes its unit (4.5 → 4.5%)."""
    figure = assessment.result
    if figure is None:
        return ""
    text = figure.value_text.strip()
    unit = assessment.indicator.unit
    bare = BARE_NUMBER.match(text)
    if not bare or unit in ("", "—"):
        return text
    number, rest = bare.groups()
    if unit in ("%", "‰"):
        return f"{number}{unit}{rest}"
    return f"{number} {unit}{rest}"


def named(assessment, *, with_result=True):
    name = shown_name(assessment.indicator)
    shown = result_written(assessment) if with_result else ""
    return Named(
        assessment, _("%(name)s (%(result)s)") % {"name": name, "result": shown} if shown else name
    )


# Each group's verb for one indicator and for several, as the reports word them in Chinese.
VERBS = {
    (EXCEEDED, True): (
        gettext_noop(" grew faster than targeted"),
        gettext_noop(": %(count)s indicators grew faster than targeted"),
    ),
    (EXCEEDED, False): (
        gettext_noop(" did better than targeted"),
        gettext_noop(": %(count)s indicators did better than targeted"),
    ),
    (MISSED, True): (
        gettext_noop(" grew more slowly than targeted"),
        gettext_noop(": %(count)s indicators grew more slowly than targeted"),
    ),
    (MISSED, False): (
        gettext_noop(" fell short of its target"),
        gettext_noop(": %(count)s indicators fell short of their targets"),
    ),
    (WITHIN_CONTROL, False): (
        gettext_noop(" stayed within its ceiling"),
        gettext_noop(": %(count)s indicators stayed within their ceilings"),
    ),
    (MET, False): (
        gettext_noop(" reached its target"),
        gettext_noop(": %(count)s indicators reached their targets"),
    ),
    (QUOTA, False): (
        gettext_noop(" completed the task handed down"),
        gettext_noop(": %(count)s indicators completed the tasks handed down"),
    ),
}


def group_sentence(key, assessments):
    """「第一产业增加值（4.5%）、……等 5 项指标增幅高于预期目标」."""
    rates = key in (EXCEEDED, MISSED) and all(a.indicator.unit == "%" for a in assessments)
    one, several = VERBS[(key, rates)]
    count = len(assessments)
    verb = _(one) if count == 1 else _(several) % {"count": count}
    names = [named(a, with_result=not restates(a)) for a in assessments]
    return joined(names, pgettext("list of names", ", ")) + [verb]


def restates(assessment):
    """A result that only repeats its target (完成省下达目标) says nothing worth repeating."""
    result = assessment.result
    return result is not None and result.value_text.strip() == assessment.target.value_text.strip()


def joined(items, separator):
    return [
        part
        for index, item in enumerate(items)
        for part in ([separator, item] if index else [item])
    ]


def shortfall_sentence(missed):
    """The largest shortfalls, with their size (in percentage points for rates)."""
    sized = [a for a in missed if a.difference is not None]
    sized.sort(key=lambda a: a.difference)
    largest = sized[:LARGEST_SHORTFALLS]
    if not largest:
        return None
    items = []
    for assessment in largest:
        gap = abs(assessment.difference).normalize()
        unit = assessment.indicator.unit
        unit = _("percentage points") if unit == "%" else unit
        items.append(
            [
                named(assessment, with_result=False),
                _(" (%(gap)s %(unit)s below target)") % {"gap": f"{gap:f}", "unit": unit},
            ]
        )
    return [_("the largest shortfalls: "), *pairs_joined(items)]


def pairs_joined(items):
    """[[Named, its note]] as one list of parts, separated as lists are."""
    return [
        part
        for index, item in enumerate(items)
        for part in ([pgettext("list of names", ", ")] if index else []) + item
    ]


REASONS = {
    PENDING: gettext_noop("no result recorded yet"),
    NEEDS_REFERENCE: gettext_noop("the comparison it names is not recorded"),
    NEEDS_JUDGEMENT: gettext_noop("its wording needs a person's judgement"),
    UNPARSED: gettext_noop("its target could not be read"),
}


def judged_sentence(assessments):
    """The verdicts above that an analyst gave, with who gave them and why: a reader of the draft
    can tell them from those the figures give."""
    items = [
        [
            named(assessment, with_result=False),
            _(" (judged by %(who)s: %(reason)s)")
            % {"who": judge_name(assessment.judgement), "reason": assessment.judgement.reason},
        ]
        for assessment in assessments
    ]
    return [*pairs_joined(items), _(": judged by an analyst, not computed from the figures")]


def judge_name(judgement):
    return judgement.judged_by.get_username() if judgement.judged_by else _("an administrator")


def undecided_sentence(assessments):
    """What is left out of the groups, and why."""
    items = [
        [
            named(assessment, with_result=False),
            _(" (%(reason)s)") % {"reason": _(REASONS.get(assessment.status, REASONS[PENDING]))},
        ]
        for assessment in assessments
    ]
    return [
        *pairs_joined(items),
        _(": %(count)s indicators are not assessed yet and are left out above")
        % {"count": len(assessments)},
    ]


def plan_sentences(jurisdiction, year):
    """A sentence on each five-year plan running in `year`: which binding targets lag. Only
    binding targets are read and computed, as for the dashboard's early warnings."""
    by_plan = {}
    for line in binding_lines([jurisdiction.pk], AsOf(year)):
        by_plan.setdefault(line.target.plan, []).append(line)
    sentences = []
    for plan, binding in by_plan.items():
        behind = [line for line in binding if line.warning]
        if not behind:
            sentences.append(
                [
                    _("%(plan)s: its %(count)s binding targets are on or ahead of schedule")
                    % {"plan": shown_name(plan), "count": len(binding)}
                ]
            )
            continue
        parts = [_("%(plan)s: binding targets behind schedule: ") % {"plan": shown_name(plan)}]
        for index, line in enumerate(behind):
            if index:
                parts.append(pgettext("list of names", ", "))
            parts.append(shown_name(line.indicator))
            if line.progress.needed is not None:
                parts.append(
                    _(" (still needed: %(needed)s a year)")
                    % {"needed": f"{line.progress.needed.normalize():f}"}
                )
        sentences.append(parts)
    return sentences


def finish(sentences):
    """Each sentence ends with ；, the last with 。 (in English: ; and .)."""
    english = get_language() == "en"
    for index, sentence in enumerate(sentences):
        last = index == len(sentences) - 1
        sentence.append(("." if last else "; ") if english else ("。" if last else "；"))
