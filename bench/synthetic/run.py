"""One seeding run: its sizes, the ids reserved for it, its caches and how long each step took."""

import time
from contextlib import contextmanager
from dataclasses import dataclass, field


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
    parent_texts: dict = field(default_factory=dict)  # place index → Texts, for references
    values: dict = field(default_factory=dict)  # (text, unit) → COPY text of the parsed value
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


@contextmanager
def timed(run, step):
    """Add the block's wall-clock seconds to run.timings[step] (steps recur, batch by batch)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        run.timings[step] = run.timings.get(step, 0.0) + time.perf_counter() - started
