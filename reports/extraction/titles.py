"""What a report's head says: its title, the years the title names, and the body that issued it.

关于福州市2023年国民经济和社会发展计划执行情况与2024年…草案的报告 reviews 2023 and plans 2024.
"""

import re

_TITLE_START = re.compile(r"^[#\s《]*关于")
_BODY_END = re.compile(r"(?:委员会|局|厅|委|政府|办公室|办|部|中心|院)$")
# (a half year's: 2007年上半年…计划执行情况)
_REVIEW_YEAR = re.compile(r"(\d{4})年(?:上半年|[^年。]){0,30}?(?<!贯彻)(?<!遵照)执行")
_PLAN_YEAR = re.compile(r"执行[^。]{0,20}?(\d{4})年[^年。]{0,30}?(?:计划|规划)")
_PLAN_ONLY_YEAR = re.compile(r"(\d{4})年[^年。]{0,30}?(?:计划|规划)(?:草案|安排)")


# A news item's headline: one short line without a sentence's punctuation, a blank line after it,
# then a line that has some (the source line, the body): not the first of a list one a line.
# (its runs of space possessive: a text of lines of spaces was read in time growing with the
# square of its length)
_HEADLINE = re.compile(
    r"\A\s*+[^\n，,。；;：:]{4,60}\n[ \t\u3000]*+\n(?=\s*+[^\n，,。；;：:]*+[，,。；;：:])"
)
_DIGIT_FIGURE = re.compile(r"\d\s*(?:%|％|亿|万|元)")


def headline_span(text):
    """(start, end) of the headline a news item opens with, or None. It sums up figures the body
    states with their years (2017年江苏政府工作报告 GDP增长7.8%: the growth of 2016)."""
    match = _HEADLINE.match(text)
    return (0, match.end()) if match and _DIGIT_FIGURE.search(match.group()) else None


def text_lines(text):
    """(offset, line) for each line of `text`, its line break kept."""
    position = 0
    for line in text.splitlines(keepends=True):
        yield position, line
        position += len(line)


def squeezed(text):
    """`text` without any whitespace: a PDF wraps lines anywhere."""
    return "".join(text.split())


# a copy's note after the title: （全文）, （摘要）, (摘登)
_COPY_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")


def _as_title(line):
    """`line` squeezed, without the marks around a title or a copy's note after it."""
    return _COPY_NOTE.sub("", squeezed(line).lstrip("#《").rstrip("》"))


def title_of(head):
    """(title, where it ends) of the report whose text begins with `head`; ("", 0) if none."""
    lines = [(start, line) for start, line in text_lines(head) if line.strip()][:20]
    for index, (_start, line) in enumerate(lines):
        if _TITLE_START.match(line):
            joined, end = "", 0
            for start, following in lines[index : index + 4]:
                joined += following
                end = start + len(following)
                if _as_title(following).endswith("报告"):
                    break
            title = _as_title(joined)
            if title.endswith("报告"):
                return title, end
    for start, line in lines[:10]:
        candidate = _as_title(line)
        if candidate.endswith("报告") and len(candidate) < 120:
            return candidate, start + len(line)
    return "", 0


def issuing_body(head, position):
    """The body named on the first line after `position` (发展和改革委员会), or ""."""
    for _start, line in text_lines(head[position:]):
        body = squeezed(line)
        if not body:
            continue
        if len(body) <= 40 and _BODY_END.search(body) and not re.search("[：:，。]", line):
            return body
        return ""
    return ""


def title_years(title):
    """(year reviewed, year planned) a report's title names, either possibly None; None when it
    names neither: 关于福州市2023年国民经济和社会发展计划执行情况与2024年…草案的报告 → (2023, 2024)."""
    return named_years(squeezed(title))


def named_years(text):
    """(year reviewed, year planned) `text` names as a title does, or None."""
    review = _REVIEW_YEAR.search(text)
    plan = _PLAN_YEAR.search(text)
    if review:
        return int(review[1]), int(plan[1]) if plan else int(review[1]) + 1
    plan_only = _PLAN_ONLY_YEAR.search(text)
    return (None, int(plan_only[1])) if plan_only else None
