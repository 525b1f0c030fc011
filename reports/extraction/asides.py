"""Names in a bracketed aside: 完成年计划的89.4%（主要是二产、三产未达预期目标），增长2.0%. A name
inside brackets is of the aside; it takes no figure after the closing bracket, and one with no
figure in its bracket is no name of the sentence at all: it does not end the list or the clause
of the name before it, whose figure follows the bracket."""

import re

# the rest of the bracket a name stands in: a closing bracket before any opening one
_IN_BRACKETS = re.compile(r"[^（(）)\n]*[）)]")
_FIGURE = re.compile(r"\d")
_REACH = 40  # how far after a name its bracket may close


def bracket_end(text, position, limit):
    """Where the bracket that `position` is inside closes, before `limit`; None when it is not
    inside one."""
    inside = _IN_BRACKETS.match(text, position, min(limit, position + _REACH))
    return inside.end() - 1 if inside else None


def without_asides(text, end, mentions):
    """`mentions` without the names of bracketed asides that state no figure."""
    kept = []
    for mention in mentions:
        closing = bracket_end(text, mention.end, end)
        if closing is None or _FIGURE.search(text, mention.end, closing):
            kept.append(mention)
    return kept
