"""Names as they are stored: without the invisible characters that make look-alikes.

A zero-width space copied from a web page or a byte-order mark left before a CSV row makes
`仓山区\u200b` a second 仓山区 that displays exactly like the first. Every way in (the Figures
CSV, the admin forms through the models' clean(), pasted tables and reports) takes them out
with this one function.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language

# Soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, left-to-right and
# right-to-left marks, bidi embeddings, overrides and isolates, word joiner and the invisible
# operators, and the byte-order mark (zero-width no-break space).
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" + (
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_REMOVED = dict.fromkeys(map(ord, INVISIBLE))


def visible_text(text):
    """`text` without invisible characters."""
    return text.translate(_REMOVED)


def visible_name(text):
    """A name without invisible characters or surrounding whitespace."""
    return visible_text(text).strip()


def clean_names(instance, *fields):
    """A model's clean(): these name fields made visible_name, an error for one left empty
    that may not be (clean_fields, run before, saw the invisible characters as text)."""
    for name in fields:
        setattr(instance, name, visible_name(getattr(instance, name)))
        field = instance._meta.get_field(name)
        if not field.blank and not getattr(instance, name):
            raise ValidationError({name: field.error_messages["blank"]})


# The units the reports write, in English. A unit not listed shows as written, marked as Chinese.
UNITS_IN_ENGLISH = {
    "亿元": "100 million yuan",
    "万元": "10,000 yuan",
    "元": "yuan",
    "万美元": "10,000 US dollars",
    "亿美元": "100 million US dollars",
    "万人": "10,000 people",
    "人": "people",
    "家": "enterprises",
    "万户": "10,000 entities",
    "户": "households",
    "万亩": "10,000 mu",
    "亩": "mu",
    "公里": "km",
    "万件": "10,000 items",
    "件": "items",
    "个": "places",
    "张": "beds",
    "万套": "10,000 units",
    "套": "units",
    "年": "years",
    "岁": "years",
    "亿吨": "100 million tonnes",
    "万吨": "10,000 tonnes",
    "亿吨标准煤": "100 million tonnes of coal equivalent",
}


def in_english():
    return (get_language() or "").startswith("en")


def shown_name(thing):
    """The name of a jurisdiction, indicator or plan to show in the active language: the
    English one in English where there is one, else the Chinese one as stored."""
    english = getattr(thing, "name_en", "")
    return english if english and in_english() else thing.name


def shown_unit(unit):
    """A unit to show in the active language: 亿元 reads "100 million yuan" in English."""
    return UNITS_IN_ENGLISH.get(unit, unit) if in_english() else unit


def is_chinese(text):
    """Whether `text` has a CJK character (the English pages mark such text as Chinese)."""
    return any(
        "\u3000" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef"
        for c in text
    )
