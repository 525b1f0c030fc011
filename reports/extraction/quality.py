"""How well extraction recovers hand-transcribed figures (the demo data).

A candidate is right when its (indicator, unit, year, kind, value_text) is a gold figure's.
Recall is the share of gold figures some candidate recovers; precision the share of candidates
that are right. Candidates of new indicators (task figures the catalogue does not know) are
counted apart: gold figures are always of catalogue indicators, so those can never match and
say nothing about whether the proposals are right; `new_indicators` reports how many there were.
"""

from collections import Counter
from dataclasses import dataclass, field


def gold_key(row):
    """The comparison key of a Figures CSV row (a dict as csv.DictReader gives it)."""
    return (row["indicator"], row["unit"], int(row["year"]), row["kind"], row["value_text"])


@dataclass
class Quality:
    gold: int = 0
    recovered: int = 0  # gold figures some candidate matches
    candidates: int = 0  # candidates of catalogue indicators
    right: int = 0  # of those, the ones matching a gold figure
    new_indicators: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

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
            self.missed + other.missed,
            self.wrong + other.wrong,
        )

    def __str__(self):
        return (
            f"recall {self.recall:.3f} ({self.recovered}/{self.gold}), "
            f"precision {self.precision:.3f} ({self.right}/{self.candidates}), "
            f"{self.new_indicators} new-indicator proposals"
        )


def measure(candidates, gold):
    """Quality of `candidates` against `gold` (Figures CSV rows, or their keys)."""
    gold_keys = Counter(row if isinstance(row, tuple) else gold_key(row) for row in gold)
    known = [c for c in candidates if not c.new_indicator]
    found = Counter(c.key for c in known)
    recovered = sum(min(count, found[key]) for key, count in gold_keys.items())
    return Quality(
        gold=sum(gold_keys.values()),
        recovered=recovered,
        candidates=len(known),
        right=sum(1 for c in known if c.key in gold_keys),
        new_indicators=len(candidates) - len(known),
        missed=sorted((key for key in gold_keys if key not in found), key=str),
        wrong=[c for c in known if c.key not in gold_keys],
    )
