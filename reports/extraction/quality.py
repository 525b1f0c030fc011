"""How well extraction recovers hand-transcribed figures (the demo data).

A candidate is right when its (indicator, unit, year, kind, value_text) is a gold figure's.
Recall is the share of gold figures some candidate recovers; precision the share of candidates
that are right. Gold figures are always of catalogue indicators, so candidates of new indicators
(task figures the catalogue does not know) are judged against `task_gold`: hand verdicts on the
task figures (reports/demo/task-figures-gold.csv). A new-indicator candidate is right when a
task-gold row has its key and the verdict "right"; one without a row, or judged wrong, is wrong.

Without `task_gold` the new-indicator candidates are left out of precision, which then measures
only the catalogue candidates: a partial measure, not the quality of everything proposed.
"""

from collections import Counter
from dataclasses import dataclass, field


def gold_key(row):
    """The comparison key of a Figures CSV row (a dict as csv.DictReader gives it)."""
    return (row["indicator"], row["unit"], int(row["year"]), row["kind"], row["value_text"])


def right_task_keys(task_gold):
    """The keys of the task figures judged right, from task-gold rows (or keys)."""
    return {
        row if isinstance(row, tuple) else gold_key(row)
        for row in task_gold
        if isinstance(row, tuple) or row["verdict"].strip() == "right"
    }


@dataclass
class Quality:
    gold: int = 0
    recovered: int = 0  # gold figures some candidate matches
    candidates: int = 0  # candidates counted in precision
    right: int = 0  # of those, the right ones
    new_indicators: int = 0  # candidates of new indicators
    new_right: int = 0  # of those, the ones task gold judges right
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    partial: bool = False  # new-indicator candidates left out of precision (no task gold)

    @property
    def recall(self):
        return self.recovered / self.gold if self.gold else 1.0

    @property
    def precision(self):
        return self.right / self.candidates if self.candidates else 1.0

    def __add__(self, other):
        return Quality(
            self.gold + other.gold,
            self.recovered + other.recovered,
            self.candidates + other.candidates,
            self.right + other.right,
            self.new_indicators + other.new_indicators,
            self.new_right + other.new_right,
            self.missed + other.missed,
            self.wrong + other.wrong,
            self.partial or other.partial,
        )

    def __str__(self):
        return (
            f"recall {self.recall:.3f} ({self.recovered}/{self.gold}), "
            f"precision {self.precision:.3f} ({self.right}/{self.candidates}), "
            + (
                f"{self.new_indicators} new-indicator proposals left out (partial)"
                if self.partial
                else f"of which new-indicator {self.new_right}/{self.new_indicators} right"
            )
        )


def measure(candidates, gold, task_gold=None):
    """Quality of `candidates` against `gold` (Figures CSV rows, or their keys) and `task_gold`
    (task-gold rows with a verdict, or the keys of right task figures).

    Without `task_gold` precision covers the catalogue candidates only (a partial measure)."""
    gold_keys = Counter(row if isinstance(row, tuple) else gold_key(row) for row in gold)
    known = [c for c in candidates if not c.new_indicator]
    new = [c for c in candidates if c.new_indicator]
    found = Counter(c.key for c in known)
    recovered = sum(min(count, found[key]) for key, count in gold_keys.items())
    wrong = [c for c in known if c.key not in gold_keys]
    counted, right, new_right = len(known), len(known) - len(wrong), 0
    if task_gold is not None:
        task_keys = right_task_keys(task_gold)
        new_right = sum(1 for c in new if c.key in task_keys)
        wrong += [c for c in new if c.key not in task_keys]
        counted, right = counted + len(new), right + new_right
    return Quality(
        gold=sum(gold_keys.values()),
        recovered=recovered,
        candidates=counted,
        right=right,
        new_indicators=len(new),
        new_right=new_right,
        missed=sorted((key for key in gold_keys if key not in found), key=str),
        wrong=wrong,
        partial=task_gold is None,
    )
