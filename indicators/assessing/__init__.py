"""Stored assessments: which figures count (choice), what relative targets refer to
(references), and recomputing the stored verdicts of a set of keys (refresh)."""
