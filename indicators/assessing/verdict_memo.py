"""Judging texts once: `assess` is pure, and reports repeat their texts heavily.

A refresh of many keys meets the same target, result and reference texts again and again
("6.5 左右" against "5.3 左右" in a hundred counties). `Verdicts` judges each distinct
(series rule, target, result, reference) once per language and keeps the verdict, so a
national refresh pays for the distinct inputs, not for every assessment. New inputs are judged
together with each language activated once: switching the active language costs a third of a
judgement.
"""

from decimal import ROUND_HALF_UP
from typing import NamedTuple

from django.utils import translation

from indicators.expressions import assess, parse

LANGUAGES = ("zh-hans", "en")


class Rule(NamedTuple):
    """What a series contributes to a verdict: Indicator.direction, tolerance and unit. The
    tolerance is kept as text (None when unset), which is how `assess` reads it, so that 0.1 and
    0.10 stay two inputs: an explanation could write them differently."""

    direction: str
    tolerance: str | None
    unit: str


class Verdict(NamedTuple):
    """What an assessment stores of `assess`: the English verdict, both explanations."""

    status: str
    difference: object  # Decimal or None
    approximate: bool
    explanation_zh: str
    explanation_en: str


class Verdicts:
    """Memoised `parse` and `assess`; one instance lives as long as one refresh.

    `difference_step` (a Decimal such as 0.000001) rounds differences as the column that keeps
    them does (half away from zero, as PostgreSQL's numeric), so a verdict compares equal to the
    stored one."""

    def __init__(self, difference_step=None):
        self._difference_step = difference_step
        self._expressions = {}
        self._verdicts = {}

    def expression(self, text):
        found = self._expressions.get(text)
        if found is None:
            found = self._expressions[text] = parse(text)
        return found

    def judged(self, inputs):
        """{(rule, target, result, reference): Verdict} for at least these inputs (texts;
        result and reference None when there is none). The mapping is the memo: read it only."""
        new = [found for found in set(inputs) if found not in self._verdicts]
        if new:
            explained = {}
            for language in LANGUAGES:
                with translation.override(language):
                    explained[language] = [self._assess(*found) for found in new]
            for found, chinese, english in zip(
                new, explained["zh-hans"], explained["en"], strict=True
            ):
                self._verdicts[found] = Verdict(
                    english.status,
                    self._stored(english.difference),
                    english.approximate,
                    chinese.explanation,
                    english.explanation,
                )
        return self._verdicts

    def _assess(self, rule, target, result, reference):
        return assess(
            self.expression(target),
            None if result is None else self.expression(result),
            direction=rule.direction,
            reference=None if reference is None else self.expression(reference),
            tolerance=rule.tolerance,
            unit=rule.unit,
        )

    def _stored(self, difference):
        if difference is None or self._difference_step is None:
            return difference
        return difference.quantize(self._difference_step, ROUND_HALF_UP)
