"""A chat export's message headers: the line with a message's sender and the time it was sent
(2009-01-05 8:47:12 老周(区政府办), [2019/1/7 9:02] 刘晨(综合规划科):, 梁志坚（区发改局）10:02,
区统计局 刘佳　2025年1月6日 09:02, 【委员 马志刚】09:15). A message is a paragraph of its own: the
text of the one before, left without a full stop (…可以写在过去三年的部分), ends at its header,
and carries nothing on into it."""

import re

_GAP = r"[ \t\u3000]*+"  # (possessive: gaps side by side backtracked over a run of spaces)
_DAY = rf"(?:(?:19|20)\d{{2}}{_GAP}[-/.年]{_GAP}[01]?\d{_GAP}[-/.月]{_GAP}[0-3]?\d{_GAP}日?{_GAP})"
_TIME = rf"(?:上午|下午|中午|晚上|早上)?{_GAP}[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?"
# a sender's name, with their unit or role (综合处-杨帆, 【群主】旗政府办-高建军): no figure nor
# sentence's stop in it
_SENDER = r"[^\s\d，,。；;：:！？!?%％‰][^\n\d，,。；;：:！？!?%％‰]{0,24}?"
MESSAGE_HEADER = re.compile(
    r"^[ \t\u3000]*+(?:"
    rf"[\[【(（]?{_GAP}{_DAY}?{_TIME}{_GAP}[\]】)）]?{_GAP}{_SENDER}"
    rf"|{_SENDER}{_GAP}{_DAY}?{_TIME}"
    rf"|时{_GAP}间[：:]{_GAP}{_DAY}{_TIME}"
    rf"){_GAP}[：:]?{_GAP}$",
    re.M,
)


def message_breaks(text, start, end):
    """Where the sentences of text[start:end] end at a message's header: at the end of the text
    before it, and at its own line's end."""
    breaks = []
    for header in MESSAGE_HEADER.finditer(text, start, end):
        before = header.start()
        while before > start and text[before - 1].isspace():
            before -= 1
        breaks += [before, header.end()] if before > start else [header.end()]
    return breaks
