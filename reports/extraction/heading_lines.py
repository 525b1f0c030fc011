"""The lines a report's top-level headings stand on, and their words: the number (一、, 第二部分)
or mark (■) opening one, the words of a review (执行情况, 工作回顾) or of a plan (目标, 安排), the
headings a copy ran into a long line, and the parts a press report lists before it quotes them."""

import re

from reports.extraction.titles import squeezed, text_lines

NUMERAL = r"[一二三四五六七八九十]{1,3}"
NUMBER_MARK = rf"{NUMERAL}\s*[、.．]"
# A summary's headings may be marked instead of numbered: ■ 2025年经济社会发展的主要预期目标
HEADING = re.compile(rf"^[#\s]*(?:{NUMBER_MARK}|第{NUMERAL}部分|[■□◆◇【])\s*(?P<rest>.*)$")
NUMBERED = re.compile(rf"^[#\s]*{NUMBER_MARK}")
HEADING_LENGTH = 60  # characters: a longer line is a paragraph's
EXECUTION_WORDS = re.compile(r"执行情况|完成情况|工作回顾|回顾|主要成效|主要成绩")
PLAN_WORDS = re.compile(r"目标|任务|安排|草案|思路|打算|建议|重点工作|工作重点")


# A copy that runs the report together in one paragraph keeps its top-level headings inside it,
# right after a sentence (…提出意见。 一、2020年工作回顾2020年是…), or opening it, its paragraph
# run into it (一、2019年工作回顾2019年，在市委…), as a PDF's page lines give it
_RUN_IN_HEADING = re.compile(
    rf"(?:(?<=[。！？])|^)[ \t\u3000]*(?P<heading>{NUMERAL}、[ \t\u3000]*"
    r"(?:(?:19|20)\d{2}\s*年|过去一年|今年)[^，,。；;：:\d\n]{0,16}?"
    rf"(?:{EXECUTION_WORDS.pattern}|{PLAN_WORDS.pattern}))"
)
_RUN_TOGETHER = 400  # how long a line is when a copy has run its paragraphs together


def lines_and_run_in_headings(text):
    """(position, line) of each line, and of each heading run into a long line, as a line of its
    own (the heading's words alone)."""
    for position, line in text_lines(text):
        yield position, line
        if len(line) > _RUN_TOGETHER:
            for match in _RUN_IN_HEADING.finditer(line):
                yield position + match.start("heading"), match["heading"]


def listed_parts(text):
    """Where the lines of a list of the report's parts start: numbered headings one after another
    with nothing under them (一、2019年工作回顾； 二、做好2020年工作；), as a press report lists
    them before it quotes the report. They head nothing, so they date nothing."""
    listed, run = set(), []
    for position, line in text_lines(text):
        if not line.strip():
            continue
        if NUMBERED.match(line):
            # a part whose paragraph runs into its line (一、2019年工作回顾2019年，…) is no item
            # of a list; a part summed up on its line is, and goes on the list
            if len(squeezed(line)) <= HEADING_LENGTH:
                run.append(position)
            continue
        listed.update(run if len(run) > 1 else ())
        run = []
    return listed | set(run if len(run) > 1 else ())
