"""A Markdown table's or a chat message's marks: bold around a cell's words (| **536.4** |,
**指标**), read as spaces, the words as they are, the text keeping its length; and the rule
under a table's header (|---|:---:|) or between a grid table's rows (+----+----+), which is no
row of it."""

import re

_BOLD = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]{1,40}?)(?<=[^\s*_])\1")


def bold_as_spaces(text):
    """`text` with each pair of bold marks read as spaces, of the same length."""
    if "**" not in text and "__" not in text:
        return text
    return _BOLD.sub(lambda match: f"  {match[2]}  ", text)


_RULE_LINE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def is_rule_line(line):
    """Whether `line` is the rule under a Markdown table's header, or a grid table's rule."""
    return _RULE_LINE.fullmatch(line.strip()) is not None or is_grid_rule(line)


_GRID_RULE = re.compile(r"\+(?:[-=:]{3,}\+)+")


def is_grid_rule(line):
    """Whether `line` is a grid table's rule (+----+----+, +====+====+ under its header)."""
    return _GRID_RULE.fullmatch(line.strip()) is not None
