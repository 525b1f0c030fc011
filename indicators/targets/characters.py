"""Traditional characters read as simplified ones, character for character.

Some copies of a report are in traditional characters (a Hong Kong or Taiwan paper's, a mirror's):
地區生產總值增長5.5%左右，控制在3%以內. The expression language and the extraction rules are
written in simplified characters, so both read such text through `simplified`. The conversion is
OpenCC's (its phrase tables tell 乾隆 from 乾燥, and leave simplified text as it is); it keeps the
text's length, so an offset into what was read is an offset into what was written, and a quote
stays verbatim.
"""

from functools import lru_cache

import opencc

_CONVERTER = opencc.OpenCC("t2s")
# Variant forms OpenCC leaves alone that copies put for a simplified character: 増 (the Japanese
# form, which Chinese input methods offer too) for 增 in 増长
_VARIANTS = str.maketrans("増", "增")


def simplified(text: str) -> str:
    """`text` in simplified characters, of the same length and with every offset in place."""
    converted = _CONVERTER.convert(text).translate(_VARIANTS)
    if len(converted) == len(text):
        return converted
    # A phrase whose simplified form is of another length: read character by character instead.
    return "".join(_simplified_character(character) for character in text)


@lru_cache(maxsize=4096)
def _simplified_character(character):
    converted = _CONVERTER.convert(character).translate(_VARIANTS)
    return converted if len(converted) == 1 else character
