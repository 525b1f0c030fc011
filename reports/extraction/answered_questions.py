"""Questions a quiz or a questionnaire on a report answers (2010年全市生产总值增长（ ）。⏎A. 11%
B. 12%  C. 13%  D. 14%⏎答案：C; 2015年，全省规模以上工业增加值增长多少？⏎答案：9.9%。; 2009年，全市
实现生产总值（1245亿元） in a fill-in), read as the statements their answers make: an open
question's words from what it asks to its answer as blanks, and a choice's from its blank at the
stem's end to the option chosen, so that the stem's name reads on into the answer (…生产总值增长
… 13%); the options not chosen as blanks, a statement marked false (…增长7%。（×）) too, and a
fill-in's brackets around its answer as spaces. The text keeps its length."""

import re
from bisect import bisect_left

# an answer's label, opening its line (答案：C, 【答案】ABD, 答：9.9%。, 参考答案：…), or the letters
# chosen in brackets on a line of their own (【ABD】)
_LABEL = re.compile(
    r"^[ \t\u3000]*+(?:【\s*+(?:参考|正确)?答案\s*+】|(?:参考|正确)?答案\s*+[：:]|答\s*+[：:]"
    r"|【(?=[A-D]{1,4}】))[ \t\u3000]*+",
    re.M,
)
# the letters of the options chosen, after the label or in the stem's brackets
_LETTERS = re.compile(r"[A-D](?:[、,，]?[A-D]){0,3}(?![A-Za-z\d])")
# an option's label (A. 11%, B．12%, C、13%), at a line's start or after a space
_OPTION = re.compile(r"(?:^|(?<=[ \t\u3000]))([A-D])[ \t]*+[.．、:：][ \t\u3000]*+", re.M)
# a question's number opening its line (11. , 3、, （2）)
_NUMBERED = re.compile(r"^[ \t\u3000]*+(?:\d{1,3}\s*+[.．、]|[（(]\d{1,3}[)）])", re.M)
# a stem's blank: empty brackets, a run of underscores, or brackets holding the letters chosen
_BLANK = re.compile(r"[（(][ \t\u3000]*+(?P<letters>[A-D]{1,4})?[ \t\u3000]*+[)）]|_{3,}")
# …at the end of its stem, perhaps a qualifier after it (控制在（ ）以内。)
_STEM_ENDS = re.compile(
    r"[ \t\u3000]*+(?:以内|左右|以上|以下)?[。？?]?[ \t\u3000]*+"
    r"(?:[（(](?:单选|多选|单项|多项)[)）])?[ \t\u3000]*+(?:\n|$)"
)
# a fall's word before the blank, which would stand apart from the figure chosen (能耗下降（ ）。)
_FALL_BEFORE = re.compile(r"(?:下降|降低|减少|削减|回落)[ \t\u3000]*+$")
# a stem asking for the statement that is wrong (下列说法中，不符合报告内容的是（ ）): the options
# not chosen are the true ones
_ASKS_WRONG = re.compile(r"不符合|不正确|不属于|错误的|有误")
# what an open question asks (增长多少？, 达到多少亿元，…？, 目标是什么？)
_ASKED = re.compile(r"多少|是什么|什么|哪|几")
# a statement marked false (…增长7%左右。（×）), from its start after its number
_FALSE = re.compile(r"[（(][ \t\u3000]*+[×✗✘][ \t\u3000]*+[)）]")
# a fill-in's answer in brackets right after its words (实现生产总值（1245亿元），增长（14.5%）)
_FILLED = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(](?:下降|增长|削减|分别)?[ \t]*+\d[^（）()\n]{0,16}[)）]"
)
_REACH = 600  # how far above its answer a question may start


def answered_as_read(text):
    """`text` with its questions read as the statements their answers make, of the same length."""
    if "答" not in text and "×" not in text and "（" not in text:
        return text
    spans = [span for label in _LABEL.finditer(text) for span in _answered(text, label)]
    spans += [span for blank in _BLANK.finditer(text) for span in _lettered(text, blank)]
    keys = list(_KEY_LINE.finditer(text))
    spans += _keyed(text, keys) if keys else []
    spans += _marked_false(text)
    if "填空" in text:
        spans += [(m.start(), m.start() + 1) for m in _FILLED.finditer(text)]
        spans += [(m.end() - 1, m.end()) for m in _FILLED.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end, *mark in spans:
        chars[start:end] = "".join(mark) + " " * (end - start - len(mark))
    return "".join(chars)


def _answered(text, label):
    """The spans the answer at `label` blanks in the question it closes; none for a line of an
    answer key (答案：3.C  4.B  5.B), whose letters answer the questions by their numbers."""
    start = _question_start(text, label.start())
    if start is None or _KEY_LINE.match(text, label.start()):
        return []
    options = list(_OPTION.finditer(text, start, label.start()))
    if options:
        letters = _LETTERS.match(text, label.end())
        return _chosen(text, start, options, letters[0] if letters else "", label.start())
    blanks = list(_BLANK.finditer(text, start, label.start()))
    if len(blanks) == 1 and _STEM_ENDS.match(text, blanks[0].end()):
        return [(blanks[0].start(), label.end())]  # (…增长________。⏎答案：7.5%左右)
    asked = _ASKED.search(text, start, label.start())
    question = text[start : label.start()].rstrip()
    if (
        asked is None
        or not question.endswith(("？", "?"))
        or _FALL_BEFORE.search(text, start, asked.start())
    ):
        return []  # (…能耗降低多少？⏎答案：3.2%: the fall's word would stand apart from its figure)
    return [(asked.start(), label.end())]


def _question_start(text, position):
    """Where the question over the line at `position` starts: its numbered line, or the line
    right above when none is numbered within reach; None when a blank line comes first."""
    reach = max(position - _REACH, 0)
    above = text.rfind("\n\n", reach, position - 1)
    numbered = list(_NUMBERED.finditer(text, above + 1 if above >= 0 else reach, position))
    if numbered:
        return numbered[-1].start()
    line = _line_start(text, max(position - 1, reach), reach)
    return line if line < position - 1 and text[line:position].strip() else None


def _chosen(text, start, options, letters, end):
    """The spans of the options not chosen of a question from `start`, its options ending at
    `end` (or of those chosen, for a stem asking for the wrong statement: the others are true);
    and, where a blank ends its stem, the span from the blank to the first option kept's words,
    and those between the options kept, each read as the mark parting a list's items (…主要预期
    目标包括（ ）。⏎A. 固定资产投资增长10%⏎B. …⏎D. … with ABD: …包括 固定资产投资增长10%；社会
    消费品…；城镇…)."""
    wrong = _ASKS_WRONG.search(text, start, options[0].start()) is not None
    spans = [
        (option.start(), _option_end(text, options, index, end))
        for index, option in enumerate(options)
        if (option[1] in letters) == wrong
    ]
    kept = [option for option in options if (option[1] in letters) != wrong]
    blanks = list(_BLANK.finditer(text, start, options[0].start()))
    ends = len(blanks) == 1 and _STEM_ENDS.match(text, blanks[0].end())
    if kept and ends and not _FALL_BEFORE.search(text, start, blanks[0].start()):
        spans.append((blanks[0].start(), kept[0].end()))
        for before, after in zip(kept, kept[1:], strict=False):
            words_end = _option_end(text, options, options.index(before), end)
            spans.append((words_end, after.end(), "；"))
    return spans


def _option_end(text, options, index, end):
    """Where the words of the option at `index` end: at the next option on its line, else at the
    line's end (or `end`)."""
    line_end = text.find("\n", options[index].end(), end)
    line_end = end if line_end < 0 else line_end
    following = options[index + 1].start() if index + 1 < len(options) else end
    return min(line_end, following)


_OPTIONS_REACH = 300  # how far under its stem a question's options may run


# a line of an answer key (第一期答案：1.B  2.B  3.C, 11. D  12. C  13. C): three questions' letters
# or more, after perhaps its label
_PAIR = r"\d{1,3}[ \t]*+[.．、]?[ \t]*+[A-D]{1,4}(?![A-Za-z])"
_KEY_LINE = re.compile(
    rf"^[ \t\u3000]*+(?:[^\n\d]{{0,12}}答案\s*+[：:]\s*+)?{_PAIR}(?:[ \t\u3000]*+{_PAIR}){{2,}}"
    r"[ \t\u3000]*+$",
    re.M,
)
_KEYED = re.compile(r"(\d{1,3})[ \t]*+[.．、]?[ \t]*+([A-D]{1,4})(?![A-Za-z])")
_QUESTION_NUMBER = re.compile(r"^[ \t\u3000]*+(\d{1,3})[ \t]*+[.．、]", re.M)
_KEY_REACH = 6000  # how far above its key a question may stand


def _keyed(text, keys):
    """The spans the answer keys' letters blank in the questions above each that they answer,
    each the last of its number within reach."""
    numbered, starts = {}, {}
    for question in _QUESTION_NUMBER.finditer(text):
        numbered.setdefault(question[1], []).append(question)
        starts.setdefault(question[1], []).append(question.start())
    spans = []
    for key in keys:
        for pair in _KEYED.finditer(text, key.start(), key.end()):
            at = bisect_left(starts.get(pair[1], []), key.start()) - 1
            if at >= 0 and starts[pair[1]][at] > key.start() - _KEY_REACH:
                spans += _lettered(text, numbered[pair[1]][at], pair[2])
    return spans


def _lettered(text, blank, letters=None):
    """The spans the letters chosen (those a stem's blank holds: 增长（ C ）。⏎A. …) blank in the
    question of `blank`, the options on the lines under it."""
    letters = letters or blank["letters"]
    line_end = text.find("\n", blank.end(), blank.end() + _REACH) if letters else -1
    if line_end < 0:
        return []
    stop = text.find("\n\n", line_end, line_end + _OPTIONS_REACH)
    stop = line_end + _OPTIONS_REACH if stop < 0 else stop
    following = _NUMBERED.search(text, line_end + 1, stop)
    stop = following.start() if following else stop
    options = list(_OPTION.finditer(text, line_end + 1, stop))
    if not options or options[0][1] != "A":
        return []
    start = _line_start(text, blank.start(), max(blank.start() - _REACH, 0))
    return _chosen(text, start, options, letters, stop)


def _marked_false(text):
    """The spans of the statements marked false (15. 2021年，全区…增长7%。（×）), from after
    their number."""
    spans = []
    for mark in _FALSE.finditer(text):
        line = _line_start(text, mark.start(), max(mark.start() - _REACH, 0))
        numbered = _NUMBERED.match(text, line)
        spans.append((numbered.end() if numbered else line, mark.end()))
    return spans


def _line_start(text, position, reach):
    """The start of the line of `position`, or `reach` where the line starts before it."""
    newline = text.rfind("\n", reach, position)
    return newline + 1 if newline >= 0 else reach
