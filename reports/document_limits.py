"""The limits a report file is read under (settings), and what to tell the user when one is hit.

`reports.reading` runs in a process without Django and answers a code; the messages live here,
translated, each naming the limit it quotes.
"""

from django.conf import settings
from django.utils.translation import gettext as _

MB = 1024 * 1024


class DocumentError(ValueError):
    """The file cannot be read as a report."""


class NoTextLayer(DocumentError):
    """A PDF without text: a scan, which needs OCR before anything can be extracted."""

    def __init__(self, message=None):
        super().__init__(
            message
            or _(
                "This PDF has no text layer (it is probably a scan): run OCR on it first, "
                "or paste the report's text."
            )
        )


def reading_limits():
    """The limits `reports.reading` applies, from the settings (README: "Roles and security")."""
    return {
        "unzipped_bytes": settings.DOCUMENT_MAX_UNZIPPED_BYTES,
        "part_bytes": settings.DOCUMENT_MAX_PART_BYTES,
        "ratio": settings.DOCUMENT_MAX_RATIO,
        "parts": settings.DOCUMENT_MAX_PARTS,
        "elements": settings.DOCUMENT_MAX_XML_ELEMENTS,
        "span": settings.DOCUMENT_MAX_SPAN,
        "pages": settings.DOCUMENT_MAX_PAGES,
        "text": settings.REPORT_MAX_TEXT,
        "seconds": settings.DOCUMENT_READ_SECONDS,
        "memory_bytes": settings.DOCUMENT_READ_MEMORY_BYTES,
    }


def _megabytes(size):
    return f"{size / MB:.1f}".removesuffix(".0")


def text_too_long(length):
    return DocumentError(
        _("The report's text is %(length)s characters long; the limit is %(limit)s.")
        % {"length": f"{length:,}", "limit": f"{settings.REPORT_MAX_TEXT:,}"}
    )


def problem_error(code, params):
    """The DocumentError for a code `reports.reading` answered (or the parent saw)."""
    if code == "no_text_layer":
        return NoTextLayer()
    if code == "text_length":
        return text_too_long(params["length"])
    sizes = {k: _megabytes(v) for k, v in params.items() if k in ("size", "limit") and code in _MB}
    values = {**params, **sizes}
    if code == "text_over":
        values["limit"] = f"{params['limit']:,}"
    return DocumentError(_messages()[code] % values)


_MB = {"part_size", "unzipped", "memory"}


def _messages():
    return {
        "docx": _("This Word file cannot be read."),
        "pdf": _("This PDF cannot be read."),
        "parts": _("This Word file holds %(count)s parts; the limit is %(limit)s."),
        "compression": _(
            "This Word file cannot be read: its part %(part)s is compressed in a way Word never "
            "uses."
        ),
        "part_size": _(
            "This Word file's part %(part)s unzips to %(size)s MB; the limit is %(limit)s MB."
        ),
        "ratio": _(
            "This Word file's part %(part)s is compressed %(ratio)s to 1; the limit is "
            "%(limit)s to 1."
        ),
        "unzipped": _("This Word file unzips to %(size)s MB; the limit is %(limit)s MB."),
        "elements": _("This Word file holds more than %(limit)s XML elements, the limit."),
        "doctype": _(
            "This Word file cannot be read: it declares XML entities (a DTD), which Word never "
            "writes."
        ),
        "span": _(
            "This Word file cannot be read: a table cell spans %(span)s columns; the limit is "
            "%(limit)s."
        ),
        "bad_span": _(
            "This Word file cannot be read: a table cell spans “%(value)s” columns, which is not "
            "a number."
        ),
        "bad_merge": _(
            "This Word file cannot be read: a table cell is merged as “%(value)s”, which Word "
            "never writes."
        ),
        "pages": _("This PDF has %(count)s pages; the limit is %(limit)s."),
        "text_over": _("The report's text is longer than %(limit)s characters, the limit."),
        "memory": _("Reading this file needs more than %(limit)s MB of memory, the limit."),
        "seconds": _("Reading this file took more than %(limit)s seconds, the limit."),
    }
