"""A Markdown table's or a chat message's bold marks around a cell's words (| **536.4** |,
**指标**): read as spaces, the words as they are. The text keeps its length."""

import re

_BOLD = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]{1,40}?)(?<=[^\s*_])\1")


def bold_as_spaces(text):
    """`text` with each pair of bold marks read as spaces, of the same length."""
    if "**" not in text and "__" not in text:
        return text
    return _BOLD.sub(lambda match: f"  {match[2]}  ", text)
