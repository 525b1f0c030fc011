"""Figures and assessments in batches of jurisdictions: the main thread generates and judges a
batch while a writer thread COPYs and commits the one before it."""

import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, transaction

from bench.synthetic.assessment_rows import ASSESSMENT_COLUMNS, Assessing, place_assessment_lines
from bench.synthetic.copying import copy_in, copy_layout, reserve_ids
from bench.synthetic.figure_rows import FIGURE_COLUMNS, place_figure_lines, place_texts
from bench.synthetic.run import timed
from indicators.models import Assessment, Figure

BATCH_JURISDICTIONS = 100


def figures_and_assessments(run, out):
    """Generate and judge one batch while a second thread COPYs and commits the previous one."""
    keys = len(run.places) * len(run.series) * run.years
    run.figure_base = reserve_ids(Figure, keys * 3)
    figure_copy = copy_layout(Figure, FIGURE_COLUMNS)
    assessment_copy = copy_layout(Assessment, ASSESSMENT_COLUMNS)
    run.counts.update(figures=0, assessments=0)
    assessing = Assessing.for_run(run)
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
                            place_assessment_lines(run, assessing, place, texts, assessment_copy[1])
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
                        f"assessments committed, {len(assessing.columns)} distinct verdicts judged"
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
