"""Writes: the only way figures, jurisdictions, indicators and judgements change (figures,
structure, judgements). Each ends by refreshing the assessments and page-cache versions it
affects, in the same transaction."""
