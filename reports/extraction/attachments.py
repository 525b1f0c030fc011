"""An attachment (附件) that is a document of its own, not an annex of tables: a motion or a
notice sent with the plan it submits (附件：汇川区2023年…计划调整方案; 附件⏎某区2023年…计划调整方案).
Its prose is the report's, read as the body's is, not as an annex's."""

import re

# a document's title, not a table's (…主要指标完成情况表, …主要指标)
_DOCUMENT = re.compile(r"(?:报告|方案|草案|说明|纲要)[）)》]?[ \t\u3000]*$")


def attaches_a_document(text, line_start, line):
    """Whether the attachment heading `line` at `line_start` names a document, on its own line
    or on the next line that is not blank."""
    titled = line.split("：", 1)[-1].split(":", 1)[-1]
    if not titled.strip(" \t\u3000\n附件0123456789"):
        following = text[line_start + len(line) :].lstrip()
        titled = following.split("\n", 1)[0]
    return bool(_DOCUMENT.search(titled.rstrip("\n")) and "表" not in titled)
