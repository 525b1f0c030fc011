"""Report files: accepted by what they contain, not by what their name says."""

import io
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

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


def content_type(name):
    return CONTENT_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
