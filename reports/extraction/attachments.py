"""An attachment (附件) that is a document of its own, not an annex of tables: a motion or a
notice sent with the plan it submits (附件：汇川区2023年…计划调整方案; 附件⏎某区2023年…计划调整方案).
Its prose is the report's, read as the body's is, not as an annex's."""

import re

# a document's title (…工作总结, …申报书), not a table's (…主要指标完成情况表, …主要指标), maybe
# an abstract of it (…可行性研究报告（摘要）)
_DOCUMENT = re.compile(
    r"(?:报告|方案|草案|说明|纲要|申报书|材料|总结|汇报)[）)》]?[ \t\u3000]*"
    r"(?:[（(]\s*摘\s*要\s*[)）])?[ \t\u3000]*$"
)
_TITLE_LINES = 2  # a title under the heading may be wrapped over two lines


def attaches_a_document(text, line_start, line):
    """Whether the attachment heading `line` at `line_start` names a document, on its own line
    or on the next line that is not blank (or the one after it, a title wrapped over two)."""
    titled = [line.split("：", 1)[-1].split(":", 1)[-1].rstrip("\n")]
    if not titled[0].strip(" \t\u3000附件0123456789"):
        following = text[line_start + len(line) : line_start + len(line) + 200].lstrip()
        titled = following.split("\n")[:_TITLE_LINES]
    return any(_DOCUMENT.search(title) and "表" not in title for title in titled)
