import pytest
from django.utils import translation


@pytest.fixture
def english():
    # Explanations and labels are translated; the assertions read the English msgids.
    with translation.override("en"):
        yield
