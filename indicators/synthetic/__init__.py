"""Synthetic national-scale data for the benchmark (`manage.py seed_synthetic`).

A province → city → county tree with GB/T 2260-shaped codes (`places`), indicators taken from
the demo's catalogue (`series`), and for every jurisdiction × indicator × year a target, an
expected and a final result written in the forms real reports use (6.5, 6.5 左右, 6 以上,
3.0 以内, 6—6.5, 正增长, 不低于全省平均水平, 与经济增长保持同步, 完成省下达目标 …; `texts`),
each quoted from a report, plus the stored assessment of each target, judged by
`indicators.expressions.assess` exactly as `indicators.assessment` would judge it.

Figures and assessments go in with PostgreSQL COPY (`copying`), one transaction per batch of
jurisdictions, written by a second thread while the next batch is generated; ids are reserved
from the tables' own sequences first, so assessments point at their figures without reading
them back. Nothing is written to the history tables: synthetic data has no history.
"""

import random
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.utils import translation

from indicators.expressions import GDP_GROWTH, PARENT_AVERAGE, RELATIVE, assess, parse
from indicators.models import Assessment, Figure, Indicator, Jurisdiction, parsed_number
from indicators.models.versions import STRUCTURE, versions_bump
from indicators.synthetic.copying import (
    NULL,
    SeedError,
    copy_in,
    copy_layout,
    copy_value,
    reserve_ids,
)
from indicators.synthetic.places import places_build, places_create
from indicators.synthetic.series import series_create
from indicators.synthetic.texts import KINDS, key_texts, source_quote

__all__ = ["SeedError", "seed_synthetic"]

BATCH_JURISDICTIONS = 100


@dataclass
class Seed:
    """Sizes, ids and caches of one seeding run."""

    places: list
    series: list
    years: int
    start_year: int
    seed: int
    figure_base: int = 0
    report_base: int = 0
    finals: dict = field(default_factory=dict)  # place index → final texts, for references
    values: dict = field(default_factory=dict)  # (text, unit) → COPY text of the parsed value
    relatives: dict = field(default_factory=dict)  # target text → (relative_to, level) or None
    verdicts: dict = field(default_factory=dict)  # judged texts → the assessment's COPY columns
    timings: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)

    @property
    def reports_per_place(self):
        return 2 * self.years + 1  # a plan report per year (and the next), a bulletin per year

    def figure_id(self, place, series, year_index, kind_index):
        key = (place.index * len(self.series) + series.index) * self.years + year_index
        return self.figure_base + key * 3 + kind_index

    def report_id(self, place, number):
        return self.report_base + place.index * self.reports_per_place + number


def seed_synthetic(*, jurisdictions, indicators, years, start_year=2010, seed=1, out=print):
    """Fill an empty PostgreSQL database; returns the run (timings, counts); progress to `out`."""
    if connection.vendor != "postgresql":
        raise SeedError(
            f"seed_synthetic needs PostgreSQL (it loads with COPY); DATABASE_URL points at "
            f"{connection.vendor}. Set DATABASE_URL=postgres://… and run migrate first."
        )
    if Jurisdiction.objects.exists() or Figure.objects.exists() or Indicator.objects.exists():
        raise SeedError(
            "The database already holds jurisdictions, indicators or figures: seed an empty one "
            "(a fresh database after migrate, or manage.py flush)."
        )
    if not (1 <= years and 1949 <= start_year and start_year + years + 1 <= 2100):
        raise SeedError("Years must lie between 1949 and 2100.")
    started = time.perf_counter()
    rng = random.Random(seed)
    run = Seed(places=[], series=[], years=years, start_year=start_year, seed=seed)
    with timed(run, "jurisdictions and indicators"), transaction.atomic():
        run.places = places_build(jurisdictions, rng)
        places_create(run.places)
        run.series = series_create(indicators)
    out(f"{len(run.places)} jurisdictions, {len(run.series)} indicators")
    with timed(run, "reports"), transaction.atomic():
        run.counts["reports"] = reports_copy(run)
    out(f"{run.counts['reports']} reports in {run.timings['reports']:.1f} s")
    figures_and_assessments(run, out)
    versions_bump([STRUCTURE])  # COPY sends no signals: no page body cached before stays valid
    with timed(run, "analyze"), connection.cursor() as cursor:
        for model in (Jurisdiction, Indicator, Figure, Assessment, report_model()):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    run.timings["total"] = time.perf_counter() - started
    return run


@contextmanager
def timed(run, step):
    """Add the block's wall-clock seconds to run.timings[step] (steps recur, batch by batch)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        run.timings[step] = run.timings.get(step, 0.0) + time.perf_counter() - started


def report_model():
    return Figure._meta.get_field("source_report").related_model


def reports_copy(run):
    """A plan report per place and year (its targets, last year's expected results) and a
    statistics bulletin per place and year (its final results)."""
    Report = report_model()
    run.report_base = reserve_ids(Report, len(run.places) * run.reports_per_place)
    given = [
        "id",
        "jurisdiction_id",
        "title",
        "issuing_body",
        "delivered_on",
        "review_year",
        "plan_year",
    ]
    statement, tail = copy_layout(Report, given)

    def chunks():
        for place in run.places:
            lines = []
            name = copy_value(place.name)
            for number in range(run.years + 1):
                year = run.start_year + number
                lines.append(
                    f"{run.report_id(place, number)}\t{place.pk}\t"
                    f"关于{name}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\t"
                    f"{name}发展和改革委员会\t{date(year, 1, 6 + place.index % 20)}\t"
                    f"{year - 1}\t{year}\t{tail}\n"
                )
            for number in range(run.years):
                year = run.start_year + number
                lines.append(
                    f"{run.report_id(place, run.years + 1 + number)}\t{place.pk}\t"
                    f"{name}{year}年国民经济和社会发展统计公报\t{name}统计局\t"
                    f"{date(year + 1, 3, 1 + place.index % 28)}\t{year}\t{NULL}\t{tail}\n"
                )
            yield "".join(lines)

    return copy_in(statement, chunks())


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


def figures_and_assessments(run, out):
    """Generate and judge one batch while a second thread COPYs and commits the previous one."""
    keys = len(run.places) * len(run.series) * run.years
    run.figure_base = reserve_ids(Figure, keys * 3)
    figure_copy = copy_layout(Figure, FIGURE_COLUMNS)
    assessment_copy = copy_layout(Assessment, ASSESSMENT_COLUMNS)
    run.counts.update(figures=0, assessments=0)
    gdp = next(
        (s for s in run.series if (s.indicator.name, s.indicator.unit) == ("地区生产总值", "%")),
        None,
    )
    started, reported, writing = time.perf_counter(), 0, None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="seed-copy") as writer:
        try:
            for first in range(0, len(run.places), BATCH_JURISDICTIONS):
                batch = run.places[first : first + BATCH_JURISDICTIONS]
                with timed(run, "generate and judge (main thread)"):
                    figure_lines, assessment_lines = [], []
                    for place in batch:
                        texts = place_texts(run, place)
                        figure_lines.append(place_figure_lines(run, place, texts, figure_copy[1]))
                        assessment_lines.append(
                            place_assessment_lines(run, place, texts, gdp, assessment_copy[1])
                        )
                if writing is not None:
                    writing.result()  # one batch in flight at a time; raises what the COPY raised
                writing = writer.submit(
                    batch_copy,
                    run,
                    (figure_copy[0], figure_lines),
                    (assessment_copy[0], assessment_lines),
                )
                done = first + len(batch)
                if done * 10 // len(run.places) > reported:
                    reported = done * 10 // len(run.places)
                    out(
                        f"  {done}/{len(run.places)} jurisdictions generated, "
                        f"{run.counts['figures']} figures and {run.counts['assessments']} "
                        f"assessments committed, {len(run.verdicts)} distinct verdicts judged"
                    )
            if writing is not None:
                writing.result()
        finally:
            writer.submit(connection.close)  # the writer thread's own connection
    run.timings["figures and assessments (wall clock)"] = time.perf_counter() - started
    out(f"{run.counts['figures']} figures, {run.counts['assessments']} assessments committed")


def batch_copy(run, figures, assessments):
    """In the writer thread: both COPYs of one batch in one transaction, foreign keys checked at
    commit (they are deferred), so an assessment may point at a figure of the same batch."""
    with timed(run, "COPY and commit (writer thread)"):
        with transaction.atomic():
            figure_count = copy_in(*figures)
            assessment_count = copy_in(*assessments)
            commit_started = time.perf_counter()
        run.timings["of which commit: foreign-key checks"] = run.timings.get(
            "of which commit: foreign-key checks", 0.0
        ) + (time.perf_counter() - commit_started)
    run.counts["figures"] += figure_count
    run.counts["assessments"] += assessment_count


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
        run.finals[place.index] = [[t.final for t in row] for row in texts]
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
            for kind_index, (kind, text) in enumerate(
                zip(KINDS, (written.target, written.expected, written.final), strict=True)
            ):
                lines.append(
                    f"{run.figure_id(place, series, offset, kind_index)}\t{place.pk}\t"
                    f"{series.indicator.pk}\t{year}\t{kind}\t{text}\t"
                    f"{parsed_value(run, text, unit)}\t"
                    f"{run.report_id(place, reports[kind_index])}\t"
                    f"{source_quote(kind, year, series, text)}\t{flags[kind_index]}\t"
                    f"approved\t1\t{tail}\n"
                )
    return "".join(lines)


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
