"""Rows keyed by (jurisdiction, indicator, year): figures, assessments, judgements."""

from django.db import models


def key_parts(keys):
    """The jurisdictions, indicators and years a set of keys spans."""
    return (
        {j for j, _i, _y in keys},
        {i for _j, i, _y in keys},
        {y for _j, _i, y in keys},
    )


class KeyedQuerySet(models.QuerySet):
    def for_keys(self, keys):
        """Rows of these keys, and possibly of other combinations of their jurisdictions,
        indicators and years: three IN lists the (jurisdiction, …) indexes answer, where a
        list of row values would not be. Callers keep the keys they asked for."""
        jurisdictions, indicators, years = key_parts(keys)
        return self.filter(
            jurisdiction_id__in=jurisdictions, indicator_id__in=indicators, year__in=years
        )
