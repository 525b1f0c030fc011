"""The stored assessment of every key of a place, as COPY lines, judged by the domain's own code.

Which figure is a key's result, what a relative target refers to and the verdict itself are
asked of `indicators.assessing` (`best_result`, `reference_key`, `assessment_build`) on
unsaved figures made of the texts, so a seeded assessment is what `manage.py reassess` stores.
The answers are cached by text: at national size keys outnumber distinct questions several
times over, and the domain is asked once per question, on the same few unsaved figures with
their texts swapped (a new model instance per question doubled the time seeding spends judging).
"""

from dataclasses import dataclass, field

from bench.synthetic.copying import copy_value
from bench.synthetic.texts import KINDS
from indicators.assessing.choice import best_result
from indicators.assessing.references import gdp_growth_indicator, reference_key
from indicators.assessing.refresh import assessment_build
from indicators.expressions import RELATIVE, parse
from indicators.models import Figure

VERDICT_COLUMNS = ["status", "difference", "approximate", "explanation_zh", "explanation_en"]
ASSESSMENT_COLUMNS = [
    "jurisdiction_id",
    "indicator_id",
    "year",
    "target_id",
    "result_id",
    "reference_id",
    *VERDICT_COLUMNS,
]
TARGET = KINDS.index(Figure.Kind.TARGET)


@dataclass
class Judging:
    """What the domain answered for one seeding run, and the lookups that map its answers
    (jurisdiction, indicator and year ids) back to the run's places and series."""

    result_kind: int  # index in KINDS of the figure that counts as a key's result
    gdp: object  # the indicator 与经济增长保持同步 refers to, or None
    known: dict  # jurisdiction id → Jurisdiction, as reference_key reads the tree
    places: dict  # jurisdiction id → Place
    series: dict  # indicator id → Series
    relative: dict = field(default_factory=dict)  # target text → whether it may refer to a key
    verdicts: dict = field(default_factory=dict)  # judged texts → the assessment's COPY columns
    # The unsaved figures the domain is asked about, their texts swapped per question.
    asked: Figure = field(default_factory=lambda: Figure(kind=Figure.Kind.TARGET))
    target: Figure = field(default_factory=lambda: Figure(kind=Figure.Kind.TARGET))
    result: Figure = field(default_factory=Figure)
    reference: Figure = field(default_factory=Figure)

    def __post_init__(self):
        self.result.kind = self.reference.kind = KINDS[self.result_kind]

    @classmethod
    def for_run(cls, run):
        return cls(
            result_kind=result_kind(),
            gdp=gdp_growth_indicator(),
            known={place.pk: place.jurisdiction for place in run.places},
            places={place.pk: place for place in run.places},
            series={series.indicator.pk: series for series in run.series},
        )


def result_kind():
    """Every synthetic key holds one figure of each kind, so the domain's choice of result
    (`best_result`) is the same for all of them: asked once, of one figure per kind."""
    figures = [Figure(pk=index, kind=kind) for index, kind in enumerate(KINDS)]
    return best_result(figures).pk


def reference_of(run, judging, place, series, offset, texts):
    """(figure id, text) of the result the key's target refers to, or (None, None)."""
    target = texts[series.index][offset].target
    if target not in judging.relative:  # the domain looks for references of these alone
        judging.relative[target] = parse(target).kind == RELATIVE
    if not judging.relative[target]:
        return None, None
    asked = judging.asked
    asked.jurisdiction_id, asked.indicator_id = place.pk, series.indicator.pk
    asked.year, asked.value_text = run.start_year + offset, target
    key = reference_key(asked, judging.gdp, judging.known)
    if key is None:
        return None, None
    above, referred = judging.places[key[0]], judging.series[key[1]]
    written = texts if above is place else run.parent_texts[above.index]
    return (
        run.figure_id(above, referred, key[2] - run.start_year, judging.result_kind),
        written[referred.index][key[2] - run.start_year][judging.result_kind],
    )


def verdict_columns(judging, indicator, target, result, reference):
    """status, difference, approximate, explanations: judged once per distinct set of texts."""
    key = (target, result, reference, indicator.direction, indicator.tolerance, indicator.unit)
    found = judging.verdicts.get(key)
    if found is None:
        judging.target.indicator = judging.result.indicator = indicator
        judging.target.value_text, judging.result.value_text = target, result
        judging.reference.value_text = reference
        assessment = assessment_build(
            (None, indicator.pk, None),
            judging.target,
            [judging.result],
            None if reference is None else judging.reference,
            None,  # synthetic data carries no analyst's judgement
        )
        found = judging.verdicts[key] = "\t".join(
            copy_value(getattr(assessment, name)) for name in VERDICT_COLUMNS
        )
    return found


def place_assessment_lines(run, judging, place, texts, tail):
    lines = []
    for series in run.series:
        for offset, written in enumerate(texts[series.index]):
            reference_id, reference = reference_of(run, judging, place, series, offset, texts)
            result = written[judging.result_kind]
            columns = verdict_columns(judging, series.indicator, written.target, result, reference)
            lines.append(
                f"{place.pk}\t{series.indicator.pk}\t{run.start_year + offset}\t"
                f"{run.figure_id(place, series, offset, TARGET)}\t"
                f"{run.figure_id(place, series, offset, judging.result_kind)}\t"
                f"{copy_value(reference_id)}\t{columns}\t{tail}\n"
            )
    return "".join(lines)
