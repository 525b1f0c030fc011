"""Characters of Unicode's private use area: glyphs of a page's own font that a copy kept as
codes with no meaning (达到\ue0082.2%\ue009, a figure between two of them). They read as spaces,
which the rules pass over as they pass a copy's stray spaces."""

import re

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def private_use_as_spaces(text):
    """`text` with its private-use characters as spaces, of the same length."""
    return _PRIVATE_USE.sub(" ", text)
