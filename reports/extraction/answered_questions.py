"""Questions a quiz or a questionnaire on a report answers (2010年全市生产总值增长（ ）。⏎A. 11%
B. 12%  C. 13%  D. 14%⏎答案：C; 2015年，全省规模以上工业增加值增长多少？⏎答案：9.9%。; 2009年，全市
实现生产总值（1245亿元） under 一、填空题), read as the statements their answers make: an open
question's words from what it asks to its answer as blanks, and a choice's from its blank at the
stem's end to the option chosen, so that the stem's name reads on into the answer (…生产总值增长
… 13%); the options not chosen as blanks, a numbered statement marked false (15. …增长7%。（×）) too,
and a fill-in's brackets around its answer as spaces. The text keeps its length."""

import re
from bisect import bisect_left

# an answer's label, opening its line (答案：C, 【答案】ABD, 答：9.9%。, 参考答案：…), or the letters
# chosen in brackets on a line of their own (【ABD】)
_LABEL = re.compile(
    r"^[ \t\u3000]*+(?:【\s*+(?:参考|正确)?答案\s*+】|(?:参考|正确)?答案\s*+[：:]|答\s*+[：:]"
    r"|【(?=[A-F]{1,6}】))[ \t\u3000]*+",
    re.M,
)
# the letters of the options chosen, after the label or in the stem's brackets
_LETTERS = re.compile(r"[A-F](?:[、,，]?[A-F]){0,5}(?![A-Za-z\d])")
# an option's label (A. 11%, B．12%, C、13%), at a line's start or after a space; a choice has
# three options or more, lettered from A on (not an outline's A. … B. …)
_OPTION = re.compile(r"(?:^|(?<=[ \t\u3000]))([A-F])[ \t]*+[.．、:：][ \t\u3000]*+", re.M)
_FEWEST_OPTIONS = 3
_OPTIONS_REACH = 300  # how far under its stem a question's options may run
# a question's number opening its line (11. , 3、, （2）, an online test's 第3题【单选题】（3分）)
_NUMBERED = re.compile(
    r"^[ \t\u3000]*+(?:\d{1,3}\s*+[.．、]|[（(]\d{1,3}[)）]|第\s*+\d{1,3}\s*+题)", re.M
)
# a stem's blank: empty brackets, a run of underscores, or brackets holding the letters chosen
_BLANK = re.compile(r"[（(][ \t\u3000]*+(?P<letters>[A-F]{1,6})?[ \t\u3000]*+[)）]|_{3,}")
# …at the end of its stem, perhaps a qualifier after it (控制在（ ）以内。)
_STEM_ENDS = re.compile(
    r"[ \t\u3000]*+(?:以内|左右|以上|以下)?[。？?]?[ \t\u3000]*+"
    r"(?:[（(](?:单选|多选|单项|多项)[)）])?[ \t\u3000]*+(?:\n|$)"
)
# a stem ending as a question does (…增长（ C ）。, …是（ ）？), not an outline's line (经济增长（A）类目标)
_STEM_LINE_ENDS = re.compile(r"[。？?）)][ \t\u3000]*+$")
# a fall's word before the blank, which would stand apart from the figure chosen (能耗下降（ ）。)
_FALL_BEFORE = re.compile(r"(?:下降|降低|减少|削减|回落)[ \t\u3000]*+$")
# a stem asking for the statement that is wrong (下列说法中，不符合报告内容的是（ ）): the options
# not chosen are the true ones
_ASKS_WRONG = re.compile(r"不符合|不正确|不属于|错误的|有误")
# what an open question asks for (增长多少？, 目标是什么？, 居全省第几位？)
_ASKED = re.compile(r"多少|是什么|哪一?[个项年]|第几|几[个项家成]")
# a figure of the question's own (为什么…预期增长6%左右？ asks no figure)
_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:[%％‰]|[万亿]|元|人|吨)")
# an answer opening on its figure (答案：9.9%。, 答：约6%左右, 答案：均增长10.7%)
_FIGURE_ANSWER = re.compile(r"(?:均|约|为|是|分别|达到|完成|增长|下降){0,2}[ \t\u3000]*+\d")
# a numbered statement marked false at its line's end (17. 2023年，全市…4.56万人。（×）)
_FALSE = re.compile(r"[（(][ \t\u3000]*+[×✗✘][ \t\u3000]*+[)）][ \t\u3000]*+$", re.M)
# a fill-in's answer in brackets right after its words (实现生产总值（1245亿元），增长（14.5%）),
# under a fill-in's heading or instruction (一、填空题（答案在括号内）)
# or a legend saying the brackets hold the answers (三、括号内为答案。)
_FILL_IN = re.compile(
    r"^[^\n]{0,12}填空题|括号[内中里](?:的内容|文字)?(?:为|是|即为?)(?:参考|正确)?答案|答案(?:在|见)括号[内中里]",
    re.M,
)
_FILLED = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(](?:下降|增长|削减|分别)?[ \t]*+\d[^（）()\n]{0,16}[)）]"
)
# a line of an answer key (第一期答案：1.B  2.B  3.C, 11. D  12. C  13. C): three questions' letters
# or more, after perhaps its label
_PAIR = r"\d{1,3}[ \t]*+[.．、]?[ \t]*+[A-F]{1,6}(?![A-Za-z])"
_KEY_LINE = re.compile(
    rf"^[ \t\u3000]*+(?:[^\n\d]{{0,12}}答案[ \t]*+[：:][ \t]*+)?{_PAIR}(?:[ \t\u3000]*+{_PAIR}){{2,}}"
    r"[ \t\u3000]*+$",
    re.M,
)
_KEYED = re.compile(r"(\d{1,3})[ \t]*+[.．、]?[ \t]*+([A-F]{1,6})(?![A-Za-z])")
_QUESTION_NUMBER = re.compile(
    r"^[ \t\u3000]*+(?:(\d{1,3})[ \t]*+[.．、]|第\s*+(\d{1,3})\s*+题)", re.M
)
_KEY_REACH = 6000  # how far above its key a question may stand
_REACH = 600  # how far above its answer a question may start
# a quiz's marks, one of which a text must hold to be read so: an answer, a mark of false, or a
# choice's first option opening a line
_QUIZ = re.compile(r"答|[×✗✘]|^[ \t\u3000]*+A[ \t]*+[.．、]", re.M)


def answered_as_read(text):
    """`text` with its questions read as the statements their answers make, of the same length."""
    if not _QUIZ.search(text):
        return text
    spans = [span for label in _LABEL.finditer(text) for span in _answer_spans(text, label)]
    spans += [span for blank in _BLANK.finditer(text) for span in _bracketed_spans(text, blank)]
    spans += _key_spans(text, list(_KEY_LINE.finditer(text)))
    spans += _false_statement_spans(text)
    spans += _fill_in_spans(text)
    if not spans:
        return text
    chars = list(text)
    # (the marks parting a list's items last, over any blank they share)
    for start, end, *mark in sorted(spans, key=len):
        chars[start:end] = "".join(mark) + " " * (end - start - len(mark))
    return "".join(chars)


def _answer_spans(text, label):
    """The spans the answer at `label` blanks in the question it closes; none for a line of an
    answer key (答案：3.C  4.B  5.B), whose letters answer the questions by their numbers."""
    start = _question_start(text, label.start())
    if start is None or _KEY_LINE.match(text, label.start()):
        return []
    options = list(_OPTION.finditer(text, start, label.start()))
    if options:
        letters = _LETTERS.match(text, label.end())
        return _choice_spans(text, start, options, letters[0], label.start()) if letters else []
    blanks = list(_BLANK.finditer(text, start, label.start()))
    if len(blanks) == 1 and _STEM_ENDS.match(text, blanks[0].end()):
        return [(blanks[0].start(), label.end())]  # (…增长________。⏎答案：7.5%左右)
    if not _FIGURE_ANSWER.match(text, label.end()):
        return []  # (答：这一目标与…相衔接: an answer in words, the question left as it was)
    asked = _asked_for(text, label.start())
    return [(asked, label.end())] if asked is not None else []


def _asked_for(text, label_start):
    """Where the question on the line above the label first asks for a figure (…完成多少亿元，
    增长多少？), or None: no question, one with a figure of its own (为什么…增长6%左右？), or a
    fall's word before what it asks (…能耗降低多少？: the word would stand apart from the answer's
    figure)."""
    line = _line_start(text, max(label_start - 1, 0), max(label_start - _REACH, 0))
    question = text[line:label_start].rstrip()
    if not question.endswith(("？", "?")) or _FIGURE.search(question):
        return None
    asked = _ASKED.search(text, line, line + len(question))
    if asked is None or _FALL_BEFORE.search(text, line, asked.start()):
        return None
    return asked.start()


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


def _choice_spans(text, start, options, letters, end):
    """The spans of the options not chosen of a question from `start`, its options ending at
    `end` (or of those chosen, for a stem asking for the wrong statement: the others are true);
    and, where a blank ends its stem, the span from the blank to the first option kept's words,
    and those between the options kept, each read as the mark parting a list's items (…主要预期
    目标包括（ ）。⏎A. 固定资产投资增长10%⏎B. …⏎D. … with ABD: …包括 固定资产投资增长10%；社会
    消费品…；城镇…). None where the options are no choice's (fewer than three, or not from A)."""
    lettered = "".join(option[1] for option in options)
    if len(options) < _FEWEST_OPTIONS or not "ABCDEF".startswith(lettered):
        return []
    wrong = _ASKS_WRONG.search(text, start, options[0].start()) is not None
    ends = [_option_end(text, options, index, end) for index in range(len(options))]
    kept = [index for index, option in enumerate(options) if (option[1] in letters) != wrong]
    spans = [
        (option.start(), ends[index]) for index, option in enumerate(options) if index not in kept
    ]
    blanks = list(_BLANK.finditer(text, start, options[0].start()))
    at_end = len(blanks) == 1 and _STEM_ENDS.match(text, blanks[0].end())
    if kept and at_end and not _FALL_BEFORE.search(text, start, blanks[0].start()):
        spans.append((blanks[0].start(), options[kept[0]].end()))
        spans += [(ends[a], options[b].end(), "；") for a, b in zip(kept, kept[1:], strict=False)]
    return spans


def _option_end(text, options, index, end):
    """Where the words of the option at `index` end: at the next option on its line, else at the
    line's end (or `end`)."""
    line_end = text.find("\n", options[index].end(), end)
    line_end = end if line_end < 0 else line_end
    following = options[index + 1].start() if index + 1 < len(options) else end
    return min(line_end, following)


def _key_spans(text, keys):
    """The spans the answer keys' letters blank in the questions above each that they answer,
    each the last of its number within reach, read once however often a key names it."""
    if not keys:
        return []
    numbered = {}
    for question in _QUESTION_NUMBER.finditer(text):
        numbered.setdefault(question[1] or question[2], []).append(question)
    starts = {number: [stem.start() for stem in stems] for number, stems in numbered.items()}
    answered = {}
    for key in keys:
        for pair in _KEYED.finditer(text, key.start(), key.end()):
            at = bisect_left(starts.get(pair[1], []), key.start()) - 1
            stem = numbered[pair[1]][at] if at >= 0 else None
            if stem and stem.start() > key.start() - _KEY_REACH:
                answered[stem.start()] = (stem, pair[2])
    return [
        span for stem, letters in answered.values() for span in _chosen_spans(text, stem, letters)
    ]


def _bracketed_spans(text, blank):
    """The spans the letters a stem's blank holds (…增长（ C ）。⏎A. …) blank in its question."""
    return _chosen_spans(text, blank, blank["letters"]) if blank["letters"] else []


def _chosen_spans(text, stem, letters):
    """The spans the `letters` chosen blank in the question whose stem's line holds `stem` (a
    match), its options on the lines under it."""
    line_end = text.find("\n", stem.end(), stem.end() + _REACH)
    if line_end < 0 or not _STEM_LINE_ENDS.search(text, stem.end(), line_end):
        return []
    stop = text.find("\n\n", line_end, line_end + _OPTIONS_REACH)
    stop = line_end + _OPTIONS_REACH if stop < 0 else stop
    following = _NUMBERED.search(text, line_end + 1, stop)
    stop = following.start() if following else stop
    options = list(_OPTION.finditer(text, line_end + 1, stop))
    if not options:
        return []
    start = _line_start(text, stem.start(), max(stem.start() - _REACH, 0))
    return _choice_spans(text, start, options, letters, stop)


def _false_statement_spans(text):
    """The spans of the numbered statements marked false at their line's end (17. 2023年，全市…
    4.56万人。（×）), from after their number."""
    spans = []
    for mark in _FALSE.finditer(text):
        line = _line_start(text, mark.start(), max(mark.start() - _REACH, 0))
        numbered = _NUMBERED.match(text, line)
        if numbered:
            spans.append((numbered.end(), mark.end()))
    return spans


def _fill_in_spans(text):
    """The brackets around a fill-in's answers (实现生产总值（1245亿元）), in a text with a
    fill-in's heading or a legend saying the brackets hold the answers."""
    if not _FILL_IN.search(text):
        return []
    filled = list(_FILLED.finditer(text))
    return [(m.start(), m.start() + 1) for m in filled] + [(m.end() - 1, m.end()) for m in filled]


def _line_start(text, position, reach):
    """The start of the line of `position`, or `reach` where the line starts before it."""
    newline = text.rfind("\n", reach, position)
    return newline + 1 if newline >= 0 else reach
