"""Assessments of a set of keys computed from plain rows, with a few queries per set.

The figures are read as tuples, not model instances; which figure counts is decided by
`choice` on those rows; texts are judged once per distinct input (`Verdicts`). The same code
serves a handful of keys after a write (`assessments_for_keys`) and a whole tree of
jurisdictions at a time when everything is reassessed (`assessments_for_jurisdictions`).
"""

from collections import defaultdict
from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from indicators.assessing.choice import best_result, current_target, edit_time, recency_key
from indicators.assessing.plan_pace import pace_verdicts, points_at_plan
from indicators.assessing.references import ancestry, places_all, reference_key
from indicators.assessing.verdict_memo import Rule, Verdicts
from indicators.expressions import JUDGED, RELATIVE
from indicators.models import Assessment, Figure, Indicator, Judgement

FIGURE_FIELDS = (
    "jurisdiction_id",
    "indicator_id",
    "year",
    "pk",
    "kind",
    "value_text",
    "source_report__delivered_on",
    "edited",
)
ROWS_PER_FETCH = 20_000
RECENCY = attrgetter("recency")
DIFFERENCE_STEP = Decimal(1).scaleb(-Assessment._meta.get_field("difference").decimal_places)


class FigureRow(NamedTuple):
    pk: int
    kind: str
    value_text: str
    recency: tuple  # choice.recency_key


class JudgementRow(NamedTuple):
    pk: int
    target_text: str
    result_text: str


class AssessmentRow(NamedTuple):
    """An assessment's stored columns, in the order `STORED_FIELDS` names them."""

    jurisdiction_id: int
    indicator_id: int
    year: int
    target_id: int
    result_id: int | None
    reference_id: int | None
    status: str
    difference: Decimal | None
    approximate: bool
    explanation_zh: str
    explanation_en: str
    judgement_id: int | None

    @property
    def key(self):
        return (self.jurisdiction_id, self.indicator_id, self.year)


STORED_FIELDS = AssessmentRow._fields


def figure_rows(figures, keys=None):
    """{key: [FigureRow]} of a queryset of figures (only of `keys`, when given)."""
    grouped = defaultdict(list)
    figures = figures.order_by().annotate(edited=edit_time(figures.db))
    rows = figures.values_list(*FIGURE_FIELDS).iterator(chunk_size=ROWS_PER_FETCH)
    for jurisdiction_id, indicator_id, year, pk, kind, text, delivered_on, edited in rows:
        key = (jurisdiction_id, indicator_id, year)
        if keys is None or key in keys:
            recency = recency_key(delivered_on, edited, pk)
            grouped[key].append(FigureRow(pk, kind, text, recency))
    return grouped


def judgement_rows(judgements, keys=None):
    """{key: JudgementRow} of a queryset of judgements (only of `keys`, when given)."""
    fields = ("jurisdiction_id", "indicator_id", "year", "pk", "target_text", "result_text")
    found = {}
    for jurisdiction_id, indicator_id, year, *judgement in judgements.values_list(*fields):
        key = (jurisdiction_id, indicator_id, year)
        if keys is None or key in keys:
            found[key] = JudgementRow(*judgement)
    return found


def rules_of(indicators):
    rows = indicators.order_by().values_list("pk", "direction", "tolerance", "unit")
    return {
        pk: Rule(direction, None if tolerance is None else str(tolerance), unit)
        for pk, direction, tolerance, unit in rows
    }


class Judging:
    """What judging figures needs besides them, loaded once for a refresh: each series' rule,
    the series GDP-synchronised targets follow, where jurisdictions sit, the verdicts so far."""

    def __init__(self, *, rules, gdp_id, places=None):
        self.rules, self.gdp_id, self.places = rules, gdp_id, places
        self.verdicts = Verdicts(difference_step=DIFFERENCE_STEP)

    @classmethod
    def everything(cls, gdp):
        return cls(
            rules=rules_of(Indicator.objects.all()), gdp_id=gdp and gdp.pk, places=places_all()
        )

    @classmethod
    def of_keys(cls, keys, gdp):
        indicators = Indicator.objects.filter(pk__in={i for _j, i, _y in keys})
        return cls(rules=rules_of(indicators), gdp_id=gdp and gdp.pk)

    def places_of(self, jurisdiction_ids):
        """Where these jurisdictions and their ancestors sit: all known, or read now."""
        return self.places if self.places is not None else ancestry(jurisdiction_ids)


def assessments_for_keys(keys, judging):
    """AssessmentRows of the keys with a published target."""
    figures = figure_rows(Figure.objects.published().annual().for_keys(keys), keys)
    judgements = judgement_rows(Judgement.objects.for_keys(keys), keys)
    return assessments_from(figures, judgements, judging, held=keys.__contains__)


def assessments_for_jurisdictions(jurisdiction_ids, judging):
    """AssessmentRows of every key of these jurisdictions with a published target."""
    ids = set(jurisdiction_ids)
    figures = figure_rows(Figure.objects.published().annual().filter(jurisdiction_id__in=ids))
    judgements = judgement_rows(Judgement.objects.filter(jurisdiction_id__in=ids))
    return assessments_from(figures, judgements, judging, held=lambda key: key[0] in ids)


def assessments_from(figures, judgements, judging, *, held):
    """AssessmentRows of the keys of `figures` ({key: [FigureRow]}) that have a target.

    `held(key)` says whether `figures` holds all of that key's figures; the references of
    relative targets outside them are read with one query."""
    chosen = {}
    for key, found in figures.items():
        target = current_target(found, recency=RECENCY)
        if target is not None:
            chosen[key] = (target, best_result(found, recency=RECENCY))
    references = reference_rows(chosen, figures, judging, held)
    inputs = {
        key: (
            judging.rules[key[1]],
            target.value_text,
            result.value_text if result else None,
            reference.value_text if (reference := references.get(key)) else None,
        )
        for key, (target, result) in chosen.items()
    }
    verdicts = judging.verdicts.judged(inputs.values())
    paced = plan_paced(chosen, judging)
    return [
        assessment_row(
            key,
            *figures_used,
            references.get(key),
            judgements.get(key),
            paced.get(key) or verdicts[inputs[key]],
        )
        for key, figures_used in chosen.items()
    ]


def plan_paced(chosen, judging):
    """{key: Verdict} of the targets that point at a plan (序时进度) and can be judged from it."""
    keys = [
        key
        for key, (target, _result) in chosen.items()
        if points_at_plan(judging.verdicts.expression(target.value_text))
    ]
    return pace_verdicts(keys, [chosen[key][0].value_text for key in keys]) if keys else {}


def reference_rows(chosen, figures, judging, held):
    """{key: the FigureRow of the best result its relative target refers to}."""
    relative = {}
    for key, (target, _result) in chosen.items():
        expression = judging.verdicts.expression(target.value_text)
        if expression.kind == RELATIVE:
            relative[key] = expression
    if not relative:
        return {}
    places = judging.places_of({j for j, _i, _y in relative})
    wanted = {}
    for key, expression in relative.items():
        if found := reference_key(key, expression, judging.gdp_id, places):
            wanted[key] = found
    missing = {ref for ref in wanted.values() if not held(ref)}
    read = (
        figure_rows(Figure.objects.published().annual().for_keys(missing), missing)
        if missing
        else {}
    )
    return {
        key: best_result(figures.get(ref) or read.get(ref, ()), recency=RECENCY)
        for key, ref in wanted.items()
    }


def assessment_row(key, target, result, reference, judgement, verdict):
    # A judgement holds for the texts it judged; a rewritten target or result reopens it.
    applies = (
        judgement is not None
        and judgement.target_text == target.value_text
        and judgement.result_text == (result.value_text if result else "")
    )
    return AssessmentRow(
        *key,
        target.pk,
        result.pk if result else None,
        reference.pk if reference else None,
        JUDGED if applies else verdict.status,
        verdict.difference,
        verdict.approximate,
        verdict.explanation_zh,
        verdict.explanation_en,
        judgement.pk if applies else None,
    )
