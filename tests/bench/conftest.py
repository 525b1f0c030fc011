import io

import pytest
from django.core.management import call_command


@pytest.fixture
def seed():
    """Runs seed_synthetic at a tiny size (any size may be given) and returns what it printed."""

    def run(**sizes):
        out = io.StringIO()
        call_command(
            "seed_synthetic",
            **{"jurisdictions": 12, "indicators": 6, "years": 3, **sizes},
            stdout=out,
        )
        return out.getvalue()

    return run
