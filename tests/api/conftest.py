import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from indicators.models import Figure
from indicators.services.figures import figure_record
from tests.factories import fuzhou_gdp_target


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Throttles count in the cache: each test starts with none spent."""
    cache.clear()
    yield
    cache.clear()


def token_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.fixture
def draft(demo, django_user_model):
    """A 2023 result of 福州市 entered by one of its analysts and not yet reviewed."""
    from tests.conftest import make_user

    entering = make_user(django_user_model, "entering", group="analysts", assigned="350100")
    target = fuzhou_gdp_target()
    figure = Figure(
        jurisdiction=target.jurisdiction,
        indicator=target.indicator,
        year=2026,
        kind=Figure.Kind.TARGET,
        value_text="9.9 左右",
        source_quote="草稿：地区生产总值增长 9.9% 左右",
    )
    figure_record(figure=figure, user=entering)
    assert figure.review_status == Figure.Review.DRAFT
    return figure
