import os
from contextlib import contextmanager

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


def place(code):
    """A demo jurisdiction by division code, created when a test runs without the demo."""
    from indicators.models import Jurisdiction

    names = {
        "350000": ("福建省", "province", None),
        "350100": ("福州市", "city", "350000"),
        "350104": ("仓山区", "district", "350100"),
    }
    name, level, parent = names[code]
    jurisdiction, _created = Jurisdiction.objects.get_or_create(
        division_code=code,
        defaults={"name": name, "level": level, "parent": place(parent) if parent else None},
    )
    return jurisdiction


def make_user(django_user_model, username, *, group=None, assigned=None, review=False, staff=True):
    from indicators.models import Assignment
    from indicators.roles import administrators_group, analysts_group, officials_group

    user = django_user_model.objects.create_user(
        username, password=f"pw-{username}-1", is_staff=staff
    )
    groups = {
        "analysts": analysts_group,
        "administrators": administrators_group,
        "officials": officials_group,
    }
    if group:
        user.groups.add(groups[group]())
    if assigned:
        Assignment.objects.create(user=user, jurisdiction=place(assigned), can_review=review)
    return user


@pytest.fixture
def administrator(django_user_model):
    return make_user(django_user_model, "administrator", group="administrators")


@pytest.fixture
def analyst(django_user_model):
    """An analyst of 福州市 (and so of 仓山区 below it), who may also review there."""
    return make_user(django_user_model, "analyst", group="analysts", assigned="350100", review=True)


@pytest.fixture
def fuzhou_reviewer(django_user_model):
    return make_user(
        django_user_model, "reviewer", group="analysts", assigned="350100", review=True
    )


@pytest.fixture
def cangshan_analyst(django_user_model):
    return make_user(django_user_model, "cangshan", group="analysts", assigned="350104")


@pytest.fixture
def official(django_user_model):
    return make_user(django_user_model, "official", group="officials", staff=False)


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


def pytest_collection_modifyitems(items):
    """Fixtures are set up in this order: the demo before those that add users and their places,
    so that it is copied in, not loaded again (tests.demo_snapshot)."""
    for item in items:
        names = getattr(item, "fixturenames", [])
        for name in ("demo", "demo_site"):
            if name in names:
                names.remove(name)
                names.insert(0, name)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """When any test of the run starts from the demo, load it once first (tests.demo_snapshot)."""
    from tests.demo_snapshot import DEMO

    if any({"demo", "demo_site"} & set(item.fixturenames) for item in request.session.items):
        with django_db_blocker.unblock():
            DEMO.take()


@pytest.fixture
def demo(db):
    from tests.demo_snapshot import DEMO

    DEMO.load()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's language: an English request leaves English active in the
    thread (LocaleMiddleware activates and never deactivates), and tests run in random order."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@contextmanager
def broker_down():
    """Celery sending to a port nothing listens on, not eagerly: a web process while Redis is
    down. (The app reads the CELERY_-prefixed names, which shadow the plain ones.)"""
    from planwatch.celery import app
    from tests.postgres import free_port

    previous = {
        "CELERY_BROKER_URL": app.conf.broker_url,
        "CELERY_TASK_ALWAYS_EAGER": app.conf.task_always_eager,
    }
    app.conf.update(
        CELERY_BROKER_URL=f"redis://127.0.0.1:{free_port()}/0", CELERY_TASK_ALWAYS_EAGER=False
    )
    app._after_fork()  # no producer pool bound to another broker
    try:
        yield
    finally:
        app.conf.update(previous)
        app._after_fork()
