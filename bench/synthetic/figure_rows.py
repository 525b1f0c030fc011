"""The target, expected and final result of every key of a place, as COPY lines of figures."""

import random

from bench.synthetic.copying import copy_value
from bench.synthetic.texts import KINDS, key_texts, source_quote
from indicators.models import parsed_number

FIGURE_COLUMNS = [
    "id",
    "jurisdiction_id",
    "indicator_id",
    "year",
    "kind",
    "value_text",
    "value",
    "source_report_id",
    "source_quote",
    "flags",
    "review_status",
    "version",
]


def place_texts(run, place):
    """[series index][year index] → Texts, drawn from a generator seeded by the place alone."""
    rng = random.Random(run.seed * 1_000_003 + place.index)
    effect = rng.gauss(0.0, 0.8)
    texts = []
    for series in run.series:
        series_effect = effect + rng.gauss(0.0, 0.6)
        texts.append(
            [key_texts(series, place, offset, series_effect, rng) for offset in range(run.years)]
        )
    if place.children:
        run.parent_texts[place.index] = texts
    return texts


def parsed_value(run, text, unit):
    key = (text, unit)
    found = run.values.get(key)
    if found is None:
        found = run.values[key] = copy_value(parsed_number(text, unit))
    return found


def place_figure_lines(run, place, texts, tail):
    # Texts and names come from this package's own vocabulary: no tab, newline or backslash
    # that COPY would need escaped (copy_value escapes everything else).
    lines = []
    last_year = run.start_year + run.years - 1
    for series in run.series:
        unit = series.indicator.unit
        for offset, written in enumerate(texts[series.index]):
            year = run.start_year + offset
            reports = (offset, offset + 1, run.years + 1 + offset)
            flags = ("[]", '["预计"]', '["初步统计"]' if year == last_year else "[]")
            for kind_index, (kind, text) in enumerate(zip(KINDS, written, strict=True)):
                lines.append(
                    f"{run.figure_id(place, series, offset, kind_index)}\t{place.pk}\t"
                    f"{series.indicator.pk}\t{year}\t{kind}\t{text}\t"
                    f"{parsed_value(run, text, unit)}\t"
                    f"{run.report_id(place, reports[kind_index])}\t"
                    f"{source_quote(kind, year, series, text)}\t{flags[kind_index]}\t"
                    f"approved\t1\t{tail}\n"
                )
    return "".join(lines)
