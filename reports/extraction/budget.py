"""Extraction's time budget: checked between sentences, so that a run past its deadline stops
with OutOfTime instead of holding a worker (or, without a broker, a request) indefinitely."""

import time


class OutOfTime(Exception):
    """Extraction ran past its deadline."""


def check(deadline):
    """Raise OutOfTime once `deadline` (a time.monotonic() value; None: no deadline) is past."""
    if deadline is not None and time.monotonic() > deadline:
        raise OutOfTime
