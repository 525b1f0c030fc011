"""What relative targets refer to, and which stored assessments depend on which keys.

不低于全省平均水平 refers to the result of the province above; 与经济增长保持同步 to the same
jurisdiction's GDP growth. A change to a key re-judges its dependents: the relative targets of
the jurisdictions below it and, for GDP growth, the GDP-synchronised targets of that year.
"""

from collections import defaultdict
from typing import NamedTuple

from indicators.expressions import GDP_GROWTH, PARENT_AVERAGE, RELATIVE
from indicators.models import Figure, Indicator, Jurisdiction

# The series 与经济增长保持同步 refers to.
GDP_GROWTH_INDICATOR = ("地区生产总值", "%")


def gdp_growth_indicator():
    name, unit = GDP_GROWTH_INDICATOR
    return Indicator.objects.filter(name=name, unit=unit).first()


def dependent_keys(keys, gdp):
    """Keys whose reference is among `keys`: relative targets below them; GDP-synchronised ones."""
    below = descendants({j for j, _i, _y in keys})
    dependents = {(child, i, y) for j, i, y in keys for child in below[j]}
    gdp_keys = {(j, y) for j, i, y in keys if gdp and i == gdp.pk}
    if gdp_keys:
        targets = Figure.objects.filter(
            kind=Figure.Kind.TARGET,
            jurisdiction_id__in={j for j, _y in gdp_keys},
            year__in={y for _j, y in gdp_keys},
        )
        # No ordering: Figure's default one joins two tables for rows that are only keys.
        targets = targets.order_by().values_list("jurisdiction_id", "indicator_id", "year")
        dependents |= {(j, i, y) for j, i, y in targets if (j, y) in gdp_keys}
    return dependents


def descendants(jurisdiction_ids):
    """{id: ids of every jurisdiction below it}, one query per level of the tree."""
    below = {j: set() for j in jurisdiction_ids}
    frontier = {j: {j} for j in jurisdiction_ids}  # node -> the roots it is below (or is)
    while frontier:
        next_frontier = defaultdict(set)
        children = Jurisdiction.objects.filter(parent_id__in=frontier).values_list(
            "pk", "parent_id"
        )
        for child, parent in children:
            for root in frontier[parent]:
                below[root].add(child)
            next_frontier[child] |= frontier[parent]
        frontier = next_frontier
    return below


class Place(NamedTuple):
    """Where a jurisdiction sits in the tree: what reference_jurisdiction_id climbs."""

    parent_id: int | None
    level: str


def places_all():
    """Every jurisdiction's Place by id, in one query."""
    rows = Jurisdiction.objects.order_by().values_list("pk", "parent_id", "level")
    return {pk: Place(parent_id, level) for pk, parent_id, level in rows}


def ancestry(jurisdiction_ids):
    """The Places of these jurisdictions and all their ancestors by id, one query per level of
    the tree."""
    known, wanted = {}, set(jurisdiction_ids)
    while wanted:
        rows = Jurisdiction.objects.filter(pk__in=wanted).values_list("pk", "parent_id", "level")
        for pk, parent_id, level in rows:
            known[pk] = Place(parent_id, level)
        wanted = {p.parent_id for p in known.values() if p.parent_id and p.parent_id not in known}
    return known


def reference_jurisdiction_id(jurisdiction_id, level, known):
    """全省 → the province above, 全市 → the city above; unsaid → the parent; 全国 → none here."""
    if level == "country":
        return None
    parent_id = known[jurisdiction_id].parent_id
    while parent_id is not None and level is not None and known[parent_id].level != level:
        parent_id = known[parent_id].parent_id
    return parent_id


def reference_key(key, expression, gdp_id, known):
    """The key whose best result the target `expression` of `key` refers to, or None."""
    jurisdiction_id, indicator_id, year = key
    relative_to = expression.relative_to if expression.kind == RELATIVE else None
    if relative_to == PARENT_AVERAGE:
        level = getattr(expression, "reference_level", None)
        above = reference_jurisdiction_id(jurisdiction_id, level, known)
        return (above, indicator_id, year) if above else None
    if relative_to == GDP_GROWTH and gdp_id:
        return (jurisdiction_id, gdp_id, year)
    return None
