"""Synthetic national-scale data for the benchmark (`manage.py seed_synthetic`).

A province → city → county tree with GB/T 2260-shaped codes (`places`), indicators taken from
the demo's catalogue (`series`), and for every jurisdiction × indicator × year a target, an
expected and a final result written in the forms real reports use (6.5, 6.5 左右, 6 以上,
3.0 以内, 6—6.5, 正增长, 不低于全省平均水平, 与经济增长保持同步, 完成省下达目标 …; `texts`),
each quoted from a report, plus the stored assessment of each target, judged by the domain's
own code (`indicators.assessing`) as `manage.py reassess` would judge it (`assessment_rows`),
and a five-year plan per jurisdiction with its targets (`plans`).

Figures and assessments go in with PostgreSQL COPY (`copying`), one transaction per batch of
jurisdictions, written by a second thread while the next batch is generated (`batches`); ids
are reserved from the tables' own sequences first, so assessments point at their figures
without reading them back. Nothing is written to the history tables: synthetic data has no
history.
"""

import random
import time
from datetime import date

from django.db import connection, transaction

from bench.synthetic.batches import figures_and_assessments
from bench.synthetic.copying import NULL, SeedError, copy_in, copy_layout, copy_value, reserve_ids
from bench.synthetic.places import places_build, places_create
from bench.synthetic.plans import plans_seed
from bench.synthetic.run import Seed, timed
from bench.synthetic.series import series_create
from indicators.models import Assessment, Figure, Indicator, Jurisdiction, Plan
from indicators.models.versions import STRUCTURE, versions_bump


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
    with timed(run, "plans"), transaction.atomic():
        run.counts["plan targets"] = plans_seed(run)
    out(f"{run.counts['plans']} plans, {run.counts['plan targets']} plan targets")
    versions_bump([STRUCTURE])  # COPY sends no signals: no page body cached before stays valid
    with timed(run, "analyze"), connection.cursor() as cursor:
        for model in (Jurisdiction, Indicator, Figure, Assessment, Plan, report_model()):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    run.timings["total"] = time.perf_counter() - started
    return run


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
