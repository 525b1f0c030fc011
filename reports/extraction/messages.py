"""Threads of e-mail and forwarded messages: a reply's quote of the message before it (在 2024-01-09
21:05，“某某”<…> 写道：, -----原始邮件-----) or a forwarded message (-------- 转发的邮件 --------,
发件人：某某 <…@…>) opens a message of its own, which the sections of the message above do not
reach. A line is a message's start only as a mail client writes it: with the time sent or an
address (not a report's 区委书记写道：, nor a fax's 发件人：县统计局)."""

import re

MESSAGE_START = re.compile(
    r"^[ \t\u3000>]*(?:在[^\n]{0,40}?(?:\d{4}\s*[-/年]\s*\d{1,2}\s*[-/月]\s*\d{1,2}|@)[^\n]{0,60}?"
    r"写道[：:]\s*$"
    r"|-{3,}\s*(?:原始邮件|转发的邮件|Original Message|Forwarded message)\s*-{3,}"
    r"|(?:发件人|From)\s*[：:][^\n]{0,60}?@)"
)
