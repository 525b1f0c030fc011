"""Report files: accepted by what they contain, not by what their name says."""

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from reports.document_limits import DocumentError, problem_error, reading_limits, text_too_long
from reports.reading import archive_problem

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def sniff(head, whole):
    """'pdf', 'docx' or 'txt' from the bytes themselves; None for anything else."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(whole())) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else None
        except zipfile.BadZipFile:
            return None
    data = whole()
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            data.decode(encoding)
            return "txt"
        except UnicodeDecodeError:
            continue
    return None


def validate_report_file(upload):
    """Refuse, within the request, what can be told cheaply: the size, the content against the
    name, a Word archive's directory over the limits, a plain text over the length limit. The
    expensive reading of a Word or PDF file happens later, in the extraction task."""
    if upload.size > settings.MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(upload.size / 2**20, 1), "limit": settings.MAX_UPLOAD_BYTES // 2**20}
        )
    upload.seek(0)
    head = upload.read(8)

    def whole():
        upload.seek(0)
        return upload.read()

    kind = sniff(head, whole)
    upload.seek(0)
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if kind is None:
        raise ValidationError(_("Only PDF, Word (.docx) and plain-text reports are accepted."))
    if extension != kind:
        raise ValidationError(
            _("The file is named .%(extension)s but contains %(kind)s.")
            % {"extension": extension or "?", "kind": kind.upper()}
        )
    try:
        _check_within_limits(kind, whole)
    finally:
        upload.seek(0)


def _check_within_limits(kind, whole):
    try:
        if kind == "docx":
            with zipfile.ZipFile(io.BytesIO(whole())) as archive:
                problem = archive_problem(archive, reading_limits())
            if problem:
                raise problem_error(problem.code, problem.params)
        elif kind == "txt":
            length = len(plain_text(whole()))
            if length > settings.REPORT_MAX_TEXT:
                raise text_too_long(length)
    except (DocumentError, zipfile.BadZipFile) as error:
        raise ValidationError(str(error)) from error


def plain_text(data):
    """A text file's text: UTF-8 (with or without BOM), else GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(_("The file is neither UTF-8 nor GB18030 text."))


def content_type(name):
    return CONTENT_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
