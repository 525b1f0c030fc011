"""The stored assessment of every key of a place, as COPY lines, judged by the domain's own code.

`manage.py reassess` judges with `indicators.assessing`; so does the seed, on the texts it
writes: each series' rule, the GDP series, the jurisdiction tree and the memoised verdicts come
from the domain's `Judging`, what a relative target refers to from `reference_key`, and which
figure is a key's result from `best_result`. A seeded assessment is what reassess stores.
"""

from dataclasses import dataclass, field

from bench.synthetic.copying import copy_value
from bench.synthetic.texts import KINDS
from indicators.assessing.batch import RECENCY, FigureRow, Judging
from indicators.assessing.choice import best_result
from indicators.assessing.references import gdp_growth_indicator, reference_key
from indicators.models import Figure

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
TARGET = KINDS.index(Figure.Kind.TARGET)


@dataclass
class Assessing:
    """The domain's judging state for one run, what maps its keys back to the run's places and
    series, and each verdict written out as COPY columns."""

    judging: Judging
    result_kind: int  # index in KINDS of the figure that counts as a key's result
    places: dict  # jurisdiction id → Place
    series: dict  # indicator id → Series
    # id of a verdict (the domain keeps each one for the whole run) → its COPY columns
    columns: dict = field(default_factory=dict)

    @classmethod
    def for_run(cls, run):
        return cls(
            judging=Judging.everything(gdp_growth_indicator()),
            result_kind=result_kind(),
            places={place.pk: place for place in run.places},
            series={series.indicator.pk: series for series in run.series},
        )


def result_kind():
    """Every synthetic key holds one figure of each kind, so the domain's choice of result
    (`best_result`) is the same for all of them: asked once, of one figure per kind."""
    figures = [FigureRow(index, kind, "", ()) for index, kind in enumerate(KINDS)]
    return best_result(figures, recency=RECENCY).pk


def reference_of(run, assessing, key, target, texts):
    """(figure id, text) of the result the key's target refers to, or (None, None)."""
    judging = assessing.judging
    expression = judging.verdicts.expression(target)
    referred = reference_key(key, expression, judging.gdp_id, judging.places)
    if referred is None:
        return None, None
    place, series = assessing.places[referred[0]], assessing.series[referred[1]]
    offset = referred[2] - run.start_year
    written = texts if place.pk == key[0] else run.parent_texts[place.index]
    return (
        run.figure_id(place, series, offset, assessing.result_kind),
        written[series.index][offset][assessing.result_kind],
    )


def verdict_columns(assessing, indicator_id, target, result, reference):
    """status, difference, approximate, explanations: the domain's verdict, written out once."""
    judging = assessing.judging
    inputs = (judging.rules[indicator_id], target, result, reference)
    verdict = judging.verdicts.judged([inputs])[inputs]
    found = assessing.columns.get(id(verdict))
    if found is None:
        found = assessing.columns[id(verdict)] = "\t".join(map(copy_value, verdict))
    return found


def place_assessment_lines(run, assessing, place, texts, tail):
    lines = []
    for series in run.series:
        indicator_id = series.indicator.pk
        for offset, written in enumerate(texts[series.index]):
            key = (place.pk, indicator_id, run.start_year + offset)
            reference_id, reference = reference_of(run, assessing, key, written.target, texts)
            result = written[assessing.result_kind]
            columns = verdict_columns(assessing, indicator_id, written.target, result, reference)
            lines.append(
                f"{place.pk}\t{indicator_id}\t{key[2]}\t"
                f"{run.figure_id(place, series, offset, TARGET)}\t"
                f"{run.figure_id(place, series, offset, assessing.result_kind)}\t"
                f"{copy_value(reference_id)}\t{columns}\t{tail}\n"
            )
    return "".join(lines)
