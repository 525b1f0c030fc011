"""A Markdown table's or a chat message's marks: bold around a cell's words (| **536.4** |,
**指标**), read as spaces, the words as they are, the text keeping its length; and the rule
under a table's header (|---|:---:|), which is no row of it."""

import re

_BOLD = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]{1,40}?)(?<=[^\s*_])\1")


def bold_as_spaces(text):
    """`text` with each pair of bold marks read as spaces, of the same length."""
    if "**" not in text and "__" not in text:
        return text
    return _BOLD.sub(lambda match: f"  {match[2]}  ", text)


_RULE_LINE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def is_rule_line(line):
    """Whether `line` is the rule under a Markdown table's header."""
    return _RULE_LINE.fullmatch(line.strip()) is not None
