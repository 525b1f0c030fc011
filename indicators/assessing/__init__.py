"""Stored assessments: which figures count (choice), what relative targets refer to
(references), judging each distinct text once (verdict_memo), computing the assessments of a
set of keys from plain rows (batch) and storing them (refresh)."""
