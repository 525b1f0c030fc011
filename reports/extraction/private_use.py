"""Characters with no meaning of their own in a copy: Unicode's private use area, glyphs of a
page's own font that a copy kept as codes (达到\ue0082.2%\ue009, a figure between two of them), and
the invisible marks of layout a PDF's text keeps (a soft hyphen where a line broke a word:
社\xad⏎会消费品零售总额; zero-width spaces and joiners; a byte-order mark). They read as spaces,
which the rules pass over as they pass a copy's stray spaces."""

import re

_NO_MEANING = re.compile("[\ue000-\uf8ff\u00ad\u200b-\u200d\u2060\ufeff]")


def private_use_as_spaces(text):
    """`text` with its characters of no meaning as spaces, of the same length."""
    return _NO_MEANING.sub(" ", text)
