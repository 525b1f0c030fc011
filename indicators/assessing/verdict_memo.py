"""Judging texts once: `assess` is pure, and reports repeat their texts heavily.

A refresh of many keys meets the same target, result and reference texts again and again
("6.5 左右" against "5.3 左右" in a hundred counties). `Verdicts` parses each distinct text once
and judges each distinct (series rule, target, result, reference) once per language, so
national refreshes pay for the distinct inputs, not for every assessment.
"""

from typing import NamedTuple

from django.utils import translation

from indicators.expressions import assess, parse

LANGUAGES = ("zh-hans", "en")


class Rule(NamedTuple):
    """What a series contributes to a verdict (Indicator.direction, tolerance and unit)."""

    direction: str
    tolerance: object  # Decimal or None
    unit: str


class Verdict(NamedTuple):
    """What an assessment stores of `assess`: the English verdict, both explanations."""

    status: str
    difference: object  # Decimal or None
    approximate: bool
    explanation_zh: str
    explanation_en: str


class Verdicts:
    """Memoised `parse` and `assess`; one instance lives as long as one refresh."""

    def __init__(self):
        self._expressions = {}
        self._verdicts = {}

    def expression(self, text):
        found = self._expressions.get(text)
        if found is None:
            found = self._expressions[text] = parse(text)
        return found

    def judged(self, rule, target, result, reference):
        """The verdict on these texts (result and reference None when there is none)."""
        # The tolerance's text, not its value, is the key: 0.1 and 0.10 are equal numbers but
        # could be written differently in an explanation.
        key = (rule.direction, str(rule.tolerance), rule.unit, target, result, reference)
        found = self._verdicts.get(key)
        if found is None:
            found = self._verdicts[key] = self._judge(rule, target, result, reference)
        return found

    def _judge(self, rule, target, result, reference):
        arguments = (
            self.expression(target),
            None if result is None else self.expression(result),
        )
        options = {
            "direction": rule.direction,
            "reference": None if reference is None else self.expression(reference),
            "tolerance": rule.tolerance,
            "unit": rule.unit,
        }
        judged = {}
        for language in LANGUAGES:
            with translation.override(language):
                judged[language] = assess(*arguments, **options)
        verdict = judged["en"]
        return Verdict(
            verdict.status,
            verdict.difference,
            verdict.approximate,
            judged["zh-hans"].explanation,
            verdict.explanation,
        )
