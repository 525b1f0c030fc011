"""The wordings a revision replaces or deletes, as an account of a report's revisions quotes them
(将“地区生产总值增长8%”修改为“地区生产总值增长7.5%左右”, “增长20%以上”应为“增长21.3%”, 删除“力争增长
10%”, a table's row 第2页：“…增长8.5%左右” | 按快报数据更新 | 采纳。修改为“…增长8.7%”), read as blank,
so that the report reads as revised. The text keeps its length."""

import re

from reports.extraction.bridge_words import ADJUSTED_TO

# the verb that puts a new wording for the quoted one before it (修改为“, 改为“, 应为“, 调整为“; a
# target's adjusted, bridge_words.ADJUSTED_TO):
# it replaces the wordings quoted after 将 (将“A”、“B”修改为“C”; not a 将 inside a quote), else the
# one right before it
_REPLACED_BY = re.compile(
    rf"(?:(?P<adjusted>{ADJUSTED_TO})|(?:修改|更改|改|更正|修正|更新|替换|应)为)\s*[“\"]"
)
_PUT = re.compile(r"将(?=[^“”\"\n]{0,12}[“\"])")
_QUOTE = r"[“\"][^”\"\n]{1,80}[”\"]"
_QUOTED = re.compile(_QUOTE)
# the wordings deleted, one or several quoted in a row on the line (删去“…”“…”、“…”等4项; not past a
# comma: 删去“力争”，“…”不作调整)
_DELETED = re.compile(rf"(?:删除|删去)\s*{_QUOTE}(?:[ \t\u3000]*+[、和及]?[ \t\u3000]*+{_QUOTE})*")
# a wording the first draft had (原稿提出“…”), set aside when the account revises it after
_FIRST_DRAFT = re.compile(rf"原稿(?:中)?(?:提出|为|是|写为|表述为|的)?\s*(?P<quote>{_QUOTE})")
_DIGIT = re.compile(r"\d")
_REACH = 160  # how far before its verb a replaced wording may stand
# a wording replaced from (由“185亿元”修改为“187.6亿元”): the name before it reads on to the new
# one; but a target adjusted from its value (增长目标由“8%”调整为“6.5%”) stands beside the new
# one (增长目标由原定的“7%”下调至“6%左右”)
_FROM = re.compile(r"由[^“”\"\n]{0,8}$")
_TARGET_BEFORE = re.compile(r"目标值?\s*[，,]?\s*$")  # (增长目标，由原来的“7%”…)
_TARGET_REACH = 6
# (a quick look for any revision, before the patterns)
_ANY_REVISION = re.compile(r"[为至到]\s*[“\"]|删|原稿")
# a suggestion to revise that was not taken up (建议将“A”修改为“B” | 未采纳): A stands, not B
_SUGGESTED = re.compile(r"建议")
_NOT_TAKEN = re.compile(r"未采纳|不予采纳|暂不采纳|未作(?:调整|修改)|不作(?:调整|修改)|保持不变")
_ANSWER_REACH = 80  # how far after the suggestion its answer may stand


def replaced_as_blank(text):
    """`text` with the wordings its revisions replace or delete as spaces, of the same length."""
    if not _ANY_REVISION.search(text):
        return text
    # (the wordings set aside, if they hold a figure; the single characters set aside: quotes'
    # marks, and the words between 由 and a target's old value)
    blank, chars_aside = [], []
    after = 0  # where the last revision's new wording ends
    for verb in _REPLACED_BY.finditer(text):
        start = max(after, verb.start() - _REACH)
        start = text.rfind("\n", start, verb.start()) + 1 or start  # (within its line)
        new = _QUOTED.match(text, verb.end() - 1)
        after = new.end() if new else verb.end()
        blank += _replaced(text, start, verb, new, chars_aside)
    blank += [m.span() for m in _DELETED.finditer(text)]
    blank += _revised_first_drafts(text, blank)
    chars = list(text)
    for start, end in blank:
        if _DIGIT.search(text, start, end):
            chars[start:end] = " " * (end - start)
    for position in chars_aside:
        chars[position] = " "
    return "".join(chars)


def _replaced(text, start, verb, new, chars_aside):
    """The spans of the wordings the revision at `verb` sets aside: those it replaces, or its
    own new wording when the suggestion was not taken up; the single characters it sets aside of
    a wording replaced from (quotes' marks) are added to `chars_aside`."""
    puts = list(_PUT.finditer(text, start, verb.start()))
    put = puts[-1].start() if puts else -1
    quoted = list(_QUOTED.finditer(text, put if put >= 0 else start, verb.start()))
    quoted = quoted if put >= 0 else quoted[-1:]
    answer = text[verb.end() : verb.end() + _ANSWER_REACH].split("\n", 1)[0]
    if _SUGGESTED.search(text, start, verb.start()) and _NOT_TAKEN.search(answer):
        return [new.span()] if new else []
    spans = []
    for replaced in quoted:
        if not (came := _FROM.search(text, start, replaced.start())):
            spans.append(replaced.span())
        elif new:
            spans += _from_to(text, came, replaced, verb, new, chars_aside)
    return spans


def _from_to(text, came, replaced, verb, new, chars_aside):
    """The span set aside of a wording replaced from (由“A”修改为“B”): all up to the new one, read
    on from the name before it, the new one's closing mark added to `chars_aside`; or, of a target
    adjusted (增长目标由“8%”调整为“6.5%”), none, both values standing, their quotes' marks and the
    words between 由 and the old one added (由原定的“7%”: 由 7%, as a bridge reads it)."""
    target = _TARGET_BEFORE.search(text, max(came.start() - _TARGET_REACH, 0), came.start())
    if verb["adjusted"] and target:
        chars_aside += [*range(came.start() + 1, replaced.start() + 1), replaced.end() - 1]
        chars_aside += [new.start(), new.end() - 1]
        return []
    chars_aside.append(new.end() - 1)
    return [(came.start(), verb.end())]


def _revised_first_drafts(text, blank):
    """The spans of the first draft's wordings (原稿提出“…”) that the account revises: quoted again
    among the wordings it replaces or deletes (`blank`); not one kept (原稿提出“…”，予以保留)."""
    revised = {text[start:end] for start, end in blank}
    return [
        draft.span("quote")
        for draft in _FIRST_DRAFT.finditer(text)
        if any(draft["quote"] in wording for wording in revised)
    ]
