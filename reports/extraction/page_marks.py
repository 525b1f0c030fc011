"""A PDF's page furniture left in its text layer: page numbers, each on a line of its own (- 2 -,
—3—, 第 1 页 共 4 页), which may fall inside a sentence (…人均可支配收入 16883⏎- 2 -⏎元，同比增长
9.7%); the running header after one (攸县人民代表大会文件, 政 府 工 作 报 告), a short line the
text repeats; and the footnotes at a page's foot above one (———⏎①…按可比价格计算。). They read
as spaces, so the sentence reads as one across the page break, as it does across a blank line."""

import re
from collections import Counter

from reports.extraction.lexicon import squeeze

_PAGE_NUMBER = re.compile(
    r"[ \t\u3000\f]*+(?:[-－—–][ \t\u3000]?\d{1,3}[ \t\u3000]?[-－—–]"
    r"|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*[,，/／]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}"
    r"[ \t\u3000]*页)?)[ \t\u3000]*+"
)
# a footnote at a page's foot (¹ …, [1] …, 注：…), the rule over the notes (——————), and a note
# marked ① …, which may as well be an item of a list unless a rule stands over it
# (each run of spaces taken once, possessive: 注 and a long run of spaces was quadratic)
_FOOTNOTE = re.compile(r"[ \t\u3000\f]*+(?:[¹²³⁴-⁹]|\[\d{1,2}\]|注\s*+\d?\s*+[：:])")
_RULE = re.compile(r"[ \t\u3000\f]*[—_－-]{4,}[ \t\u3000]*$")
_CIRCLED = re.compile(r"[ \t\u3000\f]*[①-⑳]")
_HEADER_LENGTH = 40  # characters: a longer line is no running header
_SENTENCE = re.compile(r"[。，；,;！？!?]")
_MOST_NOTES = 6  # lines of notes a page's foot may hold


def page_numbers_as_spaces(text):
    """`text` with its page numbers, running headers and page-foot notes read as spaces, of the
    same length."""
    lines = _lines(text)
    numbers = [
        i for i, (start, end) in enumerate(lines) if _PAGE_NUMBER.fullmatch(text, start, end)
    ]
    # a running header opens the next page, after its number, again and again (the line before
    # a page number is the page's last: a table's cell there repeats too)
    after = [n + 1 for n in numbers if n + 1 < len(lines)]
    headed = Counter(squeeze(text[slice(*lines[i])]) for i in after)
    furniture = set(numbers)
    furniture.update(i for i in after if _running_header(squeeze(text[slice(*lines[i])]), headed))
    for index in numbers:
        furniture |= _notes_above(text, lines, index)
    pieces, position = [], 0
    for index in sorted(furniture):
        start, end = lines[index]
        pieces += [text[position:start], " " * (end - start)]
        position = end
    return "".join(pieces) + text[position:]


def _lines(text):
    """(start, end) of each line of `text`, its line break left out."""
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _notes_above(text, lines, index):
    """The indexes of the lines of notes right above the page number at `index`."""
    notes, ruled = [], False
    for above in range(index - 1, max(-1, index - 1 - _MOST_NOTES), -1):
        line = text[lines[above][0] : lines[above][1]]
        if _RULE.match(line):
            notes.append(above)
            ruled = True
            break
        if not (line.strip() == "" or _FOOTNOTE.match(line) or _CIRCLED.match(line)):
            break
        notes.append(above)
    if ruled:
        return set(notes)
    plain = []  # no rule over them: up to the first note marked ①
    for above in notes:
        if _CIRCLED.match(text, *lines[above]):
            break
        plain.append(above)
    return set(plain)


def _running_header(words, headed):
    """Whether a line of `words` after a page number is a running header: short, no sentence,
    and after other page numbers too."""
    if not words or len(words) > _HEADER_LENGTH or _SENTENCE.search(words):
        return False
    return headed[words] >= 2 and not _PAGE_NUMBER.fullmatch(words)
