"""Numbers read from a query string or form, where anything else simply means "not given"."""

MAX_QUERY_INT = 2**31 - 1


def as_int(value):
    """'2023' → 2023; '', 'abc', '²' (a Unicode digit int() refuses) or a huge number → None."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if number <= MAX_QUERY_INT else None
