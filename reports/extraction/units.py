"""How reports write units and wordings, as compared: a wording squeezed of its spaces and
full-width forms, a unit cleaned to the catalogue's spelling (a percent, no unit, or as written).
"""

import re
import unicodedata
from functools import lru_cache

PERCENT = "%"
NO_UNIT = "—"
# a growth row's unit cell (地区生产总值 | 增长% | 8 | 7.9): its figures are rates
_GROWTH_UNIT = re.compile(r"(?:比上年|同比)?(?:增长率?|增速|增幅)[（(]?%[)）]?")


@lru_cache(maxsize=65536)  # (the same cells and names are compared again and again)
def squeeze(text):
    """A wording as compared: full-width forms folded, spaces dropped, Latin in lower case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def clean_unit(unit):
    # ℅ (care of, which NFKC spells c/o) stands for % in some older copies: 超过68℅
    unit = squeeze((unit or "").replace("℅", "%"))
    if unit.strip("—-－–/") == "":
        return NO_UNIT if unit else ""
    return PERCENT if unit in ("%", "％") or _GROWTH_UNIT.fullmatch(unit) else unit
