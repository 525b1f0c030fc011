"""The synthetic indicators (the demo's catalogue, then made-up series) and how each behaves."""

from dataclasses import dataclass

from bench.synthetic.texts import GROWTH_BASE, LEVEL_BASE, SHARE_BASE
from indicators.models import Indicator


@dataclass
class Series:
    """One indicator and how its numbers behave."""

    index: int
    indicator: Indicator
    behaviour: str  # growth, price, reduction, quota, share, ceiling, level
    base: float


def behaviour_of(row):
    name, unit, measure, direction = row["name"], row["unit"], row["measure"], row["direction"]
    if measure == "qualitative":
        return "quota", 0.0
    if measure == "level":
        return "level", LEVEL_BASE.get(unit, 100.0)
    if measure == "ratio":
        return ("ceiling", 0.05) if direction == "down" else ("share", SHARE_BASE.get(name, 50.0))
    if direction == "down":
        return ("price", 2.5) if "价格" in name else ("reduction", 3.0)
    if "降低" in name:
        return "reduction", GROWTH_BASE.get(name, 3.5)
    return "growth", GROWTH_BASE.get(name, 8.0)


def catalogue(count):
    """`count` indicator rows: the demo's catalogue first, then made-up series if more are asked."""
    from reports.demo_data import read_csv  # the catalogue the demo uses; a read-only file

    rows = read_csv("indicators.csv")[:count]
    for extra in range(count - len(rows)):
        unit, measure = ("%", "growth") if extra % 2 == 0 else ("亿元", "level")
        rows.append(
            {
                "name": f"合成指标{extra + 1:03d}",
                "name_en": f"Synthetic series {extra + 1}",
                "unit": unit,
                "measure": measure,
                "direction": "up",
                "parent": "",
                "parent_unit": "",
                "category": "other",
                "aliases": "",
                "display_order": str(1000 + extra),
                "annex": "",
            }
        )
    return rows


def series_create(count):
    rows = catalogue(count)
    created = Indicator.objects.bulk_create(
        Indicator(
            name=row["name"],
            name_en=row["name_en"],
            unit=row["unit"],
            measure=row["measure"],
            direction=row["direction"],
            category=row["category"],
            display_order=int(row["display_order"]),
            in_annex=row.get("annex") == "1",
            aliases=[alias for alias in row["aliases"].split("|") if alias],
        )
        for row in rows
    )
    by_key = {(i.name, i.unit): i for i in created}
    for row, indicator in zip(rows, created, strict=True):
        parent = by_key.get((row["parent"], row["parent_unit"] or row["unit"]))
        if row["parent"] and parent:
            indicator.parent = parent
    Indicator.objects.bulk_update([i for i in created if i.parent_id], ["parent"])
    return [
        Series(index, indicator, *behaviour_of(row))
        for index, (row, indicator) in enumerate(zip(rows, created, strict=True))
    ]
