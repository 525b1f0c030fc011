import pytest
from django.db import connection


@pytest.mark.django_db
def test_suite_runs_against_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("show server_version_num")
        assert int(cursor.fetchone()[0]) >= 150000
