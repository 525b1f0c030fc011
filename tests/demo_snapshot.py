"""The demo, loaded once per test run and copied into each test that starts from it.

`load_demo` takes seconds (every figure of both seed reports goes through the import and is
assessed) and some 200 tests start from it. So the run loads it once, before any test, in a
transaction it rolls back, keeping the rows it added as PostgreSQL COPY text; each test then
COPYs those rows back in, in a fraction of the time. The copy is taken only where it is exact:
when the tables the demo fills hold what they held before it was loaded (a test's own fixtures
have added nothing there yet); otherwise the test runs `load_demo` itself.
"""

import io

from django.core.management import call_command
from django.db import connection, transaction

from indicators.models.versions import DataVersion, versions_bump


class DemoSnapshot:
    def __init__(self):
        self.rows = None  # {table: COPY text of the rows the demo adds}
        self.counts = None  # {table: rows before the demo}

    def take(self):
        """Load the demo in a transaction that is rolled back, and keep what it added."""
        with transaction.atomic():
            before = tables_dumped(connection.introspection.table_names())
            call_command("load_demo", stdout=io.StringIO())
            after = tables_dumped(before)
            transaction.set_rollback(True)
        added, changed = {}, False
        for table, lines in after.items():
            changed = changed or not before[table] <= lines
            if new := lines - before[table]:
                added[table] = "".join(sorted(new))
        if not changed:  # the demo also rewrote rows that were there: replaying is not enough
            self.rows = added
            self.counts = {table: len(before[table]) for table in added}

    def load(self):
        """The demo in this test's database: copied when that is exact, else loaded."""
        if self.rows is None or not self.tables_as_before():
            call_command("load_demo", stdout=io.StringIO())
            return
        quote = connection.ops.quote_name
        with transaction.atomic(), connection.cursor() as cursor:
            for table, text in self.rows.items():
                with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                    copy.write(text.encode())
            # Fresh numbers, as a real load gives: a page body an earlier test cached under the
            # copied numbers must not be served for this test's data.
            versions_bump(DataVersion.objects.values_list("scope", flat=True))

    def tables_as_before(self):
        quote = connection.ops.quote_name
        tables = list(self.counts)
        counts = ", ".join(f"(SELECT count(*) FROM {quote(table)})" for table in tables)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {counts}")
            return dict(zip(tables, cursor.fetchone(), strict=True)) == self.counts


def tables_dumped(tables):
    """{table: set of its rows as COPY text lines}."""
    quote = connection.ops.quote_name
    dumped = {}
    with connection.cursor() as cursor:
        for table in tables:
            text = io.BytesIO()
            with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT") as copy:
                for block in copy:
                    text.write(block)
            # Split on newlines only: COPY escapes those inside values, not U+2028 and the like.
            dumped[table] = {f"{line}\n" for line in text.getvalue().decode().split("\n") if line}
    return dumped


DEMO = DemoSnapshot()
