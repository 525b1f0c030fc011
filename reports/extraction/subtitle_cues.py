"""A subtitle file (SRT, WebVTT) as a broadcast's transcript: its cue numbers and timings
(⏎⏎19⏎00:01:04,104 --> 00:01:06,520⏎) and the breaks around them read as a clause break, so that
the cues, one short line each and seldom punctuated, read on as the sentences they were spoken in
(全省生产总值达到6300亿元，比上年增长12.1%), and as a space where a cue opens on the figure the cue
before names (…完成地区生产总值⏎⏎13⏎00:00:50,120 --> 00:00:54,880⏎四百零二点三亿元); its header
(WEBVTT) and voice tags (<v 主持人>) read as spaces. A transcript whose lines each open on a time
code ([00:38] 全年预计实现…) reads so too, its lines run on. The text keeps its length."""

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
# a cue opening on a figure, in digits or numerals, its unit after it (百分之八点一, 三万七千八百五十元)
_NUMERAL = "零〇一二两三四五六七八九十百千万亿点"
_OPENS_ON_FIGURE = re.compile(
    rf"\s*(?:百分之|千分之|[-\d{_NUMERAL}][\d.{_NUMERAL}]*\s*(?:[万亿]?(?:美)?元|%|％|万?人|万?吨|家))"
)
# a transcript's time code opening a line ([00:38], [00:01:05], （01:22）)
_CODED_LINE = re.compile(
    r"^[ \t]*[\[【(（]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\]】)）][ \t]*", re.MULTILINE
)
_LEAST_CODED_LINES = 3


def cues_as_clauses(text):
    """`text` with a subtitle file's cue numbers and timings, and a transcript's time codes
    opening its lines, read as clause breaks, of the same length."""
    text = _coded_lines_run_on(text)
    if "-->" not in text:
        return text
    pieces, position = [], 0
    for cue in _CUE.finditer(text):
        pieces.append(text[position : cue.start()])
        pieces.append(_break_as_read(text, position, cue.start(), cue.end()))
        position = cue.end()
    text = "".join([*pieces, text[position:]])
    text = _HEADER.sub(lambda header: " " * len(header.group()), text)
    return _VOICE.sub(lambda tag: " " * len(tag.group()), text)


def _coded_lines_run_on(text):
    """`text` with each line opening on a time code run on from the coded line before it."""
    codes = list(_CODED_LINE.finditer(text))
    if len(codes) < _LEAST_CODED_LINES:
        return text
    pieces, position = [], 0
    for before, code in zip(codes, codes[1:], strict=False):
        if text.count("\n", before.end(), code.start()) != 1:
            continue  # (a line without a code between them)
        pieces.append(text[position : code.start() - 1])
        pieces.append(_break_as_read(text, position, code.start() - 1, code.end()))
        position = code.end()
    return "".join([*pieces, text[position:]])


# a cue opening on a speaker's or a caption's tag (【解说】, 【同期声】, 字幕：) opens a sentence
# (not the titles', 【片头】, run on with the date under them)
_TAGGED = re.compile(
    r"[ \t]*(?:【(?:解说|同期声?|主播|主持人?|记者|旁白|画外音|现场|采访|字幕|导语|口播)[^】\n]{0,10}】"
    r"|字幕[：:])"
)


# …and so does a cue of a new speaker (<v 副总队长>我补充一下…) or turning to a new part of the
# account (第二个方面，…; 从季度看; 此外): what the cues before said of a part of the year ends there
_TURNS = re.compile(
    r"[ \t]*(?:<v[ .][^<>\n]{0,40}>|(?:第[一二三四五六七八九十]{1,3}个?方面|首先|其次|再次|此外|另外"
    r"|最后|总的来看|总体来看|从[^，,。；;\n\d]{1,8}看))"
)


def _break_as_read(text, position, start, end):
    """The cue or code at text[start:end] as read: blank after a punctuated line or before a
    figure the line before names (…完成地区生产总值 / 四百零二点三亿元), a sentence's end
    before a speaker's or a caption's tag or a turn to a new part of the account, else a clause
    break."""
    before = text[position:start].rstrip()
    if (_TAGGED.match(text, end) or _TURNS.match(text, end)) and end - start > 2:
        mark = "。" if before and not before.endswith(_PUNCTUATED) else ""
        return mark.ljust(end - start - 2) + "\n\n"
    opens_on_figure = _OPENS_ON_FIGURE.match(text, end)
    mark = "" if not before or before.endswith(_PUNCTUATED) or opens_on_figure else "，"
    return mark.ljust(end - start)
