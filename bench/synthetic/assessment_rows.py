"""The stored assessment of every key of a place, as COPY lines: judged as the domain judges."""

from django.utils import translation

from bench.synthetic.copying import copy_value
from indicators.expressions import GDP_GROWTH, PARENT_AVERAGE, RELATIVE, assess, parse

ASSESSMENT_COLUMNS = [
    "jurisdiction_id",
    "indicator_id",
    "year",
    "target_id",
    "result_id",
    "reference_id",
    "status",
    "difference",
    "approximate",
    "explanation_zh",
    "explanation_en",
]


def relative_of(run, text):
    if text not in run.relatives:
        expression = parse(text)
        run.relatives[text] = (
            (expression.relative_to, expression.reference_level)
            if expression.kind == RELATIVE
            else None
        )
    return run.relatives[text]


def reference_place(place, level):
    """As indicators.assessment.reference_jurisdiction_id: 全省 → the province above, …"""
    if level == "country":
        return None
    parent = place.parent
    while parent is not None and level is not None and parent.level != level:
        parent = parent.parent
    return parent


def reference_of(run, place, series, offset, target, texts, gdp):
    """(figure id, text) of the result a relative target refers to, or (None, None)."""
    relative = relative_of(run, target)
    if relative is None:
        return None, None
    relative_to, level = relative
    if relative_to == PARENT_AVERAGE:
        above = reference_place(place, level)
        if above is None:
            return None, None
        return run.figure_id(above, series, offset, 2), run.finals[above.index][series.index][
            offset
        ]
    if relative_to == GDP_GROWTH and gdp is not None:
        return run.figure_id(place, gdp, offset, 2), texts[gdp.index][offset].final
    return None, None


def verdict_columns(run, series, target, result, reference):
    """status, difference, approximate, explanations: judged once per distinct set of texts."""
    indicator = series.indicator
    key = (target, result, reference, indicator.direction, indicator.tolerance, indicator.unit)
    found = run.verdicts.get(key)
    if found is None:
        judged = {}
        for language in ("zh-hans", "en"):
            with translation.override(language):
                judged[language] = assess(
                    target,
                    result,
                    direction=indicator.direction,
                    reference=reference,
                    tolerance=indicator.tolerance,
                    unit=indicator.unit,
                )
        verdict = judged["en"]
        found = run.verdicts[key] = "\t".join(
            [
                verdict.status,
                copy_value(verdict.difference),
                copy_value(verdict.approximate),
                copy_value(judged["zh-hans"].explanation),
                copy_value(verdict.explanation),
            ]
        )
    return found


def place_assessment_lines(run, place, texts, gdp, tail):
    lines = []
    for series in run.series:
        for offset, written in enumerate(texts[series.index]):
            reference_id, reference = reference_of(
                run, place, series, offset, written.target, texts, gdp
            )
            columns = verdict_columns(run, series, written.target, written.final, reference)
            lines.append(
                f"{place.pk}\t{series.indicator.pk}\t{run.start_year + offset}\t"
                f"{run.figure_id(place, series, offset, 0)}\t"
                f"{run.figure_id(place, series, offset, 2)}\t"
                f"{copy_value(reference_id)}\t{columns}\t{tail}\n"
            )
    return "".join(lines)
