"""Threads of e-mail and forwarded messages: a reply's quote of the message before it (在 2024-01-09
21:05，“某某”<…> 写道：, -----原始邮件-----) or a forwarded message (-------- 转发的邮件 --------,
发件人：…) opens a message of its own, which the sections of the message above do not reach."""

import re

MESSAGE_START = re.compile(
    r"^[ \t\u3000>]*(?:在[^\n]{4,80}?写道[：:]\s*$"
    r"|-{3,}\s*(?:原始邮件|转发的邮件|Original Message|Forwarded message)\s*-{3,}"
    r"|(?:发件人|From)\s*[：:])"
)
