"""A subtitle file (SRT, WebVTT) as a broadcast's transcript: its cue numbers and timings
(⏎⏎19⏎00:01:04,104 --> 00:01:06,520⏎) and the breaks around them read as a clause break, so that
the cues, one short line each and seldom punctuated, read on as the sentences they were spoken in
(全省生产总值达到6300亿元，比上年增长12.1%); its header (WEBVTT) and voice tags (<v 主持人>) read as
spaces. The text keeps its length."""

import re

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}"
# a cue's number and timing line, with the blank lines before it
_CUE = re.compile(
    rf"(?:\n|^)(?:[ \t]*\n)*(?:[ \t]*\d{{1,5}}[ \t]*\n)?[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}"
    r"[^\n]{0,60}\n",
)
_HEADER = re.compile(r"\AWEBVTT[^\n]{0,60}")
_VOICE = re.compile(r"</?(?:v|c)(?:[ .][^<>\n]{0,40})?>")
_PUNCTUATED = tuple("。，；！？、：,;.!?:")


def cues_as_clauses(text):
    """`text` with a subtitle file's cue numbers and timings read as clause breaks, of the same
    length."""
    if "-->" not in text:
        return text
    pieces, position = [], 0
    for cue in _CUE.finditer(text):
        before = text[position : cue.start()].rstrip()
        pieces.append(text[position : cue.start()])
        mark = "" if not before or before.endswith(_PUNCTUATED) else "，"
        pieces.append(mark.ljust(len(cue.group())))
        position = cue.end()
    text = "".join([*pieces, text[position:]])
    text = _HEADER.sub(lambda header: " " * len(header.group()), text)
    return _VOICE.sub(lambda tag: " " * len(tag.group()), text)
