"""Synthetic national-scale data (`manage.py seed_synthetic`)."""
