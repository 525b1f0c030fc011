"""Names as they are stored: without the invisible characters that make look-alikes.

A zero-width space copied from a web page or a byte-order mark left before a CSV row makes
`仓山区\u200b` a second 仓山区 that displays exactly like the first. Every way in (the Figures
CSV, the admin forms through the models' clean(), pasted tables and reports) takes them out
with this one function.
"""

from django.core.exceptions import ValidationError

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
