"""PostgreSQL COPY in text format: rows as tab-separated lines, ids reserved from sequences."""

import json
from datetime import date, datetime
from decimal import Decimal

from django.db import connection
from django.db.models import NOT_PROVIDED
from django.utils import timezone


class SeedError(Exception):
    pass


NULL = "\\N"
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_value(value):
    """One value in COPY's text format."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    return str(value).translate(_COPY_ESCAPES)


def copy_layout(model, given):
    """The COPY statement for `model` and the text of the columns not in `given`.

    `given` (attnames) are the columns each row supplies, first and in that order; every other
    concrete column is filled with its default, NULL where allowed, the current time for
    auto_now fields, or '' for blank text. The primary key is left to the table's identity
    unless given. A new NOT NULL column with none of these stops the seed with its name.
    """
    now = timezone.now()
    meta = model._meta
    columns = [meta.get_field(name).column for name in given]
    constants = []
    for column in meta.concrete_fields:
        if column.attname in given or (column.primary_key and column.attname not in given):
            continue
        if getattr(column, "auto_now", False) or getattr(column, "auto_now_add", False):
            value = now
        elif column.default is not NOT_PROVIDED:
            value = column.get_default()
        elif column.null:
            value = None
        elif column.blank and column.empty_strings_allowed:
            value = ""
        else:
            raise SeedError(f"{meta.label}.{column.name} needs a value: teach the seed about it")
        columns.append(column.column)
        constants.append(copy_value(value))
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    statement = f"COPY {connection.ops.quote_name(meta.db_table)} ({names}) FROM STDIN"
    return statement, "\t".join(constants)


def reserve_ids(model, count):
    """The first of `count` consecutive ids taken from the table's own sequence."""
    meta = model._meta
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [meta.db_table, meta.pk.column])
        (sequence,) = cursor.fetchone()
        cursor.execute("SELECT setval(%s, nextval(%s) + %s - 1)", [sequence, sequence, count])
        (last,) = cursor.fetchone()
    return last - count + 1


def copy_in(statement, chunks):
    """COPY the text chunks (lines ending in newline) into the table; returns the lines sent."""
    lines = 0
    with connection.cursor() as cursor:
        with cursor.connection.cursor() as raw, raw.copy(statement) as copy:
            for chunk in chunks:
                copy.write(chunk)
                lines += chunk.count("\n")
    return lines
