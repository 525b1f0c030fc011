"""Stored assessments: every (jurisdiction, indicator, year) with a target, judged and kept in SQL.

`assessments_refresh(keys)` recomputes the given keys and every key whose reference they are:
the children's relative targets (不低于全省平均水平 refers to the parent's result) and, for GDP
growth, the same jurisdiction's targets written 与经济增长保持同步. The write services
(indicators.services, reports.services) call it at their end, in their transaction, with every
key they touched: a bulk write recomputes each key once.
"""

from collections import defaultdict

from django.db import transaction
from django.utils import translation

from indicators.assessing.choice import best_result, current_target
from indicators.assessing.references import dependent_keys, gdp_growth_indicator, reference_figures
from indicators.expressions import JUDGED, assess
from indicators.models import Assessment, Figure, Judgement
from indicators.page_cache import regions_changed

UPDATED_FIELDS = [
    "target",
    "result",
    "reference",
    "status",
    "difference",
    "approximate",
    "explanation_zh",
    "explanation_en",
    "judgement",
    "updated_at",
]


@transaction.atomic
def assessments_refresh(keys):
    """Recompute the assessments of `keys` (jurisdiction_id, indicator_id, year) and dependents."""
    keys = set(keys)
    if not keys:
        return
    gdp = gdp_growth_indicator()
    keys |= dependent_keys(keys, gdp)
    by_key = Figure.objects.published().grouped_by_key(keys)
    targets = {key: current_target(by_key.get(key, ())) for key in keys}
    references = reference_figures(targets, gdp)
    judgements = judgements_for(keys)
    assessments = [
        assessment_build(key, target, by_key.get(key, ()), references.get(key), judgements.get(key))
        for key, target in targets.items()
        if target is not None
    ]
    store(keys, assessments)
    regions_changed({j for j, _i, _y in keys})  # what the pages show of these keys changed


def judgements_for(keys):
    judgements = Judgement.objects.for_keys(keys).select_related("judged_by")
    return {j.assessment_key: j for j in judgements if j.assessment_key in keys}


def assessment_build(key, target, figures, reference, judgement):
    jurisdiction_id, indicator_id, year = key
    result = best_result(figures)
    verdicts = {
        language: judge(target, result, reference, language) for language in ("zh-hans", "en")
    }
    verdict = verdicts["en"]
    applies = judgement is not None and judgement_applies(judgement, target, result)
    return Assessment(
        jurisdiction_id=jurisdiction_id,
        indicator_id=indicator_id,
        year=year,
        target=target,
        result=result,
        reference=reference,
        status=JUDGED if applies else verdict.status,
        difference=verdict.difference,
        approximate=verdict.approximate,
        explanation_zh=verdicts["zh-hans"].explanation,
        explanation_en=verdict.explanation,
        judgement=judgement if applies else None,
    )


def judge(target, result, reference, language):
    indicator = target.indicator
    with translation.override(language):
        return assess(
            target.value_text,
            result.value_text if result else None,
            direction=indicator.direction,
            reference=reference.value_text if reference else None,
            tolerance=indicator.tolerance,
            unit=indicator.unit,
        )


def judgement_applies(judgement, target, result):
    """A judgement holds for the texts it judged; a rewritten target or result reopens it."""
    return judgement.target_text == target.value_text and judgement.result_text == (
        result.value_text if result else ""
    )


def store(keys, assessments):
    Assessment.objects.bulk_create(
        assessments,
        update_conflicts=True,
        unique_fields=["jurisdiction", "indicator", "year"],
        update_fields=UPDATED_FIELDS,
    )
    assessed = {(a.jurisdiction_id, a.indicator_id, a.year) for a in assessments}
    stale = keys - assessed
    if stale:
        existing = Assessment.objects.for_keys(stale).values_list(
            "pk", "jurisdiction_id", "indicator_id", "year"
        )
        Assessment.objects.filter(
            pk__in=[pk for pk, *key in existing if tuple(key) in stale]
        ).delete()


def assessments_refresh_all():
    """Recompute every assessment, one jurisdiction at a time; returns the number of targets judged."""
    keys_by_jurisdiction = defaultdict(set)
    targets = Figure.objects.filter(kind=Figure.Kind.TARGET).values_list(
        "jurisdiction_id", "indicator_id", "year"
    )
    stored = Assessment.objects.values_list("jurisdiction_id", "indicator_id", "year")
    for key in targets.distinct().iterator():
        keys_by_jurisdiction[key[0]].add(key)
    for key in stored.iterator():
        keys_by_jurisdiction[key[0]].add(key)
    for jurisdiction_keys in keys_by_jurisdiction.values():
        assessments_refresh(jurisdiction_keys)
    return Assessment.objects.count()


def assessments_refresh_figures(figures):
    """Recompute the verdicts that use these figures (a queryset), e.g. after a setting changed."""
    keys = figures.values_list("jurisdiction_id", "indicator_id", "year").distinct()
    assessments_refresh(set(keys))
