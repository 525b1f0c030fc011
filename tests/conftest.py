import os

import dj_database_url
import pytest

from tests.postgres import throwaway_postgres

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Run the suite against real PostgreSQL: TEST_DATABASE_URL if given, else a throwaway cluster."""
    from django.conf import settings
    from django.db import connections

    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        _point_default_database_at(settings, connections, url)
        yield
        return
    with throwaway_postgres() as url:
        _point_default_database_at(settings, connections, url)
        yield
        connections.close_all()


def _point_default_database_at(settings, connections, url):
    """Swap the default database for PostgreSQL before any test database is created."""
    connections.close_all()
    settings.DATABASES["default"] = dj_database_url.parse(url)
    connections.__dict__.pop("settings", None)  # a cached_property: rebuilt from settings.DATABASES
    del connections["default"]


@pytest.fixture
def analyst(django_user_model):
    from indicators.roles import analysts_group

    user = django_user_model.objects.create_user("analyst", password="pw-analyst-1", is_staff=True)
    user.groups.add(analysts_group())
    return user


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def demo(db):
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
