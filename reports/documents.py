"""The text of an uploaded report: plain text, Word (.docx) or a PDF with a text layer.

Plain text is decoded here. Word and PDF files are read by `reports.reading` in a process of
its own, under the limits of `reports.document_limits`: a hostile file can cost that process
its time and memory, never the web worker's or the Celery worker's.
"""

import json
import logging
import signal
import subprocess
import sys

from django.conf import settings
from django.utils.translation import gettext as _

from indicators.models.names import visible_text
from reports.document_limits import (
    DocumentError,
    NoTextLayer,
    problem_error,
    reading_limits,
    text_too_long,
)
from reports.uploads import plain_text, sniff

__all__ = ["DocumentError", "NoTextLayer", "document_text"]

logger = logging.getLogger(__name__)


def document_text(name: str, data: bytes) -> str:
    """The text of a .txt (UTF-8, UTF-8 with BOM or GB18030), .docx or .pdf file.

    The file name's extension decides; without a known one, the bytes do. The text comes without
    invisible characters (`indicators.models.names.visible_text`). Raises DocumentError
    with a message for the user when the file cannot be read or breaks a limit.
    """
    kind = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if kind not in ("txt", "docx", "pdf"):
        kind = sniff(data[:8], lambda: data)
    if kind not in ("txt", "docx", "pdf"):
        raise DocumentError(_("Only PDF, Word (.docx) and plain-text reports are accepted."))
    # Without invisible characters as typed or pasted text: a zero-width space inside 地区生产总值
    # would otherwise become a candidate for a look-alike indicator.
    text = visible_text(plain_text(data) if kind == "txt" else _read_apart(kind, data))
    if len(text) > settings.REPORT_MAX_TEXT:
        raise text_too_long(len(text))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_apart(kind, data):
    """Run `reports.reading` on the file in a child process and return its text."""
    limits = reading_limits()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reports.reading", json.dumps(limits), kind],
            input=data,
            capture_output=True,
            timeout=limits["seconds"],
            cwd=settings.BASE_DIR,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise problem_error("seconds", {"limit": limits["seconds"]}) from None
    try:
        answer = json.loads(done.stdout)
    except ValueError:
        # killed (out of CPU time, or memory where the allocator could not raise MemoryError)
        raise _killed(kind, done, limits) from None
    if "error" in answer:
        code = answer["error"]
        params = {"limit": limits["memory_bytes"]} if code == "memory" else answer["params"]
        raise problem_error(code, params)
    return answer["text"]


def _killed(kind, done, limits):
    logger.warning("reading a .%s file failed (%s): %s", kind, done.returncode, done.stderr[-2000:])
    if done.returncode in (-signal.SIGKILL, -signal.SIGXCPU):  # the CPU-time cap
        return problem_error("seconds", {"limit": limits["seconds"]})
    if b"MemoryError" in done.stderr:
        return problem_error("memory", {"limit": limits["memory_bytes"]})
    return problem_error(kind, {})
