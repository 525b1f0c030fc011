"""Stored assessments: every (jurisdiction, indicator, year) with a target, judged and kept in SQL.

`assessments_refresh(keys)` recomputes the given keys and every key whose reference they are:
the children's relative targets (不低于全省平均水平 refers to the parent's result) and, for GDP
growth, the same jurisdiction's targets written 与经济增长保持同步. Figure.save() and delete()
call `assessments_invalidate`; bulk writes wrap themselves in `assessments_deferred()` so each
key is recomputed once, inside the same transaction.
"""

import contextvars
from collections import defaultdict
from contextlib import contextmanager
from datetime import date

from django.db import transaction
from django.utils import translation

from indicators.expressions import GDP_GROWTH, JUDGED, PARENT_AVERAGE, RELATIVE, assess
from indicators.models import Assessment, Figure, Indicator, Judgement, Jurisdiction
from indicators.page_cache import regions_changed

# The series 与经济增长保持同步 refers to.
GDP_GROWTH_INDICATOR = ("地区生产总值", "%")
RESULT_KIND_RANK = {Figure.Kind.FINAL: 2, Figure.Kind.EXPECTED: 1}
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

_deferred = contextvars.ContextVar("assessments_deferred", default=None)


@contextmanager
def assessments_deferred():
    """Collect invalidated keys and recompute them once, when the block ends without error."""
    if _deferred.get() is not None:  # already deferring: the outer block refreshes
        yield
        return
    pending = set()
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    if pending:
        assessments_refresh(pending)


def assessments_invalidate(keys):
    pending = _deferred.get()
    if pending is None:
        assessments_refresh(keys)
    else:
        pending.update(keys)


def figure_recency(figure):
    """Newer reports win; among figures of one report (or none), the latest edit."""
    report = figure.source_report
    return (report.delivered_on if report else date.min, figure.updated_at, figure.pk)


def best_result(figures, *, recency=figure_recency):
    """Final over expected; the newest report among equals (DESIGN.md)."""
    results = [f for f in figures if f.kind in RESULT_KIND_RANK]
    return max(results, key=lambda f: (RESULT_KIND_RANK[f.kind], *recency(f)), default=None)


def current_target(figures, *, recency=figure_recency):
    targets = [f for f in figures if f.kind == Figure.Kind.TARGET]
    return max(targets, key=recency, default=None)


@transaction.atomic
def assessments_refresh(keys):
    """Recompute the assessments of `keys` (jurisdiction_id, indicator_id, year) and dependents."""
    keys = set(keys)
    if not keys:
        return
    gdp = gdp_growth_indicator()
    keys |= dependent_keys(keys, gdp)
    by_key = figures_by_key(keys)
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


def gdp_growth_indicator():
    name, unit = GDP_GROWTH_INDICATOR
    return Indicator.objects.filter(name=name, unit=unit).first()


def dependent_keys(keys, gdp):
    """Keys whose reference is among `keys`: relative targets below them; GDP-synchronised ones."""
    below = descendants({j for j, _i, _y in keys})
    dependents = {(child, i, y) for j, i, y in keys for child in below[j]}
    gdp_keys = {(j, y) for j, i, y in keys if gdp and i == gdp.pk}
    if gdp_keys:
        targets = Figure.objects.filter(
            kind=Figure.Kind.TARGET,
            jurisdiction_id__in={j for j, _y in gdp_keys},
            year__in={y for _j, y in gdp_keys},
        ).values_list("jurisdiction_id", "indicator_id", "year")
        dependents |= {(j, i, y) for j, i, y in targets if (j, y) in gdp_keys}
    return dependents


def descendants(jurisdiction_ids):
    """{id: ids of every jurisdiction below it}, one query per level of the tree."""
    below = {j: set() for j in jurisdiction_ids}
    frontier = {j: {j} for j in jurisdiction_ids}  # node -> the roots it is below (or is)
    while frontier:
        next_frontier = defaultdict(set)
        children = Jurisdiction.objects.filter(parent_id__in=frontier).values_list(
            "pk", "parent_id"
        )
        for child, parent in children:
            for root in frontier[parent]:
                below[root].add(child)
            next_frontier[child] |= frontier[parent]
        frontier = next_frontier
    return below


def ancestry(jurisdiction_ids):
    """The jurisdictions and all their ancestors by id, one query per level of the tree."""
    known, wanted = {}, set(jurisdiction_ids)
    while wanted:
        for jurisdiction in Jurisdiction.objects.filter(pk__in=wanted):
            known[jurisdiction.pk] = jurisdiction
        wanted = {j.parent_id for j in known.values() if j.parent_id and j.parent_id not in known}
    return known


def reference_jurisdiction_id(jurisdiction_id, level, known):
    """全省 → the province above, 全市 → the city above; unsaid → the parent; 全国 → none here."""
    if level == "country":
        return None
    parent_id = known[jurisdiction_id].parent_id
    while parent_id is not None and level is not None and known[parent_id].level != level:
        parent_id = known[parent_id].parent_id
    return parent_id


def figures_by_key(keys):
    figures = (
        Figure.objects.published()
        .filter(
            jurisdiction_id__in={j for j, _i, _y in keys},
            indicator_id__in={i for _j, i, _y in keys},
            year__in={y for _j, _i, y in keys},
        )
        .select_related("source_report", "indicator")
    )
    grouped = defaultdict(list)
    for figure in figures:
        if figure.assessment_key in keys:
            grouped[figure.assessment_key].append(figure)
    return grouped


def reference_key(target, gdp, known):
    expression = target.expression
    relative_to = expression.relative_to if expression.kind == RELATIVE else None
    if relative_to == PARENT_AVERAGE:
        level = getattr(expression, "reference_level", None)
        above = reference_jurisdiction_id(target.jurisdiction_id, level, known)
        return (above, target.indicator_id, target.year) if above else None
    if relative_to == GDP_GROWTH and gdp:
        return (target.jurisdiction_id, gdp.pk, target.year)
    return None


def reference_figures(targets, gdp):
    """The best result each relative target refers to, found with a few queries."""
    relative = {
        key: t for key, t in targets.items() if t is not None and t.expression.kind == RELATIVE
    }
    if not relative:
        return {}
    known = ancestry({key[0] for key in relative})
    wanted = {key: ref for key, t in relative.items() if (ref := reference_key(t, gdp, known))}
    by_ref = figures_by_key(set(wanted.values()))
    return {key: best_result(by_ref.get(ref, ())) for key, ref in wanted.items()}


def judgements_for(keys):
    judgements = Judgement.objects.filter(
        jurisdiction_id__in={j for j, _i, _y in keys},
        indicator_id__in={i for _j, i, _y in keys},
        year__in={y for _j, _i, y in keys},
    ).select_related("judged_by")
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
        existing = Assessment.objects.filter(
            jurisdiction_id__in={j for j, _i, _y in stale},
            indicator_id__in={i for _j, i, _y in stale},
            year__in={y for _j, _i, y in stale},
        ).values_list("pk", "jurisdiction_id", "indicator_id", "year")
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


def assessments_invalidate_figures(figures):
    """Recompute the verdicts that use these figures (a queryset), e.g. after a setting changed."""
    keys = figures.values_list("jurisdiction_id", "indicator_id", "year").distinct()
    assessments_invalidate(set(keys))
