"""The wordings a revision replaces or deletes, as an account of a report's revisions quotes them
(将“地区生产总值增长8%”修改为“地区生产总值增长7.5%左右”, “增长20%以上”应为“增长21.3%”, 删除“力争增长
10%”, a table's row 第2页：“…增长8.5%左右” | 按快报数据更新 | 采纳。修改为“…增长8.7%”), read as blank,
so that the report reads as revised. The text keeps its length."""

import re

# the verb that puts a new wording for the quoted one before it (修改为“, 改为“, 应为“, 调整为“):
# it replaces the wordings quoted after 将 (将“A”、“B”修改为“C”), else the one right before it
_REPLACED_BY = re.compile(r"(?:修改|更改|改|调整|更正|修正|替换|应)为\s*[“\"]")
_DELETED = re.compile(r"(?:删除|删去)\s*[“\"][^”\"\n]{1,80}[”\"]")
_QUOTED = re.compile(r"[“\"][^”\"\n]{1,80}[”\"]")
_DIGIT = re.compile(r"\d")
_REACH = 160  # how far before its verb a replaced wording may stand


def replaced_as_blank(text):
    """`text` with the wordings its revisions replace or delete as spaces, of the same length."""
    if "为“" not in text and '为"' not in text and "删" not in text:
        return text
    blank = []
    after = 0  # where the last revision's new wording ends
    for verb in _REPLACED_BY.finditer(text):
        start = max(after, verb.start() - _REACH)
        start = text.rfind("\n", start, verb.start()) + 1 or start  # (within its line)
        put = text.rfind("将", start, verb.start())  # 将“A”修改为: A, not a wording kept before
        quoted = list(_QUOTED.finditer(text, put if put >= 0 else start, verb.start()))
        blank += [m.span() for m in (quoted if put >= 0 else quoted[-1:])]
        new = _QUOTED.match(text, verb.end() - 1)
        after = new.end() if new else verb.end()
    blank += [m.span() for m in _DELETED.finditer(text)]
    chars = list(text)
    for start, end in blank:
        if _DIGIT.search(text, start, end):
            chars[start:end] = " " * (end - start)
    return "".join(chars)
